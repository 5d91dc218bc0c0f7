"""What comes next for this user's case: where their data is, whether the old version is
open here, and which of the vendor's next steps apply. Plain data; the UI words it.

Only what is known is stated: activation is done on the server, it can be done from
another computer with internet (request file, the vendor's page, response file), data
comes over with «Traducir de una versión anterior» or later with Utilerías › Traducción
de datos.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from ..host.installed import DataFolder, InstalledSystem
from .preselect import version_key


class Where(Enum):
    DATA_HERE = "data_here"  # the old version's company data is on this PC
    PROGRAM_ONLY = "program_only"  # installed here, data elsewhere (a terminal, likely)
    NOT_HERE = "not_here"  # not found on this PC: the steps are for the server
    UNKNOWN = "unknown"  # the finder has not answered (or failed)


@dataclass(frozen=True)
class Guidance:
    system: str
    old: str
    new: str
    where: Where
    data: tuple[DataFolder, ...] = ()
    old_running: bool = False  # must be closed before installing or translating data
    new_installed: bool = False  # the new version is already installed here
    moving: bool = False  # the data is here, but «Lo instalaré en otro equipo» was ticked

    @property
    def install_elsewhere(self) -> bool:
        """The data is not on this PC, or the user will install on another one: the
        installer is copied to the Servidor and run there («Abrir carpeta» comes first,
        not «Ejecutar instalador»)."""
        return self.where in (Where.PROGRAM_ONLY, Where.NOT_HERE) or self.moving


def guidance_for(
    system: str,
    old: str,
    new: str,
    installed: Sequence[InstalledSystem] | None,
    *,
    elsewhere: bool = False,
) -> Guidance:
    """``elsewhere``: the user ticked «Lo instalaré en otro equipo, no en este» (the
    readiness page): the PC that will hold the new version is another one."""
    if installed is None:
        return Guidance(system, old, new, Where.UNKNOWN)
    # A registry key left behind is not an installation, and the new version is installed
    # only when its program (the folder with its executable) is here.
    mine = [i for i in installed if i.system.upper() == system.upper() and i.on_disk]
    here = next((i for i in mine if version_key(i.version) == version_key(old)), None)
    new_installed = any(
        version_key(i.version) == version_key(new) and i.program_dir is not None for i in mine
    )
    if here is None:
        return Guidance(system, old, new, Where.NOT_HERE, new_installed=new_installed)
    where = Where.DATA_HERE if here.data else Where.PROGRAM_ONLY
    moving = elsewhere and where is Where.DATA_HERE and not new_installed
    return Guidance(system, old, new, where, here.data, here.running, new_installed, moving)
