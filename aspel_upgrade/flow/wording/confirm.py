"""Page 4, Confirmación: the summary and the one button that issues the new serial."""

from __future__ import annotations

from datetime import date

from ..deadline import DeadlineCase, deadline
from . import fields, tr
from .dates import day_text
from .errors import describe


def title() -> str:
    return tr("Confirmación")


def subtitle() -> str:
    return tr("Revisa los datos. Al confirmar, el portal genera tu nuevo número de serie y lo "
              "envía por correo.")  # fmt: skip


def commit_button() -> str:
    return tr("Actualizar número de &serie")


def captions() -> dict[str, str]:
    """The summary's captions, by field (before the upgrade: the serial is the current one,
    the e-mail not sent yet)."""
    return {
        "system": fields.system(),
        "serial": tr("Número de serie actual"),
        "periodicity": fields.periodicity(),
        "razon_social": fields.razon_social(),
        "until": fields.until(),
        "email": tr("Aviso por correo a"),
    }


def upgrade(system: str, old: str, new: str) -> str:
    return tr("{system} {old} → {new}").format(system=system, old=old, new=new)


def razon_note() -> str:
    return tr("El asistente de activación de la nueva versión te pedirá la razón social "
              "exactamente como aparece arriba.")  # fmt: skip


def one_way(commit: str, old: str, until: date, today: date, cancel: str) -> str:
    """The one-way step, said again right above the button that takes it (``commit`` and
    ``cancel``: the buttons' words as shown, without mnemonics)."""
    if deadline(until, today).case is DeadlineCase.PASSED:
        text = tr("Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número "
                  "de serie y tendrás que dejar de usar {old} (su plazo terminó el {date}). Si "
                  "todavía no estás listo, pulsa «{cancel}».")  # fmt: skip
    else:
        text = tr("Este paso no se puede deshacer. Al pulsar «{commit}» recibirás el nuevo número "
                  "de serie y tendrás que dejar de usar {old} (solo funcionará hasta el {date}). "
                  "Si todavía no estás listo, pulsa «{cancel}».")  # fmt: skip
    return text.format(commit=commit, old=old, date=day_text(until), cancel=cancel)


def sending() -> str:
    return tr("Generando tu nuevo número de serie…")


def answer_unknown(error: BaseException) -> str:
    """The confirmation may have reached the portal: sending it again is safe."""
    return tr("{problem} No sabemos si el portal alcanzó a recibir la confirmación: pulsa de "
              "nuevo «Actualizar número de serie». Es seguro, no se generará un segundo número "
              "de serie.").format(problem=describe(error))  # fmt: skip
