"""Every error code of the contract, provoked on the real sandbox and mapped to its type."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests
import yaml

from aspel_upgrade.flow.wording.errors import describe
from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient, error_for_response
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config

if TYPE_CHECKING:
    from aspel_upgrade.flow.readiness import MissingReason

CONTRACT = Path(__file__).parents[3] / "resources" / "openapi.yaml"

Provoke = Callable[[SandboxPortal], requests.Response]


def _token(portal: SandboxPortal, user: str = "demo") -> dict[str, str]:
    answer = requests.post(
        portal.url + "/v1/sessions", json={"username": user, "password": DEMO_PASSWORD}, timeout=5
    )
    return {"Authorization": "Bearer " + answer.json()["token"]}


def _confirm(
    portal: SandboxPortal, sub: str, body: object, key: str | None = None
) -> requests.Response:
    headers = _token(portal)
    headers["Idempotency-Key"] = key or uuid.uuid4().hex
    return requests.post(
        f"{portal.url}/v1/subscriptions/{sub}/upgrades", json=body, headers=headers, timeout=5
    )


def _invalid_json(p: SandboxPortal) -> requests.Response:
    return requests.post(
        p.url + "/v1/sessions",
        data=b'{"username": ',
        headers={"Content-Type": "application/json"},
        timeout=5,
    )


def _invalid_request(p: SandboxPortal) -> requests.Response:
    return requests.post(p.url + "/v1/sessions", json={"username": "demo"}, timeout=5)


def _idempotency_key_required(p: SandboxPortal) -> requests.Response:
    return requests.post(
        p.url + "/v1/subscriptions/SUB-1001/upgrades",
        json={"terms_version": "2026.2"},
        headers=_token(p),
        timeout=5,
    )


def _unauthorized(p: SandboxPortal) -> requests.Response:
    return requests.get(p.url + "/v1/subscriptions", timeout=5)


def _session_expired(p: SandboxPortal) -> requests.Response:
    headers = _token(p)
    p.service.expire_sessions()
    return requests.get(p.url + "/v1/subscriptions", headers=headers, timeout=5)


def _invalid_credentials(p: SandboxPortal) -> requests.Response:
    return requests.post(
        p.url + "/v1/sessions", json={"username": "demo", "password": "otra"}, timeout=5
    )


def _account_locked(p: SandboxPortal) -> requests.Response:
    for _ in range(p.service.config.lockout_threshold - 1):
        _invalid_credentials(p)
    return _invalid_credentials(p)


def _rate_limited(p: SandboxPortal) -> requests.Response:
    p.service.rate_limiter.limit = 2
    requests.post(p.url + "/v1/password-resets", json={"username": "x"}, timeout=5)
    requests.post(p.url + "/v1/password-resets", json={"username": "x"}, timeout=5)
    return requests.post(p.url + "/v1/password-resets", json={"username": "x"}, timeout=5)


def _not_found(p: SandboxPortal) -> requests.Response:
    return requests.get(p.url + "/v1/upgrades/UPG-NADA", headers=_token(p), timeout=5)


def _method_not_allowed(p: SandboxPortal) -> requests.Response:
    return requests.put(p.url + "/v1/subscriptions", headers=_token(p), timeout=5)


def _not_eligible(p: SandboxPortal) -> requests.Response:
    return requests.get(
        p.url + "/v1/subscriptions/SUB-1004/upgrade-offer", headers=_token(p), timeout=5
    )


def _range_not_satisfiable(p: SandboxPortal) -> requests.Response:
    installer = _confirm(p, "SUB-1001", {"terms_version": "2026.2"}).json()["download"]
    return requests.get(installer["url"], headers={"Range": f"bytes={10**9}-"}, timeout=5)


def _precondition_failed(p: SandboxPortal) -> requests.Response:
    installer = _confirm(p, "SUB-1001", {"terms_version": "2026.2"}).json()["download"]
    return requests.get(installer["url"], headers={"If-Match": '"otra-version"'}, timeout=5)


def _already_upgraded(p: SandboxPortal) -> requests.Response:
    return _confirm(p, "SUB-1007", {"terms_version": "2026.2"})


def _terms_outdated(p: SandboxPortal) -> requests.Response:
    return _confirm(p, "SUB-1001", {"terms_version": "1999.1"})


def _idempotency_key_reused(p: SandboxPortal) -> requests.Response:
    key = uuid.uuid4().hex
    _confirm(p, "SUB-1002", {"terms_version": "2026.2"}, key)
    return _confirm(p, "SUB-1002", {"terms_version": "2027.1"}, key)


def _payload_too_large(p: SandboxPortal) -> requests.Response:
    return requests.post(
        p.url + "/v1/sessions", json={"username": "demo", "password": "x" * 20_000}, timeout=5
    )


def _internal_error(p: SandboxPortal) -> requests.Response:
    p.faults.add(Fault("list_subscriptions", status=500))
    return requests.get(p.url + "/v1/subscriptions", headers=_token(p), timeout=5)


def _service_unavailable(p: SandboxPortal) -> requests.Response:
    p.faults.add(Fault("health", status=503, retry_after=30))
    return requests.get(p.url + "/v1/health", timeout=5)


SCENARIOS: dict[str, tuple[Provoke, int, type[e.PortalError]]] = {
    "invalid_json": (_invalid_json, 400, e.InvalidRequest),
    "invalid_request": (_invalid_request, 400, e.InvalidRequest),
    "idempotency_key_required": (_idempotency_key_required, 400, e.InvalidRequest),
    "unauthorized": (_unauthorized, 401, e.SessionExpired),
    "session_expired": (_session_expired, 401, e.SessionExpired),
    "invalid_credentials": (_invalid_credentials, 401, e.InvalidCredentials),
    "account_locked": (_account_locked, 423, e.AccountLocked),
    "rate_limited": (_rate_limited, 429, e.RateLimited),
    "not_found": (_not_found, 404, e.NotFound),
    "method_not_allowed": (_method_not_allowed, 405, e.InvalidRequest),
    "not_eligible": (_not_eligible, 409, e.NotEligible),
    "already_upgraded": (_already_upgraded, 409, e.AlreadyUpgraded),
    "terms_outdated": (_terms_outdated, 409, e.TermsOutdated),
    "idempotency_key_reused": (_idempotency_key_reused, 422, e.IdempotencyConflict),
    "payload_too_large": (_payload_too_large, 413, e.InvalidRequest),
    "internal_error": (_internal_error, 500, e.PortalUnavailable),
    "service_unavailable": (_service_unavailable, 503, e.PortalUnavailable),
    "range_not_satisfiable": (_range_not_satisfiable, 416, e.RangeNotSatisfiable),
    # The app never sends If-Match: a 412 is an answer it did not ask for.
    "precondition_failed": (_precondition_failed, 412, e.UnexpectedResponse),
}


def test_scenarios_cover_every_code_of_the_contract() -> None:
    contract = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    assert set(SCENARIOS) == set(contract["components"]["schemas"]["ErrorCode"]["enum"])


@pytest.mark.parametrize("code", sorted(SCENARIOS))
def test_error_code_is_reached_and_mapped(code: str) -> None:
    provoke, status, error_type = SCENARIOS[code]
    with SandboxPortal(config=sandbox_config()) as portal:
        answer = provoke(portal)
    assert answer.status_code == status
    body = answer.json()
    assert body["code"] == code
    assert body["message"].strip()
    error = error_for_response(answer)
    assert isinstance(error, error_type)
    assert describe(error).strip()
    if code != "range_not_satisfiable":  # handled by the download itself, never shown
        assert describe(error) != describe(RuntimeError()), "a sentence of its own"


def test_account_locked_says_until_when() -> None:
    with SandboxPortal(config=sandbox_config()) as portal:
        answer = _account_locked(portal)
    error = error_for_response(answer)
    assert isinstance(error, e.AccountLocked)
    assert error.locked_until is not None
    local = error.locked_until.astimezone()
    assert f"{local:%H:%M} del {local:%d/%m/%Y}" in describe(error)


def test_rate_limited_carries_retry_after() -> None:
    with SandboxPortal(config=sandbox_config()) as portal:
        answer = _rate_limited(portal)
    assert int(answer.headers["Retry-After"]) >= 1
    error = error_for_response(answer)
    assert isinstance(error, e.RateLimited)
    assert error.retry_after == int(answer.headers["Retry-After"])
    assert f"{error.retry_after} s" in describe(error)


def test_lockout_refuses_even_the_right_password_then_lifts() -> None:
    from datetime import UTC, datetime, timedelta

    now = [datetime(2026, 11, 26, 12, 0, tzinfo=UTC)]
    with SandboxPortal(config=sandbox_config(lockout_threshold=3)) as portal:
        portal.service.clock = lambda: now[0]
        client = PortalClient(portal.url)
        for _ in range(2):
            with pytest.raises(e.InvalidCredentials):
                client.login("demo", "mala")
        with pytest.raises(e.AccountLocked) as info:
            client.login("demo", "mala")
        assert info.value.locked_until == now[0] + timedelta(minutes=15)
        with pytest.raises(e.AccountLocked):
            client.login("demo", DEMO_PASSWORD)
        now[0] += timedelta(minutes=16)
        assert client.login("demo", DEMO_PASSWORD).username == "demo"


def test_unknown_users_lock_too_so_lockout_does_not_reveal_accounts() -> None:
    with SandboxPortal(config=sandbox_config(lockout_threshold=2)) as portal:
        client = PortalClient(portal.url)
        with pytest.raises(e.InvalidCredentials):
            client.login("no-existe", "x")
        with pytest.raises(e.AccountLocked):
            client.login("no-existe", "x")


def test_wrong_user_and_wrong_password_get_the_same_answer(sandbox: SandboxPortal) -> None:
    def attempt(user: str) -> tuple[int, dict[str, object]]:
        answer = requests.post(
            sandbox.url + "/v1/sessions", json={"username": user, "password": "nop"}, timeout=5
        )
        return answer.status_code, answer.json()

    assert attempt("demo") == attempt("nadie")


def test_client_login_maps_rate_limit(sandbox: SandboxPortal, client: PortalClient) -> None:
    sandbox.service.rate_limiter.limit = 1
    client.login("demo", DEMO_PASSWORD)
    with pytest.raises(e.RateLimited):
        client.login("demo", DEMO_PASSWORD)


@pytest.mark.parametrize(
    ("fault", "error_type", "missing"),
    [
        (None, e.NotFound, "not_published"),  # a release the vendor published nothing for
        (Fault("get_release_requirements", status=503), e.PortalUnavailable, "unreachable"),
        (Fault("get_release_requirements", status=500), e.PortalUnavailable, "unreachable"),
        (Fault("get_release_requirements", kind="html", status=502), e.PortalUnavailable,
         "unreachable"),
        (Fault("get_release_requirements", kind="invalid_json"), e.UnexpectedResponse,
         "unusable"),
    ],
)  # fmt: skip
def test_the_requirements_errors_are_typed_and_none_stops_the_checks(
    fault: Fault | None, error_type: type[e.PortalError], missing: MissingReason
) -> None:
    """The public requirements operation answers the contract's error shape; each failure
    is a typed error, and the readiness checks take it as a reason, never an exception."""
    from aspel_upgrade.flow.readiness import RequirementsMissing, requirements_or_missing

    with SandboxPortal(config=sandbox_config()) as portal:
        if fault is not None:
            fault.count = 10  # the client's own retries meet it too
            portal.faults.add(fault)
        client = PortalClient(portal.url, retries=0)
        version = "99.0" if fault is None else "8.0"
        with pytest.raises(error_type):
            client.get_release_requirements("SAE", version)
        got = requirements_or_missing(lambda: client.get_release_requirements("SAE", version))
    assert got == RequirementsMissing(missing)
