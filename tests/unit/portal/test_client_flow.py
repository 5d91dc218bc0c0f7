"""The whole upgrade flow through PortalClient, over real HTTP against the sandbox."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD, SEEDED_UPGRADE_ID
from aspel_upgrade.sandbox.server import SandboxPortal


def test_health_names_the_contract_version(client: PortalClient) -> None:
    health = client.health()
    assert health.status == "ok"
    assert health.contract_version == "1.0.0"
    assert health.portal == "sandbox"


def test_full_flow_login_list_offer_confirm_receipt(
    sandbox: SandboxPortal, client: PortalClient
) -> None:
    account = client.login("demo", DEMO_PASSWORD)
    assert account.razon_social == "COMERCIALIZADORA DEL BAJIO SA DE CV"
    assert account.email_masked.endswith("@comercializadora-bajio.example")
    assert "contabilidad" not in account.email_masked

    subs = {s.serial: s for s in client.list_subscriptions()}
    sae = subs["SKSNWR"]
    # The vendor tutorial's example row.
    assert (sae.system, sae.version, sae.modality, sae.periodicity) == (
        "SAE",
        "7.0",
        "subscription",
        "monthly",
    )
    assert sae.activated_on == date(2022, 2, 10)
    assert sae.next_payment_on == date(2022, 3, 10)
    assert sae.upgrade.eligible and sae.upgrade.target_version == "8.0"

    offer = client.get_upgrade_offer(sae.id)
    assert (offer.from_version, offer.to_version, offer.periodicity) == ("7.0", "8.0", "monthly")
    assert offer.old_version_usable_until == date(2022, 3, 10)
    assert offer.download_url.startswith(sandbox.url + "/descargas/SAE/8.0")
    assert len(offer.terms.points) == 6
    assert "10/03/2022" in offer.terms.points[1]

    receipt = client.confirm_upgrade(sae.id, offer.terms.version, uuid.uuid4().hex)
    assert receipt.previous_serial == "SKSNWR"
    assert receipt.new_serial != "SKSNWR"
    assert receipt.razon_social == account.razon_social
    assert receipt.notified_email_masked == account.email_masked
    assert receipt.old_version_usable_until == date(2022, 3, 10)

    assert client.get_receipt(receipt.upgrade_id) == receipt

    # The portal e-mailed the registered (unmasked) address with the new serial.
    mail = [m for m in sandbox.service.outbox() if m["kind"] == "upgrade"]
    assert len(mail) == 1
    assert mail[0]["to"] == "contabilidad@comercializadora-bajio.example"
    assert receipt.new_serial in mail[0]["body"]

    # And the row now says it was upgraded, pointing at this receipt.
    after = {s.serial: s for s in client.list_subscriptions()}["SKSNWR"]
    assert after.upgrade.reason == "already_upgraded"
    assert after.upgrade.upgrade_id == receipt.upgrade_id


def test_same_key_replays_the_same_receipt(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    offer = demo_client.get_upgrade_offer("SUB-1002")
    key = uuid.uuid4().hex
    first = demo_client.confirm_upgrade("SUB-1002", offer.terms.version, key)
    again = demo_client.confirm_upgrade("SUB-1002", offer.terms.version, key)
    assert again == first
    assert sandbox.service.serial_count() == 2  # the seeded FACTURE upgrade + this one


def test_same_key_with_a_different_body_is_refused(demo_client: PortalClient) -> None:
    offer = demo_client.get_upgrade_offer("SUB-1002")
    key = uuid.uuid4().hex
    demo_client.confirm_upgrade("SUB-1002", offer.terms.version, key)
    with pytest.raises(e.IdempotencyConflict):
        demo_client.confirm_upgrade("SUB-1003", offer.terms.version, key)


def test_stale_terms_version_is_refused(sandbox: SandboxPortal, demo_client: PortalClient) -> None:
    with pytest.raises(e.TermsOutdated) as info:
        demo_client.confirm_upgrade("SUB-1001", "2019.1", uuid.uuid4().hex)
    assert info.value.current_version == "2026.2"
    assert sandbox.service.serial_count() == 1


def test_already_upgraded_names_the_existing_receipt(demo_client: PortalClient) -> None:
    with pytest.raises(e.AlreadyUpgraded) as info:
        demo_client.confirm_upgrade("SUB-1007", "2026.2", uuid.uuid4().hex)
    assert info.value.upgrade_id == SEEDED_UPGRADE_ID
    receipt = demo_client.get_receipt(info.value.upgrade_id)
    assert (receipt.system, receipt.to_version) == ("FACTURE", "6.0")


def test_licence_modality_is_refused_with_its_reason_and_pricing_link(
    sandbox: SandboxPortal, demo_client: PortalClient
) -> None:
    caja = next(s for s in demo_client.list_subscriptions() if s.system == "CAJA")
    assert caja.modality == "license" and caja.periodicity is None
    assert not caja.upgrade.eligible
    assert caja.upgrade.reason == "license_requires_purchase"
    assert caja.upgrade.pricing_url == f"{sandbox.url}/precios/CAJA"
    with pytest.raises(e.NotEligible) as info:
        demo_client.get_upgrade_offer(caja.id)
    assert info.value.reason == "license_requires_purchase"
    assert info.value.pricing_url == f"{sandbox.url}/precios/CAJA"
    with pytest.raises(e.NotEligible):
        demo_client.confirm_upgrade(caja.id, "2026.2", uuid.uuid4().hex)
    assert sandbox.service.serial_count() == 1


@pytest.mark.parametrize(
    ("system", "reason"),
    [("BANCO", "inactive"), ("PROD", "payment_overdue"), ("FACTURE", "already_upgraded")],
)
def test_every_other_ineligibility_reason_is_listed(
    demo_client: PortalClient, system: str, reason: str
) -> None:
    row = next(s for s in demo_client.list_subscriptions() if s.system == system)
    assert row.upgrade.eligible is False
    assert row.upgrade.reason == reason


def test_second_demo_account_has_nothing_upgradable(client: PortalClient) -> None:
    client.login("sinpendientes", DEMO_PASSWORD)
    subs = client.list_subscriptions()
    assert subs and not any(s.upgrade.eligible for s in subs)


def test_unknown_subscription_is_not_found(demo_client: PortalClient) -> None:
    with pytest.raises(e.NotFound):
        demo_client.get_upgrade_offer("SUB-9999")


def test_another_accounts_receipt_is_not_found(client: PortalClient) -> None:
    client.login("sinpendientes", DEMO_PASSWORD)
    with pytest.raises(e.NotFound):
        client.get_receipt(SEEDED_UPGRADE_ID)


def test_path_traversal_in_an_id_stays_inside_the_url(demo_client: PortalClient) -> None:
    with pytest.raises(e.NotFound):
        demo_client.get_receipt("../../v1/subscriptions")


def test_logout_ends_the_session(demo_client: PortalClient) -> None:
    demo_client.logout()
    assert not demo_client.logged_in
    with pytest.raises(e.SessionExpired):
        demo_client.list_subscriptions()


def test_logged_out_token_is_refused_by_the_portal(sandbox: SandboxPortal) -> None:
    import requests

    c = PortalClient(sandbox.url)
    c.login("demo", DEMO_PASSWORD)
    token = c._token  # the test needs the raw token to replay it
    c.logout()
    answer = requests.get(
        sandbox.url + "/v1/subscriptions", headers={"Authorization": f"Bearer {token}"}, timeout=5
    )
    assert answer.status_code == 401
    assert answer.json()["code"] == "session_expired"


def test_password_reset_answers_the_same_for_unknown_users(
    sandbox: SandboxPortal, client: PortalClient
) -> None:
    known = client.request_password_reset("demo")
    unknown = client.request_password_reset("nadie-con-este-usuario")
    assert known == unknown
    assert "correo" in known
    resets = [m for m in sandbox.service.outbox() if m["kind"] == "password_reset"]
    assert [m["to"] for m in resets] == ["contabilidad@comercializadora-bajio.example"]


def test_user_agent_identifies_the_app(client: PortalClient) -> None:
    from aspel_upgrade import __version__

    assert client.http.headers["User-Agent"] == f"aspel-upgrade/{__version__}"


def test_repr_never_shows_the_token(demo_client: PortalClient) -> None:
    token = demo_client._token
    assert token and token not in repr(demo_client)
