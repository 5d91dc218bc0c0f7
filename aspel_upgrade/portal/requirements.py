"""What the new version needs from a PC, as the vendor publishes it, read as hostile input.

``GET /v1/releases/{system}/{version}/requirements`` is public (no session): the vendor
publishes these facts on its site anyway (``PortalClient.get_release_requirements`` asks;
this module is the vocabulary, without transport). The answer is read value by value: a value of
the wrong type, out of its plausible range (a negative size, a 10 TB installer, port
70000) or a field this client does not know is set aside with a reason, never a crash;
the check that needed it then says it could not compare. Only an answer that is not an
object, or that speaks of another system or version, is refused whole.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast
from urllib.parse import quote, urlsplit

from . import errors as e
from .address import is_loopback_host

log = logging.getLogger("aspel_upgrade.portal")

T = TypeVar("T")

MAX_ANSWER_BYTES = 64 * 1024  # the whole answer is well under 2 KB; more is not this answer
KIB, MIB, GIB, TIB = 1024, 1024**2, 1024**3, 1024**4
LATEST = "latest"  # the newest published release (--check knows only the installed version)

# What a plausible value is (inclusive bounds); outside them the value is set aside.
BOUNDS: Mapping[str, tuple[int, int]] = {
    "min_build": (2600, 99_999),  # Windows XP's build to anything Windows can number
    "program_disk_bytes": (MIB, TIB),
    "ram_bytes": (64 * MIB, 4 * TIB),
    "installer_bytes": (KIB, 64 * GIB),
    "port": (1, 65_535),
}
MAX_TEXT = 200
MAX_EDITIONS = 20
_EDITION = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,63}$")  # Windows EditionID: Professional, Core…
_VERSION = re.compile(r"^\d{1,3}(\.\d{1,3}){0,3}$")

Reason = Literal["missing", "wrong_type", "out_of_range", "bad_text", "unknown_field"]
KNOWN = {
    "$": {"system", "version", "example", "source_url", "windows", "program_disk_bytes",
          "ram_bytes", "installer_bytes", "needs_admin", "database"},
    "$.windows": {"min_build", "min_name", "editions", "only_64bit"},
    "$.database": {"engine", "version", "port"},
}  # fmt: skip


@dataclass(frozen=True)
class Ignored:
    """A published value this client set aside, and why (for logs, --diagnose, the check)."""

    field: str  # "$.ram_bytes"
    reason: Reason


@dataclass(frozen=True)
class WindowsNeed:
    min_build: int | None = None  # 19041; compared with the PC's build number
    min_name: str | None = None  # the vendor's name for it: "Windows 10 versión 2004"
    editions: tuple[str, ...] = ()  # EditionID values (Professional, Enterprise…); () = any
    only_64bit: bool | None = None


@dataclass(frozen=True)
class DatabaseNeed:
    engine: str | None = None  # "Firebird"
    version: str | None = None  # "3.0"
    port: int | None = None  # 3050


@dataclass(frozen=True)
class Requirements:
    """One release's requirements; ``None`` is a value not published or set aside."""

    system: str
    version: str
    windows: WindowsNeed = WindowsNeed()
    program_disk_bytes: int | None = None
    ram_bytes: int | None = None
    installer_bytes: int | None = None
    needs_admin: bool | None = None
    database: DatabaseNeed = DatabaseNeed()
    source_url: str | None = None  # the vendor's page that publishes them
    example: bool = False  # the sandbox's values: plausible, not the vendor's
    ignored: tuple[Ignored, ...] = ()

    def was_ignored(self, field: str) -> bool:
        return any(i.field == field for i in self.ignored)

    @property
    def label(self) -> str:
        return f"{self.system} {self.version}"


