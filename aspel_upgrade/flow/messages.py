"""What to tell a person about a failure: what happened and what to do next.

The one catalogue of these sentences, for the wizard, the command line and the result
file alike: the same case reads the same everywhere. Errors carry a code and fields
(portal/errors.py, host/values.py, flow/problems.py), never prose; the sentence is made
here. Every text is a literal inside ``tr()`` so pyside6-lupdate extracts it; this module
holds no Qt, so the wizard plugs its translator in (``language.use_translator``); without one
the Spanish source is the text (the command line's language, README).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..portal import errors as e
from .language import translated
from .problems import (
    DiskProblem,
    DownloadDirUnwritable,
    ResultFileUnwritable,
    StateNotWritable,
    Terminated,
)
from .state import Notice

if TYPE_CHECKING:
    from datetime import date

    from ..host.settings import SettingsProblem
    from .download import DownloadResult


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return translated("", text)


# ---- Dates (issue 18 C17; the pages helper's group) ----------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_pattern() -> str:
    """The catalogue's date pattern, in QLocale's notation: DD/MM/AAAA in Spanish; English
    spells the month («10 Mar 2022»), since 10/03/2022 reads as 3 October in the US."""
    return tr("dd/MM/yyyy")


def day_text(day: date) -> str:
    """``day`` as the user's language writes it (the wizard's pages use QLocale with the
    same pattern, ui/formatting.py; this one serves the Qt-free surfaces)."""
    out, pattern = [], date_pattern()
    tokens = {"yyyy": f"{day.year:04d}", "MMM": _MONTHS[day.month - 1],
              "MM": f"{day.month:02d}", "dd": f"{day.day:02d}", "d": str(day.day)}  # fmt: skip
    while pattern:
        token = next((t for t in tokens if pattern.startswith(t)), None)
        out.append(tokens[token] if token else pattern[0])
        pattern = pattern[len(token) if token else 1 :]
    return "".join(out)


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


def _value_problem(reason: str) -> str:
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
    if isinstance(error, e.InvalidPortalAddress):
        return tr("La dirección del portal «{url}» {problem}.").format(
            url=error.url, problem=_value_problem(error.reason)
        )
    if isinstance(error, Terminated):
        return tr("El asistente se cerró porque el equipo o el programa que lo inició pidió "
                  "terminarlo. Si no terminaste la actualización, vuelve a abrirlo.")  # fmt: skip
    if isinstance(error, DiskProblem):
        return disk_problem(error)
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
    if notice.kind == "download_unfinished":  # (issue 18 B11; the pages helper's group)
        return tr("La descarga del instalador de {what} quedó a medias. Para terminarla, elige "
                  "su fila (dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e "
                  "instalar…»: continuará donde se quedó.").format(what=notice.label)  # fmt: skip
    if notice.kind == "download_elsewhere":
        return tr("El instalador de {what} se está descargando ahora en otra ventana de este "
                  "asistente. Déjalo terminar allí; si cerraste esa ventana, elige su fila "
                  "(dice «Ya actualizado»), pulsa «Siguiente» y luego «Descargar e "
                  "instalar…».").format(what=notice.label)  # fmt: skip
    waiting = tr("También quedó pendiente de ver el resultado de: {what}. Elige su fila (dice "
                 "«Ya actualizado») y pulsa «Siguiente» para verlo.")  # fmt: skip
    return waiting.format(what=notice.label)


def with_detail(sentence: str, detail: str) -> str:
    """A sentence followed by the technical detail (Python's or the system's own words)."""
    return tr("{sentence} Detalle técnico: {detail}").format(sentence=sentence, detail=detail)


# The settings that could not be used (host/settings.py reports them as data).


def _whole_file(code: str) -> str:
    texts = {
        "unreadable": tr("no se pudo abrir"),
        "not_a_file": tr("no es un archivo normal (por ejemplo, es una carpeta)"),
        "too_big": tr("es demasiado grande para ser un archivo de configuración"),
        "not_utf8": tr("no está guardado como texto UTF-8"),
        "not_json": tr("no tiene el formato correcto (JSON)"),
        "not_object": tr("no tiene el formato correcto (JSON)"),
    }
    return texts.get(code, tr("no se pudo usar"))


def _value(problem: SettingsProblem) -> str:
    """What is wrong with one value («el valor de … {what}»), worded as for the flags."""
    if problem.code == "wrong_type":
        if problem.key == "remember_password":
            return tr("debe ser true o false")
        return tr("debe ser un texto entre comillas")
    if problem.reason == "empty":
        return tr("está vacío")  # «el valor», not «la dirección»
    return _value_problem(problem.reason) if problem.reason else tr("no es válido")


def settings_problems(problems: Sequence[SettingsProblem]) -> str:
    """The first page's notice: a sentence per setting that could not be used, then the
    technical details (Python's own words, kept out of the sentences)."""
    lines: list[str] = []
    for problem in problems:
        if problem.whole_file:
            lines.append(
                tr("El archivo de configuración «{file}» {what}; se ignora y se usan los "
                   "valores predeterminados.").format(
                    file=problem.file, what=_whole_file(problem.code)
                )
            )  # fmt: skip
        else:
            lines.append(
                tr("En «{file}», el valor de «{key}» {what}; se ignora ese valor.").format(
                    file=problem.file, key=problem.key, what=_value(problem)
                )
            )
    # A value of the wrong type is said whole by its sentence; Python's «str, expected
    # bool» would only add English (it stays in the log).
    details = "; ".join(p.detail for p in problems if p.detail and p.code != "wrong_type")
    if details:
        lines.append(tr("Detalle técnico: {details}").format(details=details))
    return "\n".join(lines)


# The command line's and the result file's own cases (the wizard never reaches these).


def no_portal_configured() -> str:
    return tr("No está configurada la dirección del portal de Aspel. Pide a tu área de "
              "sistemas que la configure (archivo de configuración del equipo) o inicia con "
              "--portal-url.")  # fmt: skip


def portal_address_in_settings(url: str, file: str, reason: str) -> str:
    """A portal address is configured but cannot be used (``url`` as shown in the log)."""
    return tr("La dirección del portal {url} del archivo de configuración {file} {problem}. "
              "Pide a tu área de sistemas que la corrija o inicia con --portal-url.").format(
        url=url, file=file, problem=_value_problem(reason)
    )  # fmt: skip


def sandbox_unavailable() -> str:
    return tr("El portal de pruebas (--sandbox) no viene en esta instalación.")


def portal_unreachable() -> str:
    """--diagnose: the portal did not answer (the report printed says why)."""
    return tr("El portal no respondió al diagnóstico.")


def outcome_unknown() -> str:
    return tr("Se envió la confirmación, pero no se recibió la respuesta del portal. La próxima "
              "vez que abras el asistente verás el resultado; no se generará un segundo número "
              "de serie.")  # fmt: skip


def download_corrupt() -> str:
    return tr("El instalador descargado no coincide con lo que publicó el portal; se borró.")


def no_space(folder: str, needed_mb: float, free_mb: float) -> str:
    return tr("No hay espacio suficiente en {folder}: se necesitan {needed} MB y hay {free} MB "
              "libres.").format(
        folder=folder, needed=f"{needed_mb:.1f}", free=f"{free_mb:.1f}"
    )  # fmt: skip


# The installer's own cases (the download page, the command line and the result file).


def download_unavailable(download_url: str) -> str:
    """The receipt came without a usable installer descriptor: the serial stands, the
    installer comes from the portal's page (issue 18 A3, G2)."""
    return tr("No se puede descargar el instalador desde este asistente: el portal no envió "
              "los datos que hacen falta para descargarlo y comprobarlo aquí. Tu nuevo número "
              "de serie sí quedó registrado. Descarga el instalador desde la página de Aspel: "
              "{url}").format(url=download_url)  # fmt: skip


def download_unfinished(error: BaseException | None) -> str:
    """--download: the installer did not arrive whole; ``error`` says why, if known."""
    sentence = tr("No se terminó de descargar el instalador.")
    return f"{sentence} {describe(error)}" if error is not None else sentence


def link_not_opened(url: str) -> str:
    """A link from the portal that is shown but not opened (portal/address.py says which)."""
    return tr("El portal envió esta dirección: «{url}». No la abrimos porque no es segura: no "
              "usa https (una conexión cifrada) o no es una dirección web normal. Si la "
              "reconoces, cópiala y ábrela tú en el navegador; si no, no la uses y consulta a "
              "soporte de Aspel.").format(url=url)  # fmt: skip


def command_line(case: str, fields: Mapping[str, str]) -> str:
    """Why the command line is refused (exit 64); ``case`` names the flag's problem.

    ``argparse``: argparse's own message, already Spanish (launch/argparse_es.py).
    """
    if case == "portal_url":
        address = describe(e.InvalidPortalAddress(fields["url"], fields["reason"]))
        return tr("--portal-url: {problem}").format(problem=address)
    if case == "proxy":
        return tr("--proxy: la dirección «{url}» {problem}").format(
            url=fields["url"], problem=_value_problem(fields["reason"])
        )
    if case == "ca_bundle":
        return tr("--ca-bundle: «{path}» {problem}").format(
            path=fields["path"], problem=_value_problem(fields["reason"])
        )
    if case == "system":
        return tr("--system {system} no es un sistema conocido ({known})").format(
            system=fields["system"], known=fields["known"]
        )
    if case == "download_dir_alone":
        return tr("--download-dir solo tiene sentido junto con --download")
    if case == "download_dir_not_folder":
        return tr("--download-dir: {path} no es una carpeta").format(path=fields["path"])
    if case == "download_dir_empty":
        return tr("--download-dir: la ruta está vacía")
    return fields["message"]  # "argparse"


def see_help() -> str:
    return tr("Usa --help para ver las opciones.")


def result_file_unwritable(problem: ResultFileUnwritable) -> str:
    """Exit 73's one line on stderr (after «aspel-upgrade: »)."""
    texts = {
        "empty": tr("la ruta está vacía"),
        "folder": tr("es una carpeta, no un archivo"),
        "not_a_file": tr("no es un archivo normal"),
        "parent_is_file": tr("«{place}» es un archivo, no una carpeta"),
        "folder_unwritable": tr(
            "no se puede escribir en la carpeta «{place}»: {what} (detalle técnico: {detail})"
        ),
        "not_saved": tr("no se pudo guardar: {what} (detalle técnico: {detail})"),
    }
    why = texts.get(problem.reason, texts["not_saved"])
    return tr("no se puede escribir el archivo de resultado «{file}»: {why}").format(
        file=problem.path,
        why=why.format(place=problem.place, detail=problem.detail, what=os_problem(problem.kind)),
    )


def download_dir_unwritable(problem: DownloadDirUnwritable) -> str:
    """Exit 73 for the installer's folder: one line on stderr, and the result file's words."""
    texts = {
        "not_a_folder": tr("no es una carpeta"),
        "parent_is_file": tr("«{place}» es un archivo, no una carpeta"),
        "folder_unwritable": tr("{what}. Detalle técnico: {detail}"),
    }
    why = texts.get(problem.reason, texts["folder_unwritable"])
    return tr("--download: no se puede guardar el instalador en la carpeta «{folder}»: "
              "{why}").format(
        folder=problem.path,
        why=why.format(place=problem.place, detail=problem.detail, what=os_problem(problem.kind)),
    )  # fmt: skip


# The download on this PC: its disk, its folder, other windows (issue 18). Kept together.


def os_problem(kind: str) -> str:
    """What the operating system refused, in words (host.oserrors' kinds); completes
    «No se pudo guardar … en la carpeta «…»: {what}»."""
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


def disk_problem(error: DiskProblem) -> str:
    """The installer could not be written: where, why, what to do; the system's own words
    only as «Detalle técnico»."""
    folder = str(error.folder)
    if error.kind == "no_space":
        if error.needed:
            mib = 1024 * 1024
            sentence = no_space(folder, error.needed / mib, error.free / mib)
        else:
            sentence = tr("No hay espacio suficiente en {folder}: el disco está lleno.").format(
                folder=folder
            )
        sentence += " " + tr("Libera espacio (por ejemplo, vacía la papelera) y vuelve a "
                             "intentarlo: lo ya descargado se conserva.")  # fmt: skip
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


def saved_beside(result: DownloadResult) -> str:
    """The installer's name was taken: what is in the way, and the name it was saved as."""
    if result.in_the_way is None:
        return ""
    fields = {"name": result.in_the_way.name, "saved": Path(result.path).name}
    if result.in_the_way_kind == "folder":
        text = tr("En la carpeta ya hay una carpeta llamada «{name}», así que el instalador se "
                  "guardó como «{saved}».")  # fmt: skip
    elif result.in_the_way_kind == "in_use":
        text = tr("Ya había un archivo «{name}» que no se puede reemplazar (puede estar abierto "
                  "o ejecutándose), así que el instalador se guardó como «{saved}».")  # fmt: skip
    else:
        text = tr("Ya había algo llamado «{name}» (por ejemplo, un acceso directo), así que el "
                  "instalador se guardó como «{saved}».")  # fmt: skip
    return text.format(**fields)


def download_busy_not_discarded() -> str:
    """«Cancelar descarga» while another copy of the app is downloading the same installer."""
    return tr("No se borró nada: el instalador se está descargando en otra ventana de este "
              "asistente. Cancela la descarga en esa ventana, o espera a que termine.")  # fmt: skip


def download_busy() -> str:
    """Another copy of the app is downloading this installer (its lock is held)."""
    return tr("El instalador se está descargando en otra ventana de este asistente. Espera a "
              "que termine ahí, o ciérrala y pulsa «Reintentar».")  # fmt: skip
