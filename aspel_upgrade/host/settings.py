"""Settings in layers: built-in defaults < machine-wide file < the user's file < flags.

The machine-wide file sits next to the executable and is written by the installer; the
user's file lives in the user's config folder. Help-desk staff edit them with Notepad, so
a UTF-8 BOM and CRLF line endings are fine. Whatever a file holds (not a regular file,
huge, not UTF-8, not JSON, nested 100 000 deep, wrong types, bad values) start-up goes
on: each problem becomes a ``SettingsProblem`` (a code, the file, the key, Python's
technical detail), is logged, reported on the first page, and only what it touches is
ignored. Values are checked by host.values, the same rules as the command line's flags.
The app itself only ever writes the user's own choices to the user's file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, cast, overload

from . import values
from .atomic import write_json_atomically

log = logging.getLogger("aspel_upgrade.settings")

# A settings file is a few hundred bytes; reading more than this is never needed.
MAX_SETTINGS_BYTES = 64 * 1024


class SettingsProblem(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """Why (part of) a settings file was ignored, as data: the UI words it per language.

    ``code``: unreadable | not_a_file | too_big | not_utf8 | not_json | not_object (the
    whole file is ignored) or wrong_type | invalid_value (only ``key`` is ignored).
    ``reason`` is host.values' reason for an invalid value; ``detail`` is technical text
    (often Python's, in English) for the log and the «details» part of a notice.
    """

    code: str
    file: str
    key: str | None = None
    reason: str | None = None
    detail: str = ""

    @property
    def whole_file(self) -> bool:
        return self.key is None

    def __str__(self) -> str:
        what = f"{self.key}: {self.code}" if self.key else self.code
        if self.reason:
            what += f" ({self.reason})"
        return f"{self.file}: {what}" + (f": {self.detail}" if self.detail else "")


T = TypeVar("T")


class Option(Generic[T]):
    """One setting, declared once on ``Settings``: its name (the attribute's), the type a
    file may hold, its default and the rule a value must pass (host.values, the flags')."""

    def __init__(self, kind: type, default: T, check: Callable[[str], str] | None = None):
        self.kind = kind
        self.default = default
        self.check = check
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, settings: None, owner: type) -> Option[T]: ...
    @overload
    def __get__(self, settings: Settings, owner: type) -> T: ...
    def __get__(self, settings: Settings | None, owner: type) -> Option[T] | T:
        if settings is None:
            return self
        return cast(T, settings.chosen.get(self.name, self.default))

    def __set__(self, settings: Settings, value: T) -> None:
        settings.chosen[self.name] = value


def text_option(check: Callable[[str], str] | None = None) -> Option[str | None]:
    return Option(str, None, check)


def bool_option() -> Option[bool]:
    return Option(bool, False)


class Settings:
    """The settings in effect, from every layer; ``problems`` says what was ignored.

    Each is an ``Option``, one line below; files, the support bundle and the wizard read
    them from here. A plain class, not a dataclass (ui/app.py).
    """

    portal_url = text_option(values.check_portal_url)
    remembered_username = text_option()
    remember_password = bool_option()
    language = text_option(values.check_language)
    proxy = text_option(values.check_proxy)
    ca_bundle = text_option(values.check_ca_bundle)
    aspel_data_dir = text_option()  # extra folder(s) with Aspel data, e.g. on a mapped drive
    installer_publisher = text_option(values.check_publisher)  # who must have signed the installer

    def __init__(self, **chosen: Any) -> None:
        unknown = set(chosen) - set(OPTIONS)
        if unknown:
            raise TypeError(f"not a setting: {', '.join(sorted(unknown))}")
        self.chosen: dict[str, Any] = chosen  # what the layers set (the rest: defaults)
        self.problems: list[SettingsProblem] = []

    @property
    def expected_publisher(self) -> str:
        """The installer's signer that «Ejecutar instalador» requires (shown to the user);
        "" when the deployment names none: then any signature Windows trusts."""
        return self.installer_publisher or ""

    @classmethod
    def from_layers(cls, *layers: dict[str, Any]) -> Settings:
        merged: dict[str, Any] = {}
        for layer in layers:
            merged.update({k: v for k, v in layer.items() if k in OPTIONS})
        return cls(**merged)


OPTIONS: dict[str, Option[Any]] = {
    name: option for name, option in vars(Settings).items() if isinstance(option, Option)
}


class _Unusable(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


def _read_bytes(path: Path) -> bytes | None:
    """At most MAX_SETTINGS_BYTES + 1 bytes of a regular file; None if there is none.

    Opened non-blocking and checked with fstat, so a FIFO, a device or a folder at the
    path is refused at once instead of hanging or being read forever.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if path.is_dir():
            raise _Unusable("not_a_file", "folder") from None
        raise _Unusable("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "folder" if stat.S_ISDIR(mode) else "not a regular file"
            raise _Unusable("not_a_file", kind)
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(MAX_SETTINGS_BYTES + 1)
    except OSError as exc:
        raise _Unusable("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > MAX_SETTINGS_BYTES:
        raise _Unusable("too_big", f"more than {MAX_SETTINGS_BYTES} bytes")
    return data


def _read_object(path: Path) -> dict[str, Any] | None:
    """The file's JSON object as written (BOM and CRLF allowed); None if there is no file."""
    data = _read_bytes(path)
    if data is None:
        return None
    try:
        text = data.decode("utf-8-sig")  # Notepad's BOM is not part of the JSON
    except UnicodeDecodeError as exc:
        raise _Unusable("not_utf8", str(exc)) from None

    try:
        loaded = json.loads(text)
    except ValueError as exc:
        raise _Unusable("not_json", str(exc)) from None
    except RecursionError:
        raise _Unusable("not_json", "nested too deeply") from None
    if not isinstance(loaded, dict):
        raise _Unusable("not_object", f"a JSON {type(loaded).__name__}, not an object")
    return loaded


def read_as_written(path: Path) -> tuple[dict[str, Any] | None, SettingsProblem | None]:
    """The file's JSON object exactly as written (for the support bundle), or why not."""
    try:
        return _read_object(path), None
    except _Unusable as exc:
        return None, SettingsProblem(exc.code, str(path), detail=exc.detail)


def read_layer(path: Path | None) -> tuple[dict[str, Any], list[SettingsProblem]]:
    """The usable settings in one file, and what in it was ignored and why."""
    if path is None:
        return {}, []
    try:
        data = _read_object(path)
    except _Unusable as exc:
        problem = SettingsProblem(exc.code, str(path), detail=exc.detail)
        log.warning("Settings file ignored: %s", problem)
        return {}, [problem]
    if data is None:
        return {}, []
    layer: dict[str, Any] = {}
    problems: list[SettingsProblem] = []
    for key, value in data.items():
        option = OPTIONS.get(key)
        if option is None:
            continue
        if value is None:
            layer[key] = None
            continue
        if not isinstance(value, option.kind):
            detail = f"{type(value).__name__}, expected {option.kind.__name__}"
            problems.append(SettingsProblem("wrong_type", str(path), key, detail=detail))
            continue
        if option.check is not None:
            try:
                value = option.check(str(value))
            except values.InvalidValue as exc:
                shown = values.redact_url(value) if key in ("portal_url", "proxy") else value
                problems.append(
                    SettingsProblem("invalid_value", str(path), key, exc.reason, repr(shown))
                )
                continue
        layer[key] = value
    for problem in problems:
        log.warning("Settings value ignored: %s", problem)
    return layer, problems


def load_settings(machine_file: Path | None, user_file: Path | None) -> Settings:
    """Defaults, then the machine-wide file, then the user's file."""
    machine, machine_problems = read_layer(machine_file)
    user, user_problems = read_layer(user_file)
    settings = Settings.from_layers(machine, user)
    settings.problems = [*machine_problems, *user_problems]
    return settings


def save_user_choices(path: Path, **choices: Any) -> None:
    """Update only the given keys in the user's file (atomic write), keeping the rest.

    Keys the app does not write are kept as the person wrote them, even invalid ones
    (they are reported at each start, not silently erased); a file that cannot be read
    as a JSON object is replaced by a good one.
    """
    try:
        data = _read_object(path) or {}
    except _Unusable:
        data = {}
    data.update({k: v for k, v in choices.items() if k in OPTIONS})
    write_json_atomically(path, data)
