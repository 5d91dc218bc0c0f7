"""How long the old version has left (flow/deadline.py's cases), and the rent's period."""

from __future__ import annotations

from datetime import date

from ..deadline import DeadlineCase, deadline
from . import tr
from .dates import day_text


def periodicity(name: str | None) -> str:
    names = {"monthly": tr("mensual"), "semiannual": tr("semestral"), "annual": tr("anual")}
    return names.get(name or "", tr("pago único"))


def left(old: str, until: date, today: date, *, new_installed: bool = False) -> str:
    """One sentence per case: days left, last day, or already passed (a page on screen).

    ``new_installed``: the new version is installed on this PC, so what is left is
    activating it (not installing it).
    """
    d = deadline(until, today)
    if d.case is DeadlineCase.PASSED and new_installed:
        text = tr(
            "Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de "
            "funcionar en cualquier momento, si no lo ha hecho ya: activa la nueva versión "
            "cuanto antes."
        )
    elif d.case is DeadlineCase.PASSED:
        text = tr(
            "Ya pasó la fecha: {old} podía usarse hasta el {date}. El sistema dejará de "
            "funcionar en cualquier momento, si no lo ha hecho ya: instala y activa la nueva "
            "versión cuanto antes."
        )
    elif d.case is DeadlineCase.TODAY:
        text = tr(
            "Hoy, {date}, es el último día para usar {old}; después, el sistema quedará inactivo."
        )
    elif d.days_left == 1:
        text = tr(
            "Te queda 1 día: podrás seguir usando {old} hasta el {date}; después, el sistema "
            "quedará inactivo."
        )
    else:
        text = tr(
            "Te quedan {days} días: podrás seguir usando {old} hasta el {date}; después, el "
            "sistema quedará inactivo."
        )
    return text.format(old=old, date=day_text(until), days=d.days_left)


def until(old: str, day: date) -> str:
    """The date, never a count of days: for what is read on another day (the PDF receipt,
    the calendar reminder)."""
    return tr("{old} funciona hasta el {date}; después, el sistema quedará inactivo.").format(
        old=old, date=day_text(day)
    )


def as_of(old: str, day: date, today: date, *, new_installed: bool = False) -> str:
    """The deadline for a kept document (the PDF receipt): the date, never a count of days,
    which would be wrong on the day the document is read."""
    if deadline(day, today).case is not DeadlineCase.PASSED:
        return until(old, day)
    if new_installed:
        text = tr("{old} podía usarse hasta el {date}: activa la nueva versión cuanto antes.")
    else:
        text = tr(
            "{old} podía usarse hasta el {date}: instala y activa la nueva versión cuanto antes."
        )
    return text.format(old=old, date=day_text(day))
