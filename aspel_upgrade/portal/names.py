"""Safe file names for what the portal suggests: never a path, never a device.

Its own module: the models check a descriptor's name with it and the installer's download
saves under it, and neither imports the other for it.
"""

from __future__ import annotations

import re
import unicodedata

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in "123456789¹²³"), *(f"LPT{i}" for i in "123456789¹²³"),
}  # fmt: skip
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_file_name(suggested: str, fallback: str) -> str:
    """A plain file name from the portal's suggestion: never a path, never a device.

    Only the last component counts; separators, ``..``, control and reserved characters,
    trailing dots and spaces (Windows drops them) and reserved device names (``CON``,
    ``COM1.exe``, …) are removed. What is left empty becomes ``fallback``.
    """
    name = unicodedata.normalize("NFC", suggested)
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", name).strip().rstrip(". ").lstrip(".")
    stem = name.split(".", 1)[0].strip().upper()
    if not name or name in (".", "..") or stem in _WINDOWS_RESERVED:
        name = fallback if not name or name in (".", "..") else f"_{name}"
    return name[:150]
