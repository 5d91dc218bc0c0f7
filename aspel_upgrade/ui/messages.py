"""What to tell a person about a failure: what happened and what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..portal import errors as e


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(error: BaseException) -> str:
    """One or two sentences for the inline error label. Never a traceback."""
    if isinstance(error, e.RateLimited):
        return tr(
            "Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a "
            "intentarlo."
        ).format(seconds=error.retry_after)
    if isinstance(error, e.AccountLocked):
        if error.locked_until is not None:
            local = error.locked_until.astimezone()
            return tr(
                "Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a "
                "intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?»."
            ).format(time=local.strftime("%H:%M"), date=local.strftime("%d/%m/%Y"))
        return tr(
            "Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa "
            "«¿Olvidaste tu contraseña?»."
        )
    if isinstance(error, e.PortalError):
        # The portal layer's messages are written for people already; route them
        # through the translator so an English catalogue can replace them.
        return QCoreApplication.translate("portal", error.user_message)
    return tr(
        "Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y "
        "envíalo a soporte."
    )
