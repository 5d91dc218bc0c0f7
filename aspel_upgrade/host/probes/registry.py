"""The Windows registry behind a seam: keys and values by path, read-only, bounded.

Paths are ``HKLM\\SOFTWARE\\…``. On 64-bit Windows the 64-bit view is read (also from a
32-bit Python); the 32-bit programs' view is read by naming ``SOFTWARE\\WOW6432Node``.
Tests give a dict-backed registry with the same two methods.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

MAX_KEYS = 4096  # Services holds ~1,000 keys on a busy PC; more is not a registry we read
MAX_VALUES = 512


class Registry(Protocol):
    def subkeys(self, path: str) -> list[str] | None:
        """Names of the key's subkeys; None when the key does not exist."""

    def values(self, path: str) -> dict[str, object] | None:
        """The key's values (str, int, list of str, bytes); None when it does not exist."""


class WindowsRegistry:
    """The real registry (``winreg``); only on Windows (elsewhere every key is absent)."""

    def subkeys(self, path: str) -> list[str] | None:
        key = _open(path)
        if key is None or sys.platform != "win32":  # (the second: for mypy, off Windows)
            return None
        import winreg

        names = []
        with key:
            for i in range(MAX_KEYS):
                try:
                    names.append(winreg.EnumKey(key, i))
                except OSError:
                    break
        return names

    def values(self, path: str) -> dict[str, object] | None:
        key = _open(path)
        if key is None or sys.platform != "win32":  # (the second: for mypy, off Windows)
            return None
        import winreg

        out: dict[str, object] = {}
        with key:
            for i in range(MAX_VALUES):
                try:
                    name, data, _kind = winreg.EnumValue(key, i)
                except OSError:
                    break
                out[name] = data
        return out


def _open(path: str) -> Any:
    """The key at ``HKLM\\…`` or ``HKCU\\…``, read-only, in the 64-bit view (also from a
    32-bit Python); None when it does not exist or off Windows."""
    if sys.platform != "win32":
        return None
    import winreg

    hive, _, sub = path.partition("\\")
    hives = {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}
    try:
        return winreg.OpenKey(hives[hive.upper()], sub, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
    except FileNotFoundError:
        return None


def default_registry() -> Registry | None:
    return WindowsRegistry() if sys.platform == "win32" else None
