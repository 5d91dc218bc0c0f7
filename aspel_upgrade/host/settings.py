"""Settings in layers: built-in defaults < machine-wide file < the user's file < flags.

The machine-wide file sits next to the executable and is written by the installer; the
user's file lives in the user's config folder. A corrupt or unreadable file is reported
and ignored, never fatal. The app itself only ever writes the user's own choices
(remembered user name, remembered password flag) to the user's file.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

log = logging.getLogger("aspel_upgrade.settings")

# name -> type accepted in a file
KNOWN: dict[str, type] = {
    "portal_url": str,
    "remembered_username": str,
    "remember_password": bool,
    "language": str,
    "proxy": str,
    "ca_bundle": str,
    "aspel_data_dir": str,  # extra folder(s) with Aspel data, e.g. on a mapped drive
}
LANGUAGES = ("es", "en")


@dataclass
class Settings:
    portal_url: str | None = None
    remembered_username: str | None = None
    remember_password: bool = False
    language: str | None = None
    proxy: str | None = None
    ca_bundle: str | None = None
    aspel_data_dir: str | None = None
    problems: list[str] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def load(cls, path: Path) -> tuple[Settings, str | None]:
        """One file alone (kept for callers that have a single layer)."""
        layer, problem = read_layer(path)
        settings = cls.from_layers(layer)
        return settings, problem

    @classmethod
    def from_layers(cls, *layers: dict[str, Any]) -> Settings:
        values: dict[str, Any] = {}
        for layer in layers:
            values.update({k: v for k, v in layer.items() if k in KNOWN})
        if values.get("language") not in (None, *LANGUAGES):
            values.pop("language")
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name in KNOWN}


def read_layer(path: Path | None) -> tuple[dict[str, Any], str | None]:
    """The valid settings in one file and, if it could not be used, why (for a person)."""
    if path is None:
        return {}, None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except OSError as exc:
        log.warning("Settings file %s unreadable, ignored: %s", path, exc)
        return {}, f"{path}: {exc.strerror or exc}"
    except UnicodeDecodeError:
        log.warning("Settings file %s is not UTF-8 text, ignored", path)
        return {}, f"{path}: no es texto UTF-8"
    import json  # only when there is a file: start-up pays for nothing it does not use

    try:
        data = json.loads(text)
    except ValueError as exc:
        log.warning("Settings file %s is not valid JSON, ignored: %s", path, exc)
        return {}, f"{path}: no es JSON válido ({exc})"
    if not isinstance(data, dict):
        log.warning("Settings file %s is not a JSON object, ignored", path)
        return {}, f"{path}: no es un objeto JSON"
    layer: dict[str, Any] = {}
    for key, value in data.items():
        expected = KNOWN.get(key)
        if expected is None:
            continue
        if value is None or isinstance(value, expected):
            layer[key] = value
        else:
            log.warning("Settings file %s: %s has the wrong type, ignored", path, key)
    return layer, None


def load_settings(machine_file: Path | None, user_file: Path | None) -> Settings:
    """Defaults, then the machine-wide file, then the user's file."""
    machine, machine_problem = read_layer(machine_file)
    user, user_problem = read_layer(user_file)
    settings = Settings.from_layers(machine, user)
    settings.problems = [p for p in (machine_problem, user_problem) if p]
    return settings


def save_user_choices(path: Path, **choices: Any) -> None:
    """Update only the given keys in the user's file (atomic write), keeping the rest."""
    import json
    import tempfile

    layer, problem = read_layer(path)
    if problem:
        layer = {}  # the broken file is replaced by a good one
    layer.update({k: v for k, v in choices.items() if k in KNOWN})
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(layer, f, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
