"""A fake PC for the readiness checks: every fact through the ``ThisPC`` seam, with room
everywhere and a Windows 11 Pro; tests change one fact at a time."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from aspel_upgrade.flow import readiness as r
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.probes import (
    AdminRights,
    Answer,
    CouldNotCheck,
    FirebirdServer,
    FolderSize,
    Memory,
    OsBits,
    PortUse,
    RestartMarkers,
    VolumeSpace,
    WindowsVersion,
)
from aspel_upgrade.portal.requirements import DatabaseNeed, Requirements, WindowsNeed

MIB, GIB = 1024**2, 1024**3
DATA = r"D:\Aspel\Sistemas Aspel\SAE7.00"
SAE70 = InstalledSystem(
    "SAE", "7.0", r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0", (DataFolder(DATA, 2),)
)
REQ = Requirements(
    system="SAE",
    version="8.0",
    windows=WindowsNeed(10240, "Windows 10", (), True),
    program_disk_bytes=2 * GIB,
    ram_bytes=4 * GIB,
    installer_bytes=650 * MIB,
    needs_admin=True,
    database=DatabaseNeed("Firebird", "3.0", 3050),
    example=True,
)


def volume(letter: str, free: int) -> VolumeSpace:
    return VolumeSpace(f"{letter}:\\x", f"{letter}:\\", free, 500 * GIB)


WIN11 = WindowsVersion(10, 0, 26200, False, "Professional", "25H2")
X64 = OsBits(64, "x64")
RAM16 = Memory(16 * GIB, 15 * GIB, 8 * GIB)
USER_IN_ADMINS = AdminRights(False, True)
NO_RESTART = RestartMarkers(())
PORT_FREE = PortUse(3050, False)
READY = r.Checklist(True, True)


@dataclass
class FakePC:
    """A Windows 11 Pro (25H2) PC with room everywhere; tests change one fact at a time."""

    windows: Answer[WindowsVersion] = WIN11
    bits: Answer[OsBits] = X64
    ram: Answer[Memory] = RAM16
    admin: Answer[AdminRights] = USER_IN_ADMINS
    restart: Answer[RestartMarkers] = NO_RESTART
    firebird: Answer[tuple[FirebirdServer, ...]] = ()
    port: Answer[PortUse] = PORT_FREE
    volumes: dict[str, Answer[VolumeSpace]] = field(
        default_factory=lambda: {"C": volume("C", 120 * GIB), "D": volume("D", 300 * GIB)}
    )
    kinds: dict[str, Any] = field(default_factory=dict)  # path -> DriveKind answer
    sizes: dict[str, Answer[FolderSize]] = field(
        default_factory=lambda: {DATA: FolderSize(DATA, 3 * GIB, 1200, True, 0, 0, 0.05)}
    )
    running: Answer[tuple[str, ...]] = ()
    calls: list[str] = field(default_factory=list)

    def windows_version(self) -> Answer[WindowsVersion]:
        return self.windows

    def os_bits(self) -> Answer[OsBits]:
        return self.bits

    def memory(self) -> Answer[Memory]:
        return self.ram

    def admin_rights(self) -> Answer[AdminRights]:
        return self.admin

    def restart_pending(self) -> Answer[RestartMarkers]:
        return self.restart

    def firebird_servers(self) -> Answer[tuple[FirebirdServer, ...]]:
        return self.firebird

    def drive_kind(self, path: str) -> Any:
        return self.kinds.get(path, "local")

    def program_open(self, installed: InstalledSystem) -> Answer[tuple[str, ...]]:
        self.calls.append("program_open")
        return self.running

    def free_space(self, path: str, *, nearest: bool = True) -> Answer[VolumeSpace]:
        answer = self.volumes.get(path[0].upper(), CouldNotCheck(f"missing: {path}"))
        return replace(answer, path=path) if isinstance(answer, VolumeSpace) else answer

    def port_use(self, port: int) -> Answer[PortUse]:
        return self.port

    def folder_size(self, path: str) -> Answer[FolderSize]:
        self.calls.append("folder_size")
        return self.sizes.get(path, CouldNotCheck(f"missing: {path}"))

    def program_folder(self) -> str:
        return r"C:\Program Files (x86)"
