"""The sandbox's answer to ``GET /v1/releases/{system}/{version}/requirements``.

Plausible values for each demo system's releases (seed.py: the version each account has
and the one it upgrades to), every answer marked ``"example": true``: they look like the
vendor's, they are not the vendor's. ``latest`` names the newest release of a system (the
command line's ``--check`` knows only the installed version, and needs no log-in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .store import SYSTEMS

MIB, GIB = 1024**2, 1024**3
LATEST = "latest"
_VERSION = re.compile(r"^\d{1,3}(\.\d{1,3}){0,3}$")


@dataclass(frozen=True)
class Release:
    min_build: int
    min_name: str
    only_64bit: bool
    program_disk: int
    ram: int
    installer: int
    firebird: str


WIN7 = (7601, "Windows 7 Service Pack 1")
WIN10 = (10240, "Windows 10")
WIN10_2004 = (19041, "Windows 10 versión 2004")


def _r(win: tuple[int, str], bits64: bool, disk: int, ram: int, installer: int, fb: str) -> Release:
    return Release(win[0], win[1], bits64, disk, ram, installer, fb)


RELEASES: dict[tuple[str, str], Release] = {
    ("SAE", "7.0"): _r(WIN7, False, 1536 * MIB, 2 * GIB, 480 * MIB, "2.5"),
    ("SAE", "8.0"): _r(WIN10, True, 2 * GIB, 4 * GIB, 650 * MIB, "3.0"),
    ("COI", "9.0"): _r(WIN7, False, 1 * GIB, 2 * GIB, 420 * MIB, "2.5"),
    ("COI", "10.0"): _r(WIN10, True, 1536 * MIB, 4 * GIB, 560 * MIB, "3.0"),
    ("NOI", "10.0"): _r(WIN10, True, 1536 * MIB, 4 * GIB, 600 * MIB, "3.0"),
    ("NOI", "11.0"): _r(WIN10_2004, True, 2 * GIB, 8 * GIB, 700 * MIB, "3.0"),
    ("CAJA", "4.0"): _r(WIN7, False, 768 * MIB, 2 * GIB, 300 * MIB, "2.5"),
    ("CAJA", "5.0"): _r(WIN10, True, 1 * GIB, 4 * GIB, 380 * MIB, "3.0"),
    ("BANCO", "6.0"): _r(WIN7, False, 768 * MIB, 2 * GIB, 250 * MIB, "2.5"),
    ("BANCO", "7.0"): _r(WIN10, True, 1 * GIB, 4 * GIB, 300 * MIB, "3.0"),
    ("PROD", "4.0"): _r(WIN7, False, 1 * GIB, 2 * GIB, 350 * MIB, "2.5"),
    ("PROD", "5.0"): _r(WIN10, True, 1536 * MIB, 4 * GIB, 420 * MIB, "3.0"),
    ("FACTURE", "5.0"): _r(WIN7, False, 768 * MIB, 2 * GIB, 280 * MIB, "2.5"),
    ("FACTURE", "6.0"): _r(WIN10, True, 1 * GIB, 4 * GIB, 350 * MIB, "3.0"),
    ("ADM", "3.0"): _r(WIN7, False, 1 * GIB, 2 * GIB, 400 * MIB, "2.5"),
    ("ADM", "4.0"): _r(WIN10, True, 2 * GIB, 4 * GIB, 500 * MIB, "3.0"),
}
FIREBIRD_PORT = 3050

NOT_FOUND = {"code": "not_found", "message": "Aspel no ha publicado requisitos para esa versión."}


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def latest_version(system: str) -> str | None:
    versions = [v for s, v in RELEASES if s == system]
    return max(versions, key=_key) if versions else None


def requirements_answer(
    system: str,
    version: str,
    *,
    host_url: str | None = None,
    installer_bytes: int | None = None,
) -> tuple[int, dict[str, Any]]:
    """(HTTP status, JSON body) for the release; 404 ``not_found`` when none is published.

    ``host_url`` (``http://127.0.0.1:PORT/``) makes ``source_url`` the sandbox's download
    page; ``installer_bytes`` replaces the example size with the installer the sandbox
    really serves, so the two never disagree.
    """
    if system not in SYSTEMS:
        return 404, NOT_FOUND
    if version == LATEST:
        version = latest_version(system) or ""
    release = RELEASES.get((system, version)) if _VERSION.fullmatch(version) else None
    if release is None:
        return 404, NOT_FOUND
    body: dict[str, Any] = {
        "system": system,
        "version": version,
        "example": True,
        "windows": {
            "min_build": release.min_build,
            "min_name": release.min_name,
            "editions": [],
            "only_64bit": release.only_64bit,
        },
        "program_disk_bytes": release.program_disk,
        "ram_bytes": release.ram,
        "installer_bytes": installer_bytes or release.installer,
        "needs_admin": True,
        "database": {"engine": "Firebird", "version": release.firebird, "port": FIREBIRD_PORT},
    }
    if host_url:
        body["source_url"] = f"{host_url.rstrip('/')}/descargas/{system}/{version}"
    return 200, body
