"""Is this PC ready? The page «¿Está listo este equipo?», and one sentence per check case
(flow/readiness/): what was found and what to do.

The same sentence on the page, the confirmation, «¡Listo!», the PDF receipt, the command
line's ``--check`` and ``--diagnose``, and the result file's ``message``. Sizes are MB/GB
with the drive (units.disk_text); dates as the user's language writes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from . import guidance, tr
from .dates import day_text
from .units import disk_text, shortfall_text

Fields = Mapping[str, Any]


# ---- the page -----------------------------------------------------------------------------
def title() -> str:
    return tr("¿Está listo este equipo?")


def subtitle() -> str:
    return tr("Antes del paso que no se puede deshacer, revisamos este equipo con lo que pide "
              "la nueva versión.")  # fmt: skip


def checking() -> str:
    """The busy row while the checks run."""
    return tr("Revisando este equipo…")


def recheck_button() -> str:
    return tr("&Revisar de nuevo")


def backup_label() -> str:
    return tr("Res&paldé mis datos con la herramienta de respaldo de mi sistema")


def time_label(deadline_on: date | None) -> str:
    if deadline_on is None:
        return tr("&Tengo tiempo para pasar mi información a la nueva versión")
    return tr("&Tengo tiempo antes del {date} para pasar mi información").format(
        date=day_text(deadline_on)
    )


def checklist_title() -> str:
    """Above the two questions only the user can answer."""
    return tr("Lo que solo tú puedes confirmar:")


def other_pc_label() -> str:
    return tr("&Lo instalaré en otro equipo, no en este")


def other_pc_note(command: str) -> str:
    """The other-PC box is ticked: the checks that matter are that PC's."""
    return tr("Revisa ese equipo antes de instalar: ejecuta ahí «{command}».").format(
        command=command
    )


def commit_blocked() -> str:
    """Why «Actualizar número de serie» waits, on the PC that holds the data."""
    return tr("Algo bloquea en este equipo, que es donde están tus datos. Corrígelo y pulsa "
              "«Revisar de nuevo», o marca que instalarás la nueva versión en otro "
              "equipo.")  # fmt: skip


def for_the_server() -> str:
    """On a PC without the system's data: the checks that decide are the Servidor's."""
    return tr("Estas revisiones son para el Servidor ({meaning}). Pide que ejecuten este "
              "comando ahí (no necesita tu contraseña):").format(
        meaning=guidance.server_meaning()
    )  # fmt: skip


def command_caption() -> str:
    return tr("Comando para el Servidor")


def copy_command_button() -> str:
    return tr("Copiar co&mando")


def settle_before_activating() -> str:
    """Why the final Servidor should be settled before activating (the readiness page)."""
    return tr("Activa la nueva versión en el equipo donde se va a quedar (el Servidor). "
              "Formatear el equipo, cambiarle piezas o actualizar Windows después de activar "
              "gasta una activación; si vas a hacer algo de eso, hazlo antes de "
              "activar.")  # fmt: skip


def could_not_run() -> str:
    """The checks themselves failed (a defect): nothing is held for it."""
    return tr("No se pudo revisar este equipo. Puedes continuar; si quieres, pulsa «Revisar de "
              "nuevo».")  # fmt: skip


def check_command(system: str) -> str:
    """The help desk's command on the Servidor (a command, not a sentence: never translated)."""
    return f"aspel-upgrade --check --system {system}"


# ---- labels ---------------------------------------------------------------------------------
def check_title(check_id: str) -> str:
    titles = {
        "data_location": tr("Dónde están tus datos"),
        "windows_version": tr("Versión de Windows"),
        "windows_bits": tr("Windows de 32 o 64 bits"),
        "windows_support": tr("Soporte de Windows"),
        "ram": tr("Memoria (RAM)"),
        "space_installer": tr("Espacio para el instalador"),
        "space_program": tr("Espacio para el programa"),
        "space_data": tr("Espacio para tus datos"),
        "admin": tr("Permisos para instalar"),
        "restart_pending": tr("Reinicio pendiente"),
        "program_open": tr("Programa abierto"),
        "firebird": tr("Servidor Firebird"),
        "db_port": tr("Puerto de la base de datos"),
        "backup": tr("Respaldo de tus datos"),
        "time_left": tr("Tiempo antes de la fecha límite"),
    }
    return titles.get(check_id, check_id)


