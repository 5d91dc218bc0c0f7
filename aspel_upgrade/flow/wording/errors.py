"""What to tell a person about a failure: what happened and what to do next.

Errors carry a code and fields (portal/errors.py, host/values.py, flow/problems.py), never
prose; ``describe`` words them, for the wizard, the command line and the result file
alike, so one case reads the same everywhere. The technical detail (Python's or the
system's own words) is only ever added as «Detalle técnico».
"""

from __future__ import annotations

from ...portal import errors as e
from ..problems import DiskProblem, StateNotWritable, Terminated
from ..state import Notice
from . import tr
from .dates import day_text
from .units import size_text


def _connection(kind: str) -> str:
    texts = {
        "offline": tr("Parece que este equipo no tiene conexión a internet. Revisa el "
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


def value_problem(reason: str) -> str:
    """What is wrong with an address or a file, completing «La dirección «…» …» (host.values)."""
    texts = {
        "empty": tr("está vacía"),
        "spaces": tr("tiene espacios o caracteres no válidos"),
        "malformed": tr("no es una dirección válida"),
        "scheme": tr("debe empezar con https://"),
        "proxy_scheme": tr("debe empezar con http:// o https://"),
        "not_https": tr("no es segura: debe empezar con https:// (http:// solo se permite en "
                        "este mismo equipo)"),
        "no_host": tr("no dice el nombre del servidor (por ejemplo https://portal.ejemplo.com)"),
        "bad_host": tr("tiene un nombre de servidor no válido"),
        "bad_port": tr("tiene un puerto no válido (debe ser un número del 1 al 65535)"),
        "credentials": tr("no debe llevar usuario ni contraseña"),
        "query": tr("no debe llevar «?» ni «#»"),
        "missing_file": tr("no existe o no es un archivo"),
        "language": tr("debe ser es o en"),
    }  # fmt: skip
    return texts.get(reason, tr("no es válida"))


def not_eligible(reason: str | None) -> str:
    """Why a system cannot be upgraded here, and what to do instead: the portal's refusal,
    the table's row and its tooltip say the same (one sentence per reason)."""
    texts = {
        "license_requires_purchase": tr(
            "Este sistema es una licencia de pago único: para pasar a la nueva versión hay que "
            "comprarla. Aquí solo se actualizan los sistemas en suscripción (renta mensual, "
            "semestral o anual)."
        ),
        "inactive": tr(
            "Este sistema está inactivo. Reactívalo desde Mi cuenta Aspel o con tu distribuidor "
            "antes de actualizarlo."
        ),
        "payment_overdue": tr(
            "Este sistema tiene un pago pendiente. Cuando el pago esté al corriente podrás "
            "actualizarlo aquí."
        ),
        "already_upgraded": tr(
            "Este sistema ya se actualizó. Su nuevo número de serie está en el correo que "
            "recibiste y en Mi cuenta Aspel."
        ),
        "latest_version": tr("Este sistema ya está en la versión más reciente."),
    }
    return texts.get(reason or "", tr("Este sistema no se puede actualizar desde aquí."))


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
            ).format(time=local.strftime("%H:%M"), date=day_text(local.date()))
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
        return not_eligible(error.reason)
    if isinstance(error, e.TermsOutdated):
        return tr(
            "Los términos y condiciones cambiaron. Léelos de nuevo y vuelve a aceptarlos.",
        )
    if isinstance(error, e.AlreadyUpgraded):
        return not_eligible("already_upgraded")
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
    if isinstance(error, e.InvalidPortalAddress):
        return portal_address(error.url, error.reason)
    if isinstance(error, Terminated):
        return tr("El asistente se cerró porque el equipo o el programa que lo inició pidió "
                  "terminarlo. Si no terminaste la actualización, vuelve a abrirlo.")  # fmt: skip
    if isinstance(error, DiskProblem):
        return disk_problem(error)
    return unexpected()


def unexpected() -> str:
    return tr(
        "Ocurrió un error inesperado. Vuelve a intentarlo; si se repite, copia el reporte y "
        "envíalo a soporte.",
    )


def portal_address(url: str, reason: str) -> str:
    return tr("La dirección del portal «{url}» {problem}.").format(
        url=url, problem=value_problem(reason)
    )


def describe_notice(notice: Notice) -> str:
    """What the next page tells the user about an earlier, pending upgrade."""
    if notice.kind == "resume_refused":
        reason = describe(notice.error) if notice.error is not None else ""
        return tr("La actualización que quedó pendiente ({what}) no se completó. {reason} Si "
                  "todavía la necesitas, vuelve a hacerla desde aquí.").format(
            what=notice.label, reason=reason
        )  # fmt: skip
    if notice.kind == "download_unfinished":
        return tr("La descarga del instalador de {what} quedó a medias. Para terminarla, elige "
                  "su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e "
                  "instalar…»: continuará donde se quedó.").format(what=notice.label)  # fmt: skip
    if notice.kind == "download_elsewhere":
        return tr("El instalador de {what} se está descargando ahora en otra ventana de este "
                  "asistente. Déjalo terminar allí; si cerraste esa ventana, elige su fila "
                  "(dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e "
                  "instalar…».").format(what=notice.label)  # fmt: skip
    return tr("También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice "
              "«Ya actualizado») y pulsa «Siguiente» para verlo.").format(
        what=notice.label
    )  # fmt: skip


def with_detail(sentence: str, detail: str) -> str:
    """A sentence followed by the technical detail (Python's or the system's own words)."""
    return tr("{sentence} Detalle técnico: {detail}").format(sentence=sentence, detail=detail)


def answer_not_received() -> str:
    """The confirmation was sent and its answer never seen (the result file's exit 4)."""
    return tr("Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima "
              "vez que abras el asistente verás el resultado; no se generará un segundo número "
              "de serie.")  # fmt: skip


def link_not_opened(url: str) -> str:
    """A link from the portal that is shown but not opened (portal/address.py says which)."""
    return tr("El portal envió esta dirección: «{url}». No la abrimos porque no es segura: no "
              "usa https (una conexión cifrada) o no es una dirección web normal. Si la "
              "reconoces, cópiala y ábrela tú en el navegador; si no, no la uses y consulta a "
              "soporte de Aspel.").format(url=url)  # fmt: skip


def browser_not_opened(url: str) -> str:
    return tr("No se pudo abrir el navegador. Copia esta dirección y ábrela en tu "
              "navegador: {url}").format(url=url)  # fmt: skip


# ---- this PC's disk and folders (host.oserrors' kinds) -------------------------------


def os_problem(kind: str) -> str:
    """What the operating system refused, in words; completes «…en la carpeta «…»: {what}»."""
    texts = {
        "no_space": tr("el disco está lleno"),
        "read_only": tr("la unidad es de solo lectura"),
        "access_denied": tr("no tienes permiso para escribir ahí"),
        "not_found": tr("la carpeta no existe o la unidad no está disponible"),
        "is_a_folder": tr("hay una carpeta con ese nombre"),
        "not_a_folder": tr("una parte de la ruta es un archivo, no una carpeta"),
        "in_use": tr("otro programa tiene abierto el archivo"),
        "exists": tr("ya hay algo con ese nombre"),
    }
    return texts.get(kind, tr("el sistema no lo permitió"))


def disk_problem(error: DiskProblem, *, kept: bool = False) -> str:
    """The installer could not be written: where, why, what to do; the system's own words
    only as «Detalle técnico». ``kept``: a partial file is on disk (then said: a retry
    continues from it); unknown or none, nothing is claimed."""
    folder = str(error.folder)
    if error.kind == "no_space" and error.needed and kept:  # how much is missing
        sentence = tr("No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} "
                      "y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y "
                      "vuelve a intentarlo: lo ya descargado se conserva.").format(
            folder=folder, needed=size_text(error.needed), free=size_text(error.free)
        )  # fmt: skip
    elif error.kind == "no_space" and error.needed:
        sentence = tr("No hay espacio suficiente en la carpeta «{folder}»: se necesitan {needed} "
                      "y hay {free} libres. Libera espacio (por ejemplo, vacía la papelera) y "
                      "vuelve a intentarlo.").format(
            folder=folder, needed=size_text(error.needed), free=size_text(error.free)
        )  # fmt: skip
    elif error.kind == "no_space" and kept:
        sentence = tr("No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. "
                      "Libera espacio (por ejemplo, vacía la papelera) y vuelve a intentarlo: lo "
                      "ya descargado se conserva.").format(folder=folder)  # fmt: skip
    elif error.kind == "no_space":
        sentence = tr("No hay espacio suficiente en la carpeta «{folder}»: el disco está lleno. "
                      "Libera espacio (por ejemplo, vacía la papelera) y vuelve a "
                      "intentarlo.").format(folder=folder)  # fmt: skip
    elif error.place is not None:
        sentence = tr("No se pudo guardar el instalador en la carpeta «{folder}»: «{place}» "
                      "está en medio ({what}). Muévelo o cámbiale el nombre y vuelve a "
                      "intentarlo.").format(
            folder=folder, place=error.place.name, what=os_problem(error.kind)
        )  # fmt: skip
    else:
        sentence = tr("No se pudo guardar el instalador en la carpeta «{folder}»: {what}. "
                      "Revísala o pide ayuda a tu área de sistemas, y vuelve a intentarlo.").format(
            folder=folder, what=os_problem(error.kind)
        )  # fmt: skip
    return with_detail(sentence, error.detail) if error.detail else sentence
