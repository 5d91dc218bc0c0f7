"""Page 3, Términos y condiciones: what the upgrade means, in plain words, then the terms."""

from __future__ import annotations

from datetime import date

from ..deadline import DeadlineCase, deadline
from . import tr
from .deadline import left, periodicity


def title() -> str:
    return tr("Términos y condiciones")


def subtitle() -> str:
    return tr("Lee lo que implica la actualización antes de aceptarla.")


def accept_box() -> str:
    return tr("He &leído y acepto los términos y condiciones")


def loading() -> str:
    return tr("Consultando los términos de la actualización…")


def chosen_here(system: str, version: str) -> str:
    """This PC chose the system (the table was skipped): why, and how to choose another."""
    return tr("Elegimos {system} {version} porque está instalado en este equipo. Si quieres "
              "actualizar otro sistema, pulsa «Atrás» y luego «Siguiente» para ver la "
              "lista.").format(system=system, version=version)  # fmt: skip


def one_way(old: str) -> str:
    """The vendor's first point, in our words, before anything else: a one-way step."""
    return tr("Importante: al recibir el nuevo número de serie tendrás que dejar de usar {old}. "
              "Si todavía no estás listo para dejar de usarlo, no continúes; puedes volver a "
              "abrir el asistente cuando lo estés.").format(old=old)  # fmt: skip


def deadline_fact(old: str, until: date, today: date) -> str:
    """How long the old version has left and, while it is true, why both work a while."""
    text = left(old, until, today)
    if deadline(until, today).case is DeadlineCase.PASSED:
        return text
    return tr("{deadline} Las dos versiones funcionan a la vez hasta entonces para que pases tu "
              "información a la nueva.").format(deadline=text)  # fmt: skip


def cost_fact(period: str | None) -> str:
    return tr("Recibes la nueva versión sin costo adicional, porque tu sistema está en "
              "suscripción, y el nuevo número de serie conserva la periodicidad "
              "{periodicity}.").format(periodicity=periodicity(period))  # fmt: skip


def terms_version(version: str) -> str:
    return tr("Versión de los términos: {v}").format(v=version)
