"""Preselecting the subscription: the installer's --system/--serial, else this PC's system.

Either way it is a shortcut, not a cage: exactly one upgradable row must match, and the
table stays one click (Back) away.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..host.installed import InstalledSystem
from ..portal.models import Subscription


def preselect(
    subscriptions: Sequence[Subscription],
    system: str | None,
    serial: str | None,
    installed: Sequence[InstalledSystem] | None = None,
) -> Subscription | None:
    """The one upgradable row matching every given criterion, or None (zero or several).

    With neither ``system`` nor ``serial`` given, the systems found on this PC are the
    criterion: the one upgradable row whose system and version are installed here.
    """
    if not system and not serial:
        mine = [s for s in subscriptions if s.upgrade.eligible and installed_here(s, installed)]
        return mine[0] if len(mine) == 1 else None
    matches = [
        s
        for s in subscriptions
        if s.upgrade.eligible
        and (not system or s.system.upper() == system.strip().upper())
        and (not serial or s.serial.upper() == serial.strip().upper())
    ]
    return matches[0] if len(matches) == 1 else None


def preselect_upgraded(
    subscriptions: Sequence[Subscription], system: str | None, serial: str | None
) -> Subscription | None:
    """The one already-upgraded row matching the installer's criteria, or None.

    Re-running the installer for a system upgraded earlier shows that upgrade's receipt.
    """
    if not system and not serial:
        return None
    matches = [
        s
        for s in subscriptions
        if s.upgrade.reason == "already_upgraded"
        and s.upgrade.upgrade_id
        and (not system or s.system.upper() == system.strip().upper())
        and (not serial or s.serial.upper() == serial.strip().upper())
    ]
    return matches[0] if len(matches) == 1 else None


def version_key(text: str) -> tuple[int, ...]:
    parts = [p for p in text.strip().split(".") if p.isdigit()]
    numbers = [int(p) for p in parts] or [-1]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def installed_versions(
    subscription: Subscription, installed: Sequence[InstalledSystem] | None
) -> list[InstalledSystem]:
    """The installations of this row's system on this PC (any version), oldest first: its
    program or its data on disk, not a registry key left behind."""
    wanted = subscription.system.strip().upper()
    return [i for i in installed or () if i.system.upper() == wanted and i.on_disk]


def installed_here(
    subscription: Subscription, installed: Sequence[InstalledSystem] | None
) -> InstalledSystem | None:
    """This row's system in this row's version, if it is installed on this PC."""
    version = version_key(subscription.version)
    return next(
        (
            i
            for i in installed_versions(subscription, installed)
            if version_key(i.version) == version
        ),
        None,
    )
