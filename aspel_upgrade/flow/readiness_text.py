"""The words of the readiness checks: what was found and what to do, one sentence per case.

One catalogue for the wizard's page, the command line's ``--check``, ``--diagnose``, the
support bundle and the result file, so each case reads the same everywhere. Every text is
a literal inside ``tr()`` (pyside6-lupdate extracts them under the empty context, as
flow/messages.py's); no Qt here: the wizard plugs its translator in through
flow/language.py. Sizes are MB/GB with the drive; dates DD/MM/AAAA.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from .language import translated

MIB, GIB = 1024**2, 1024**3


def tr(text: str) -> str:
    # Module-level tr(): lupdate files these under the empty context, so look them up there.
    return translated("", text)


# ---- formatting ---------------------------------------------------------------------------
def size(n: int) -> str:
    """«650 MB», «2.5 GB» (1 GB = 1024 MB, as Windows counts)."""
    if n >= GIB:
        return f"{n / GIB:.1f} GB"
    mb = n / MIB
    return f"{mb:.0f} MB" if mb >= 10 else f"{mb:.1f} MB"


def size_up(n: int) -> str:
    """A shortfall, rounded up so that freeing it is enough."""
    if n >= GIB:
        return f"{math.ceil(n / GIB * 10 - 0.001) / 10:.1f} GB"  # not 1.9 for 1.8000001
    return f"{max(1, math.ceil(n / MIB - 0.001))} MB"


def day(d: date) -> str:
    return d.strftime("%d/%m/%Y")


def volume(name: str) -> str:
    """«la unidad C:», «la carpeta de red «\\\\servidor\\datos»», ««/home»»."""
    drive = re.fullmatch(r"([A-Za-z]:)[\\/]?", name)
    if drive:
        return tr("la unidad {drive}").format(drive=drive.group(1).upper())
    if name.startswith(("\\\\", "//")):
        return tr("la carpeta de red «{share}»").format(share=name.rstrip("\\/"))
    return f"«{name}»"


def check_command(system: str) -> str:
    """The help desk's command on the Servidor (README, item 4 of issue 20)."""
    return f"aspel-upgrade --check --system {system}"


def the_new_version() -> str:
    return tr("la nueva versión")


# ---- labels -------------------------------------------------------------------------------
def title(check_id: str) -> str:
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


def line(status: str, check_title: str, system: str, message: str) -> str:
    """``--check``'s line: «Bloquea · SAE · Espacio para tus datos: En la unidad C: …»."""
    return tr("{status} · {system} · {title}: {message}").format(
        status=status_label(status), system=system, title=check_title, message=message
    )


def summary(blocks: int, warnings: int, fine: int) -> str:
    return tr("Revisión de este equipo: bloquean {blocks}, avisos {warnings}, bien {fine}.").format(
        blocks=blocks, warnings=warnings, fine=fine
    )


def backup_label() -> str:
    return tr("Respaldé mis datos con la herramienta de respaldo de mi sistema")


def time_label(deadline_on: date | None) -> str:
    if deadline_on is None:
        return tr("Tengo tiempo para pasar mi información a la nueva versión")
    return tr("Tengo tiempo antes del {date} para pasar mi información").format(
        date=day(deadline_on)
    )


def commit_blocked() -> str:
    """Why «Actualizar número de serie» waits, on the PC that holds the data."""
    return tr("Algo bloquea en este equipo, que es donde están tus datos. Corrígelo y revisa de "
              "nuevo, o marca que instalarás la nueva versión en otro equipo.")  # fmt: skip


def other_pc_label() -> str:
    return tr("Instalaré la nueva versión en otro equipo, no en este")


# ---- activation facts (Aspel's own pages) ---------------------------------------------
def settle_before_activating() -> str:
    """Why the final Servidor should be settled before activating (the readiness page)."""
    return tr("Activa la nueva versión en el equipo donde se va a quedar (el Servidor). "
              "Formatear el equipo, cambiarle piezas o actualizar Windows después de activar "
              "gasta una activación; si vas a hacer algo de eso, hazlo antes de "
              "activar.")  # fmt: skip


