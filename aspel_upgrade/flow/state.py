"""Everything the user chose and the portal answered so far, as one typed object."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Literal, NamedTuple

from .pending import PendingUpgrade

if TYPE_CHECKING:  # loaded after the first paint (ui/app.py)
    from ..host.installed import InstalledSystem
    from ..portal.models import Account, Subscription, UpgradeOffer, UpgradeReceipt
    from .download import DownloadResult
    from .readiness import Readiness

NoticeKind = Literal[
    "resume_refused", "pending_waiting", "download_unfinished", "download_elsewhere"
]


class Notice(NamedTuple):  # no dataclass before the first paint (ui/app.py)
    """Something the next page should tell the user; the page words it."""

    kind: NoticeKind
    label: str = ""  # «SAE 7.0 → 8.0»
    error: BaseException | None = None  # why, when the portal refused something


class ConfirmationRequest(NamedTuple):
    """One confirmation as it is sent, and resent: the same key is never used for another."""

    subscription_id: str
    terms_version: str
    idempotency_key: str


class DownloadPhase(Enum):
    """The installer step's state (flow/download_step.py has the transitions)."""

    IDLE = "idle"  # nothing under way (not started yet, or a discard in progress)
    RUNNING = "running"
    PAUSED = "paused"  # stopped by the user or by leaving the page: the part stays
    CANCELLED = "cancelled"  # the part was removed at the user's request
    FAILED = "failed"  # the last attempt failed (said why); «Reintentar»
    VERIFIED = "verified"
    UNAVAILABLE = "unavailable"  # the receipt has no usable descriptor: the page link only


class FlowState:
    """The run so far; changed only on the caller's thread (see flow/controller.py).

    A plain class whose defaults are class attributes (assigning one gives the instance
    its own): a dataclass of these fields took ~0.8 ms to define before the first paint.
    Only flow/ writes it (tests/unit/test_layers.py checks that the wizard never does).
    """

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
    # Confirmations of earlier runs whose answer was never shown (this portal), and the
    # one the user chose to finish now.
    pending: list[PendingUpgrade]  # each state its own list (__init__)
    resume: PendingUpgrade | None = None
    last_error: BaseException | None = None  # the last failure shown, for the outcome
    notice: Notice | None = None
    installed: tuple[InstalledSystem, ...] | None = None  # on this PC; None until looked
    preselected_from_pc: bool = False  # chosen because it is the one installed here
    download_chosen: bool = False  # the user asked to download the installer here
    installer: DownloadResult | None = None  # how the last download attempt ended
    download_phase: DownloadPhase = DownloadPhase.IDLE
    download_cancelled: bool = False  # the transfer was stopped to remove what arrived
    download_paused_by_leaving: bool = False  # «Atrás» paused it: «¡Listo!» says so once
    # «¿Está listo este equipo?» (flow/readiness): the last look at this PC, the user's two
    # answers (None: not answered), the other-PC box, and the checks as they stood when the
    # confirmation was sent (for «¡Listo!», the PDF and the result file).
    readiness: Readiness | None = None
    readiness_failed: bool = False  # the look itself failed: nothing is held for it
    backed_up: bool | None = None
    has_time: bool | None = None
    install_elsewhere: bool = False
    readiness_confirmed: Readiness | None = None

    def __init__(self) -> None:
        self.pending = []

    @property
    def committed(self) -> bool:
        """True once the confirmation may have reached the portal: no way back from here."""
        return self.idempotency_key is not None

    @property
    def answer_unseen(self) -> bool:
        """A confirmation may have been issued, but its answer has not arrived (yet)."""
        return self.idempotency_key is not None and self.receipt is None
