"""What is whose in the downloads folder, and which names the installer's files take.

The folder is the user's: other upgrades' partial files, unknown leftovers, links, folders
and older copies (open, running) may sit at the names the download wants. Only this
upgrade's record makes a partial file this upgrade's; everything else is left alone and
another name is used (issue 18 A4, C6, G7). Files are read and written through
host/partfile.py, never through a link.
"""

from __future__ import annotations

import logging
import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..host.oserrors import ACCESS_DENIED, EXISTS, IN_USE, IS_A_FOLDER, kind_of
from ..host.partfile import hash_plain, is_plain, lstat_or_none, plain_file
from ..portal.models import InstallerFile
from ..portal.names import safe_file_name
from .download_records import ResumeStore
from .problems import DiskProblem

log = logging.getLogger("aspel_upgrade.flow")

MAX_OTHER_NAMES = 99  # «name (1).exe» … when the final name is taken by a folder or open file


def free_bytes(folder: Path) -> int:
    """Free space where ``folder`` is (its nearest existing parent)."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def installer_paths(folder: Path, upgrade_id: str, file: InstallerFile) -> tuple[Path, Path]:
    """(final, partial): the portal's name made safe, inside ``folder``, always. (The
    partial file is another name when this one is taken: see ``resume_point``.)"""
    name = safe_file_name(file.file_name, f"instalador-{upgrade_id}.exe")
    final = folder / name
    assert final.parent == folder
    return final, folder / f"{name}.part"


def left_from_before(folder: Path, state_dir: Path, upgrade_id: str, file: InstallerFile) -> int:
    """Bytes of this upgrade's installer already on disk from an unfinished download."""
    final, _part = installer_paths(folder, upgrade_id, file)
    record = ResumeStore(state_dir).load(upgrade_id)
    if record is None or not record.describes(file.url, file.size, file.sha256, final.name):
        return 0
    part = folder / record.part_name
    st = plain_file(part) if record.claims(part) else None
    return st.st_size if st is not None and st.st_size <= file.size else 0


def other_names(final: Path) -> list[Path]:
    """«name (1).exe», «name (2).exe», …: where the installer goes when its name is taken."""
    stem, dot, suffix = final.name.rpartition(".")
    if not dot:
        stem, suffix = final.name, ""
    ext = f".{suffix}" if dot else ""
    return [final.with_name(f"{stem} ({n}){ext}") for n in range(1, MAX_OTHER_NAMES + 1)]


@dataclass
class Plan:
    """Where a run writes and from where it goes on (``InstallerFiles.resume_point``)."""

    part: Path
    offset: int  # bytes kept
    etag: str | None
    restarted: str | None  # "changed": this upgrade's part was of another build
    start_over: bool  # the part is this upgrade's but its bytes are not worth keeping
    known: bool  # the record on disk already describes this part (no need to write it)


