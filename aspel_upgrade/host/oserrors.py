"""What an operating-system error means, as a kind the catalogue words (never its English).

``strerror`` is the C library's English («Read-only file system», «Is a directory»), and on
Windows the system's own language; a person reading Spanish gets a sentence for the kind
(flow/wording/errors.py ``os_problem``) and the raw text only as «Detalle técnico». One place for
the download, the result-file checks and the exit-73 line.
"""

from __future__ import annotations

import errno

# Kinds, in the order a sentence is looked for (the catalogue has one for each).
NO_SPACE = "no_space"  # the disk (or the user's quota) is full
READ_ONLY = "read_only"  # a read-only drive (a CD, a write-protected USB stick, /proc)
ACCESS_DENIED = "access_denied"  # no permission (or a file Windows will not replace)
NOT_FOUND = "not_found"  # the folder (or a drive) is not there
IS_A_FOLDER = "is_a_folder"  # a folder is where a file should go
NOT_A_FOLDER = "not_a_folder"  # a file is where a folder should be
IN_USE = "in_use"  # another program has it open (Windows' sharing violation)
EXISTS = "exists"  # something of that name is already there
OTHER = "other"
KINDS = (NO_SPACE, READ_ONLY, ACCESS_DENIED, NOT_FOUND, IS_A_FOLDER, NOT_A_FOLDER, IN_USE,
         EXISTS, OTHER)  # fmt: skip

# Windows' own error numbers first: Python maps several of them onto one errno.
_WINERROR = {
    112: NO_SPACE,  # ERROR_DISK_FULL
    39: NO_SPACE,  # ERROR_HANDLE_DISK_FULL
    1816: NO_SPACE,  # ERROR_NOT_ENOUGH_QUOTA
    19: READ_ONLY,  # ERROR_WRITE_PROTECT
    5: ACCESS_DENIED,  # ERROR_ACCESS_DENIED (also: replacing a running program)
    32: IN_USE,  # ERROR_SHARING_VIOLATION
    33: IN_USE,  # ERROR_LOCK_VIOLATION
    1224: IN_USE,  # ERROR_USER_MAPPED_FILE
    2: NOT_FOUND,  # ERROR_FILE_NOT_FOUND
    3: NOT_FOUND,  # ERROR_PATH_NOT_FOUND
    15: NOT_FOUND,  # ERROR_INVALID_DRIVE
    21: NOT_FOUND,  # ERROR_NOT_READY (a drive with no medium)
    53: NOT_FOUND,  # ERROR_BAD_NETPATH
    67: NOT_FOUND,  # ERROR_BAD_NET_NAME
    267: NOT_A_FOLDER,  # ERROR_DIRECTORY
    80: EXISTS,  # ERROR_FILE_EXISTS
    183: EXISTS,  # ERROR_ALREADY_EXISTS
}
_ERRNO_NAMES = {
    "ENOSPC": NO_SPACE, "EDQUOT": NO_SPACE, "EFBIG": NO_SPACE,
    "EROFS": READ_ONLY,
    "EACCES": ACCESS_DENIED, "EPERM": ACCESS_DENIED,
    "ENOENT": NOT_FOUND, "ENODEV": NOT_FOUND, "ENXIO": NOT_FOUND,
    "EISDIR": IS_A_FOLDER,
    "ENOTEMPTY": IS_A_FOLDER,  # renaming onto a folder that holds files
    "ENOTDIR": NOT_A_FOLDER,
    "EBUSY": IN_USE, "ETXTBSY": IN_USE,
    "EEXIST": EXISTS,
}  # fmt: skip
# By name: not every number exists on every system (Windows' errno has no EDQUOT).
_ERRNO = {getattr(errno, n): k for n, k in _ERRNO_NAMES.items() if hasattr(errno, n)}


def kind_of(exc: BaseException) -> str:
    """The kind of an OSError (``OTHER`` for anything else or an unknown number)."""
    if not isinstance(exc, OSError):
        return OTHER
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in _WINERROR:
        return _WINERROR[winerror]
    return _ERRNO.get(exc.errno, OTHER) if isinstance(exc.errno, int) else OTHER


def is_no_space(exc: BaseException) -> bool:
    return kind_of(exc) == NO_SPACE


def detail_of(exc: BaseException) -> str:
    """The raw words, for «Detalle técnico» and the log: number and the system's text.

    Never the path (the sentence names it, in full, once).
    """
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        number = f"WinError {winerror}" if isinstance(winerror, int) else (
            f"Errno {exc.errno}" if exc.errno is not None else ""
        )  # fmt: skip
        text = exc.strerror or (str(exc.args[0]) if exc.args else type(exc).__name__)
        return f"[{number}] {text}" if number else text
    return f"{type(exc).__name__}: {exc}"
