"""A lock one process holds on a file, released by the operating system when it dies.

Two copies of the app (a wizard and an installer's ``--download`` run, a shortcut clicked
twice) must not write one installer at once. The lock is the OS's own: ``flock`` on POSIX,
a byte locked with ``msvcrt.locking`` on Windows, so a killed process leaves no stale lock
behind (nothing to clean, no process id to guess about). Lock files are never deleted:
removing one while another process waits on it would let two hold "the" lock. They are
empty and live in the app's state folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path


class FileLock:
    """Non-blocking: ``try_acquire`` says whether this process now holds it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if no other holder has it (another process, or another FileLock
        on the same file in this process). Raises OSError if the file cannot be made."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        flags |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            got = _lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not got:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - Windows (the Windows proof runs the tests)
    import msvcrt

    def _lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # byte 0, past the end of an empty file
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):  # closing the file releases it anyway
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import errno
    import fcntl

    def _lock(fd: int) -> bool:
        # flock: held per open file, so two FileLocks in one process exclude each other too.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
