"""What a log-in or a confirmation brought back: built on a worker, applied by the flow."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ..portal import errors as e

if TYPE_CHECKING:  # loaded after the first paint (ui/app.py)
    from ..portal.models import Account, Subscription, UpgradeReceipt


class Confirmation(NamedTuple):  # no dataclass before the paint (ui/app.py)
    receipt: UpgradeReceipt
    existing: bool  # the portal had already upgraded it; this is that earlier receipt


class LoginAnswer(NamedTuple):
    """What one log-in brought back (computed on a worker thread)."""

    account: Account
    subscriptions: tuple[Subscription, ...] | None
    confirmation: Confirmation | None = None  # a resumed or already-upgraded receipt
    refused: e.PortalError | None = None  # the portal refused the resumed confirmation
