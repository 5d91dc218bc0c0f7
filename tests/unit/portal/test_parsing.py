"""Malformed portal answers become UnexpectedResponse, never KeyError or TypeError."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from aspel_upgrade.portal.errors import UnexpectedResponse
from aspel_upgrade.portal.models import UpgradeOffer, UpgradeReceipt, parse_subscriptions

RECEIPT: dict[str, Any] = {
    "upgrade_id": "UPG-1",
    "subscription_id": "SUB-1",
    "system": "SAE",
    "from_version": "7.0",
    "to_version": "8.0",
    "previous_serial": "SKSNWR",
    "new_serial": "AAAA-BBBB-CCCC",
    "periodicity": "monthly",
    "old_version_usable_until": "2022-03-10",
    "download_url": "https://descargas.example/SAE/8.0",
    "razon_social": "EMPRESA SA DE CV",
    "notified_email_masked": "c***d@x.example",
    "issued_at": "2026-11-26T12:00:00Z",
    "download": {
        "url": "https://descargas.example/v1/downloads/UPG-1/f1/Aspel-SAE-8.0-Setup.exe",
        "file_name": "Aspel-SAE-8.0-Setup.exe",
        "size_bytes": 157286400,
        "sha256": "ab" * 32,
    },
}

SUBSCRIPTION: dict[str, Any] = {
    "id": "SUB-1",
    "system": "SAE",
    "version": "7.0",
    "users": 3,
    "serial": "SKSNWR",
    "activated_on": "2022-02-10",
    "next_payment_on": "2022-03-10",
    "modality": "subscription",
    "periodicity": "monthly",
    "status": "active",
    "upgrade": {
        "target_version": "8.0",
        "eligible": True,
        "reason": None,
        "pricing_url": None,
        "upgrade_id": None,
    },
}


def test_valid_receipt_parses() -> None:
    receipt = UpgradeReceipt.from_json(RECEIPT)
    assert receipt.old_version_usable_until.isoformat() == "2022-03-10"
    assert receipt.issued_at.tzinfo is not None
    assert receipt.download is not None
    assert receipt.download.size == 157286400 and receipt.download.sha256 == "ab" * 32
    assert receipt.download.file_name == "Aspel-SAE-8.0-Setup.exe"


@pytest.mark.parametrize("field", sorted(set(RECEIPT) - {"download"}))
def test_receipt_missing_any_field_is_unexpected(field: str) -> None:
    data = {k: v for k, v in RECEIPT.items() if k != field}
    with pytest.raises(UnexpectedResponse, match=field):
        UpgradeReceipt.from_json(data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("system", "WORD"),
        ("periodicity", "weekly"),
        ("old_version_usable_until", "10/03/2022"),
        ("issued_at", "2026-11-26T12:00:00"),  # no zone
        ("download_url", "javascript:alert(1)"),
        ("new_serial", ""),
        ("new_serial", 123),
        ("new_serial", "A\x00B"),
        ("razon_social", "x" * 1_000_000),
    ],
)
def test_receipt_wrong_values_are_unexpected(field: str, value: object) -> None:
    data = dict(RECEIPT, **{field: value})
    with pytest.raises(UnexpectedResponse):
        UpgradeReceipt.from_json(data)


_MISSING = object()


@pytest.mark.parametrize(
    "descriptor",
    [
        _MISSING,
        None,
        "Aspel-SAE-8.0-Setup.exe",
        {},
        {**RECEIPT["download"], "sha256": "zz" * 32},
        {**RECEIPT["download"], "sha256": "ab" * 31},
        {**RECEIPT["download"], "size_bytes": 0},
        {**RECEIPT["download"], "size_bytes": "157286400"},
        {**RECEIPT["download"], "url": "ftp://x.example/a.exe"},
        {k: v for k, v in RECEIPT["download"].items() if k != "file_name"},
        {**RECEIPT["download"], "file_name": ""},
        # Only an installer is saved or run (issue 18 G2): not a script, a shortcut, a page.
        *({**RECEIPT["download"], "file_name": f"Aspel-SAE-8.0-Setup.{ext}"}
          for ext in ("bat", "cmd", "lnk", "url", "hta", "scr", "ps1", "vbs", "js", "com", "")),
        {**RECEIPT["download"], "file_name": "Aspel-SAE-8.0-Setup\u202eexe.bat"},  # shows .exe
    ],
)  # fmt: skip
def test_a_receipt_with_an_unusable_installer_descriptor_keeps_the_serial(
    descriptor: object,
) -> None:
    """Issue 18 A3: the serial is the outcome, the descriptor only helps to download."""
    data = dict(RECEIPT)
    if descriptor is _MISSING:
        del data["download"]
    else:
        data["download"] = descriptor
    receipt = UpgradeReceipt.from_json(data)
    assert receipt.download is None
    assert (receipt.new_serial, receipt.razon_social) == ("AAAA-BBBB-CCCC", "EMPRESA SA DE CV")
    assert receipt.old_version_usable_until.isoformat() == "2022-03-10"


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Aspel-SAE-8.0-Setup.exe", "Aspel-SAE-8.0-Setup.exe"),
        ("Aspel-SAE-8.0-Setup.MSI", "Aspel-SAE-8.0-Setup.MSI"),
        ("Aspel-SAE\u202e-8.0-Setup.exe", "Aspel-SAE-8.0-Setup.exe"),  # bidi override
        ("Aspel\u200b-SAE\u2066-8.0\u2069-Setup\ufeff.exe", "Aspel-SAE-8.0-Setup.exe"),
        ("Aspel-SAE-8.0-Setup.exe\u200e", "Aspel-SAE-8.0-Setup.exe"),
    ],
)
def test_an_installer_name_has_no_invisible_or_direction_characters(name: str, kept: str) -> None:
    """What the user reads is the name on disk: no character that hides or reorders."""
    data = dict(RECEIPT, download={**RECEIPT["download"], "file_name": name})
    download = UpgradeReceipt.from_json(data).download
    assert download is not None and download.file_name == kept


@pytest.mark.parametrize("payload", [None, [], "x", 1, {"subscriptions": {}}, {"subs": []}])
def test_subscription_list_shape_errors(payload: object) -> None:
    with pytest.raises(UnexpectedResponse):
        parse_subscriptions(payload)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda s: s.update(users=True),
        lambda s: s.update(users=0),
        lambda s: s.update(modality="license"),  # a licence with a periodicity
        lambda s: s["upgrade"].update(eligible=False),  # not eligible without a reason
        lambda s: s["upgrade"].update(reason="because"),
        lambda s: s.update(upgrade=[]),
    ],
)
def test_inconsistent_subscription_is_unexpected(mutate: Any) -> None:
    item = copy.deepcopy(SUBSCRIPTION)
    mutate(item)
    with pytest.raises(UnexpectedResponse):
        parse_subscriptions({"subscriptions": [item]})


def test_offer_with_empty_terms_is_unexpected() -> None:
    with pytest.raises(UnexpectedResponse):
        UpgradeOffer.from_json({"terms": {"version": "1", "title": "t", "points": []}})
