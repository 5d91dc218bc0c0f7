"""Fixtures for the flow's download tests: a receipt from the real sandbox, a fake clock."""

from __future__ import annotations

import pytest

from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.models import UpgradeReceipt
from tests.unit.flow.downloads import FakeTime


@pytest.fixture
def receipt(demo_client: PortalClient) -> UpgradeReceipt:
    return demo_client.confirm_upgrade("SUB-1001", "2026.2", "descarga-" + "0" * 20)


@pytest.fixture
def time_() -> FakeTime:
    return FakeTime()