class _Reader:
    """Reads one JSON object's members, setting aside what is not plausible."""

    def __init__(self, value: object, path: str, ignored: list[Ignored]) -> None:
        self.value: Mapping[str, Any] = value if isinstance(value, Mapping) else {}
        self.path = path
        self.ignored = ignored
        for key in self.value:
            if key not in KNOWN.get(path, set()):
                self._ignore(str(key)[:60], "unknown_field")

    def _ignore(self, key: str, reason: Reason) -> None:
        self.ignored.append(Ignored(f"{self.path}.{key}", reason))

    def _get(self, key: str, kind: type[T] | tuple[type, ...]) -> T | None:
        if key not in self.value or self.value[key] is None:
            self._ignore(key, "missing")
            return None
        value = self.value[key]
        if (isinstance(value, bool) and kind is not bool) or not isinstance(value, kind):
            self._ignore(key, "wrong_type")
            return None
        return cast(T, value)

    def integer(self, key: str, bounds: str | None = None) -> int | None:
        value = self._get(key, int)
        if value is None:
            return None
        low, high = BOUNDS[bounds or key]
        if not low <= value <= high:
            self._ignore(key, "out_of_range")
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        return self._get(key, bool)

    def text(self, key: str, pattern: re.Pattern[str] | None = None) -> str | None:
        value = self._get(key, str)
        if value is None:
            return None
        value = value.strip()
        if (
            not value
            or len(value) > MAX_TEXT
            or any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in value)
            or (pattern is not None and not pattern.fullmatch(value))
        ):
            self._ignore(key, "bad_text")
            return None
        return value

    def url(self, key: str) -> str | None:
        value = self.text(key)
        if value is None:
            return None
        try:
            parts = urlsplit(value)
            secure = parts.scheme == "https" or (
                parts.scheme == "http" and is_loopback_host(parts.hostname or "")
            )
        except ValueError:
            secure = False
        if not secure or not parts.hostname or parts.username or any(c.isspace() for c in value):
            self._ignore(key, "bad_text")
            return None
        return value

    def editions(self, key: str) -> tuple[str, ...]:
        if key not in self.value or self.value[key] is None:
            return ()  # not published: any edition
        items = self.value[key]
        if not isinstance(items, list) or len(items) > MAX_EDITIONS:
            self._ignore(key, "wrong_type")
            return ()
        if not all(isinstance(i, str) and _EDITION.fullmatch(i) for i in items):
            self._ignore(key, "bad_text")
            return ()
        return tuple(dict.fromkeys(items))

    def child(self, key: str) -> _Reader:
        value = self.value.get(key)
        if value is None:
            self._ignore(key, "missing")
        elif not isinstance(value, Mapping):
            self._ignore(key, "wrong_type")
        return _Reader(value, f"{self.path}.{key}", self.ignored)


def parse_requirements(data: object, system: str, version: str) -> Requirements:
    """The requirements of ``system`` ``version`` (or the newest, for ``LATEST``).

    Raises ``UnexpectedResponse`` only when the answer is not an object or names another
    system or version; every other problem sets one value aside (``Requirements.ignored``).
    """
    if not isinstance(data, Mapping):
        raise e.UnexpectedResponse("$: se esperaba un objeto")
    ignored: list[Ignored] = []
    top = _Reader(data, "$", ignored)
    named_system = top.text("system")
    named_version = top.text("version", _VERSION)
    if named_system is None or named_system.upper() != system.upper():
        raise e.UnexpectedResponse("$.system: no es el sistema pedido")
    if named_version is None or (version != LATEST and named_version != version):
        raise e.UnexpectedResponse("$.version: no es la versión pedida")
    win = top.child("windows")
    db = top.child("database")
    example = data.get("example", False)
    if not isinstance(example, bool):
        ignored.append(Ignored("$.example", "wrong_type"))
        example = False
    source = top.url("source_url") if data.get("source_url") is not None else None
    requirements = Requirements(
        system=system.upper(),
        version=named_version,
        windows=WindowsNeed(
            min_build=win.integer("min_build"),
            min_name=win.text("min_name") if win.value.get("min_name") is not None else None,
            editions=win.editions("editions"),
            only_64bit=win.boolean("only_64bit"),
        ),
        program_disk_bytes=top.integer("program_disk_bytes"),
        ram_bytes=top.integer("ram_bytes"),
        installer_bytes=top.integer("installer_bytes"),
        needs_admin=top.boolean("needs_admin"),
        database=DatabaseNeed(
            engine=db.text("engine"), version=db.text("version", _VERSION), port=db.integer("port")
        ),
        source_url=source,
        example=example,
        ignored=tuple(ignored),
    )
    if ignored:
        log.info(
            "requirements of %s: set aside %s",
            requirements.label,
            ", ".join(f"{i.field} ({i.reason})" for i in ignored),
        )
    return requirements


def requirements_path(system: str, version: str) -> str:
    return f"/v1/releases/{quote(system.upper(), safe='')}/{quote(version, safe='')}/requirements"


def parse_body(body: bytes, system: str, version: str) -> Requirements:
    """The answer's bytes as requirements (``NaN`` and its kin are not JSON)."""
    return parse_requirements(_json(body), system, version)


def _json(body: bytes) -> object:
    try:
        return json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise e.UnexpectedResponse("el cuerpo no es JSON") from None


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")
