"""Everything the user chose and the portal answered so far, as one typed object."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..portal.models import Account, Subscription, UpgradeOffer, UpgradeReceipt
    from .download import DownloadResult
    from .pending import PendingUpgrade


@dataclass
class FlowState:
    username: str = ""
    account: Account | None = None
    subscriptions: tuple[Subscription, ...] | None = None
    selected: Subscription | None = None
    skip_table: bool = False  # the installer's --system/--serial matched one row
    preselection_matched: bool = False
    offer: UpgradeOffer | None = None
    terms_accepted: bool = False
    idempotency_key: str | None = None
    receipt: UpgradeReceipt | None = None
    receipt_was_existing: bool = False
    resume: PendingUpgrade | None = None  # an earlier run's confirmation, to finish
    download_chosen: bool = False  # the user asked to download the installer here
    installer: DownloadResult | None = None  # how the last download attempt ended

    @property
    def committed(self) -> bool:
        """True once the confirmation may have reached the portal: no way back from here."""
        return self.idempotency_key is not None