def status_label(status: str) -> str:
    labels = {
        "ok": tr("Bien"),
        "aviso": tr("Aviso"),
        "bloquea": tr("Bloquea"),
        "no_aplica": tr("No aplica"),
    }
    return labels.get(status, status)


def line(status: str, check_title_: str, system: str, message: str) -> str:
    """``--check``'s line: «Bloquea · SAE · Espacio para tus datos: En la unidad C: …»."""
    return tr("{status} · {system} · {title}: {message}").format(
        status=status_label(status), system=system, title=check_title_, message=message
    )


def item(status: str, check_title_: str, message: str) -> str:
    """A check on the page, «¡Listo!» and the PDF: «Aviso · Respaldo de tus datos: …»."""
    return tr("{status} · {title}: {message}").format(
        status=status_label(status), title=check_title_, message=message
    )


def summary(blocks: int, warnings: int, fine: int) -> str:
    return tr("Revisión de este equipo: bloquean {blocks}, avisos {warnings}, bien {fine}.").format(
        blocks=blocks, warnings=warnings, fine=fine
    )


def summary_caption() -> str:
    """The confirmation summary's row, and the heading on «¡Listo!» and the PDF."""
    return tr("Revisión de este equipo")


def checked(groups: Sequence[tuple[str, Sequence[str]]]) -> str:
    """What was checked, by status («Bloquea: Espacio para tus datos. Aviso: …»)."""
    parts = [
        tr("{status}: {titles}.").format(status=status_label(status), titles=", ".join(titles))
        for status, titles in groups
        if titles
    ]
    return " ".join(parts)


def as_confirmed() -> str:
    """Above the checks on «¡Listo!» and the PDF: they are as of the confirmation."""
    return tr("Así estaba este equipo al confirmar:")


def not_checked() -> str:
    """No checks to list (an earlier upgrade shown again, or one resumed from another run)."""
    return tr("En esta sesión no se revisó el equipo antes de confirmar.")


def no_system_found() -> str:
    """``--check`` on a PC with no Aspel system and no ``--system``."""
    return tr("No se encontró ningún sistema Aspel en este equipo. Indica cuál revisar con "
              "--system (por ejemplo, --system SAE).")  # fmt: skip


# ---- formatting ---------------------------------------------------------------------------
def volume(name: str) -> str:
    """«la unidad C:», «la carpeta de red «\\\\servidor\\datos»», ««/home»»."""
    drive = re.fullmatch(r"([A-Za-z]:)[\\/]?", name)
    if drive:
        return tr("la unidad {drive}").format(drive=drive.group(1).upper())
    if name.startswith(("\\\\", "//")):
        return tr("la carpeta de red «{share}»").format(share=name.rstrip("\\/"))
    return f"«{name}»"


def the_new_version() -> str:
    return tr("la nueva versión")


def why_unknown(reason: str, new: str) -> str:
    """Why a requirement is not known (flow/readiness/context.Need's reason)."""
    texts = {
        "unreachable": tr("no se pudo consultar el portal de Aspel"),
        "not_published": tr("Aspel no ha publicado los requisitos de {new}"),
        "unusable": tr("el portal de Aspel respondió datos que no se pudieron leer"),
        "value_missing": tr("Aspel no publicó ese dato para {new}"),
        "value_unusable": tr("el dato que publicó Aspel para {new} no es válido"),
    }
    return texts.get(reason, texts["unreachable"]).format(new=new)