class InstallerFiles:
    """The installer's files in ``folder``, as this upgrade's record says they are."""

    def __init__(self, folder: Path, records: ResumeStore) -> None:
        self.folder = folder
        self.records = records

    def verified_copy(
        self, file: InstallerFile, final: Path, on_checking: Callable[[], None]
    ) -> Path | None:
        """The installer under its final name (or a «name (n)» it was saved as) if it is
        whole and matches, read back now; None otherwise."""
        for path in [final, *other_names(final)]:
            if lstat_or_none(path) is None and path != final:
                return None  # «(n)» names are used in order: none further
            st = plain_file(path)
            if st is None or st.st_size != file.size:
                continue
            on_checking()
            try:
                checked = hash_plain(path)
                if checked is not None and (checked.size, checked.sha256) == (
                    file.size,
                    file.sha256,
                ):
                    log.info("Installer already here and verified: %s", path)
                    return path
            except OSError as exc:
                log.info("Could not read %s back: %s", path, exc)
        return None

    def resume_point(self, upgrade_id: str, file: InstallerFile, final: Path) -> Plan:
        """Which partial file this run writes, and what of it is kept.

        Only this upgrade's record can make a partial file this upgrade's. Another
        upgrade's, an unknown leftover (not empty) or a link at the name are left alone
        and another name is used: «<name>.2.part», …
        """
        record = self.records.load(upgrade_id)
        if record is not None:
            part = self.folder / record.part_name
            st = plain_file(part) if record.claims(part) else None
            if st is not None:
                if not record.describes(file.url, file.size, file.sha256, final.name):
                    log.info("The installer changed since %s was started: over again", part)
                    return Plan(part, 0, None, "changed", True, False)
                if 0 < st.st_size <= file.size:
                    log.info("Resuming %s from %d bytes", part.name, st.st_size)
                    return Plan(part, st.st_size, record.etag, None, False, True)
                return Plan(part, 0, None, None, True, False)
        return Plan(self._free_part(upgrade_id, final), 0, None, None, False, False)

    def _free_part(self, upgrade_id: str, final: Path) -> Path:
        """A partial file's name no one else's file holds (an empty leftover may be reused:
        it holds nothing to lose; a kill before the first byte leaves one)."""
        others = self.records.others(upgrade_id)
        names = [f"{final.name}.part"] + [f"{final.name}.{n}.part" for n in range(2, 100)]
        for name in names:
            part = self.folder / name
            if any(r.claims(part) for r in others):
                continue
            if lstat_or_none(part) is None:
                return part
            st = plain_file(part)
            if st is not None and st.st_size == 0:
                return part
            log.info("Leaving %s alone (not this upgrade's)", part)
        raise OSError(17, "File exists", str(self.folder / names[-1]))

    def part_size(self, upgrade_id: str, default: Path, size: int) -> int:
        """Bytes in this upgrade's partial file (another copy's, while it downloads)."""
        record = self.records.load(upgrade_id)
        part = default
        if record is not None and record.claims(self.folder / record.part_name):
            part = self.folder / record.part_name
        st = plain_file(part)
        return min(st.st_size, size) if st is not None else 0

    def drop(self, upgrade_id: str, part: Path) -> None:
        """A partial file that will never be the installer (refused): it and its record go."""
        part.unlink(missing_ok=True)
        self.records.clear(upgrade_id)

    def forget(self, upgrade_id: str) -> None:
        """The installer is here and verified: this upgrade's partial file and record go."""
        record = self.records.load(upgrade_id)
        if record is not None:
            part = self.folder / record.part_name
            if record.claims(part) and plain_file(part) is not None:
                part.unlink(missing_ok=True)
            self.records.clear(upgrade_id)

    def discard(self, upgrade_id: str, default: Path) -> None:
        """This upgrade's partial file and record, and nothing else (the caller holds the
        locks). Unrecorded, only an empty leftover of the default name goes."""
        record = self.records.load(upgrade_id)
        if record is not None and record.claims(self.folder / record.part_name):
            part = self.folder / record.part_name
            if plain_file(part) is not None:
                part.unlink()
        elif record is None:
            st = plain_file(default)
            others = self.records.others(upgrade_id)
            if st is not None and st.st_size == 0 and not any(r.claims(default) for r in others):
                default.unlink()
        self.records.clear(upgrade_id)

    def place(self, part: Path, final: Path) -> tuple[Path, Path | None, str | None] | DiskProblem:
        """Give the verified part its final name; if a folder, a link or an older copy
        that cannot be replaced (open, running) holds it, the next «name (n)» instead.
        (The path, what was in the way, why) or the problem; the part stays on failure."""
        st = lstat_or_none(final)
        if st is None or is_plain(st):  # free, or an older copy: the new one takes the name
            try:
                os.replace(part, final)
                return final, None, None
            except OSError as exc:
                if kind_of(exc) not in (ACCESS_DENIED, IN_USE, IS_A_FOLDER, EXISTS):
                    log.warning("Could not rename %s to %s: %s", part, final, exc)
                    return DiskProblem.from_os_error(self.folder, exc)
                log.info("%s cannot be replaced (%s): saving beside it", final, exc)
                why = "in_use"
        else:
            why = "folder" if stat.S_ISDIR(st.st_mode) else "other"
        for other in other_names(final):
            if lstat_or_none(other) is None:
                try:
                    os.replace(part, other)
                except OSError as exc:
                    log.warning("Could not rename %s to %s: %s", part, other, exc)
                    return DiskProblem.from_os_error(self.folder, exc, place=final)
                log.info("Saved as %s: %s is in the way (%s)", other.name, final.name, why)
                return other, final, why
        return DiskProblem.of(self.folder, "exists", place=final)
