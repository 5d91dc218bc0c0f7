"""The wizard's questions: finishing an earlier upgrade now, and closing the window where
something would be lost (flow/controller.py ``closing_risk`` says which case)."""

from __future__ import annotations

from ..closing import ClosingRisk
from . import tr


def resume_title() -> str:
    return tr("Actualización pendiente")


def resume_question(what: str) -> str:
    return tr("La última vez se envió la actualización de {what}, pero no se llegó a ver el "
              "resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; no se "
              "generará un segundo número de serie.").format(what=what)  # fmt: skip


def resume_now_button() -> str:
    return tr("&Terminarla ahora")


def resume_later_button() -> str:
    return tr("&Más tarde")


def log_in_as(user: str) -> str:
    return tr("Inicia sesión como «{user}» para ver el resultado de la actualización "
              "pendiente.").format(user=user)  # fmt: skip


def resending() -> str:
    return tr("Consultando el resultado de la actualización pendiente…")


def question(
    risk: ClosingRisk, *, serial: str = "", email: str = "", old: str = ""
) -> tuple[str, str]:
    """(title, question) for closing now, in the case the flow named."""
    if risk is ClosingRisk.DOWNLOADING:
        return tr("Descarga en curso"), tr(
            "El instalador se está descargando. Si cierras ahora, la descarga se detiene y lo "
            "ya descargado se guarda: continuará la próxima vez que abras el asistente. Tu "
            "nuevo número de serie es {serial}: cópialo o guarda el comprobante antes de "
            "cerrar; también te llegó por correo a {email}. ¿Cerrar de todos modos?"
        ).format(serial=serial, email=email)
    if risk is ClosingRisk.SERIAL_ON_SCREEN:
        return tr("¿Cerrar el asistente?"), tr(
            "Tu nuevo número de serie es {serial}. Antes de cerrar, cópialo o guarda el "
            "comprobante; también te llegó por correo a {email}. ¿Cerrar el asistente?"
        ).format(serial=serial, email=email)
    if risk is ClosingRisk.ANSWER_LOST:
        return tr("¿Cerrar sin ver el resultado?"), tr(
            "No sabemos si el portal recibió la confirmación. Si cierras ahora, la próxima vez "
            "que abras el asistente verás el resultado; no se generará un segundo número de "
            "serie. ¿Cerrar de todos modos?"
        )
    if risk is ClosingRisk.WAITING_FOR_ANSWER:
        return tr("Confirmación en curso"), tr(
            "Estamos esperando la respuesta del portal. Si cierras ahora, la próxima vez que "
            "abras el asistente podrás ver el resultado. ¿Cerrar de todos modos?"
        )
    return tr("¿Cerrar sin actualizar?"), tr(
        "Todavía no se genera tu nuevo número de serie: {old} sigue como está. Si cierras "
        "ahora, podrás hacer la actualización cuando vuelvas a abrir el asistente. ¿Cerrar el "
        "asistente?"
    ).format(old=old)


def close_button() -> str:
    return tr("&Cerrar")


def stay_button() -> str:
    return tr("&Seguir aquí")
