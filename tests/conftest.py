"""Shared fixtures: a real sandbox portal on 127.0.0.1 and clients that talk to it."""

from __future__ import annotations

import os

# Before anything imports Qt: every GUI test runs on the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.service import SandboxConfig

# pyproject.toml names the plugins; Schemathesis' is not installed everywhere (the Windows
# proof leaves it out, with its tests).
pytest_plugins = ["schemathesis.pytest.plugin"] if importlib.util.find_spec("schemathesis") else []

TEST_INSTALLER_SIZE = 256 * 1024  # small, so downloads in tests take milliseconds
TEST_SCRYPT_N = 2**8  # the rules around the hash are tested, not its cost (test_security)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per core for ``-n auto`` (pyproject's addopts): about a third of the
    suite is waiting (timers, sockets, child processes), so one per core leaves the cores
    idle. On 2 cores: 55 s with 2 workers, 42-45 s with 4, 88 s with none. The
    PYTEST_XDIST_AUTO_NUM_WORKERS variable still wins (xdist's own hook reads it)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return 2 * (os.cpu_count() or 1)


def user_folders(home: Path) -> dict[str, str]:
    """Environment that puts a child app's user folders under ``home``, on every OS.

    XDG variables move them on Linux only; on Windows, platformdirs reads
    ``WIN_PD_OVERRIDE_LOCAL_APPDATA`` (settings, state and logs all live there), so a
    child run there no longer shares the machine user's settings and pending upgrades.
    """
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
    }


def sandbox_config(**changes: object) -> SandboxConfig:
    """The sandbox as the tests run it: small installers, cheap password hashing."""
    settings = {"installer_size": TEST_INSTALLER_SIZE, "scrypt_n": TEST_SCRYPT_N, **changes}
    return SandboxConfig(**settings)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _result_files_follow_their_schema(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every result file the app writes in a test is checked against its schema as it is
    written (resources/result-file.schema.json); child processes' files are checked where
    the tests read them (tests/result_file.py)."""
    from aspel_upgrade.flow import outcome as outcome_module
    from tests.result_file import schema_errors

    real = outcome_module.write_result_file
    wrong: list[str] = []

    def write(path: Path, outcome: outcome_module.Outcome) -> None:
        real(path, outcome)
        data = json.loads(path.read_text(encoding="utf-8"))
        wrong.extend(f"{path.name}: {error}" for error in schema_errors(data))

    monkeypatch.setattr(outcome_module, "write_result_file", write)
    yield
    assert not wrong, f"result files not as their schema says: {wrong}"


@pytest.fixture
def sandbox() -> Iterator[SandboxPortal]:
    """A fresh sandbox portal (in-memory SQLite, seeded) serving on a free loopback port."""
    with SandboxPortal(config=sandbox_config()) as portal:
        yield portal


@pytest.fixture
def client(sandbox: SandboxPortal) -> Iterator[PortalClient]:
    """A client for the sandbox with short backoff so retry tests stay quick."""
    c = PortalClient(sandbox.url, backoff_factor=0.01, read_timeout=10)
    yield c
    c.close()


@pytest.fixture
def demo_client(client: PortalClient) -> PortalClient:
    """A client logged in as the demo account."""
    client.login("demo", DEMO_PASSWORD)
    return client
