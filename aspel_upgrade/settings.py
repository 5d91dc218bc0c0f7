"""User settings (a small JSON file). A corrupt file is reported and ignored, never fatal."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

log = logging.getLogger("aspel_upgrade.settings")


@dataclass
class Settings:
    portal_url: str | None = None
    remembered_username: str | None = None
    remember_password: bool = False
    language: str | None = None

    @classmethod
    def load(cls, path: Path) -> tuple[Settings, str | None]:
        """The settings and, if the file could not be used, a description of why."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(), None
        except OSError as exc:
            log.warning("Settings file %s unreadable, using defaults: %s", path, exc)
            return cls(), f"{path}: {exc}"
        import json  # only when there is a file: start-up pays for nothing it does not use

        try:
            data = json.loads(text)
        except ValueError as exc:
            log.warning("Settings file %s unreadable, using defaults: %s", path, exc)
            return cls(), f"{path}: {exc}"
        if not isinstance(data, dict):
            return cls(), f"{path}: no es un objeto JSON"
        known = {f.name: f for f in fields(cls)}
        values: dict[str, object] = {}
        for key, value in data.items():
            if key in known and (value is None or isinstance(value, str | bool)):
                values[key] = value
        return cls(**values), None  # type: ignore[arg-type]

    def save(self, path: Path) -> None:
        import json
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(asdict(self), f, ensure_ascii=False, indent=2)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
