"""The Win32 calls the probes make, each a thin function behind the ``WindowsApi`` seam.

Only raw facts come out of here (numbers, names); what they mean is decided in the
probes and the readiness rules, which tests drive with a fake ``WindowsApi`` anywhere.
``Win32Api`` is the real one (ctypes), run for real by the Windows proof under Wine.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from ctypes import wintypes
from functools import cache
from typing import Any, Protocol

from .registry import Registry, WindowsRegistry

# IMAGE_FILE_MACHINE_* (IsWow64Process2's native machine)
MACHINES = {0x014C: "x86", 0x8664: "x64", 0xAA64: "arm64", 0x01C4: "arm"}
# GetDriveTypeW
DRIVE_KINDS = {2: "removable", 3: "local", 4: "network", 5: "optical", 6: "ram"}
VER_NT_WORKSTATION = 1
MAX_TCP_ROWS = 10_000


class WindowsApi(Protocol):
    """What the probes ask Windows; every method may raise (the probe turns it into
    «could not check»)."""

    @property
    def registry(self) -> Registry:
        """The registry, read-only (a property: a fake's own registry type will do)."""

    def version(self) -> tuple[int, int, int, int]:
        """(major, minor, build, product type: 1 workstation, 2 domain controller, 3 server)."""

    def native_machine(self) -> int:
        """The OS's IMAGE_FILE_MACHINE_* (not this process's: Python may be 32-bit)."""

    def memory(self) -> tuple[int | None, int, int]:
        """(installed bytes or None, bytes Windows can use, bytes available now)."""

    def is_elevated(self) -> bool: ...

    def in_administrators(self) -> bool:
        """Member of BUILTIN\\Administrators, also through UAC's linked (filtered) token."""

    def volume_root(self, path: str) -> str:
        """``C:\\``, ``\\\\server\\share\\`` or a mounted folder."""

    def drive_type(self, root: str) -> int: ...

    def service_running(self, name: str) -> bool | None: ...

    def tcp_listeners(self) -> dict[int, int]:
        """IPv4 TCP ports listening on this PC -> the owning process id."""

    def process_name(self, pid: int) -> str | None: ...


def _dll(name: str) -> Any:
    return getattr(ctypes, "WinDLL")(name, use_last_error=True)  # noqa: B009 - Windows only


@cache
def _kernel32() -> Any:
    k32 = _dll("kernel32")
    k32.GetCurrentProcess.restype = wintypes.HANDLE
    k32.GetCurrentProcess.argtypes = []
    k32.CloseHandle.argtypes = [wintypes.HANDLE]
    k32.OpenProcess.restype = wintypes.HANDLE
    k32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    return k32


@cache
def _advapi32() -> Any:
    adv = _dll("advapi32")
    adv.OpenProcessToken.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.HANDLE)
    ]  # fmt: skip
    adv.GetTokenInformation.argtypes = [
        wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD,
        ctypes.POINTER(wintypes.DWORD),
    ]  # fmt: skip
    adv.CheckTokenMembership.argtypes = [
        wintypes.HANDLE, ctypes.c_void_p, ctypes.POINTER(wintypes.BOOL)
    ]  # fmt: skip
    adv.OpenSCManagerW.restype = wintypes.HANDLE
    adv.OpenSCManagerW.argtypes = [wintypes.LPCWSTR, wintypes.LPCWSTR, wintypes.DWORD]
    adv.OpenServiceW.restype = wintypes.HANDLE
    adv.OpenServiceW.argtypes = [wintypes.HANDLE, wintypes.LPCWSTR, wintypes.DWORD]
    adv.CloseServiceHandle.argtypes = [wintypes.HANDLE]
    return adv


class _OSVERSIONINFOEXW(ctypes.Structure):
    _fields_ = [
        ("dwOSVersionInfoSize", wintypes.DWORD),
        ("dwMajorVersion", wintypes.DWORD),
        ("dwMinorVersion", wintypes.DWORD),
        ("dwBuildNumber", wintypes.DWORD),
        ("dwPlatformId", wintypes.DWORD),
        ("szCSDVersion", wintypes.WCHAR * 128),
        ("wServicePackMajor", wintypes.WORD),
        ("wServicePackMinor", wintypes.WORD),
        ("wSuiteMask", wintypes.WORD),
        ("wProductType", wintypes.BYTE),
        ("wReserved", wintypes.BYTE),
    ]


