"""What lets an installer download continue later: one small record per upgrade, and locks.

``<state>/installer-downloads/<hash of the upgrade id>.json`` holds the URL, ETag, expected
size and hash, the folder and the name of its partial file (never a token), so two
systems' downloads each keep their own partial file (issue 18 A4), and a partial file is
known to be this upgrade's before anything touches it. The single record of earlier
versions (``installer-download.json``) is moved into the folder the first time it is read.
Locks (``installer-downloads/locks/``) keep two copies of the app from writing one
installer at once (host/filelock.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..host.atomic import write_json_atomically
from ..host.filelock import FileLock

log = logging.getLogger("aspel_upgrade.flow")

RECORDS_DIR = "installer-downloads"
LEGACY_RECORD = "installer-download.json"  # one record for the whole PC, up to 0.1
MAX_RECORD_BYTES = 64 * 1024


@dataclass(frozen=True)
class ResumeRecord:
    upgrade_id: str
    url: str
    file_name: str  # the safe final name
    size: int
    sha256: str
    etag: str | None = None
    part: str | None = None  # the partial file's name (None: "<file_name>.part")
    folder: str | None = None  # where it is (None, as old records: wherever it is looked for)

    @property
    def part_name(self) -> str:
        return self.part or f"{self.file_name}.part"

    def claims(self, part: Path) -> bool:
        """Whether this record's partial file is ``part``."""
        if part.name != self.part_name:
            return False
        return self.folder is None or _same_folder(Path(self.folder), part.parent)

    def describes(self, url: str, size: int, sha256: str, file_name: str) -> bool:
        return (self.url, self.size, self.sha256, self.file_name) == (url, size, sha256, file_name)


def _same_folder(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


class ResumeStore:
    """The records in ``<state_dir>/installer-downloads``; writes are atomic."""

    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.folder = state_dir / RECORDS_DIR
        self.legacy = state_dir / LEGACY_RECORD

    def _path(self, upgrade_id: str) -> Path:
        return self.folder / f"{_key(upgrade_id)}.json"  # the id is the portal's: hashed

    def save(self, record: ResumeRecord) -> None:
        write_json_atomically(self._path(record.upgrade_id), asdict(record))

    def load(self, upgrade_id: str) -> ResumeRecord | None:
        self._migrate()
        record = _read(self._path(upgrade_id))
        return record if record is not None and record.upgrade_id == upgrade_id else None

    def others(self, upgrade_id: str) -> list[ResumeRecord]:
        """Every other upgrade's record (whose partial files are not this one's to touch)."""
        self._migrate()
        found = []
        with contextlib.suppress(OSError):
            for path in sorted(self.folder.glob("*.json")):
                record = _read(path)
                if record is not None and record.upgrade_id != upgrade_id:
                    found.append(record)
        return found

    def clear(self, upgrade_id: str) -> None:
        self._path(upgrade_id).unlink(missing_ok=True)

    def lock(self, what: str) -> FileLock:
        """The lock for ``what`` (an upgrade, a file's path), across processes."""
        return FileLock(self.folder / "locks" / f"{_key(what)}.lock")

    def upgrade_lock(self, upgrade_id: str) -> FileLock:
        """Held by the copy of the app downloading this upgrade's installer."""
        return self.lock(f"upgrade\n{upgrade_id}")

    def _migrate(self) -> None:
        """The one record of earlier versions becomes its upgrade's record, once."""
        if not self.legacy.exists():
            return
        record = _read(self.legacy)
        try:
            if record is not None and not self._path(record.upgrade_id).exists():
                self.save(record)
                log.info("Moved the download record of %s into %s", record.upgrade_id,
                         self.folder)  # fmt: skip
            self.legacy.unlink()
        except OSError as exc:  # read again next time; nothing is lost meanwhile
            log.warning("Could not move the old download record %s: %s", self.legacy, exc)


def _read(path: Path) -> ResumeRecord | None:
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_RECORD_BYTES + 1)
        if len(raw) > MAX_RECORD_BYTES:
            raise ValueError("too big")
        data = json.loads(raw.decode("utf-8"))
        record = ResumeRecord(**data)
        texts = (record.upgrade_id, record.url, record.file_name, record.sha256)
        if not all(isinstance(t, str) for t in texts) or not isinstance(record.size, int):
            raise TypeError("wrong types")
        for optional in (record.etag, record.part, record.folder):
            if optional is not None and not isinstance(optional, str):
                raise TypeError("wrong types")
        part = record.part
        if part is not None and not (
            part.startswith(record.file_name) and part.endswith(".part")
            and not any(c in part for c in "/\\\0") and part not in (".", "..")
        ):  # fmt: skip
            raise ValueError("a partial file's name that is not one")
        return record
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, RecursionError) as exc:
        log.warning("Ignoring unreadable download record %s: %s", path, exc)
        return None
