"""Typed, immutable views of what the portal returns."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from ..host.trust import is_installer_name, without_hidden_characters
from .errors import UnexpectedResponse
from .names import safe_file_name
from .parsing import Obj

SYSTEMS = ("SAE", "COI", "NOI", "CAJA", "FACTURE", "BANCO", "PROD", "ADM")
Modality = Literal["subscription", "license"]
Periodicity = Literal["monthly", "semiannual", "annual"]
Status = Literal["active", "inactive"]
Reason = Literal[
    "license_requires_purchase", "inactive", "payment_overdue", "already_upgraded", "latest_version"
]
MODALITIES: tuple[Modality, ...] = ("subscription", "license")
PERIODICITIES: tuple[Periodicity, ...] = ("monthly", "semiannual", "annual")
STATUSES: tuple[Status, ...] = ("active", "inactive")
REASONS: tuple[Reason, ...] = (
    "license_requires_purchase",
    "inactive",
    "payment_overdue",
    "already_upgraded",
    "latest_version",
)


@dataclass(frozen=True)
class Health:
    status: str
    contract_version: str
    portal: str

    @classmethod
    def from_json(cls, data: object) -> Health:
        o = Obj(data)
        return cls(o.text("status"), o.text("contract_version"), o.text("portal"))


@dataclass(frozen=True)
class Account:
    username: str
    email_masked: str
    razon_social: str

    @classmethod
    def from_json(cls, data: object, path: str = "$") -> Account:
        o = Obj(data, path)
        return cls(o.text("username"), o.text("email_masked"), o.text("razon_social"))


@dataclass(frozen=True)
class Session:
    """A logged-in session. ``repr`` hides the token so it cannot leak into a log."""

    token: str
    expires_at: datetime
    account: Account

    def __repr__(self) -> str:
        return f"Session(expires_at={self.expires_at!r}, account={self.account!r})"

    @classmethod
    def from_json(cls, data: object) -> Session:
        o = Obj(data)
        o.choice("token_type", ("Bearer",))
        account = Account.from_json(o.raw("account"), "$.account")
        return cls(o.text("token"), o.instant("expires_at"), account)


@dataclass(frozen=True)
class UpgradeSituation:
    target_version: str | None
    eligible: bool
    reason: Reason | None
    pricing_url: str | None
    upgrade_id: str | None


@dataclass(frozen=True)
class Subscription:
    id: str
    system: str
    version: str
    users: int
    serial: str
    activated_on: date
    next_payment_on: date | None
    modality: Modality
    periodicity: Periodicity | None
    status: Status
    upgrade: UpgradeSituation

    @property
    def name(self) -> str:
        return f"{self.system} {self.version}"

    @classmethod
    def from_json(cls, data: object, path: str = "$") -> Subscription:
        o = Obj(data, path)
        u = o.obj("upgrade")
        situation = UpgradeSituation(
            target_version=u.opt_text("target_version"),
            eligible=u.boolean("eligible"),
            reason=u.opt_choice("reason", REASONS),
            pricing_url=u.opt_url("pricing_url"),
            upgrade_id=u.opt_text("upgrade_id"),
        )
        if situation.eligible == (situation.reason is not None):
            raise_inconsistent(f"{path}.upgrade")
        modality = o.choice("modality", MODALITIES)
        periodicity = o.opt_choice("periodicity", PERIODICITIES)
        if (modality == "subscription") != (periodicity is not None):
            raise_inconsistent(f"{path}.periodicity")
        return cls(
            id=o.text("id"),
            system=o.choice("system", SYSTEMS),
            version=o.text("version"),
            users=o.integer("users", minimum=1),
            serial=o.text("serial"),
            activated_on=o.day("activated_on"),
            next_payment_on=o.opt_day("next_payment_on"),
            modality=modality,
            periodicity=periodicity,
            status=o.choice("status", STATUSES),
            upgrade=situation,
        )


def raise_inconsistent(path: str) -> None:
    raise UnexpectedResponse(f"{path}: datos incongruentes")


def parse_subscriptions(data: object) -> tuple[Subscription, ...]:
    o = Obj(data)
    return tuple(
        Subscription.from_json(item, f"$.subscriptions[{i}]")
        for i, item in enumerate(o.items("subscriptions"))
    )


@dataclass(frozen=True)
class Terms:
    version: str
    title: str
    points: tuple[str, ...]


@dataclass(frozen=True)
class UpgradeOffer:
    subscription_id: str
    system: str
    from_version: str
    to_version: str
    current_serial: str
    periodicity: Periodicity
    old_version_usable_until: date
    download_url: str
    razon_social: str
    notify_email_masked: str
    terms: Terms
    # The new version's published requirements (followed on the portal's own address only:
    # PortalClient.get_release_requirements); None when absent or null.
    requirements_url: str | None = None

    @classmethod
    def from_json(cls, data: object) -> UpgradeOffer:
        o = Obj(data)
        t = o.obj("terms")
        points = t.items("points")
        if not points or not all(isinstance(p, str) and p.strip() for p in points):
            raise_inconsistent("$.terms.points")
        return cls(
            subscription_id=o.text("subscription_id"),
            system=o.choice("system", SYSTEMS),
            from_version=o.text("from_version"),
            to_version=o.text("to_version"),
            current_serial=o.text("current_serial"),
            periodicity=o.choice("periodicity", PERIODICITIES),
            old_version_usable_until=o.day("old_version_usable_until"),
            download_url=o.url("download_url"),
            razon_social=o.text("razon_social"),
            notify_email_masked=o.text("notify_email_masked"),
            terms=Terms(t.text("version"), t.text("title"), tuple(str(p) for p in points)),
            requirements_url=_optional_link(o, "requirements_url"),
        )


@dataclass(frozen=True)
class InstallerFile:
    """Where the new version's installer is, and what a whole, untampered copy looks like.

    ``file_name`` is the portal's word, without the characters that hide or reorder what
    is shown (bidi controls, zero-width spaces); it is made safe again before it names a
    file. Only an ``.exe`` or ``.msi`` is accepted: nothing else is saved or run.
    """

    url: str
    file_name: str
    size: int
    sha256: str  # lowercase hex

    @classmethod
    def from_json(cls, data: object, path: str = "$") -> InstallerFile:
        o = Obj(data, path)
        digest = o.text("sha256").lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise_inconsistent(f"{path}.sha256")
        name = without_hidden_characters(o.text("file_name"))
        if not is_installer_name(safe_file_name(name, "")):
            raise_inconsistent(f"{path}.file_name")
        return cls(o.url("url"), name, o.integer("size_bytes", minimum=1), digest)

    @classmethod
    def from_receipt(cls, o: Obj) -> InstallerFile | None:
        """The receipt's descriptor, or None when it is missing or unusable: the receipt
        (the serial) stands without it, and the user downloads from the page link."""
        if o.raw_or_none("download") is None:
            logging.getLogger("aspel_upgrade.portal").warning(
                "The receipt has no installer descriptor: the in-app download is unavailable"
            )
            return None
        try:
            return cls.from_json(o.raw("download"), f"{o.path}.download")
        except UnexpectedResponse as exc:
            logging.getLogger("aspel_upgrade.portal").warning(
                "The receipt's installer descriptor is unusable (%s): the in-app download is "
                "unavailable", exc
            )  # fmt: skip
            return None


@dataclass(frozen=True)
class UpgradeReceipt:
    upgrade_id: str
    subscription_id: str
    system: str
    from_version: str
    to_version: str
    previous_serial: str
    new_serial: str
    periodicity: Periodicity
    old_version_usable_until: date
    download_url: str
    razon_social: str
    notified_email_masked: str
    issued_at: datetime
    download: InstallerFile | None  # None: missing or unusable (only the page link then)

    @classmethod
    def from_json(cls, data: object) -> UpgradeReceipt:
        o = Obj(data)
        return cls(
            upgrade_id=o.text("upgrade_id"),
            subscription_id=o.text("subscription_id"),
            system=o.choice("system", SYSTEMS),
            from_version=o.text("from_version"),
            to_version=o.text("to_version"),
            previous_serial=o.text("previous_serial"),
            new_serial=o.text("new_serial"),
            periodicity=o.choice("periodicity", PERIODICITIES),
            old_version_usable_until=o.day("old_version_usable_until"),
            download_url=o.url("download_url"),
            razon_social=o.text("razon_social"),
            notified_email_masked=o.text("notified_email_masked"),
            issued_at=o.instant("issued_at"),
            download=InstallerFile.from_receipt(o),
        )


def _optional_link(o: Obj, key: str) -> str | None:
    """An optional link nothing depends on: one that is not a link is set aside, and the
    answer is kept (the offer is not refused for it)."""
    try:
        return o.opt_url(key)
    except UnexpectedResponse:
        return None
