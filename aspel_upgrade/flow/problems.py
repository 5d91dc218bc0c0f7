"""Failures the flow itself finds (not the portal's), typed with a code and their fields."""

from __future__ import annotations

from pathlib import Path

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
    """

    code = "disk_error"

    def __init__(self, folder: Path, reason: str) -> None:
        self.folder = folder
        self.reason = reason  # the operating system's words
        super().__init__(f"{folder}: {reason}")


class ResultFileUnwritable(FlowProblem):
    """--result-file names a place no file can be written (exit 73).

    ``reason``: empty | folder | not_a_file | parent_is_file | folder_unwritable | not_saved;
    ``place`` the file or folder in the way, ``detail`` the operating system's words.
    """

    code = "result_file_unwritable"

    def __init__(self, path: str, reason: str, place: str = "", detail: str = "") -> None:
        self.path = path
        self.reason = reason
        self.place = place
        self.detail = detail
        super().__init__(
            f"{path!r}: {reason}" + (f" ({place}: {detail})" if place or detail else "")
        )


class Terminated(FlowProblem):
    """The run was ended from outside (SIGTERM): why it ended, when nothing else says so."""

    code = "terminated"
