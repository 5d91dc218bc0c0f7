"""Sizes as the pages and messages show them (the same digits in es-MX and en-US:
«1,234.5 MB», decimal point and comma groups, as QLocale writes them for both)."""

from __future__ import annotations

import math

MIB = 1024 * 1024


def size_text(n: int | float) -> str:
    """Megabytes, two decimals under 10 MB («0.25 MB»), one above («512.0 MB»)."""
    return f"{n / MIB:,.{1 if n >= 10 * MIB else 2}f} MB"


GIB = 1024 * MIB


def disk_text(n: int) -> str:
    """Room and memory, as Windows counts them (1 GB = 1024 MB): «650 MB», «2.5 GB»; the
    same digits in every language (also the result file's ``found`` and ``needed``)."""
    if n >= GIB:
        return f"{n / GIB:.1f} GB"
    mb = n / MIB
    return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB"


def shortfall_text(n: int) -> str:
    """Room to free, rounded up so that freeing it is enough (not «1.9 GB» for 1.8000001)."""
    if n >= GIB:
        return f"{math.ceil(n / GIB * 10 - 0.001) / 10:.1f} GB"
    return f"{max(1, math.ceil(n / MIB - 0.001))} MB"
