"""A sandbox stopped while a request is still being answered (a test ending mid-download, a
trainer pressing Ctrl+C): the late request gets a plain 503, and the log no traceback."""

from __future__ import annotations

import logging

import pytest
from werkzeug.test import Client

from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.store import Store, StoreClosed
from tests.helpers_sandbox import sandbox_config


def test_a_request_answered_after_the_portal_stopped_is_a_plain_503(
    caplog: pytest.LogCaptureFixture,
) -> None:
    portal = SandboxPortal(config=sandbox_config()).start()
    client = Client(portal.app)
    asking = {"Authorization": "Bearer not-a-session"}  # read from the store
    assert client.get("/v1/subscriptions", headers=asking).status_code == 401
    portal.stop()  # the store is closed; a handler thread may still be running
    with caplog.at_level(logging.DEBUG, logger="aspel_upgrade.sandbox"):
        late = client.get("/v1/subscriptions", headers=asking)
    assert late.status_code == 503
    assert late.json is not None and late.json["code"] == "service_unavailable"
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING or r.exc_info]


def test_a_closed_store_says_so_rather_than_sqlites_error() -> None:
    store = Store()
    store.close()
    store.close()  # twice is harmless (stop() after a failed start)
    with pytest.raises(StoreClosed), store.reading():
        pass
    with pytest.raises(StoreClosed), store.transaction():
        pass
