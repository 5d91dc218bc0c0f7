"""Failures the flow itself finds (not the portal's), typed with a code and their fields."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..host.oserrors import detail_of, kind_of
from ..portal import errors as e


class FlowProblem(Exception):
    """Base: a stable ``code`` for the result file, fields for the sentence."""

    code = "flow_problem"


class StateNotWritable(FlowProblem):
    """The pending record cannot be saved, so nothing may be sent (it could not be resumed)."""

    code = "state_not_writable"

    def __init__(self, folder: str, detail: str) -> None:
        self.folder = folder
        self.detail = detail  # the operating system's words, for the details and the log
        super().__init__(f"{folder}: {detail}")


class DiskProblem(e.PortalError):
    """The downloads folder cannot be created or written (permissions, disk full, gone).

    A PortalError so a download result holds one kind of error (DownloadResult.error).
    ``kind`` is host.oserrors' (no_space, read_only, access_denied, not_found, is_a_folder,
    not_a_folder, in_use, exists, other); ``place`` the file or folder in the way when it
    is not the folder itself; ``needed``/``free`` bytes where known (no_space); ``detail``
    the operating system's own words, shown only as «Detalle técnico». Made by ``of`` or
    ``from_os_error``, which give a full disk its own class (and code, ``no_space``).
    """

    code = "disk_error"

    def __init__(
        self,
        folder: Path,
        kind: str = "other",
        detail: str = "",
        *,
        place: Path | None = None,
        needed: int = 0,
        free: int = 0,
    ) -> None:
        super().__init__(f"{folder}: {kind}" + (f" ({detail})" if detail else ""))
        self.folder = folder
        self.kind = kind
        self.detail = detail
        self.place = place
        self.needed = needed
        self.free = free

    @staticmethod
    def of(
        folder: Path, kind: str, detail: str = "", *, place: Path | None = None,
        needed: int = 0, free: int = 0,
    ) -> DiskProblem:  # fmt: skip
        cls = NoSpace if kind == "no_space" else DiskProblem
        return cls(folder, kind, detail, place=place, needed=needed, free=free)

    @staticmethod
    def from_os_error(
        folder: Path, exc: OSError, *, place: Path | None = None, needed: int = 0,
        free: int = 0,
    ) -> DiskProblem:  # fmt: skip
        return DiskProblem.of(
            folder, kind_of(exc), detail_of(exc), place=place, needed=needed, free=free
        )


class NoSpace(DiskProblem):
    """The disk filled up (ENOSPC, ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, a quota)."""

    code = "no_space"


class ResultFileUnwritable(FlowProblem):
    """--result-file names a place no file can be written (exit 73).

    ``reason``: empty | folder | not_a_file | parent_is_file | folder_unwritable | not_saved;
    ``place`` the file or folder in the way, ``kind`` what the operating system refused
    (host.oserrors), ``detail`` its own words (only ever shown as «detalle técnico»).
    """

    code = "result_file_unwritable"

    def __init__(
        self, path: str, reason: str, place: str = "", detail: str = "", kind: str = "other"
    ) -> None:
        self.path = path
        self.reason = reason
        self.place = place
        self.detail = detail
        self.kind = kind
        super().__init__(
            f"{path!r}: {reason}" + (f" ({place}: {detail})" if place or detail else "")
        )


class Terminated(FlowProblem):
    """The run was ended from outside (SIGTERM): why it ended, when nothing else says so."""

    code = "terminated"


class DownloadDirUnwritable:
    """--download (--download-dir) names a folder the installer cannot be saved in (exit 73,
    checked at start, before anything irreversible). Fields as ResultFileUnwritable's;
    ``reason``: not_a_folder | parent_is_file | folder_unwritable. No error code: like the
    result file's 73, it is one line on stderr and never a result file."""

    def __init__(
        self, path: str, reason: str, place: str = "", detail: str = "", kind: str = "other"
    ) -> None:
        self.path = path
        self.reason = reason
        self.place = place
        self.detail = detail
        self.kind = kind


def result_file_problem(path: Path) -> ResultFileUnwritable | None:
    """Why the result file could not be written at ``path``, or None if it can.

    Checked before the window opens, so an installer learns at once (exit 73) instead of
    after the user has done an irreversible upgrade. Creates the folder, as the final
    write would, and a temporary file in it, removed at once.
    """
    if not str(path).strip():
        return ResultFileUnwritable(str(path), "empty")
    if path.is_dir():
        return ResultFileUnwritable(str(path), "folder")
    if path.exists() and not path.is_file():
        return ResultFileUnwritable(str(path), "not_a_file")
    folder = path.parent
    blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        return ResultFileUnwritable(str(path), "parent_is_file", str(blocking))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", suffix=".check", dir=folder)
    except OSError as exc:
        return ResultFileUnwritable(
            str(path), "folder_unwritable", str(folder), detail_of(exc), kind_of(exc)
        )
    os.close(fd)
    os.unlink(tmp)
    return None


def download_dir_problem(folder: Path) -> DownloadDirUnwritable | None:
    """Why the installer could not be saved in ``folder``, or None if it can.

    Checked at start with ``--download`` (issue 18 A5), before the window opens and before
    anything irreversible: made if missing (as the download would), a file written in it
    and removed at once.
    """
    if folder.exists() and not folder.is_dir():
        return DownloadDirUnwritable(str(folder), "not_a_folder")
    blocking = next((p for p in folder.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        return DownloadDirUnwritable(str(folder), "parent_is_file", str(blocking))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".aspel-upgrade-", suffix=".check", dir=folder)
    except OSError as exc:
        return DownloadDirUnwritable(
            str(folder), "folder_unwritable", str(folder), detail_of(exc), kind_of(exc)
        )
    os.close(fd)
    os.unlink(tmp)
    return None
