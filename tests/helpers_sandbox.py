"""The sandbox portal as the tests run it (no Qt: unit, contract and e2e tests share it)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aspel_upgrade.portal.models import InstallerFile, UpgradeReceipt
from aspel_upgrade.sandbox.service import SandboxConfig

TEST_INSTALLER_SIZE = 256 * 1024  # small, so downloads in tests take milliseconds
TEST_SCRYPT_N = 2**8  # the rules around the hash are tested, not its cost (test_security)


def sandbox_config(**changes: Any) -> SandboxConfig:
    """The sandbox as the tests run it: small installers, cheap password hashing."""
    tests = SandboxConfig(installer_size=TEST_INSTALLER_SIZE, scrypt_n=TEST_SCRYPT_N)
    return replace(tests, **changes)


def installer_of(receipt: UpgradeReceipt) -> InstallerFile:
    """The receipt's installer descriptor, which the sandbox always gives (the tests of a
    receipt without one remove it themselves)."""
    assert receipt.download is not None, f"no installer described for {receipt.upgrade_id}"
    return receipt.download
