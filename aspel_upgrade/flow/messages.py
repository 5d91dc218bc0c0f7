"""What to tell a person about a failure: what happened and what to do next.

The one catalogue of these sentences, for the wizard, the command line and the result
file alike: the same case reads the same everywhere. Every text is a literal inside
``tr()`` so pyside6-lupdate extracts it; this module holds no Qt, so the wizard plugs its
translator in (``use_translator``) and without one the Spanish source is the text.
"""

from __future__ import annotations

from collections.abc import Callable

from ..portal import errors as e
from .problems import StateNotWritable
from .state import Notice

Translate = Callable[[str, str], str]  # (context, Spanish source) -> the user's language


def _spanish(_context: str, text: str) -> str:
    return text


_translate: Translate = _spanish


def use_translator(translate: Translate | None) -> None:
    """Word the sentences in the installed catalogue's language (None: Spanish again)."""
    global _translate
    _translate = translate or _spanish


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return _translate("", text)


def _connection(kind: str) -> str:
    texts = {
        "offline": tr("Parece que esta computadora no tiene conexión a internet. Revisa el "
                      "cable o la red inalámbrica y vuelve a intentarlo."),
        "dns": tr("No se encontró la dirección del portal de Aspel. Revisa tu conexión a "
                  "internet; si usas un proxy o una red de oficina, pide ayuda a tu área de "
                  "sistemas."),
        "refused": tr("El portal de Aspel no aceptó la conexión. Revisa tu conexión a internet "
                      "e inténtalo de nuevo en unos minutos."),
        "tls": tr("No se pudo verificar el certificado de seguridad del portal de Aspel. La "
                  "conexión se detuvo para proteger tus datos. Si estás en una red de oficina, "
                  "pide ayuda a tu área de sistemas."),
        "proxy": tr("No se pudo conectar a través del proxy de tu red. Revisa la dirección del "
                    "proxy o pide ayuda a tu área de sistemas."),
        "proxy_auth": tr("El proxy de tu red pide usuario y contraseña. Pide a tu área de "
                         "sistemas que configure el proxy para este programa."),
    }  # fmt: skip
    return texts.get(
        kind,
        tr("No se pudo conectar con el portal de Aspel. Revisa tu conexión a internet e "
           "inténtalo de nuevo."),
    )  # fmt: skip


def _not_eligible(reason: str) -> str:
    texts = {
        "license_requires_purchase": tr("Este sistema es una licencia de pago único: para pasar "
                                        "a la nueva versión hay que comprarla. Consulta los "
                                        "precios."),
        "inactive": tr("Este sistema está inactivo. Reactívalo antes de actualizarlo."),
        "payment_overdue": tr("Este sistema tiene un pago pendiente. Cuando esté al corriente "
                              "podrás actualizarlo."),
        "already_upgraded": tr("Este sistema ya se actualizó."),
        "latest_version": tr("Este sistema ya está en la versión más reciente."),
    }  # fmt: skip
    return texts.get(reason, tr("Este sistema no se puede actualizar desde aquí."))


def describe(error: BaseException) -> str:
    """One or two sentences for the inline error label. Never a traceback."""
    if isinstance(error, e.RateLimited):
        return tr(
            "Se hicieron demasiados intentos seguidos. Espera {seconds} segundos y vuelve a "
            "intentarlo.",
        ).format(seconds=error.retry_after)
    if isinstance(error, e.AccountLocked):
        if error.locked_until is not None:
            local = error.locked_until.astimezone()
            return tr(
                "Tu cuenta quedó bloqueada por varios intentos fallidos. Podrás volver a "
                "intentarlo después de las {time} del {date}, o usa «¿Olvidaste tu contraseña?».",
            ).format(time=local.strftime("%H:%M"), date=local.strftime("%d/%m/%Y"))
        return tr(
            "Tu cuenta quedó bloqueada por varios intentos fallidos. Espera unos minutos o usa "
            "«¿Olvidaste tu contraseña?».",
        )
    if isinstance(error, e.InvalidCredentials):
        return tr(
            "El usuario o la contraseña no son correctos. Revísalos e inténtalo de nuevo.",
        )
    if isinstance(error, e.SessionExpired):
        return tr("Tu sesión terminó. Vuelve a escribir tu contraseña para continuar.")
    if isinstance(error, e.NotEligible):
        return _not_eligible(error.reason)
    if isinstance(error, e.TermsOutdated):
        return tr(
            "Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.",
        )
    if isinstance(error, e.AlreadyUpgraded):
        return tr("Este sistema ya se actualizó.")
    if isinstance(error, e.IdempotencyConflict):
        return tr("La clave de esta operación ya se usó para otra solicitud. Vuelve a empezar "
                  "la actualización.")  # fmt: skip
    if isinstance(error, e.DownloadInterrupted):
        return tr("La descarga se interrumpió varias veces seguidas. Revisa tu conexión a "
                  "internet y vuelve a intentarlo.")  # fmt: skip
    if isinstance(error, e.NotFound):
        return tr(
            "No encontramos ese dato en tu cuenta. Actualiza la lista e inténtalo de nuevo.",
        )
    if isinstance(error, e.InvalidRequest):
        return tr("El portal rechazó la solicitud. Revisa los datos e inténtalo de nuevo.")
    if isinstance(error, e.PortalUnavailable):
        if error.retry_after:
            return tr("El portal de Aspel no está disponible en este momento. Inténtalo de "
                      "nuevo en {seconds} segundos.").format(seconds=error.retry_after)  # fmt: skip
        return tr(
            "El portal de Aspel no está disponible en este momento. Inténtalo más tarde.",
        )
    if isinstance(error, e.ConnectionFailed):
        return _connection(error.kind)
    if isinstance(error, e.PortalTimeout):
        return tr("El portal de Aspel tardó demasiado en responder. Revisa tu conexión e "
                  "inténtalo de nuevo.")  # fmt: skip
    if isinstance(error, e.UnexpectedResponse):
        return tr("El portal de Aspel respondió algo que no esperábamos. Inténtalo de nuevo más "
                  "tarde; si se repite, usa «Diagnóstico» y contacta a soporte.")  # fmt: skip
    if isinstance(error, StateNotWritable):
        return tr("No se puede guardar el avance de la actualización en la carpeta «{folder}»; "
                  "hace falta para no perder el resultado si se corta la conexión. Revisa que la "
                  "carpeta exista y que tengas permiso para escribir en ella, o pide ayuda a tu "
                  "área de sistemas. No se envió nada al portal. Detalle técnico: {detail}").format(
            folder=error.folder, detail=error.detail
        )  # fmt: skip
    if isinstance(error, e.InsecurePortalAddress):
        return tr("La dirección del portal no es segura: debe empezar con https://.")
    return tr(
        "Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y "
        "envíalo a soporte.",
    )


def describe_notice(notice: Notice) -> str:
    """What the next page tells the user about an earlier, pending upgrade."""
    if notice.kind == "resume_refused":
        reason = describe(notice.error) if notice.error is not None else ""
        return tr("La actualización que quedó pendiente ({what}) no se completó. {reason} Si "
                  "todavía la necesitas, vuelve a hacerla desde aquí.").format(
            what=notice.label, reason=reason
        )  # fmt: skip
    waiting = tr("También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice "
                 "«Ya actualizado») y pulsa «Siguiente» para verlo.")  # fmt: skip
    return waiting.format(what=notice.label)
