"""Hostile answers (Hypothesis): whatever the portal sends, only the client's typed error.

Any JSON value, any missing or extra field, any string (empty, 1 MB, control characters,
right-to-left text, emoji) in any field: parsing succeeds or raises UnexpectedResponse,
never KeyError, TypeError or anything else. Valid payloads round-trip.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aspel_upgrade.portal.errors import UnexpectedResponse
from aspel_upgrade.portal.models import (
    Health,
    Session,
    UpgradeOffer,
    UpgradeReceipt,
    parse_subscriptions,
)

from .test_parsing import RECEIPT, SUBSCRIPTION

OFFER: dict[str, Any] = {
    "subscription_id": "SUB-1", "system": "SAE", "from_version": "7.0", "to_version": "8.0",
    "current_serial": "SKSNWR", "periodicity": "monthly",
    "old_version_usable_until": "2022-03-10", "download_url": "https://x.example/d",
    "razon_social": "EMPRESA", "notify_email_masked": "c***d@x.example",
    "terms": {"version": "2026.1", "title": "Términos", "points": ["uno", "dos"]},
}  # fmt: skip
SESSION: dict[str, Any] = {
    "token": "t" * 43, "token_type": "Bearer", "expires_at": "2026-11-26T13:00:00Z",
    "account": {"username": "demo", "email_masked": "c***d@x.example", "razon_social": "E"},
}  # fmt: skip

PARSERS: dict[str, tuple[Callable[[object], object], dict[str, Any]]] = {
    "receipt": (UpgradeReceipt.from_json, RECEIPT),
    "offer": (UpgradeOffer.from_json, OFFER),
    "subscriptions": (parse_subscriptions, {"subscriptions": [SUBSCRIPTION]}),
    "session": (Session.from_json, SESSION),
    "health": (Health.from_json, {"status": "ok", "contract_version": "1.0.0", "portal": "x"}),
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
hostile_text = st.one_of(
    st.text(),
    st.just(""),
    st.just("x" * 1_000_000),
    st.text(alphabet=st.characters(max_codepoint=31)),
    st.just("\u202eشركة\u202c"),
    st.just("😀" * 100),
)
parser_names = st.sampled_from(sorted(PARSERS))


def _only_typed_errors(parse: Callable[[object], object], payload: object) -> None:
    with contextlib.suppress(UnexpectedResponse):
        parse(payload)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(name=parser_names, payload=json_values)
def test_any_json_value(name: str, payload: object) -> None:
    _only_typed_errors(PARSERS[name][0], payload)


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    items = (
        obj.items() if isinstance(obj, dict) else enumerate(obj) if isinstance(obj, list) else []
    )
    for key, value in items:
        out.append((*prefix, key))
        out += _paths(value, (*prefix, key))
    return out


def _set(obj: Any, path: tuple[Any, ...], value: Any, delete: bool = False) -> None:
    for key in path[:-1]:
        obj = obj[key]
    if delete and isinstance(obj, dict):
        del obj[path[-1]]
    else:
        obj[path[-1]] = value


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(name=parser_names, data=st.data())
def test_any_field_missing_replaced_or_added(name: str, data: st.DataObject) -> None:
    parse, valid = PARSERS[name]
    payload = copy.deepcopy(valid)
    path = data.draw(st.sampled_from(_paths(payload)))
    action = data.draw(st.sampled_from(["delete", "replace", "string", "extra"]))
    if action == "delete":
        _set(payload, path, None, delete=True)
    elif action == "replace":
        _set(payload, path, data.draw(json_values))
    elif action == "string":
        _set(payload, path, data.draw(hostile_text))
    else:
        payload[data.draw(st.text(min_size=1))] = data.draw(json_values)
    _only_typed_errors(parse, payload)


safe_text = st.text(
    alphabet=st.characters(min_codepoint=32, codec="utf-8"), min_size=1,  # no surrogates
    max_size=60,
).filter(str.strip)  # fmt: skip


@given(
    serial=safe_text, razon=safe_text, email=safe_text,
    until=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    issued=st.datetimes(min_value=datetime(2000, 1, 1), timezones=st.just(UTC)),
    system=st.sampled_from(["SAE", "COI", "NOI", "CAJA", "FACTURE", "BANCO", "PROD", "ADM"]),
    periodicity=st.sampled_from(["monthly", "semiannual", "annual"]),
)  # fmt: skip
def test_valid_receipts_round_trip(
    serial: str, razon: str, email: str, until: date, issued: datetime, system: str,
    periodicity: str,
) -> None:  # fmt: skip
    payload = dict(
        RECEIPT, new_serial=serial, razon_social=razon, notified_email_masked=email,
        old_version_usable_until=until.isoformat(), issued_at=issued.isoformat(),
        system=system, periodicity=periodicity,
    )  # fmt: skip
    receipt = UpgradeReceipt.from_json(payload)
    assert (receipt.new_serial, receipt.razon_social, receipt.notified_email_masked) == (
        serial, razon, email,
    )  # fmt: skip
    assert receipt.old_version_usable_until == until
    assert receipt.issued_at == issued
    assert (receipt.system, receipt.periodicity) == (system, periodicity)