class _MEMORYSTATUSEX(ctypes.Structure):
    _fields_ = [
        ("dwLength", wintypes.DWORD),
        ("dwMemoryLoad", wintypes.DWORD),
        ("ullTotalPhys", ctypes.c_ulonglong),
        ("ullAvailPhys", ctypes.c_ulonglong),
        ("ullTotalPageFile", ctypes.c_ulonglong),
        ("ullAvailPageFile", ctypes.c_ulonglong),
        ("ullTotalVirtual", ctypes.c_ulonglong),
        ("ullAvailVirtual", ctypes.c_ulonglong),
        ("ullAvailExtendedVirtual", ctypes.c_ulonglong),
    ]


class _SERVICE_STATUS(ctypes.Structure):  # noqa: N801 - the Win32 name
    _fields_ = [(name, wintypes.DWORD) for name in (
        "dwServiceType", "dwCurrentState", "dwControlsAccepted", "dwWin32ExitCode",
        "dwServiceSpecificExitCode", "dwCheckPoint", "dwWaitHint",
    )]  # fmt: skip


class _MIB_TCPROW_OWNER_PID(ctypes.Structure):  # noqa: N801
    _fields_ = [(name, wintypes.DWORD) for name in (
        "dwState", "dwLocalAddr", "dwLocalPort", "dwRemoteAddr", "dwRemotePort", "dwOwningPid",
    )]  # fmt: skip


class _SID_IDENTIFIER_AUTHORITY(ctypes.Structure):  # noqa: N801
    _fields_ = [("Value", ctypes.c_ubyte * 6)]


def _check(ok: object, what: str) -> None:
    if not ok:
        raise OSError(getattr(ctypes, "get_last_error")(), f"{what} failed")  # noqa: B009


