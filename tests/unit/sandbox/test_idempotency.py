"""Concurrent confirmations: one new serial, whatever the race."""

from __future__ import annotations

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.models import UpgradeReceipt
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.helpers_sandbox import sandbox_config


def _race(portal: SandboxPortal, keys: list[str]) -> list[UpgradeReceipt | e.PortalError]:
    """Log in N clients, then fire their confirmations at the same instant."""
    clients = []
    for _ in keys:
        c = PortalClient(portal.url, retries=0)
        c.login("demo", DEMO_PASSWORD)
        clients.append(c)
    gate = threading.Barrier(len(keys))

    def confirm(args: tuple[PortalClient, str]) -> UpgradeReceipt | e.PortalError:
        client, key = args
        gate.wait()
        try:
            return client.confirm_upgrade("SUB-1001", "2026.2", key)
        except e.PortalError as error:
            return error

    with ThreadPoolExecutor(max_workers=len(keys)) as pool:
        return list(pool.map(confirm, zip(clients, keys, strict=True)))


@pytest.mark.parametrize(("db", "callers"), [("memory", 20), ("file", 20), ("memory", 50)])
def test_concurrent_confirmations_with_one_key_issue_one_serial(
    tmp_path: Path, db: str, callers: int
) -> None:
    path = ":memory:" if db == "memory" else tmp_path / "portal.sqlite3"
    with SandboxPortal(path, config=sandbox_config()) as portal:
        before = portal.service.serial_count()
        key = uuid.uuid4().hex
        results = _race(portal, [key] * callers)
        assert portal.service.serial_count() == before + 1
        mails = [m for m in portal.service.outbox() if m["kind"] == "upgrade"]
    receipts = [r for r in results if isinstance(r, UpgradeReceipt)]
    assert len(receipts) == callers, [r for r in results if not isinstance(r, UpgradeReceipt)]
    assert len({r.new_serial for r in receipts}) == 1
    assert len(mails) == 1


@pytest.mark.parametrize("callers", [20, 50])
def test_concurrent_confirmations_with_different_keys_issue_one_serial(callers: int) -> None:
    with SandboxPortal(config=sandbox_config()) as portal:
        before = portal.service.serial_count()
        results = _race(portal, [uuid.uuid4().hex for _ in range(callers)])
        assert portal.service.serial_count() == before + 1
    receipts = [r for r in results if isinstance(r, UpgradeReceipt)]
    already = [r for r in results if isinstance(r, e.AlreadyUpgraded)]
    assert len(receipts) == 1
    assert len(already) == callers - 1
    assert {a.upgrade_id for a in already} == {receipts[0].upgrade_id}
