"""Sizes as the pages and messages show them (the same digits in es-MX and en-US:
«1,234.5 MB», decimal point and comma groups, as QLocale writes them for both)."""

from __future__ import annotations

MIB = 1024 * 1024


def size_text(n: int | float) -> str:
    """Megabytes, two decimals under 10 MB («0.25 MB»), one above («512.0 MB»)."""
    return f"{n / MIB:,.{1 if n >= 10 * MIB else 2}f} MB"
