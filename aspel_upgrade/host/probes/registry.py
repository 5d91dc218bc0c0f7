"""The Windows registry behind a seam: keys and values by path, read-only, bounded.

Paths are ``HKLM\\SOFTWARE\\…``. On 64-bit Windows the 64-bit view is read (also from a
32-bit Python); the 32-bit programs' view is read by naming ``SOFTWARE\\WOW6432Node``.
Tests give a dict-backed registry with the same two methods.
"""

from __future__ import annotations

import sys
from typing import Protocol

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
        if sys.platform != "win32":
            return None
        import winreg

        hive, _, sub = path.partition("\\")
        try:
            key = winreg.OpenKey(
                {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive.upper()],
                sub,
                0,
                winreg.KEY_READ | winreg.KEY_WOW64_64KEY,  # the 64-bit view, also from 32 bits
            )
        except FileNotFoundError:
            return None
        names = []
        with key:
            for i in range(MAX_KEYS):
                try:
                    names.append(winreg.EnumKey(key, i))
                except OSError:
                    break
        return names

    def values(self, path: str) -> dict[str, object] | None:
        if sys.platform != "win32":
            return None
        import winreg

        hive, _, sub = path.partition("\\")
        try:
            key = winreg.OpenKey(
                {"HKLM": winreg.HKEY_LOCAL_MACHINE, "HKCU": winreg.HKEY_CURRENT_USER}[hive.upper()],
                sub,
                0,
                winreg.KEY_READ | winreg.KEY_WOW64_64KEY,  # the 64-bit view, also from 32 bits
            )
        except FileNotFoundError:
            return None
        out: dict[str, object] = {}
        with key:
            for i in range(MAX_VALUES):
                try:
                    name, data, _kind = winreg.EnumValue(key, i)
                except OSError:
                    break
                out[name] = data
        return out


def default_registry() -> Registry | None:
    return WindowsRegistry() if sys.platform == "win32" else None
