"""The pending upgrade, written to disk before the confirmation is sent.

If the app dies between sending and showing the result, the next start can resend
with the same idempotency key and get the same receipt, never a second serial.
The record holds ids and the key only: no password, no token.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("aspel_upgrade.flow")


@dataclass(frozen=True)
class PendingUpgrade:
    portal_url: str
    username: str
    subscription_id: str
    idempotency_key: str
    terms_version: str
    system: str = ""
    from_version: str = ""
    to_version: str = ""


def write_json_atomically(path: Path, data: object) -> None:
    """Replace ``path`` with ``data`` as JSON: temp file, fsync, rename (never half a file)."""
    import json
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PendingStore:
    """One JSON file; writes are atomic (temp file + rename)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def save(self, pending: PendingUpgrade) -> None:
        write_json_atomically(self.path, asdict(pending))

    def load(self) -> PendingUpgrade | None:
        import json

        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            pending = PendingUpgrade(**data)
            if not all(isinstance(v, str) for v in (
                pending.portal_url, pending.username, pending.subscription_id,
                pending.idempotency_key, pending.terms_version,
            )):  # fmt: skip
                raise TypeError("fields must be text")
            return pending
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            log.warning("Ignoring unreadable pending-upgrade file %s: %s", self.path, exc)
            return None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