def _parts(parts: Sequence[tuple[str, int, bool]]) -> str:
    items = [
        "{what} ({size})".format(
            what=_what(what),
            size=tr("al menos {size}").format(size=disk_text(n)) if least else disk_text(n),
        )
        for what, n, least in parts
    ]
    if len(items) <= 1:
        return "".join(items)
    return tr("{items} y {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _what(what: str) -> str:
    return {
        "installer": tr("el instalador"),
        "program": tr("el programa"),
        "data": tr("la copia de tus datos"),
    }.get(what, what)


def _servers(servers: Sequence[Any]) -> str:
    out = []
    for s in servers:
        facts = [f"Firebird {s.version}" if s.version else "Firebird"]
        if s.folder:
            facts.append(s.folder)
        if s.running:
            facts.append(tr("en ejecución"))
        out.append(f"«{s.name}» ({', '.join(facts)})")
    return "; ".join(out)


def _min_windows(f: Fields) -> str:
    if f.get("min_name"):
        return tr("{name} (compilación {build}) o posterior").format(
            name=f["min_name"], build=f["min_build"]
        )
    return tr("Windows con compilación {build} o posterior").format(build=f["min_build"])


def _folders(f: Fields) -> str:
    return "; ".join(f"«{p}»" for p in f.get("folders", ()))


def _belongs_to_server(command: str) -> str:
    return tr("Estas revisiones valen para el Servidor: ejecuta ahí «{command}».").format(
        command=command
    )


# ---- one sentence per case (the check's ``case``, its ``fields``) ----------------------------
def sentence(case: str, f: Fields) -> str:
    """The sentence of a check's ``case`` with its ``fields`` (flow/readiness/)."""
    if case.startswith("not_applicable:"):
        return not_applicable(case.partition(":")[2])
    maker = _CASES.get(case)
    if maker is None:
        return case
    g = dict(f)
    g["why_text"] = why_unknown(str(f.get("why")), str(f.get("new", ""))) if f.get("why") else ""
    return maker(g)


def not_applicable(why: str) -> str:
    if why == "not_windows":
        return tr("Esta revisión es solo para Windows.")
    return tr("Esta revisión no aplica en este equipo.")


def could_not_check(f: Fields) -> str:
    sentence = tr("No se pudo revisar esto en este equipo. No detiene la actualización, pero "
                  "revísalo por tu cuenta. Detalle técnico: {detail}")  # fmt: skip
    return sentence.format(detail=f["detail"])


# where the data is
def data_here(f: Fields) -> str:
    return guidance.data_here(f["old"], f.get("data", ()))


def data_on_network(f: Fields) -> str:
    return tr("Los datos de {old} están en otro equipo ({folders}): ese equipo es el "
              "Servidor, y ahí se instala y se activa primero la nueva versión.").format(
        old=f["old"], folders=_folders(f)
    ) + " " + _belongs_to_server(f["command"])  # fmt: skip


def data_not_found(f: Fields) -> str:
    return guidance.program_only(f["old"]) + " " + _belongs_to_server(f["command"])


def system_not_here(f: Fields) -> str:
    return guidance.not_here(f["old"]) + " " + _belongs_to_server(f["command"])


# Windows
def windows_ok(f: Fields) -> str:
    return tr("Este equipo tiene {name} (compilación {build}); {new} necesita {minimum}.").format(
        name=f["name"], build=f["build"], new=f["new"], minimum=_min_windows(f)
    )


def windows_too_old(f: Fields) -> str:
    return tr("Este equipo tiene {name} (compilación {build}) y {new} necesita {minimum}. "
              "Actualiza Windows antes de activar la nueva versión (cambiar Windows después "
              "gasta una activación), o instálala en otro equipo que lo cumpla.").format(
        name=f["name"], build=f["build"], new=f["new"], minimum=_min_windows(f)
    )  # fmt: skip


def windows_edition(f: Fields) -> str:
    return tr("La edición de Windows de este equipo ({edition}) no está entre las que Aspel "
              "indica para {new} ({editions}). Pregunta a tu distribuidor si puedes instalarla "
              "aquí.").format(
        edition=f["edition"], new=f["new"], editions=f["editions"]
    )  # fmt: skip


def windows_not_compared(f: Fields) -> str:
    return tr("Este equipo tiene {name} (compilación {build}). No se pudo comparar con lo que "
              "necesita {new}: {why}. Revisa los requisitos en la página de Aspel.").format(
        name=f["name"], build=f["build"], new=f["new"], why=f["why_text"]
    )  # fmt: skip


def bits_64(f: Fields) -> str:
    return tr("Este equipo tiene Windows de 64 bits.")


def bits_32_ok(f: Fields) -> str:
    return tr("Este equipo tiene Windows de 32 bits; {new} funciona en Windows de 32 "
              "bits.").format(new=f["new"])  # fmt: skip


def bits_32_needs_64(f: Fields) -> str:
    return tr("Este equipo tiene Windows de 32 bits y {new} solo funciona en Windows de 64 "
              "bits. Instala la nueva versión en un equipo con Windows de 64 bits; si vas a "
              "reinstalar Windows en este, hazlo antes de activar, porque ese cambio gasta una "
              "activación.").format(new=f["new"])  # fmt: skip


def bits_32_not_compared(f: Fields) -> str:
    return tr("Este equipo tiene Windows de 32 bits. No se pudo comparar con lo que necesita "
              "{new}: {why}. Muchas versiones nuevas solo funcionan en 64 bits: revisa los "
              "requisitos en la página de Aspel.").format(
        new=f["new"], why=f["why_text"]
    )  # fmt: skip


def support_ok(f: Fields) -> str:
    return tr("Microsoft da soporte a {name} hasta el {date}.").format(
        name=f["name"], date=day_text(f["ends"])
    )


def support_unknown_end(f: Fields) -> str:
    return tr("{name} tiene soporte de Microsoft.").format(name=f["name"])


def support_ends_soon(f: Fields) -> str:
    return tr("El soporte de Microsoft para {name} termina el {date}. Si vas a actualizar "
              "Windows o formatear este equipo, hazlo antes de activar la nueva versión: ese "
              "cambio gasta una activación.").format(
        name=f["name"], date=day_text(f["ends"])
    )  # fmt: skip


def support_ended(f: Fields) -> str:
    return tr("Microsoft dejó de dar soporte a {name} el {date}: ya no recibe actualizaciones "
              "de seguridad. Si vas a actualizar Windows o formatear este equipo, hazlo antes de "
              "activar la nueva versión: ese cambio gasta una activación.").format(
        name=f["name"], date=day_text(f["ends"])
    )  # fmt: skip


# memory
def ram_ok(f: Fields) -> str:
    return tr("Este equipo tiene {have} de memoria (RAM); {new} necesita {need}.").format(
        have=disk_text(f["have"]), new=f["new"], need=disk_text(f["need"])
    )


def ram_short(f: Fields) -> str:
    return tr("Este equipo tiene {have} de memoria (RAM) y {new} necesita {need}. Agrega "
              "memoria o instala la nueva versión en otro equipo.").format(
        have=disk_text(f["have"]), new=f["new"], need=disk_text(f["need"])
    )  # fmt: skip


def ram_not_compared(f: Fields) -> str:
    return tr("Este equipo tiene {have} de memoria (RAM). No se pudo comparar con lo que "
              "necesita {new}: {why}.").format(
        have=disk_text(f["have"]), new=f["new"], why=f["why_text"]
    )  # fmt: skip


# free space
def space_ok(f: Fields) -> str:
    return tr("En {volume} hay {free} libres: alcanza para {parts}.").format(
        volume=volume(f["volume"]), free=disk_text(f["free"]), parts=_parts(f["parts"])
    )


def space_short(f: Fields) -> str:
    text = tr("En {volume} hay {free} libres y se necesitan {total} para {parts}. Libera al "
              "menos {short} en {volume} (vacía la papelera o mueve archivos a otra unidad) y "
              "vuelve a revisar.").format(
        volume=volume(f["volume"]), free=disk_text(f["free"]), total=disk_text(f["total"]),
        parts=_parts(f["parts"]), short=shortfall_text(f["short"]),
    )  # fmt: skip
    if f.get("what") == "installer":
        text += " " + tr("También puedes guardar el instalador en una carpeta de otra unidad.")
    return text


def space_short_same_drive(f: Fields) -> str:
    """A need on the drive an earlier check already found short (its sentence says it all)."""
    return tr("Va en {volume}, como «{other}» (arriba): libera allí al menos {short} y "
              "vuelve a revisar.").format(
        volume=volume(f["volume"]), other=check_title(f["same_as"]),
        short=shortfall_text(f["short"]),
    )  # fmt: skip


def space_ok_same_drive(f: Fields) -> str:
    return tr("Va en {volume}, como «{other}» (arriba): alcanza para todo.").format(
        volume=volume(f["volume"]), other=check_title(f["same_as"])
    )


def space_data_at_least(f: Fields) -> str:
    if not f.get("complete", True):
        why = tr("no se terminó de medir: {files} archivos contados hasta ahora").format(
            files=f"{f['files']:,}"
        )
    elif f["unreadable"] == 1:
        why = tr("una carpeta no se pudo leer")
    else:
        why = tr("{count} carpetas no se pudieron leer").format(count=f["unreadable"])
    return tr("Tus datos de {old} («{folder}») ocupan al menos {size} ({why}). En {volume} hay "
              "{free} libres para {parts}: revisa que sobre espacio para la copia traducida de "
              "tus datos antes de continuar.").format(
        old=f["old"], folder=f["folder"], size=disk_text(f["size"]), why=why,
        volume=volume(f["volume"]), free=disk_text(f["free"]), parts=_parts(f["parts"]),
    )  # fmt: skip


def space_not_compared(f: Fields) -> str:
    return tr("En {volume} hay {free} libres. No se pudo comparar con lo que ocupa {what} de "
              "{new}: {why}.").format(
        volume=volume(f["volume"]), free=disk_text(f["free"]), what=_what(f["what"]),
        new=f["new"], why=f["why_text"],
    )  # fmt: skip


def space_folder_missing(f: Fields) -> str:
    return tr("No se encontró la carpeta «{folder}» (¿se desconectó la unidad?), así que no se "
              "pudo revisar su espacio libre. Conecta la unidad y vuelve a "
              "revisar.").format(folder=f["folder"])  # fmt: skip


def space_data_elsewhere(f: Fields) -> str:
    return tr("La copia traducida de tus datos se hace en el equipo donde están (el Servidor); "
              "ahí se revisa su espacio.")  # fmt: skip


# rights, restart, the old program
def admin_elevated(f: Fields) -> str:
    return tr("Este programa se abrió como administrador: puedes instalar la nueva versión.")


def admin_member(f: Fields) -> str:
    return tr("Tu usuario es administrador de este equipo: al instalar, Windows te pedirá "
              "confirmar.")  # fmt: skip


def admin_not_needed(f: Fields) -> str:
    return tr("{new} no pide permisos de administrador para instalarse.").format(new=f["new"])


def admin_password_needed(f: Fields) -> str:
    return tr("Tu usuario no es administrador de este equipo: para instalar la nueva versión "
              "hará falta la contraseña de un administrador. Tenla a la mano o pide ayuda a tu "
              "área de sistemas.")  # fmt: skip


def admin_not_compared(f: Fields) -> str:
    return tr("Tu usuario no es administrador de este equipo. No se pudo saber si {new} lo "
              "pide ({why}); casi todos los instaladores lo piden: ten a la mano la contraseña "
              "de un administrador.").format(new=f["new"], why=f["why_text"])  # fmt: skip


def restart_none(f: Fields) -> str:
    return tr("Windows no tiene un reinicio pendiente.")


def restart_pending(f: Fields) -> str:
    return tr("Windows tiene un reinicio pendiente (por actualizaciones o instalaciones "
              "anteriores). Reinicia el equipo antes de instalar la nueva versión.")  # fmt: skip


def program_not_installed(f: Fields) -> str:
    return tr("No encontramos el programa de {old} en este equipo: no hay nada que "
              "cerrar.").format(old=f["old"])  # fmt: skip


def program_closed(f: Fields) -> str:
    return tr("{old} no está abierto en este equipo.").format(old=f["old"])


def program_open(f: Fields) -> str:
    return guidance.open_here(f["old"])


# the database engine
def firebird_none(f: Fields) -> str:
    return tr("No hay otro servidor Firebird instalado en este equipo.")


def firebird_same(f: Fields) -> str:
    return tr("Ya está instalado Firebird {version}, la versión que usa {new}: {servers}.").format(
        version=f["version"], new=f["new"], servers=_servers(f["servers"])
    )


def firebird_other(f: Fields) -> str:
    return tr("En este equipo ya hay un servidor Firebird instalado: {servers}. {new} instala "
              "Firebird {version} y usa el puerto {port}; otro servidor Firebird en el mismo "
              "equipo es una causa común de que la nueva versión no pueda abrir tus datos. "
              "Antes de instalar, pregunta a tu distribuidor o a soporte de Aspel qué hacer con "
              "él (no lo desinstales si otro programa lo usa).").format(
        servers=_servers(f["servers"]), new=f["new"], version=f["version"], port=f["port"]
    )  # fmt: skip


def firebird_not_compared(f: Fields) -> str:
    return tr("En este equipo ya hay un servidor Firebird instalado: {servers}. No se pudo "
              "comparar con el que instala {new} ({why}); si es de otra versión, puede impedir "
              "que la nueva versión abra tus datos: pregunta a tu distribuidor o a soporte de "
              "Aspel antes de instalar.").format(
        servers=_servers(f["servers"]), new=f["new"], why=f["why_text"]
    )  # fmt: skip


def port_free(f: Fields) -> str:
    return tr("El puerto {port}, que usa la base de datos de {new}, está libre.").format(
        port=f["port"], new=f["new"]
    )


def port_taken(f: Fields) -> str:
    if f.get("owner"):
        text = tr("El puerto {port}, que usa la base de datos de {new}, ya lo ocupa el programa "
                  "«{owner}». Si es otro servidor Firebird u otro programa, la nueva versión "
                  "puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel "
                  "antes de instalar.")  # fmt: skip
    else:
        text = tr("El puerto {port}, que usa la base de datos de {new}, ya lo ocupa otro "
                  "programa. Si es otro servidor Firebird u otro programa, la nueva versión "
                  "puede no abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel "
                  "antes de instalar.")  # fmt: skip
    return text.format(port=f["port"], new=f["new"], owner=f.get("owner"))


def port_not_compared(f: Fields) -> str:
    return tr("No se pudo revisar el puerto de la base de datos de {new}: {why}.").format(
        new=f["new"], why=f["why_text"]
    )


# the user's checklist
def backup_done(f: Fields) -> str:
    return tr("Respaldaste tus datos con la herramienta de respaldo.")


def backup_not_confirmed(f: Fields) -> str:
    return tr("No has confirmado que respaldaste tus datos. Respáldalos con la herramienta de "
              "respaldo de {old} antes de continuar.").format(old=f["old"])  # fmt: skip


def time_confirmed(f: Fields) -> str:
    if f.get("date"):
        return tr("Tienes tiempo antes del {date} para pasar tu información.").format(
            date=day_text(f["date"])
        )
    return tr("Tienes tiempo para pasar tu información.")


def time_not_confirmed(f: Fields) -> str:
    if f.get("date"):
        return tr("No has confirmado que tienes tiempo antes del {date} para pasar tu "
                  "información a la nueva versión. Después de esa fecha {old} deja de "
                  "funcionar: planea la instalación y la traducción de tus datos "
                  "antes.").format(date=day_text(f["date"]), old=f["old"])  # fmt: skip
    return tr("No has confirmado que tienes tiempo para instalar la nueva versión y pasar tu "
              "información.")  # fmt: skip


def deadline_passed(f: Fields) -> str:
    return tr("Ya pasó la fecha ({date}): {old} ya no se puede usar. Instala y activa la nueva "
              "versión cuanto antes para pasar tu información.").format(
        date=day_text(f["date"]), old=f["old"]
    )  # fmt: skip


Maker = Callable[[Fields], str]
_CASES: dict[str, Maker] = {
    "could_not_check": could_not_check,
    "data_here": data_here,
    "data_on_network": data_on_network,
    "data_not_found": data_not_found,
    "system_not_here": system_not_here,
    "windows_ok": windows_ok,
    "windows_too_old": windows_too_old,
    "windows_edition": windows_edition,
    "windows_not_compared": windows_not_compared,
    "bits_64": bits_64,
    "bits_32_ok": bits_32_ok,
    "bits_32_needs_64": bits_32_needs_64,
    "bits_32_not_compared": bits_32_not_compared,
    "support_ok": support_ok,
    "support_unknown_end": support_unknown_end,
    "support_ends_soon": support_ends_soon,
    "support_ended": support_ended,
    "ram_ok": ram_ok,
    "ram_short": ram_short,
    "ram_not_compared": ram_not_compared,
    "space_ok": space_ok,
    "space_short": space_short,
    "space_short_same_drive": space_short_same_drive,
    "space_ok_same_drive": space_ok_same_drive,
    "space_data_at_least": space_data_at_least,
    "space_not_compared": space_not_compared,
    "space_folder_missing": space_folder_missing,
    "space_data_elsewhere": space_data_elsewhere,
    "admin_elevated": admin_elevated,
    "admin_member": admin_member,
    "admin_not_needed": admin_not_needed,
    "admin_password_needed": admin_password_needed,
    "admin_not_compared": admin_not_compared,
    "restart_none": restart_none,
    "restart_pending": restart_pending,
    "program_not_installed": program_not_installed,
    "program_closed": program_closed,
    "program_open": program_open,
    "firebird_none": firebird_none,
    "firebird_same": firebird_same,
    "firebird_other": firebird_other,
    "firebird_not_compared": firebird_not_compared,
    "port_free": port_free,
    "port_taken": port_taken,
    "port_not_compared": port_not_compared,
    "backup_done": backup_done,
    "backup_not_confirmed": backup_not_confirmed,
    "time_confirmed": time_confirmed,
    "time_not_confirmed": time_not_confirmed,
    "deadline_passed": deadline_passed,
}