def activation_limit() -> str:
    """What «No es posible realizar otra activación…» means and what to do."""
    return tr("Si al activar aparece «No es posible realizar otra activación…», tu número de "
              "serie llegó al límite de activaciones. Pide un desbloqueo a Aspel: en una "
              "suscripción, el primero suele quedar de inmediato o en unos 15 minutos; el "
              "segundo tarda de 4 a 24 horas hábiles. El desbloqueo te da un nuevo código de "
              "activación (CDA), no un número de serie nuevo: tu número de serie sigue siendo "
              "el mismo.")  # fmt: skip


# ---- why a requirement is not known ---------------------------------------------------
def why_unknown(reason: str, new: str) -> str:
    texts = {
        "unreachable": tr("no se pudo consultar el portal de Aspel"),
        "not_published": tr("Aspel no ha publicado los requisitos de {new}"),
        "unusable": tr("el portal de Aspel respondió datos que no se pudieron leer"),
        "value_missing": tr("Aspel no publicó ese dato para {new}"),
        "value_unusable": tr("el dato que publicó Aspel para {new} no es válido"),
    }
    return texts.get(reason, texts["unreachable"]).format(new=new)


def _parts(parts: Sequence[tuple[str, int, bool]]) -> str:
    names = {
        "installer": tr("el instalador ({size})"),
        "program": tr("el programa ({size})"),
        "data": tr("la copia de tus datos ({size})"),
    }
    at_least = tr("al menos {size}")
    items = [
        names.get(what, "{size}").format(size=at_least.format(size=size(n)) if least else size(n))
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


def _min_windows(f: Mapping[str, Any]) -> str:
    if f.get("min_name"):
        return tr("{name} (compilación {build}) o posterior").format(
            name=f["min_name"], build=f["min_build"]
        )
    return tr("Windows con compilación {build} o posterior").format(build=f["min_build"])


# ---- one sentence per case ----------------------------------------------------------------
def sentence(case: str, f: Mapping[str, Any]) -> str:
    """The sentence of a check's ``case`` with its ``fields`` (flow/readiness.py)."""
    if case.startswith("not_applicable:"):
        if case == "not_applicable:not_windows":
            return tr("Esta revisión es solo para Windows.")
        return tr("Esta revisión no aplica en este equipo.")
    maker = _SENTENCES.get(case)
    if maker is None:
        return case
    g = dict(f)
    g["why_text"] = why_unknown(str(f.get("why")), str(f.get("new", ""))) if f.get("why") else ""
    return maker(g)


def _data(f: Mapping[str, Any]) -> str:
    return "; ".join(f"«{p}»" for p in f.get("folders", ()))


def _space_short(f: Mapping[str, Any]) -> str:
    text = tr("En {volume} hay {free} libres y se necesitan {total} para {parts}. Libera al menos "
              "{short} en {volume} (vacía la papelera o mueve archivos a otra unidad) y vuelve a "
              "revisar.")  # fmt: skip
    sentence_ = text.format(
        volume=volume(f["volume"]), free=size(f["free"]), total=size(f["total"]),
        parts=_parts(f["parts"]), short=size_up(f["short"]),
    )  # fmt: skip
    if f.get("what") == "installer":
        sentence_ += " " + tr("También puedes guardar el instalador en una carpeta de otra unidad.")
    return sentence_


def _space_at_least(f: Mapping[str, Any]) -> str:
    if not f.get("complete", True):
        why = tr("no se terminó de medir: {files} archivos contados hasta ahora").format(
            files=f"{f['files']:,}"
        )
    else:
        why = tr("{count} carpetas no se pudieron leer").format(count=f["unreadable"])
    return tr("Tus datos de {old} («{folder}») ocupan al menos {size} ({why}). En {volume} hay "
              "{free} libres para {parts}: revisa que sobre espacio para la copia traducida de "
              "tus datos antes de continuar.").format(
        old=f["old"], folder=f["folder"], size=size(f["size"]), why=why,
        volume=volume(f["volume"]), free=size(f["free"]), parts=_parts(f["parts"]),
    )  # fmt: skip


Maker = Callable[[Mapping[str, Any]], str]
_SENTENCES: dict[str, Maker] = {
    "could_not_check": lambda f: tr(
        "No se pudo revisar esto en este equipo ({detail}). No detiene la actualización, pero "
        "revísalo por tu cuenta.").format(detail=f["detail"]),
    # where the data is
    "data_here": lambda f: tr(
        "Los datos de {old} están en este equipo ({folders}): este equipo es el Servidor. "
        "Aquí se instala y se activa la nueva versión.").format(old=f["old"], folders=_data(f)),
    "data_on_network": lambda f: tr(
        "Los datos de {old} están en otro equipo ({folders}). La nueva versión se instala y se "
        "activa primero en ese equipo (el Servidor), y estas revisiones valen para él: ejecuta "
        "ahí «{command}».").format(old=f["old"], folders=_data(f), command=f["command"]),
    "data_not_found": lambda f: tr(
        "{old} está instalado en este equipo, pero sus datos no están aquí: probablemente "
        "están en el Servidor. Estas revisiones valen para ese equipo: ejecuta ahí "
        "«{command}».").format(old=f["old"], command=f["command"]),
    "system_not_here": lambda f: tr(
        "No encontramos {old} en este equipo. Estas revisiones valen para el equipo donde "
        "están tus datos (el Servidor): ejecuta ahí «{command}».").format(
        old=f["old"], command=f["command"]),
    # Windows
    "windows_ok": lambda f: tr(
        "Este equipo tiene {name} (compilación {build}); {new} necesita {minimum}.").format(
        name=f["name"], build=f["build"], new=f["new"], minimum=_min_windows(f)),
    "windows_too_old": lambda f: tr(
        "Este equipo tiene {name} (compilación {build}) y {new} necesita {minimum}. Actualiza "
        "Windows antes de activar la nueva versión (cambiar Windows después gasta una "
        "activación), o instálala en otro equipo que lo cumpla.").format(
        name=f["name"], build=f["build"], new=f["new"], minimum=_min_windows(f)),
    "windows_edition": lambda f: tr(
        "La edición de Windows de este equipo ({edition}) no está entre las que Aspel indica "
        "para {new} ({editions}). Pregunta a tu distribuidor si puedes instalarla aquí.").format(
        edition=f["edition"], new=f["new"], editions=f["editions"]),
    "windows_not_compared": lambda f: tr(
        "Este equipo tiene {name} (compilación {build}). No se pudo comparar con lo que "
        "necesita {new}: {why}. Revisa los requisitos en la página de Aspel.").format(
        name=f["name"], build=f["build"], new=f["new"], why=f["why_text"]),
    "bits_64": lambda f: tr("Este equipo tiene Windows de 64 bits."),
    "bits_32_ok": lambda f: tr(
        "Este equipo tiene Windows de 32 bits; {new} funciona en Windows de 32 bits.").format(
        new=f["new"]),
    "bits_32_needs_64": lambda f: tr(
        "Este equipo tiene Windows de 32 bits y {new} solo funciona en Windows de 64 bits. "
        "Instala la nueva versión en un equipo con Windows de 64 bits; si vas a reinstalar "
        "Windows en este, hazlo antes de activar, porque ese cambio gasta una "
        "activación.").format(new=f["new"]),
    "bits_32_not_compared": lambda f: tr(
        "Este equipo tiene Windows de 32 bits. No se pudo comparar con lo que necesita {new}: "
        "{why}. Muchas versiones nuevas solo funcionan en 64 bits: revisa los requisitos en la "
        "página de Aspel.").format(new=f["new"], why=f["why_text"]),
    "support_ok": lambda f: tr("Microsoft da soporte a {name} hasta el {date}.").format(
        name=f["name"], date=day(f["ends"])),
    "support_unknown_end": lambda f: tr("{name} tiene soporte de Microsoft.").format(
        name=f["name"]),
    "support_ends_soon": lambda f: tr(
        "El soporte de Microsoft para {name} termina el {date}. Si vas a actualizar Windows o "
        "formatear este equipo, hazlo antes de activar la nueva versión: ese cambio gasta una "
        "activación.").format(name=f["name"], date=day(f["ends"])),
    "support_ended": lambda f: tr(
        "Microsoft dejó de dar soporte a {name} el {date}: ya no recibe actualizaciones de "
        "seguridad. Si vas a actualizar Windows o formatear este equipo, hazlo antes de activar "
        "la nueva versión: ese cambio gasta una activación.").format(
        name=f["name"], date=day(f["ends"])),
    # memory
    "ram_ok": lambda f: tr(
        "Este equipo tiene {have} de memoria (RAM); {new} necesita {need}.").format(
        have=size(f["have"]), new=f["new"], need=size(f["need"])),
    "ram_short": lambda f: tr(
        "Este equipo tiene {have} de memoria (RAM) y {new} necesita {need}. Agrega memoria o "
        "instala la nueva versión en otro equipo.").format(
        have=size(f["have"]), new=f["new"], need=size(f["need"])),
    "ram_not_compared": lambda f: tr(
        "Este equipo tiene {have} de memoria (RAM). No se pudo comparar con lo que necesita "
        "{new}: {why}.").format(have=size(f["have"]), new=f["new"], why=f["why_text"]),
    # free space
    "space_ok": lambda f: tr("En {volume} hay {free} libres: alcanza para {parts}.").format(
        volume=volume(f["volume"]), free=size(f["free"]), parts=_parts(f["parts"])),
    "space_short": _space_short,
    "space_data_at_least": _space_at_least,
    "space_not_compared": lambda f: tr(
        "En {volume} hay {free} libres. No se pudo comparar con lo que ocupa {what} de {new}: "
        "{why}.").format(volume=volume(f["volume"]), free=size(f["free"]), what=_what(f["what"]),
                         new=f["new"], why=f["why_text"]),
    "space_folder_missing": lambda f: tr(
        "No se encontró la carpeta «{folder}» (¿se desconectó la unidad?), así que no se pudo "
        "revisar su espacio libre. Conecta la unidad y vuelve a revisar.").format(
        folder=f["folder"]),
    "space_data_elsewhere": lambda f: tr(
        "La copia traducida de tus datos se hace en el equipo donde están (el Servidor); ahí "
        "se revisa su espacio."),
    # rights, restart, program
    "admin_elevated": lambda f: tr(
        "Este programa se abrió como administrador: puedes instalar la nueva versión."),
    "admin_member": lambda f: tr(
        "Tu usuario es administrador de este equipo: al instalar, Windows te pedirá "
        "confirmar."),
    "admin_not_needed": lambda f: tr(
        "{new} no pide permisos de administrador para instalarse.").format(new=f["new"]),
    "admin_password_needed": lambda f: tr(
        "Tu usuario no es administrador de este equipo: para instalar la nueva versión hará "
        "falta la contraseña de un administrador. Tenla a la mano o pide ayuda a tu área de "
        "sistemas."),
    "admin_not_compared": lambda f: tr(
        "Tu usuario no es administrador de este equipo. No se pudo saber si {new} lo pide "
        "({why}); casi todos los instaladores lo piden: ten a la mano la contraseña de un "
        "administrador.").format(new=f["new"], why=f["why_text"]),
    "restart_none": lambda f: tr("Windows no tiene un reinicio pendiente."),
    "restart_pending": lambda f: tr(
        "Windows tiene un reinicio pendiente (por actualizaciones o instalaciones anteriores). "
        "Reinicia el equipo antes de instalar la nueva versión."),
    "program_not_installed": lambda f: tr("{old} no está instalado en este equipo.").format(
        old=f["old"]),
    "program_closed": lambda f: tr("{old} no está abierto en este equipo.").format(old=f["old"]),
    "program_open": lambda f: tr(
        "{old} está abierto en este equipo. Ciérralo (aquí y en las demás computadoras que lo "
        "usan) antes de instalar la nueva versión y de pasar tus datos.").format(old=f["old"]),
    # database engine
    "firebird_none": lambda f: tr("No hay otro servidor Firebird instalado en este equipo."),
    "firebird_same": lambda f: tr(
        "Ya está instalado Firebird {version}, la versión que usa {new}: {servers}.").format(
        version=f["version"], new=f["new"], servers=_servers(f["servers"])),
    "firebird_other": lambda f: tr(
        "En este equipo ya hay un servidor Firebird instalado: {servers}. {new} instala "
        "Firebird {version} y usa el puerto {port}; otro servidor Firebird en el mismo equipo "
        "es una causa común de que la nueva versión no pueda abrir tus datos. Antes de "
        "instalar, pregunta a tu distribuidor o a soporte de Aspel qué hacer con él (no lo "
        "desinstales si otro programa lo usa).").format(
        servers=_servers(f["servers"]), new=f["new"], version=f["version"], port=f["port"]),
    "firebird_not_compared": lambda f: tr(
        "En este equipo ya hay un servidor Firebird instalado: {servers}. No se pudo comparar "
        "con el que instala {new} ({why}); si es de otra versión, puede impedir que la nueva "
        "versión abra tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de "
        "instalar.").format(servers=_servers(f["servers"]), new=f["new"], why=f["why_text"]),
    "port_free": lambda f: tr(
        "El puerto {port}, que usa la base de datos de {new}, está libre.").format(
        port=f["port"], new=f["new"]),
    "port_taken": lambda f: (tr(
        "El puerto {port}, que usa la base de datos de {new}, ya lo ocupa el programa "
        "«{owner}». Si es otro servidor Firebird u otro programa, la nueva versión puede no "
        "abrir tus datos: pregunta a tu distribuidor o a soporte de Aspel antes de "
        "instalar.") if f.get("owner") else tr(
        "El puerto {port}, que usa la base de datos de {new}, ya lo ocupa otro programa. Si es "
        "otro servidor Firebird u otro programa, la nueva versión puede no abrir tus datos: "
        "pregunta a tu distribuidor o a soporte de Aspel antes de instalar.")).format(
        port=f["port"], new=f["new"], owner=f.get("owner")),
    "port_not_compared": lambda f: tr(
        "No se pudo revisar el puerto de la base de datos de {new}: {why}.").format(
        new=f["new"], why=f["why_text"]),
    # the checklist
    "backup_done": lambda f: tr("Respaldaste tus datos con la herramienta de respaldo."),
    "backup_not_confirmed": lambda f: tr(
        "No has confirmado que respaldaste tus datos. Respáldalos con la herramienta de "
        "respaldo de {old} antes de continuar.").format(old=f["old"]),
    "time_confirmed": lambda f: (tr(
        "Tienes tiempo antes del {date} para pasar tu información.").format(
        date=day(f["date"])) if f.get("date") else tr(
        "Tienes tiempo para pasar tu información.")),
    "time_not_confirmed": lambda f: (tr(
        "No has confirmado que tienes tiempo antes del {date} para pasar tu información a la "
        "nueva versión. Después de esa fecha {old} deja de funcionar: planea la instalación "
        "y la traducción de tus datos antes.").format(date=day(f["date"]), old=f["old"])
        if f.get("date") else tr(
        "No has confirmado que tienes tiempo para instalar la nueva versión y pasar tu "
        "información.")),
    "deadline_passed": lambda f: tr(
        "Ya pasó la fecha ({date}): {old} ya no se puede usar. Instala y activa la nueva "
        "versión cuanto antes para pasar tu información.").format(
        date=day(f["date"]), old=f["old"]),
}  # fmt: skip
