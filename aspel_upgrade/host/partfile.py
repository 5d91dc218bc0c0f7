"""The installer's files on disk, opened so that nothing placed there can redirect them.

The downloads folder is the user's, and anything may sit at a name the app wants: a
symbolic link (dangling or not), a junction or other reparse point, a hard link to
another file, a folder. A partial file is created exclusively (``O_CREAT | O_EXCL``,
which never follows a link) or reopened only after checking, without following links,
that it is a plain file with one name, and that what was opened is what was checked.
Nothing here follows a link at a name the app writes, hashes or replaces.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

HASH_BLOCK = 1024 * 1024
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT (links, junctions, cloud placeholders)
_FLAGS = (
    getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOINHERIT", 0)
)  # fmt: skip


class NotAPlainFile(OSError):
    """Something other than a plain file of ours is at the name (a link, a folder…)."""


def lstat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def is_plain(st: os.stat_result | None) -> bool:
    """A regular file with one name, not a link or a reparse point."""
    return (
        st is not None
        and stat.S_ISREG(st.st_mode)
        and not getattr(st, "st_file_attributes", 0) & _REPARSE_POINT
        and st.st_nlink == 1
    )


def plain_file(path: Path) -> os.stat_result | None:
    """``path``'s lstat if it is a plain file, else None (missing or not plain)."""
    st = lstat_or_none(path)
    return st if is_plain(st) else None


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def open_plain(path: Path, flags: int, *, create: bool) -> io.FileIO:
    """Open ``path`` (``flags``: os.O_RDONLY, os.O_RDWR | os.O_APPEND, …), never through a
    link: created exclusively, or checked before and after opening. Raises OSError, or
    NotAPlainFile when something else is at the name."""
    if create:
        fd = os.open(path, flags | _FLAGS | os.O_CREAT | os.O_EXCL, 0o644)
        before = None
    else:
        before = plain_file(path)
        if before is None:
            if lstat_or_none(path) is None:
                raise FileNotFoundError(2, "No such file or directory", str(path))
            raise NotAPlainFile(f"{path} is not a plain file")
        fd = os.open(path, flags | _FLAGS)
    try:
        after = os.fstat(fd)
        if (
            not stat.S_ISREG(after.st_mode)
            or after.st_nlink != 1
            or (before is not None and not _same(before, after))
        ):
            raise NotAPlainFile(f"{path} changed while it was opened")
    except BaseException:
        os.close(fd)
        raise
    return io.FileIO(fd, "r+" if flags & (os.O_RDWR | os.O_WRONLY) else "r", closefd=True)


class Checked(NamedTuple):
    """What a file held when it was read back: its size, SHA-256 and identity."""

    size: int
    sha256: str
    identity: tuple[int, int, int, int]  # (device, file id, size, mtime ns) when read

    def same_file(self, st: os.stat_result | None) -> bool:
        """Whether ``st`` (an lstat taken later) is this file, unchanged since it was read:
        the same device and file id (a rename keeps both), size and modification time.
        Never claimed where the system gives no file id (0, as some FAT drives)."""
        return (
            st is not None
            and self.identity[1] != 0
            and is_plain(st)
            and _identity(st) == self.identity
        )


def _identity(st: os.stat_result) -> tuple[int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class PartFile:
    """The partial file, appended to; not a byte past the declared size (``limit``)."""

    def __init__(self, path: Path, *, create: bool, limit: int) -> None:
        self.path = path
        self.limit = limit
        self._file = open_plain(path, os.O_RDWR | os.O_APPEND, create=create)
        self.size = os.fstat(self._file.fileno()).st_size  # what a resume keeps

    def restart(self) -> None:
        self._file.truncate(0)
        self.size = 0

    def write(self, data: bytes) -> None:
        """Append ``data``; raises TooLong before writing past the declared size."""
        if self.size + len(data) > self.limit:
            raise TooLong(self.size + len(data), self.limit)
        view = memoryview(data)
        while view:
            n = self._file.write(view)
            if not n:  # pragma: no cover - a regular file never writes nothing without error
                raise OSError(28, "No space left on device")
            view = view[n:]
        self.size += len(data)

    def close(self) -> None:
        self._file.close()

    def set_aside(self) -> None:
        """Stopped or failed: keep what was written, close quietly."""
        with contextlib.suppress(OSError):
            self._file.close()


class TooLong(Exception):
    """The answer went past the size the portal declared: refused before writing it."""

    def __init__(self, got: int, limit: int) -> None:
        self.got = got
        self.limit = limit
        super().__init__(f"{got} bytes for a file declared as {limit}")


def hash_plain(
    path: Path,
    on_block: Callable[[int], None] = lambda n: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> Checked | None:
    """Read the plain file at ``path`` back (never through a link) and hash it: what is on
    disk, not what was meant to be written. None if ``should_stop`` said so meanwhile."""
    hasher = hashlib.sha256()
    size = 0
    with open_plain(path, os.O_RDONLY, create=False) as f:
        while block := f.read(HASH_BLOCK):
            if should_stop():
                return None
            hasher.update(block)
            size += len(block)
            on_block(size)
        st = os.fstat(f.fileno())
    return Checked(size, hasher.hexdigest(), _identity(st))
