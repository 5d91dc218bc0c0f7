"""Free space per volume, what kind of drive a folder is on, and a folder's size.

The folder size walks with ``os.scandir`` under a time bound: when the bound is reached
the answer says «at least» (``complete=False``) instead of keeping the user waiting.
Symbolic links and junctions are not followed (so a link loop cannot trap the walk),
folders that cannot be listed are skipped and counted, and a folder that vanished
(a drive disconnected) is «could not check», never an exception.
"""

from __future__ import annotations

import os
import shutil
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .answers import Answer, CouldNotCheck
from .win32 import DRIVE_KINDS, WindowsApi

DriveKind = Literal["local", "network", "removable", "optical", "ram", "unknown"]
DiskUsage = Callable[[str], "tuple[int, int, int]"]  # (total, used, free), as shutil's
DEFAULT_TIME_BOUND = 1.0  # seconds for one folder's size; then «at least»
MAX_DEPTH = 64
_CLOCK_EVERY = 256  # entries between looks at the clock
_REPARSE_POINT = 0x400  # FILE_ATTRIBUTE_REPARSE_POINT: a junction or a symbolic link


@dataclass(frozen=True)
class VolumeSpace:
    path: str  # the folder asked about
    volume: str  # C:\, \\server\share\, or a mount point
    free: int  # bytes this user may write
    total: int


@dataclass(frozen=True)
class FolderSize:
    path: str
    bytes: int
    files: int
    complete: bool  # False: the time bound (or the depth limit) cut the walk short
    unreadable: int  # folders that could not be listed, skipped
    links: int  # symbolic links and junctions, not followed
    seconds: float

    @property
    def at_least(self) -> bool:
        """The size is a lower bound: cut short, or some folders could not be read."""
        return not self.complete or self.unreadable > 0


def existing_parent(path: str) -> str | None:
    """``path`` or its nearest existing parent (a download folder not made yet)."""
    probe = os.path.abspath(path)
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            return None
        probe = parent
    return probe


def free_space(
    path: str, api: WindowsApi | None, *, nearest: bool = True, usage: DiskUsage | None = None
) -> Answer[VolumeSpace]:
    """Free space on the volume that holds ``path`` (or would, with ``nearest``)."""
    probe = existing_parent(path) if nearest else path
    if probe is None or not os.path.exists(probe):
        return CouldNotCheck(f"missing: {path}")
    # GetDiskFreeSpaceExW on Windows: this user's free bytes.
    total, _used, free = (usage or shutil.disk_usage)(probe)
    volume = api.volume_root(probe) if api is not None else mount_point(probe)
    return VolumeSpace(path, volume, int(free), int(total))


def mount_point(path: str) -> str:
    probe = os.path.realpath(path)
    while not os.path.ismount(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    return probe


def drive_kind(path: str, api: WindowsApi) -> DriveKind:
    """Whether the folder is on this PC (local) or reached over the network."""
    if path.startswith(("\\\\", "//")):
        return "network"
    root = api.volume_root(existing_parent(path) or path)
    if root.startswith("\\\\"):
        return "network"
    kind = DRIVE_KINDS.get(api.drive_type(root), "unknown")
    return kind  # type: ignore[return-value]


def folder_size(
    path: str,
    *,
    time_bound: float = DEFAULT_TIME_BOUND,
    clock: Callable[[], float] = time.monotonic,
    max_depth: int = MAX_DEPTH,
) -> Answer[FolderSize]:
    started = clock()
    try:
        if not stat.S_ISDIR(os.stat(path).st_mode):
            return CouldNotCheck(f"not_a_folder: {path}")
    except FileNotFoundError:
        return CouldNotCheck(f"missing: {path}")
    except (OSError, ValueError) as exc:
        return CouldNotCheck(f"unreadable: {type(exc).__name__}: {exc}")
    total = files = unreadable = links = seen = 0
    complete = True
    stack = [(path, 0)]
    while stack and complete:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    seen += 1
                    if seen % _CLOCK_EVERY == 0 and clock() - started > time_bound:
                        complete = False
                        break
                    try:
                        if entry.is_symlink() or _is_reparse_point(entry):
                            links += 1
                        elif entry.is_dir(follow_symlinks=False):
                            if depth < max_depth:
                                stack.append((entry.path, depth + 1))
                            else:
                                complete = False
                        else:
                            total += entry.stat(follow_symlinks=False).st_size
                            files += 1
                    except OSError:  # gone since listed, or not readable: not counted
                        continue
        except OSError as exc:
            if folder == path:
                return CouldNotCheck(f"unreadable: {type(exc).__name__}: {exc}")
            unreadable += 1
    seconds = clock() - started
    return FolderSize(path, total, files, complete, unreadable, links, round(seconds, 3))


def _is_reparse_point(entry: os.DirEntry[str]) -> bool:
    """A junction (which ``is_symlink`` misses on Python 3.11); free on Windows, where
    the listing carries the attributes."""
    if os.name != "nt":
        return False
    attributes = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)
    return bool(attributes & _REPARSE_POINT)
