"""What a log-in or a confirmation brought back, built on a worker thread.

A module apart so that controller.py imports it when it first builds an answer, after the
first paint: creating a dataclass costs about a millisecond at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..portal import errors as e
    from ..portal.models import Account, Subscription, UpgradeReceipt


@dataclass(frozen=True)
class Confirmation:
    receipt: UpgradeReceipt
    existing: bool  # the portal had already upgraded it; this is that earlier receipt


@dataclass(frozen=True)
class LoginAnswer:
    """What one log-in brought back (computed on a worker thread)."""

    account: Account
    subscriptions: tuple[Subscription, ...] | None
    confirmation: Confirmation | None = None  # a resumed or already-upgraded receipt
    refused: e.PortalError | None = None  # the portal refused the resumed confirmation
