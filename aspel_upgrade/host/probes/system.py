"""This PC's Windows: version and edition, 32/64 bits, memory, rights, a restart pending.

Each function turns the raw answers of the ``WindowsApi`` seam (and the registry) into a
small typed fact. They run only with an API, i.e. on Windows; the caller answers
«does not apply» elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from .registry import Registry
from .win32 import MACHINES, VER_NT_WORKSTATION, WindowsApi

CURRENT_VERSION = r"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion"
# The usual markers of a restart Windows is waiting for (what the installers check too).
RESTART_KEYS = {
    "component_servicing": (
        r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending"
    ),
    "windows_update": (
        r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired"
    ),
}
SESSION_MANAGER = r"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager"
RENAME_VALUES = ("PendingFileRenameOperations", "PendingFileRenameOperations2")


@dataclass(frozen=True)
class WindowsVersion:
    major: int
    minor: int
    build: int
    server: bool  # Windows Server (a domain controller included)
    edition: str | None = None  # EditionID: Professional, Core, Enterprise, ServerStandard…
    display_version: str | None = None  # 22H2, 24H2 (None on older Windows)

    @property
    def number(self) -> str:
        return f"{self.major}.{self.minor}.{self.build}"


@dataclass(frozen=True)
class OsBits:
    bits: int  # 32 or 64
    machine: str  # x86, x64, arm64


@dataclass(frozen=True)
class Memory:
    installed: int | None  # bytes of RAM installed (None: Windows did not say)
    usable: int  # bytes Windows can use (a little less than installed)
    available: int  # free now

    @property
    def best(self) -> int:
        return self.installed or self.usable


@dataclass(frozen=True)
class AdminRights:
    elevated: bool  # running as administrator now
    administrator: bool  # a member of Administrators (UAC asks for consent, not a password)


@dataclass(frozen=True)
class RestartMarkers:
    markers: tuple[str, ...]  # keys of RESTART_KEYS and/or "file_rename"

    @property
    def pending(self) -> bool:
        return bool(self.markers)


def windows_version(api: WindowsApi) -> WindowsVersion:
    major, minor, build, product_type = api.version()
    values = api.registry.values(CURRENT_VERSION) or {}
    return WindowsVersion(
        major=int(major),
        minor=int(minor),
        build=int(build),
        server=product_type != VER_NT_WORKSTATION,
        edition=_text(values.get("EditionID")),
        display_version=_text(values.get("DisplayVersion")),
    )


def os_bits(api: WindowsApi) -> OsBits:
    machine = MACHINES.get(api.native_machine(), "unknown")
    return OsBits(32 if machine in ("x86", "arm") else 64, machine)


def memory(api: WindowsApi) -> Memory:
    installed, usable, available = api.memory()
    return Memory(installed, usable, available)


def admin_rights(api: WindowsApi) -> AdminRights:
    elevated = api.is_elevated()
    return AdminRights(elevated, elevated or api.in_administrators())


def restart_markers(registry: Registry) -> RestartMarkers:
    found = [name for name, key in RESTART_KEYS.items() if registry.values(key) is not None]
    session = registry.values(SESSION_MANAGER) or {}
    if any(_has_entries(session.get(name)) for name in RENAME_VALUES):
        found.append("file_rename")
    return RestartMarkers(tuple(found))


def _has_entries(value: object) -> bool:
    if isinstance(value, list | tuple):
        return any(isinstance(v, str) and v.strip() for v in value)
    return isinstance(value, str | bytes) and bool(value.strip())


def _text(value: object) -> str | None:
    return value.strip()[:64] or None if isinstance(value, str) else None
