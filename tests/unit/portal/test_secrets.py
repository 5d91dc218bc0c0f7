"""A full flow logged at DEBUG never shows the password or the token, nor do errors."""

from __future__ import annotations

import logging
import uuid

import pytest

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal


def test_debug_log_of_a_full_flow_holds_no_secret(
    sandbox: SandboxPortal, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, urllib3 and the sandbox included
    client = PortalClient(sandbox.url, backoff_factor=0.01)
    errors: list[e.PortalError] = []
    with pytest.raises(e.InvalidCredentials) as bad:
        client.login("demo", "OtraContraseña-Equivocada-123")
    errors.append(bad.value)
    client.login("demo", DEMO_PASSWORD)
    token = client._token
    assert token
    sandbox.faults.add(Fault("list_subscriptions", status=503, retry_after=0))
    subs = client.list_subscriptions()
    offer = client.get_upgrade_offer(subs[0].id)
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit"))
    receipt = client.confirm_upgrade(offer.subscription_id, offer.terms.version, uuid.uuid4().hex)
    client.get_receipt(receipt.upgrade_id)
    sandbox.service.expire_sessions()
    with pytest.raises(e.SessionExpired) as expired:
        client.list_subscriptions()
    errors.append(expired.value)

    text = caplog.text + "".join(repr(r.args) for r in caplog.records)
    assert "GET /v1/subscriptions" in text  # the log did record the flow
    for secret in (DEMO_PASSWORD, "OtraContraseña-Equivocada-123", token):
        assert secret not in text
        for error in errors:
            assert secret not in str(error) and secret not in repr(error)
    assert token not in repr(client)
