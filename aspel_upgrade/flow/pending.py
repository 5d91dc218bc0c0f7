"""Pending upgrades, written to disk before each confirmation is sent.

If the app dies between sending and showing the result, the next start can resend with
the same idempotency key and get the same receipt, never a second serial. There is one
record per subscription, so answering «Más tarde» and upgrading another system never
loses the first. A record holds ids and the key only: no password, no token.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import NamedTuple

from ..host.atomic import write_json_atomically

log = logging.getLogger("aspel_upgrade.flow")

LEGACY_FILE_NAME = "pending-upgrade.json"  # one record, as versions up to 0.1 wrote it
DOWNLOAD_RECORD = "installer-download.json"  # flow/download.py's resume record (one)…
DOWNLOAD_RECORDS = "installer-downloads"  # …or one per upgrade, in this folder
MAX_RECORD_BYTES = 64 * 1024


class PendingUpgrade(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """One confirmation sent (or about to be): enough to resend it with the same key."""

    portal_url: str
    username: str
    subscription_id: str
    idempotency_key: str
    terms_version: str
    system: str = ""
    from_version: str = ""
    to_version: str = ""

    @property
    def label(self) -> str:
        """«SAE 7.0 → 8.0», for the user to recognise it."""
        return f"{self.system} {self.from_version} → {self.to_version}".strip(" →") or "?"


class PendingStore:
    """A folder with one JSON file per pending subscription; writes are atomic."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, portal_url: str, subscription_id: str) -> Path:
        # The ids come from the portal: hashed, never used as a file name.
        import hashlib  # at the first confirmation: it loads OpenSSL (ui/app.py)

        digest = hashlib.sha256(f"{portal_url}\n{subscription_id}".encode()).hexdigest()
        return self.folder / f"{digest[:24]}.json"

    def save(self, pending: PendingUpgrade) -> None:
        """Raises OSError when the folder cannot be written (nothing may be sent then)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(pending.portal_url, pending.subscription_id)
        write_json_atomically(path, pending._asdict())
        if json.loads(path.read_text(encoding="utf-8")) != pending._asdict():
            raise OSError(f"the pending record in {self.folder} did not read back")

    def load_all(self, portal_url: str | None = None) -> list[PendingUpgrade]:
        """Every readable record (oldest first), optionally only those of one portal."""
        files = [self.folder.parent / LEGACY_FILE_NAME]
        with contextlib.suppress(OSError):
            files += sorted(
                (p for p in self.folder.iterdir() if p.suffix == ".json"),
                key=lambda p: (p.stat().st_mtime, p.name),
            )
        found: dict[tuple[str, str], PendingUpgrade] = {}
        for path in files:
            pending = _read(path)
            if pending is not None and (portal_url is None or pending.portal_url == portal_url):
                found.setdefault((pending.portal_url, pending.subscription_id), pending)
        return list(found.values())

    def unfinished_downloads(self) -> set[str]:
        """Upgrade ids whose installer download was left half done (its resume record is in
        the state folder): the record flow/download.py keeps, one for every upgrade
        (``installer-downloads/*.json``) or, as versions up to 0.1 kept it, one in all
        (``installer-download.json``). Only the ``upgrade_id`` of each is read."""
        state = self.folder.parent
        files = [state / DOWNLOAD_RECORD]
        with contextlib.suppress(OSError):
            files += sorted((state / DOWNLOAD_RECORDS).glob("*.json"))
        found = set()
        for path in files:
            upgrade_id = _read_field(path, "upgrade_id")
            if upgrade_id:
                found.add(upgrade_id)
        return found

    def remove(self, portal_url: str, subscription_id: str) -> None:
        """The result of this subscription was shown (and written, if asked)."""
        self._path(portal_url, subscription_id).unlink(missing_ok=True)
        legacy = _read(self.folder.parent / LEGACY_FILE_NAME)
        if legacy is not None and (legacy.portal_url, legacy.subscription_id) == (
            portal_url,
            subscription_id,
        ):
            (self.folder.parent / LEGACY_FILE_NAME).unlink(missing_ok=True)


def _read(path: Path) -> PendingUpgrade | None:
    try:
        if not path.is_file():
            return None
        with path.open("rb") as f:
            raw = f.read(MAX_RECORD_BYTES + 1)
        if len(raw) > MAX_RECORD_BYTES:
            raise ValueError("too big")
        data = json.loads(raw.decode("utf-8-sig"))
        pending = PendingUpgrade(**data)
        if not all(isinstance(v, str) for v in pending._asdict().values()):
            raise TypeError("fields must be text")
        return pending
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        log.warning("Ignoring unreadable pending-upgrade file %s: %s", path, exc)
        return None


def _read_field(path: Path, key: str) -> str | None:
    """One text field of a small JSON record, or None (missing, unreadable, odd)."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as f:
            raw = f.read(MAX_RECORD_BYTES + 1)
        data = json.loads(raw.decode("utf-8-sig")) if len(raw) <= MAX_RECORD_BYTES else None
    except (OSError, ValueError, RecursionError):
        return None
    value = data.get(key) if isinstance(data, dict) else None
    return value if isinstance(value, str) else None
