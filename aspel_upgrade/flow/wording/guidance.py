"""This user's case in words (flow/guidance.py): where the data is, what to close, the next
steps. One wording for the result page, the download page and the PDF receipt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..guidance import Guidance, Where
from . import tr

if TYPE_CHECKING:
    from ...host.installed import DataFolder

# The vendor's own words, quoted as the activation assistant shows them (not translated).
REFUSED_MESSAGE = (
    "No es posible realizar otra activación durante el mismo periodo para un sistema en Suscripción"
)


def server_meaning() -> str:
    """What «Servidor» means, in plain words: said once, where the word first appears."""
    return tr("el equipo donde están guardados los datos de tus empresas")


def this_pc_title() -> str:
    return tr("En este equipo")


def looking() -> str:
    """Before the finder has answered."""
    return tr("Buscando tu sistema en este equipo…")


def where(g: Guidance) -> str:
    """Where this user's data is, or where the steps must be done (and what «Servidor» is);
    "" while not known."""
    old = f"{g.system} {g.old}"
    if g.moving:
        return data_moving(old, g.data)
    if g.where is Where.DATA_HERE:
        return data_here(old, g.data, new_installed=g.new_installed)
    if g.where is Where.PROGRAM_ONLY:
        return program_only(old)
    if g.where is Where.NOT_HERE:
        return not_here(old)
    return ""


def _folders(data: Sequence[DataFolder]) -> str:
    parts = []
    for folder in data:
        if folder.companies == 1:
            text = tr("«{folder}» (1 empresa)")
        else:
            text = tr("«{folder}» ({count} empresas)")
        parts.append(text.format(folder=folder.path, count=folder.companies))
    return "; ".join(parts)


def data_moving(old: str, data: Sequence[DataFolder]) -> str:
    """The data is here, but the user said the new version goes on another PC."""
    return tr(
        "Los datos de {old} están en este equipo: {folders}. Marcaste que instalarás la "
        "nueva versión en otro equipo: ese equipo será tu Servidor ({meaning}). Haz ahí la "
        "instalación, la activación y la traducción de tus datos."
    ).format(old=old, folders=_folders(data), meaning=server_meaning())


def data_here(old: str, data: Sequence[DataFolder], *, new_installed: bool = False) -> str:
    """The old version's data is on this PC: it is the Servidor (the result page, the PDF
    and the readiness check say it alike)."""
    if new_installed:  # one case, one wording: nothing left to install here
        text = tr(
            "Los datos de {old} están en este equipo: {folders}. Este equipo es tu "
            "Servidor ({meaning}): aquí se activa la nueva versión, que ya está instalada."
        )
    else:
        text = tr(
            "Los datos de {old} están en este equipo: {folders}. Este equipo es tu "
            "Servidor ({meaning}): aquí se instala y se activa la nueva versión."
        )
    return text.format(old=old, folders=_folders(data), meaning=server_meaning())


def program_only(old: str) -> str:
    """Installed here, its data not: the steps are the Servidor's."""
    return tr(
        "{old} está instalado en este equipo, pero sus datos no están aquí: probablemente "
        "están en el Servidor ({meaning}). Haz la instalación, la activación y la "
        "traducción de datos en el Servidor."
    ).format(old=old, meaning=server_meaning())


def not_here(old: str) -> str:
    """Not on this PC at all: the steps are the Servidor's."""
    return tr(
        "No encontramos {old} en este equipo. Haz la instalación, la activación y la "
        "traducción de datos en el Servidor ({meaning})."
    ).format(old=old, meaning=server_meaning())


def running(g: Guidance) -> str | None:
    """A warning when the old version is open here (installing or translating needs it closed)."""
    if not g.old_running:
        return None
    return open_here(f"{g.system} {g.old}")


def open_here(old: str) -> str:
    """The old version is open on this PC (the result page, and the readiness check)."""
    return tr(
        "{old} está abierto en este equipo. Ciérralo antes de instalar la nueva versión y de "
        "traer tus datos."
    ).format(old=old)


def steps_title() -> str:
    return tr("Siguientes pasos")


def bring_data(g: Guidance) -> str:
    """How the data comes over to the new version (the last step, here and on the download
    page)."""
    old, new = f"{g.system} {g.old}", f"{g.system} {g.new}"
    if g.new_installed:
        return tr(
            "Si todavía no traes tus datos de {old}, hazlo en {new} con Utilerías › "
            "Traducción de datos."
        ).format(old=old, new=new)
    return tr(
        "Al terminar la instalación, elige «Traducir de una versión anterior» para traer "
        "tus datos de {old}. Si no lo hiciste entonces, hazlo después en Utilerías › "
        "Traducción de datos."
    ).format(old=old)


def next_steps(g: Guidance) -> list[str]:
    """The vendor's steps for this case: one wording per case, for the page and the PDF."""
    new = f"{g.system} {g.new}"
    here = g.where is Where.DATA_HERE and not g.moving  # this PC is the Servidor
    if g.new_installed:
        first = tr("{new} ya está instalado en este equipo.").format(new=new)
    elif here:
        first = tr("Descarga el instalador de {new} e instálalo en este equipo.").format(new=new)
    elif g.where is Where.UNKNOWN:  # nothing above explained the word yet
        first = tr(
            "Descarga el instalador de {new} e instálalo en el Servidor ({meaning})."
        ).format(new=new, meaning=server_meaning())
    else:
        first = tr("Descarga el instalador de {new} e instálalo en el Servidor.").format(new=new)
    if here:
        activate = tr(
            "Actívalo en este equipo con el nuevo número de serie y la razón social, tal como "
            "aparecen aquí. No lo actives en otros equipos: la activación únicamente debe "
            "realizarse en el Servidor."
        )
        offline = tr(
            "Si este equipo no tiene internet, elige «Activar desde otro equipo»: guarda el "
            "archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo "
            "con internet y trae a este equipo el archivo de respuesta que te devuelve."
        )
    else:
        activate = tr(
            "Actívalo con el nuevo número de serie y la razón social, tal como aparecen aquí. "
            "La activación únicamente debe realizarse en el equipo Servidor."
        )
        offline = tr(
            "Si el Servidor no tiene internet, elige «Activar desde otro equipo»: guarda el "
            "archivo de solicitud, cárgalo en la página de activación de Aspel desde un equipo "
            "con internet y lleva al Servidor el archivo de respuesta que te devuelve."
        )
    return [first, activate, offline, bring_data(g)]


def refused() -> str:
    """What the vendor's «no es posible realizar otra activación…» message means, and what
    a desbloqueo brings (Aspel's own pages: issue 20, item 5)."""
    return tr(
        "Si al activar aparece «{message}»: ese número de serie ya se activó en el periodo "
        "actual de tu suscripción. No lo intentes en otros equipos. Si necesitas activarlo en "
        "otro equipo (porque formateaste, cambiaste piezas o actualizaste Windows), pide un "
        "desbloqueo a tu distribuidor o a Aspel: en una suscripción, el primero suele quedar "
        "de inmediato o en unos 15 minutos, y un segundo tarda de 4 a 24 horas hábiles. El "
        "desbloqueo te da un nuevo código de activación (CDA), no un número de serie nuevo: "
        "tu número de serie sigue siendo el mismo."
    ).format(message=REFUSED_MESSAGE)