class Win32Api:
    """The real calls. Construct only on Windows."""

    def __init__(self) -> None:
        self.registry: Registry = WindowsRegistry()

    def version(self) -> tuple[int, int, int, int]:
        info = _OSVERSIONINFOEXW()
        info.dwOSVersionInfoSize = ctypes.sizeof(info)
        if _dll("ntdll").RtlGetVersion(ctypes.byref(info)) == 0:  # STATUS_SUCCESS
            return (
                info.dwMajorVersion, info.dwMinorVersion, info.dwBuildNumber,
                info.wProductType,
            )  # fmt: skip
        v = getattr(sys, "getwindowsversion")()  # noqa: B009 - Windows only
        return v.major, v.minor, v.build, v.product_type

    def native_machine(self) -> int:
        k32 = _kernel32()
        process = k32.GetCurrentProcess()
        wow64_2 = getattr(k32, "IsWow64Process2", None)
        if wow64_2 is not None:
            this, native = wintypes.USHORT(), wintypes.USHORT()
            wow64_2.argtypes = [
                wintypes.HANDLE, ctypes.POINTER(wintypes.USHORT), ctypes.POINTER(wintypes.USHORT)
            ]  # fmt: skip
            if wow64_2(process, ctypes.byref(this), ctypes.byref(native)):
                return int(native.value)
        if sys.maxsize > 2**32:
            return 0x8664
        wow = wintypes.BOOL()
        k32.IsWow64Process.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.BOOL)]
        _check(k32.IsWow64Process(process, ctypes.byref(wow)), "IsWow64Process")
        return 0x8664 if wow.value else 0x014C

    def memory(self) -> tuple[int | None, int, int]:
        k32 = _kernel32()
        status = _MEMORYSTATUSEX()
        status.dwLength = ctypes.sizeof(status)
        _check(k32.GlobalMemoryStatusEx(ctypes.byref(status)), "GlobalMemoryStatusEx")
        installed: int | None = None
        kilobytes = ctypes.c_ulonglong()
        fn = getattr(k32, "GetPhysicallyInstalledSystemMemory", None)
        if fn is not None and fn(ctypes.byref(kilobytes)) and kilobytes.value:
            installed = int(kilobytes.value) * 1024
        return installed, int(status.ullTotalPhys), int(status.ullAvailPhys)

    def is_elevated(self) -> bool:
        return bool(_dll("shell32").IsUserAnAdmin())

    def in_administrators(self) -> bool:
        adv, k32 = _advapi32(), _kernel32()
        nt_authority = _SID_IDENTIFIER_AUTHORITY((ctypes.c_ubyte * 6)(0, 0, 0, 0, 0, 5))
        sid = ctypes.c_void_p()
        # BUILTIN\Administrators: S-1-5-32-544
        _check(
            adv.AllocateAndInitializeSid(
                ctypes.byref(nt_authority), 2, 32, 544, 0, 0, 0, 0, 0, 0, ctypes.byref(sid)
            ),
            "AllocateAndInitializeSid",
        )
        try:
            member = wintypes.BOOL()
            _check(
                adv.CheckTokenMembership(None, sid, ctypes.byref(member)), "CheckTokenMembership"
            )
            if member.value:
                return True
            return self._linked_token_is_admin(adv, k32, sid)
        finally:
            adv.FreeSid(sid)

    @staticmethod
    def _linked_token_is_admin(adv: Any, k32: Any, sid: ctypes.c_void_p) -> bool:
        """Under UAC an administrator's everyday token is filtered («limited»): the group is
        in its linked token, and installing will ask for consent, not a password."""
        token = wintypes.HANDLE()
        _check(adv.OpenProcessToken(k32.GetCurrentProcess(), 0x0008, ctypes.byref(token)),
               "OpenProcessToken")  # fmt: skip  # TOKEN_QUERY
        try:
            kind, size = wintypes.DWORD(), wintypes.DWORD()
            if not adv.GetTokenInformation(token, 18, ctypes.byref(kind), 4, ctypes.byref(size)):
                return False  # TokenElevationType unknown: say what the token says
            if kind.value != 3:  # TokenElevationTypeLimited
                return False
            linked = wintypes.HANDLE()
            if not adv.GetTokenInformation(
                token, 19, ctypes.byref(linked), ctypes.sizeof(linked), ctypes.byref(size)
            ):
                return True  # a limited token exists only for administrators
            try:
                member = wintypes.BOOL()
                if adv.CheckTokenMembership(linked, sid, ctypes.byref(member)):
                    return bool(member.value)
                return True
            finally:
                k32.CloseHandle(linked)
        finally:
            k32.CloseHandle(token)

    def volume_root(self, path: str) -> str:
        buffer = ctypes.create_unicode_buffer(1024)
        _check(
            _kernel32().GetVolumePathNameW(wintypes.LPCWSTR(path), buffer, len(buffer)),
            "GetVolumePathNameW",
        )
        return buffer.value

    def drive_type(self, root: str) -> int:
        return int(_kernel32().GetDriveTypeW(wintypes.LPCWSTR(root)))

    def service_running(self, name: str) -> bool | None:
        adv = _advapi32()
        manager = adv.OpenSCManagerW(None, None, 0x0001)  # SC_MANAGER_CONNECT
        if not manager:
            return None
        try:
            service = adv.OpenServiceW(manager, name, 0x0004)  # SERVICE_QUERY_STATUS
            if not service:
                return None
            try:
                status = _SERVICE_STATUS()
                if not adv.QueryServiceStatus(service, ctypes.byref(status)):
                    return None
                return bool(status.dwCurrentState == 4)  # SERVICE_RUNNING
            finally:
                adv.CloseServiceHandle(service)
        finally:
            adv.CloseServiceHandle(manager)

    def tcp_listeners(self) -> dict[int, int]:
        iphlpapi = _dll("iphlpapi")
        size = wintypes.DWORD(0)
        # AF_INET, TCP_TABLE_OWNER_PID_LISTENER
        iphlpapi.GetExtendedTcpTable(None, ctypes.byref(size), False, 2, 3, 0)
        for _ in range(3):  # the table may grow between the two calls
            buffer = ctypes.create_string_buffer(size.value or 4)
            code = iphlpapi.GetExtendedTcpTable(buffer, ctypes.byref(size), False, 2, 3, 0)
            if code == 0:
                break
            if code != 122:  # ERROR_INSUFFICIENT_BUFFER
                raise OSError(code, "GetExtendedTcpTable failed")
        else:
            raise OSError(122, "GetExtendedTcpTable: the table kept growing")
        count = min(wintypes.DWORD.from_buffer(buffer).value, MAX_TCP_ROWS)
        offset = ctypes.sizeof(wintypes.DWORD)
        row_size = ctypes.sizeof(_MIB_TCPROW_OWNER_PID)
        count = min(count, (len(buffer) - offset) // row_size)
        rows = (_MIB_TCPROW_OWNER_PID * count).from_buffer(buffer, offset)
        return {socket.ntohs(row.dwLocalPort & 0xFFFF): int(row.dwOwningPid) for row in rows}

    def process_name(self, pid: int) -> str | None:
        k32 = _kernel32()
        handle = k32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return None
        try:
            buffer = ctypes.create_unicode_buffer(1024)
            size = wintypes.DWORD(len(buffer))
            if not k32.QueryFullProcessImageNameW(handle, 0, buffer, ctypes.byref(size)):
                return None
            return os.path.basename(buffer.value.replace("/", "\\").split("\\")[-1]) or None
        finally:
            k32.CloseHandle(handle)
