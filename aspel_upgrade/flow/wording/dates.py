"""Dates and moments as the user's language writes them, for every surface.

DD/MM/AAAA in Spanish; English spells the month («10 Mar 2022»), since 10/03/2022 reads as
3 October in the US, with no-break spaces so a table cell never splits a date. The
pattern is the catalogue's (QLocale's notation), so a translation sets it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from . import tr

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TOKENS = ("yyyy", "MMM", "MM", "dd", "d")


def date_pattern() -> str:
    """The catalogue's date pattern, in QLocale's notation."""
    return tr("dd/MM/yyyy")


def day_text(day: date | None) -> str:
    """``day`` as the user's language writes it; «—» when there is none."""
    if day is None:
        return "—"
    values = {"yyyy": f"{day.year:04d}", "MMM": _MONTHS[day.month - 1],
              "MM": f"{day.month:02d}", "dd": f"{day.day:02d}", "d": str(day.day)}  # fmt: skip
    out, pattern = [], date_pattern()
    while pattern:
        token = next((t for t in _TOKENS if pattern.startswith(t)), None)
        out.append(values[token] if token else pattern[0])
        pattern = pattern[len(token) if token else 1 :]
    return "".join(out)


def moment_text(moment: datetime) -> str:
    """A moment in this PC's time zone, saying which: «28/11/2026 12:05 (UTC-06:00)»."""
    local = moment.astimezone()
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{day_text(local.date())} {local:%H:%M} ({zone})"
