"""The upgrade flow: blocking portal operations and the state changes they lead to.

Operations (``login``, ``fetch_*``, ``confirm``) only talk to the portal and return
what it said; they may run on a worker thread. State changes (``apply_*``, ``select``,
``accept_terms``, ``begin_confirmation``) happen on the caller's thread, so a GUI can
drop an answer that arrives after the user moved on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..portal.errors import AlreadyUpgraded
from .pending import PendingStore, PendingUpgrade
from .preselect import preselect
from .state import FlowState

if TYPE_CHECKING:  # the models module is imported by the client, after the first paint
    from datetime import date
    from typing import Protocol

    from ..portal.models import Account, Subscription, UpgradeOffer, UpgradeReceipt

    # A Protocol costs a couple of ms to create: only the type checker needs it.
    class PortalApi(Protocol):
        """What the flow needs from a portal client (``portal.client.PortalClient``)."""

        base_url: str

        def login(self, username: str, password: str) -> Account: ...
        def request_password_reset(self, username: str) -> str: ...
        def list_subscriptions(self) -> tuple[Subscription, ...]: ...
        def get_upgrade_offer(self, subscription_id: str) -> UpgradeOffer: ...
        def confirm_upgrade(
            self, subscription_id: str, terms_version: str, idempotency_key: str
        ) -> UpgradeReceipt: ...
        def get_receipt(self, upgrade_id: str) -> UpgradeReceipt: ...


log = logging.getLogger("aspel_upgrade.flow")


def _today() -> date:
    from datetime import date  # datetime is not needed before the first paint

    return date.today()


def _uuid_key() -> str:
    import uuid

    return uuid.uuid4().hex


@dataclass(frozen=True)
class Confirmation:
    receipt: UpgradeReceipt
    existing: bool  # the portal had already upgraded it; this is that earlier receipt


class UpgradeFlow:
    def __init__(
        self,
        client_factory: Callable[[], PortalApi],
        *,
        pending: PendingStore | None = None,
        preselect_system: str | None = None,
        preselect_serial: str | None = None,
        new_key: Callable[[], str] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        self._client_factory = client_factory
        self._client: PortalApi | None = None
        self.pending = pending
        self.preselect_system = preselect_system
        self.preselect_serial = preselect_serial
        self._new_key = new_key or _uuid_key
        self.today = today or _today  # the clock: "how many days are left" is asked of it
        self.state = FlowState()

    @property
    def client(self) -> PortalApi:
        """Created on first use, so importing ``requests`` waits until it is needed."""
        if self._client is None:
            self._client = self._client_factory()
        return self._client

    # ---- portal operations (any thread) ----------------------------------------------
    def login(self, username: str, password: str) -> Account:
        return self.client.login(username.strip(), password)

    def request_password_reset(self, username: str) -> str:
        return self.client.request_password_reset(username.strip())

    def fetch_subscriptions(self) -> tuple[Subscription, ...]:
        return self.client.list_subscriptions()

    def fetch_offer(self, subscription_id: str) -> UpgradeOffer:
        return self.client.get_upgrade_offer(subscription_id)

    def confirm(self, subscription_id: str, terms_version: str, key: str) -> Confirmation:
        """Send the confirmation; an "already upgraded" answer becomes that receipt."""
        try:
            return Confirmation(
                self.client.confirm_upgrade(subscription_id, terms_version, key), existing=False
            )
        except AlreadyUpgraded as already:
            receipt = self.client.get_receipt(already.upgrade_id)
            return Confirmation(receipt, existing=True)

    # ---- state changes (caller's thread) ---------------------------------------------
    def apply_login(self, username: str, account: Account) -> None:
        if self.state.username and username.strip().lower() != self.state.username.lower():
            # Someone else logged in: nothing chosen by the previous user carries over.
            self.state = FlowState(resume=self.state.resume, installed=self.state.installed)
        self.state.username = username.strip()
        self.state.account = account

    def apply_subscriptions(self, subscriptions: tuple[Subscription, ...]) -> None:
        self.state.subscriptions = subscriptions
        chosen = self.state.selected
        if chosen is not None:
            fresh = next((s for s in subscriptions if s.id == chosen.id), None)
            self.select(fresh if fresh is not None and fresh.upgrade.eligible else None)
        match = preselect(
            subscriptions, self.preselect_system, self.preselect_serial, self.state.installed
        )
        if match is not None and self.state.selected is None:
            self.select(match)
            self.state.skip_table = True
            self.state.preselection_matched = True
            self.state.preselected_from_pc = not (self.preselect_system or self.preselect_serial)

    def select(self, subscription: Subscription | None) -> None:
        if subscription is not None and not subscription.upgrade.eligible:
            raise ValueError("only an upgradable subscription can be chosen")
        previous = self.state.selected
        self.state.selected = subscription
        if subscription is None or previous is None or previous.id != subscription.id:
            self.state.offer = None
            self.state.terms_accepted = False

    def apply_offer(self, offer: UpgradeOffer) -> None:
        old = self.state.offer
        if old is not None and old.terms.version != offer.terms.version:
            self.state.terms_accepted = False  # new terms must be read again
        self.state.offer = offer

    def accept_terms(self, accepted: bool) -> None:
        self.state.terms_accepted = accepted and self.state.offer is not None

    def begin_confirmation(self) -> tuple[str, str, str]:
        """Fix the idempotency key and save the pending upgrade before anything is sent.

        Returns (subscription id, terms version, key). Calling it again (a retry, a
        double click) returns the same key.
        """
        offer = self.state.offer
        if offer is None or not self.state.terms_accepted:
            raise ValueError("the terms must be accepted first")
        if self.state.idempotency_key is None:
            self.state.idempotency_key = self._new_key()
        if self.pending is not None:
            self.pending.save(
                PendingUpgrade(
                    portal_url=self.client.base_url,
                    username=self.state.username,
                    subscription_id=offer.subscription_id,
                    idempotency_key=self.state.idempotency_key,
                    terms_version=offer.terms.version,
                    system=offer.system,
                    from_version=offer.from_version,
                    to_version=offer.to_version,
                )
            )
        return offer.subscription_id, offer.terms.version, self.state.idempotency_key

    def abandon_confirmation(self, *, terms_changed: bool = False) -> None:
        """The portal refused the confirmation outright (nothing was issued): start over."""
        self.state.idempotency_key = None
        if terms_changed:
            self.state.offer = None
            self.state.terms_accepted = False
        if self.pending is not None:
            self.pending.clear()

    def resume_applies_to(self, username: str) -> bool:
        """Whether the pending confirmation belongs to whoever is logging in."""
        resume = self.state.resume
        return resume is not None and resume.username.lower() == username.strip().lower()

    def finish_resume(self) -> tuple[str, str, str]:
        """The (subscription, terms version, key) to resend; the key is kept as is."""
        resume = self.state.resume
        assert resume is not None
        self.state.idempotency_key = resume.idempotency_key
        return resume.subscription_id, resume.terms_version, resume.idempotency_key

    def drop_resume(self) -> None:
        """The portal refused the old confirmation outright: nothing was issued by it."""
        self.state.resume = None
        self.state.idempotency_key = None
        if self.pending is not None:
            self.pending.clear()

    def apply_confirmation(self, confirmation: Confirmation) -> None:
        self.state.receipt = confirmation.receipt
        self.state.receipt_was_existing = confirmation.existing

    def forget_pending(self) -> None:
        """The result was shown: nothing is left to resume."""
        if self.pending is not None:
            self.pending.clear()
