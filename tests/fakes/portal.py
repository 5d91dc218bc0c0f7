"""An in-memory portal with the client's API, so flow decisions are tested in milliseconds.

It keeps the portal's promises that the flow relies on: one upgrade per subscription,
the same key replays the same receipt, refusals are typed errors. Faults are queued per
operation, and ``commit_then`` raises after the upgrade is stored (an answer lost).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.models import (
    Account,
    InstallerFile,
    Reason,
    Subscription,
    Terms,
    UpgradeOffer,
    UpgradeReceipt,
    UpgradeSituation,
)
from aspel_upgrade.portal.requirements import Requirements

PASSWORD = "Fake2026!"
TERMS = Terms("2026-01", "Términos", ("Se genera un número de serie nuevo.",))


def subscription(
    sub_id: str, system: str, serial: str, *, reason: Reason | None = None, upgrade_id: str = ""
) -> Subscription:
    return Subscription(
        id=sub_id, system=system, version="7.0", users=1, serial=serial,
        activated_on=date(2022, 2, 10), next_payment_on=date(2022, 3, 10),
        modality="subscription", periodicity="monthly", status="active",
        upgrade=UpgradeSituation("8.0", reason is None, reason, None, upgrade_id or None),
    )  # fmt: skip


@dataclass
class FakePortal:
    base_url: str = "https://portal.example.invalid"
    subscriptions: list[Subscription] = field(default_factory=lambda: [
        subscription("S1", "SAE", "SKSNWR"),
        subscription("S2", "COI", "CQ7M4R"),
        subscription("S3", "FACTURE", "F00001", reason="already_upgraded", upgrade_id="U-OLD"),
    ])  # fmt: skip
    receipts: dict[str, UpgradeReceipt] = field(default_factory=dict)  # by upgrade id
    keys: dict[str, str] = field(default_factory=dict)  # idempotency key -> upgrade id
    faults: dict[str, list[BaseException]] = field(default_factory=lambda: defaultdict(list))
    commit_then: BaseException | None = None
    calls: list[str] = field(default_factory=list)
    logged_in: str = ""

    def __post_init__(self) -> None:
        old = self.subscriptions[2]
        self.receipts["U-OLD"] = self._receipt("U-OLD", old, "OLD-SERIAL")

    def _fault(self, operation: str) -> None:
        self.calls.append(operation)
        if self.faults[operation]:
            raise self.faults[operation].pop(0)

    def _receipt(self, upgrade_id: str, sub: Subscription, serial: str) -> UpgradeReceipt:
        return UpgradeReceipt(
            upgrade_id=upgrade_id, subscription_id=sub.id, system=sub.system,
            from_version=sub.version, to_version="8.0", previous_serial=sub.serial,
            new_serial=serial, periodicity="monthly", old_version_usable_until=date(2022, 3, 10),
            download_url=f"{self.base_url}/descargas/{sub.system}/8.0",
            razon_social="COMERCIALIZADORA DEL BAJIO SA DE CV",
            notified_email_masked="c***@example.invalid",
            issued_at=datetime(2026, 11, 28, tzinfo=UTC),
            download=InstallerFile(
                f"{self.base_url}/v1/downloads/{upgrade_id}/{sub.system}-8.0.exe",
                f"{sub.system}-8.0.exe", 1024, "0" * 64,
            ),
        )  # fmt: skip

    def _sub(self, sub_id: str) -> Subscription:
        for sub in self.subscriptions:
            if sub.id == sub_id:
                return sub
        raise e.NotFound()

    def login(self, username: str, password: str) -> Account:
        self._fault("login")
        if password != PASSWORD:
            raise e.InvalidCredentials()
        self.logged_in = username
        return Account(username, "c***@example.invalid", "COMERCIALIZADORA DEL BAJIO SA DE CV")

    def request_password_reset(self, username: str) -> str:
        self._fault("request_password_reset")
        return "ok"

    def list_subscriptions(self) -> tuple[Subscription, ...]:
        self._fault("list_subscriptions")
        return tuple(self.subscriptions)

    def get_upgrade_offer(self, subscription_id: str) -> UpgradeOffer:
        self._fault("get_upgrade_offer")
        sub = self._sub(subscription_id)
        return UpgradeOffer(
            subscription_id=sub.id, system=sub.system, from_version=sub.version,
            to_version="8.0", current_serial=sub.serial, periodicity="monthly",
            old_version_usable_until=date(2022, 3, 10),
            download_url=f"{self.base_url}/descargas/{sub.system}/8.0",
            razon_social="COMERCIALIZADORA DEL BAJIO SA DE CV",
            notify_email_masked="c***@example.invalid", terms=TERMS,
        )  # fmt: skip

    def confirm_upgrade(
        self, subscription_id: str, terms_version: str, idempotency_key: str
    ) -> UpgradeReceipt:
        self._fault("confirm_upgrade")
        if idempotency_key in self.keys:
            return self.receipts[self.keys[idempotency_key]]
        sub = self._sub(subscription_id)
        if sub.upgrade.upgrade_id:
            raise e.AlreadyUpgraded(sub.upgrade.upgrade_id)
        if not sub.upgrade.eligible:
            raise e.NotEligible(sub.upgrade.reason or "inactive")
        if terms_version != TERMS.version:
            raise e.TermsOutdated(TERMS.version)
        upgrade_id = f"U-{len(self.receipts)}"
        receipt = self._receipt(upgrade_id, sub, f"NEW-{sub.system}")
        self.receipts[upgrade_id] = receipt
        self.keys[idempotency_key] = upgrade_id
        situation = UpgradeSituation("8.0", False, "already_upgraded", None, upgrade_id)
        self.subscriptions = [
            replace(s, upgrade=situation) if s.id == sub.id else s for s in self.subscriptions
        ]
        if self.commit_then is not None:
            lost, self.commit_then = self.commit_then, None
            raise lost
        return receipt

    def get_receipt(self, upgrade_id: str) -> UpgradeReceipt:
        self._fault("get_receipt")
        if upgrade_id not in self.receipts:
            raise e.NotFound()
        return self.receipts[upgrade_id]

    def get_release_requirements(
        self, system: str, version: str, *, link: str | None = None
    ) -> Requirements:
        """The sandbox's example figures for SAE 8.0, for whichever release is asked."""
        self._fault("get_release_requirements")
        from tests.fakes.this_pc import REQ

        return replace(REQ, system=system, version=version)

    def on_retry(self, listener: object) -> None:
        """The fake never retries."""

    def forget_session(self) -> None:
        """As the real client: the run is over, the session is let go of."""
        self.forgotten = True

    def serials(self) -> list[str]:
        return [r.new_serial for r in self.receipts.values() if r.upgrade_id != "U-OLD"]
