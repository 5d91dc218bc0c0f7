"""«Guardar recordatorio»: the calendar event's words (.ics), the button's tooltip, and
what saving it says."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ...portal.models import UpgradeReceipt
from . import bare, fields, tr
from .dates import day_text
from .deadline import until


def summary(old: str) -> str:
    return tr("Último día para usar {old}").format(old=old)


def description(r: UpgradeReceipt) -> str:
    """The event's text: the date (read on other days than today), and what to activate."""
    return "\n".join([
        until(f"{r.system} {r.from_version}", r.old_version_usable_until),
        fields.label_value(fields.new_serial(), r.new_serial),
        fields.label_value(fields.razon_social(), r.razon_social),
        fields.label_value(fields.download_link(), r.download_url),
    ])  # fmt: skip


def alarm(old: str) -> str:
    return tr("Se acerca el último día para usar {old}: después, el sistema quedará "
              "inactivo.").format(old=old)  # fmt: skip


def tip(old: str, day: date, alarms: tuple[int, ...]) -> str:
    """What the calendar file will hold, for the days left (flow.reminder.alarm_days)."""
    if alarms == (7, 1):
        text = tr("Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y "
                  "avisos una semana antes y un día antes. Ábrelo para agregarlo a Outlook o a "
                  "tu calendario.")  # fmt: skip
    elif alarms == (1, 0):
        text = tr("Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y "
                  "avisos un día antes y ese mismo día a las 9:00. Ábrelo para agregarlo a "
                  "Outlook o a tu calendario.")  # fmt: skip
    else:
        text = tr("Un archivo de calendario (.ics) con el último día para usar {old} ({date}) y "
                  "un aviso ese mismo día a las 9:00. Ábrelo para agregarlo a Outlook o a tu "
                  "calendario.")  # fmt: skip
    return text.format(old=old, date=day_text(day))


def save_button() -> str:
    return tr("Guardar &recordatorio…")


def save_title() -> str:
    return bare(save_button())


def ics_filter() -> str:
    return tr("Calendario (*.ics)")


def file_name(system: str, version: str) -> str:
    return tr("recordatorio-{system}-{version}.ics").format(system=system, version=version)


def not_saved(path: Path, reason: str) -> str:
    return tr("No se pudo guardar el recordatorio en «{path}» ({reason}). Elige otra "
              "carpeta.").format(path=str(path), reason=reason)  # fmt: skip


def saved(path: Path) -> str:
    return tr("Recordatorio guardado en «{path}». Ábrelo para agregarlo a tu "
              "calendario.").format(path=str(path))  # fmt: skip
