"""``LocalPC``: every probe of this PC in one object, each answer typed and never raising.

It is what flow/readiness.py's ``ThisPC`` seam asks. Windows-only probes need a
``WindowsApi`` (the real one on Windows; a fake in tests); without one they answer
«does not apply». Disk space, a folder's size and a port are measured on any system.
A data folder's size is measured once per ``LocalPC`` (it does not change while the user
frees space and looks again); everything else is asked anew each time.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Mapping

from ..installed import InstalledSystem, running_processes
from .answers import Answer, CouldNotCheck, NotApplicable, guarded
from .disk import DEFAULT_TIME_BOUND, DiskUsage, DriveKind, FolderSize, VolumeSpace
from .disk import drive_kind as _drive_kind
from .disk import folder_size as _folder_size
from .disk import free_space as _free_space
from .firebird import FirebirdServer
from .firebird import firebird_servers as _firebird_servers
from .network import PortUse
from .network import port_use as _port_use
from .system import AdminRights, Memory, OsBits, RestartMarkers, WindowsVersion
from .system import admin_rights as _admin_rights
from .system import memory as _memory
from .system import os_bits as _os_bits
from .system import restart_markers as _restart_markers
from .system import windows_version as _windows_version
from .win32 import WindowsApi

NOT_WINDOWS = NotApplicable("not_windows")


class LocalPC:
    def __init__(
        self,
        *,
        windows: WindowsApi | None = None,
        env: Mapping[str, str] | None = None,
        processes: Callable[[], set[str]] | None = None,
        time_bound: float = DEFAULT_TIME_BOUND,
        disk_usage: DiskUsage | None = None,
    ) -> None:
        """``windows``: the Win32 seam (default: the real one on Windows, none elsewhere);
        ``processes``: running executables' names (default: installed.running_processes);
        ``disk_usage``: a volume's (total, used, free) bytes (default: shutil.disk_usage)."""
        if windows is None and sys.platform == "win32":
            from .win32 import Win32Api

            windows = Win32Api()
        self.windows = windows
        self.env = os.environ if env is None else env
        self.processes = processes
        self.time_bound = time_bound
        self.disk_usage = disk_usage
        self._sizes: dict[str, Answer[FolderSize]] = {}
        self._sizes_lock = threading.Lock()

    # ---- Windows only ----------------------------------------------------------------
    @guarded
    def windows_version(self) -> Answer[WindowsVersion]:
        return NOT_WINDOWS if self.windows is None else _windows_version(self.windows)

    @guarded
    def os_bits(self) -> Answer[OsBits]:
        return NOT_WINDOWS if self.windows is None else _os_bits(self.windows)

    @guarded
    def memory(self) -> Answer[Memory]:
        return NOT_WINDOWS if self.windows is None else _memory(self.windows)

    @guarded
    def admin_rights(self) -> Answer[AdminRights]:
        return NOT_WINDOWS if self.windows is None else _admin_rights(self.windows)

    @guarded
    def restart_pending(self) -> Answer[RestartMarkers]:
        if self.windows is None:
            return NOT_WINDOWS
        return _restart_markers(self.windows.registry)

    @guarded
    def firebird_servers(self) -> Answer[tuple[FirebirdServer, ...]]:
        if self.windows is None:
            return NOT_WINDOWS
        return _firebird_servers(self.windows.registry, self.windows.service_running)

    def drive_kind(self, path: str) -> Answer[DriveKind]:
        if self.windows is None:
            return NOT_WINDOWS
        try:  # not @guarded: its inference widens the Literal to str
            return _drive_kind(path, self.windows)
        except Exception as exc:
            return CouldNotCheck(f"{type(exc).__name__}: {exc}"[:300])

    @guarded
    def program_open(self, installed: InstalledSystem) -> Answer[tuple[str, ...]]:
        """The system's executables running now (looked at anew on every call)."""
        if self.processes is None and sys.platform != "win32":
            return NOT_WINDOWS
        running = (self.processes or running_processes)()
        return tuple(sorted(program_names(installed) & running))

    # ---- any system --------------------------------------------------------------------
    @guarded
    def free_space(self, path: str, *, nearest: bool = True) -> Answer[VolumeSpace]:
        return _free_space(path, self.windows, nearest=nearest, usage=self.disk_usage)

    @guarded
    def port_use(self, port: int) -> Answer[PortUse]:
        return _port_use(port, self.windows)

    def folder_size(self, path: str) -> Answer[FolderSize]:
        """Measured once per path (under the time bound); later calls get the same answer."""
        with self._sizes_lock:
            if path not in self._sizes:
                self._sizes[path] = guarded(_folder_size)(path, time_bound=self.time_bound)
            return self._sizes[path]

    def program_folder(self) -> str:
        """Where a new version's program goes: Program Files (x86), else the system drive."""
        for name in ("ProgramFiles(x86)", "ProgramFiles"):
            if self.env.get(name):
                return self.env[name]
        if self.windows is not None:
            return (self.env.get("SystemDrive") or "C:") + "\\"
        return os.path.abspath(os.sep)


def program_names(installed: InstalledSystem) -> set[str]:
    """Executables of the system, lower case without ``.exe``: ``saewin70`` and the ones in
    its program folder (as host/installed.py recognises them)."""
    prefix = installed.system.lower()
    names = {f"{prefix}win{installed.version.replace('.', '')}"}
    if installed.program_dir:
        try:
            with os.scandir(installed.program_dir) as entries:
                for count, entry in enumerate(entries):
                    if count >= 5000:
                        break
                    lower = entry.name.lower()
                    if lower.startswith(prefix) and lower.endswith(".exe"):
                        names.add(lower[:-4])
        except OSError:
            pass
    return names
