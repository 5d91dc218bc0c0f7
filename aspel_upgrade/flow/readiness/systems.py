"""The checks without a window: each Aspel system found on this PC, or the one named.

``aspel-upgrade --check``, ``--diagnose`` and the support bundle run these, with no log-in
(the requirements are public) and nobody to answer the checklist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from ...host.installed import InstalledSystem
from ..preselect import version_key
from .facts import GATHER_TIMEOUT, ThisPC
from .model import Published, Readiness
from .rules import check_this_pc


def systems_to_check(
    found: Sequence[InstalledSystem], named: str | None
) -> list[tuple[str, InstalledSystem | None]]:
    """(system, its installation here or None), one per system: the oldest version on disk
    (the one to upgrade from); with ``named``, that system only, found here or not."""
    on_disk = [i for i in found if i.on_disk]
    systems = [named.upper()] if named else sorted({i.system.upper() for i in on_disk})
    out: list[tuple[str, InstalledSystem | None]] = []
    for system in systems:
        mine = sorted(
            (i for i in on_disk if i.system.upper() == system), key=lambda i: version_key(i.version)
        )
        with_data = [i for i in mine if i.data]  # the copy that holds the companies' data
        chosen = with_data or mine
        out.append((system, chosen[0] if chosen else None))
    return out


def check_systems(
    pc: ThisPC,
    found: Sequence[InstalledSystem],
    *,
    named: str | None,
    requirements_for: Callable[[str], Published],
    download_dir: str,
    today: date,
    timeout: float = GATHER_TIMEOUT,
) -> list[Readiness]:
    """The checks of every system to check (``systems_to_check``); [] when there is none."""
    out = []
    for system, installed in systems_to_check(found, named):
        old = installed.version if installed else None
        out.append(check_this_pc(
            pc, system=system, installed=installed, old_version=old,
            requirements=requirements_for(system), download_dir=download_dir, today=today,
            checklist=None, timeout=timeout,
        ))  # fmt: skip
    return out
