"""Matching the installer's --system/--serial to exactly one upgradable subscription."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..portal.models import Subscription


def preselect(
    subscriptions: Sequence[Subscription], system: str | None, serial: str | None
) -> Subscription | None:
    """The one upgradable row matching every given criterion, or None (zero or several)."""
    if not system and not serial:
        return None
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
