"""Item 28 of QA issue 8: the sandbox's terms carry the vendor's six points in substance."""

from __future__ import annotations

import uuid

import pytest

from aspel_upgrade.portal import errors as e
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.server import SandboxPortal


def test_terms_open_with_stopping_the_old_version_and_say_cost_and_why(
    demo_client: PortalClient, sandbox: SandboxPortal
) -> None:
    before = sandbox.service.serial_count()
    offer = demo_client.get_upgrade_offer("SUB-1001")
    points = offer.terms.points
    assert len(points) == 6
    first = points[0]
    # The vendor's first point: once the new serial is delivered the old version must go,
    # so whoever is not ready to stop using it should not go on.
    assert "dejar de usar SAE 7.0" in first and "no continúes" in first
    text = " ".join(points)
    assert "sin costo adicional" in text or "no tiene costo adicional" in text
    # Why both versions work for a while: to move the information from one to the other.
    both = next(p for p in points if "10/03/2022" in p)
    assert "información" in both and "inactivo" in both
    assert "SKSNWR" in text and "mensual" in text and "razón social" in text
    # Changed terms are a new version: a confirmation made under the old ones is refused.
    assert offer.terms.version != "2026.1"
    with pytest.raises(e.TermsOutdated):
        demo_client.confirm_upgrade("SUB-1001", "2026.1", uuid.uuid4().hex)
    assert sandbox.service.serial_count() == before
