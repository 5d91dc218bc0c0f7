"""Firebird servers already on this PC, from the registry: services, instances, installs.

A Firebird server (often another version, installed by another program or an older Aspel)
holding the database port is a common cause of a new version that cannot open its data.
Three places name one: services whose key name says Firebird (FirebirdServerDefaultInstance,
FirebirdGuardian…), the ``Firebird Project`` instances key, and Firebird's own uninstall
entries (``FBDBServer_3_0_is1``). They are merged by folder; nothing is started or opened.
"""

from __future__ import annotations

import ntpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .registry import Registry

SERVICES = r"HKLM\SYSTEM\CurrentControlSet\Services"
INSTANCES = (
    r"HKLM\SOFTWARE\Firebird Project\Firebird Server\Instances",
    r"HKLM\SOFTWARE\WOW6432Node\Firebird Project\Firebird Server\Instances",
)
UNINSTALL = (
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
)
_FOLDER_VERSION = re.compile(r"firebird[_ -]?(\d)[_.](\d)", re.IGNORECASE)
_TEXT_VERSION = re.compile(r"(\d+\.\d+)(?:\.\d+)*")
MAX_SERVERS = 16


@dataclass(frozen=True)
class FirebirdServer:
    name: str  # what Windows calls it: a service's display name, or the install's name
    version: str | None  # "3.0" (major.minor), when it could be told
    folder: str | None
    services: tuple[str, ...] = ()
    running: bool | None = None  # None: not a service, or its state could not be read


@dataclass
class _Found:
    names: list[str] = field(default_factory=list)
    version: str | None = None
    folder: str | None = None
    services: list[str] = field(default_factory=list)
    running: bool | None = None


def firebird_servers(
    registry: Registry, service_running: Callable[[str], bool | None] | None = None
) -> tuple[FirebirdServer, ...]:
    found: dict[str, _Found] = {}

    def entry(folder: str | None, fallback: str) -> _Found:
        key = ntpath.normcase(ntpath.normpath(folder)) if folder else fallback.lower()
        item = found.setdefault(key, _Found())
        item.folder = item.folder or folder
        return item

    for service in (registry.subkeys(SERVICES) or [])[:4096]:
        if "firebird" not in service.lower():
            continue
        values = registry.values(f"{SERVICES}\\{service}") or {}
        folder = _image_folder(values.get("ImagePath"))
        item = entry(folder, service)
        display = _text(values.get("DisplayName"))
        if display and "guardian" not in service.lower():
            item.names.insert(0, display)
        item.services.append(service)
        item.version = item.version or _version(folder)
        if service_running is not None and "guardian" not in service.lower():
            state = service_running(service)
            item.running = state if item.running is None else item.running or state
    for key in INSTANCES:
        for instance, root in (registry.values(key) or {}).items():
            if isinstance(root, str) and root.strip():
                item = entry(root.strip().rstrip("\\/"), instance)
                item.names.append(f"Firebird ({instance or 'DefaultInstance'})")
                item.version = item.version or _version(root)
    for key in UNINSTALL:
        for name in registry.subkeys(key) or []:
            if not name.upper().startswith("FBDBSERVER"):
                continue
            values = registry.values(f"{key}\\{name}") or {}
            folder = _text(values.get("InstallLocation"))
            item = entry(folder.rstrip("\\/") if folder else None, name)
            display = _text(values.get("DisplayName"))
            if display:
                item.names.append(display)
            item.version = (
                _short(_text(values.get("DisplayVersion")))
                or item.version
                or _version(folder)
                or _short(display)
            )
    servers = [
        FirebirdServer(
            name=(item.names or item.services or ["Firebird"])[0],
            version=item.version,
            folder=item.folder,
            services=tuple(item.services),
            running=item.running,
        )
        for item in found.values()
    ]
    return tuple(servers[:MAX_SERVERS])


def _image_folder(image_path: object) -> str | None:
    """The install folder from a service's command line (``"…\\bin\\fbserver.exe" -s X``)."""
    text = _text(image_path)
    if not text:
        return None
    exe = text[1:].split('"', 1)[0] if text.startswith('"') else text.split(" -", 1)[0]
    folder = ntpath.dirname(exe.strip()) if "\\" in exe or "/" in exe else None
    if not folder:
        return None
    head, tail = ntpath.split(folder)
    return head if tail.lower() == "bin" and head else folder


def _version(folder: str | None) -> str | None:
    match = _FOLDER_VERSION.search(folder or "")
    return f"{match.group(1)}.{match.group(2)}" if match else None


def _short(text: str | None) -> str | None:
    match = _TEXT_VERSION.search(text or "")
    return match.group(1) if match else None


def _text(value: object) -> str | None:
    return value.strip()[:300] or None if isinstance(value, str) else None
