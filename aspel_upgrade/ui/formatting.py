"""How portal data reads to a person in Mexico: DD/MM/AAAA dates, Spanish names."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..portal.models import Subscription


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return QCoreApplication.translate("", text)


def fmt_date(day: date | None) -> str:
    """DD/MM/AAAA in Spanish; «10 Mar 2022» in English (10/03/2022 reads as 3 October
    there). The pattern is the catalogue's (flow.messages.date_pattern), QLocale writes it."""
    if day is None:
        return "—"
    from ..flow.messages import date_pattern

    return QLocale().toString(QDate(day.year, day.month, day.day), date_pattern())


def periodicity_name(periodicity: str | None) -> str:
    names = {"monthly": tr("mensual"), "semiannual": tr("semestral"), "annual": tr("anual")}
    return names.get(periodicity or "", tr("pago único"))


def plan_cell(sub: Subscription) -> str:
    """The "Plan actualizado" column: what can be done with this row, in a few words."""
    target = sub.upgrade.target_version or ""
    reason = sub.upgrade.reason
    if sub.upgrade.eligible:
        return tr("Actualizar a {version}").format(version=target)
    texts = {
        "license_requires_purchase": tr("Licencia: requiere compra"),
        "inactive": tr("Inactivo"),
        "payment_overdue": tr("Pago pendiente"),
        "already_upgraded": tr("Ya actualizado a {version}").format(version=target),
        "latest_version": tr("Versión más reciente"),
    }
    return texts.get(reason or "", tr("No disponible"))


def why_not(sub: Subscription) -> str:
    """A sentence saying why this row cannot be upgraded here, and what to do instead."""
    name = sub.name
    texts = {
        "license_requires_purchase": tr(
            "{name} es una licencia de pago único. Para pasar a la versión {version} hay que "
            "comprarla; aquí solo se actualizan los sistemas en suscripción (renta mensual, "
            "semestral o anual)."
        ),
        "inactive": tr(
            "{name} está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor "
            "antes de actualizarlo."
        ),
        "payment_overdue": tr(
            "{name} tiene un pago pendiente. Cuando el pago esté al corriente podrás "
            "actualizarlo aquí."
        ),
        "already_upgraded": tr(
            "{name} ya se actualizó a la versión {version}. Su nuevo número de serie está en "
            "el correo que recibiste y en Mi cuenta Aspel."
        ),
        "latest_version": tr("{name} ya está en la versión más reciente."),
    }
    text = texts.get(sub.upgrade.reason or "", tr("{name} no se puede actualizar desde aquí."))
    return text.format(name=name, version=sub.upgrade.target_version or "")


def deadline_text(old: str, until: date, today: date, *, new_installed: bool = False) -> str:
    """One sentence per case (flow.deadline): days left, last day, or already passed.

    ``new_installed``: the new version is installed on this PC, so what is left is
    activating it (not installing it).
    """
    from ..flow.deadline import DeadlineCase, deadline

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
    return text.format(old=old, date=fmt_date(until), days=d.days_left)


def deadline_as_of(old: str, until: date, today: date, *, new_installed: bool = False) -> str:
    """The deadline for a kept document (the PDF receipt): the date, never a count of days,
    which would be wrong on the day the document is read."""
    from ..flow.deadline import DeadlineCase, deadline

    if deadline(until, today).case is not DeadlineCase.PASSED:
        text = tr("{old} funciona hasta el {date}; después, el sistema quedará inactivo.")
    elif new_installed:
        text = tr("{old} podía usarse hasta el {date}: activa la nueva versión cuanto antes.")
    else:
        text = tr(
            "{old} podía usarse hasta el {date}: instala y activa la nueva versión cuanto antes."
        )
    return text.format(old=old, date=fmt_date(until))


def fmt_moment(moment: datetime) -> str:
    """A moment in this PC's time zone, saying which: «28/11/2026 12:05 (UTC-06:00)»."""
    local = moment.astimezone()
    offset = local.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{fmt_date(local.date())} {local:%H:%M} ({zone})"
