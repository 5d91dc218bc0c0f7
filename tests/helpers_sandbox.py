"""The sandbox portal as the tests run it (no Qt: unit, contract and e2e tests share it)."""

from __future__ import annotations

from aspel_upgrade.sandbox.service import SandboxConfig

TEST_INSTALLER_SIZE = 256 * 1024  # small, so downloads in tests take milliseconds
TEST_SCRYPT_N = 2**8  # the rules around the hash are tested, not its cost (test_security)


def sandbox_config(**changes: object) -> SandboxConfig:
    """The sandbox as the tests run it: small installers, cheap password hashing."""
    settings = {"installer_size": TEST_INSTALLER_SIZE, "scrypt_n": TEST_SCRYPT_N, **changes}
    return SandboxConfig(**settings)  # type: ignore[arg-type]
