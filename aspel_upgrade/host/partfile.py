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


class PartFile:
    """The partial file: appended to, hashed as it is written, read back on a resume."""

    def __init__(self, path: Path, *, create: bool, limit: int) -> None:
        self.path = path
        self.limit = limit  # the declared size: not a byte more is written
        self.hasher = hashlib.sha256()
        self.size = 0
        self._file = open_plain(path, os.O_RDWR | os.O_APPEND, create=create)

    def hash_existing(
        self, on_block: Callable[[int], None], should_stop: Callable[[], bool]
    ) -> None:
        """What is on disk counts first: read back through the same open file.

        ``should_stop`` is asked between blocks; returns early (partly hashed) if it says so.
        """
        self._file.seek(0)
        while block := self._file.read(HASH_BLOCK):
            if should_stop():
                return
            self.hasher.update(block)
            self.size += len(block)
            on_block(self.size)

    def restart(self) -> None:
        self._file.truncate(0)
        self.hasher = hashlib.sha256()
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
        self.hasher.update(data)
        self.size += len(data)

    def close(self) -> str:
        """Close; the SHA-256 of what was written (and read back)."""
        self._file.close()
        return self.hasher.hexdigest()

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


def hash_plain(path: Path, on_block: Callable[[int], None] = lambda n: None) -> tuple[int, str]:
    """(size, SHA-256) of the plain file at ``path``, read without following a link."""
    hasher = hashlib.sha256()
    size = 0
    with open_plain(path, os.O_RDONLY, create=False) as f:
        while block := f.read(HASH_BLOCK):
            hasher.update(block)
            size += len(block)
            on_block(size)
    return size, hasher.hexdigest()
