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
from tests.helpers_sandbox import sandbox_config

# pyproject.toml names the plugins; Schemathesis' is not installed everywhere (the Windows
# proof leaves it out, with its tests). The coverage gate acts only with --cov.
pytest_plugins = ["tests.coverage_gate", "tests.suite_speed"]
if importlib.util.find_spec("schemathesis"):
    pytest_plugins.append("schemathesis.pytest.plugin")


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """Two workers per core for ``-n auto`` (pyproject's addopts): about a third of the
    suite is waiting (timers, sockets, child processes), so one per core leaves the cores
    idle. On 2 cores, with the coverage gate and nothing compiled (06/12/2026, 1268
    tests): 101 s with 2 workers, 74 s with 4, 82 s with 6. The
    PYTEST_XDIST_AUTO_NUM_WORKERS variable still wins (xdist's own hook reads it)."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    return 2 * (os.cpu_count() or 1)


# The slowest open a worker's share each. xdist's worksteal hands each worker an equal,
# contiguous share of the collection and lets an idle worker steal the end of another's:
# a long test late in a share is the run's tail. Measured back to back on 06/12/2026
# (load 6-7 from other work): 126 s without this order, 119 s with it.
SLOW_FIRST = (
    "tests/gui/test_secrets_in_memory.py",  # walks every object the collector reaches
    "tests/e2e/test_kill_sweep.py",  # plays every scenario in its module's setup
    "tests/e2e/test_download_kill_sweep.py",  # the same, for the download
    "tests/contract/test_schemathesis.py",  # generated requests, every operation
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers < 2:
        return
    slow = [[i for i in items if i.nodeid.startswith(m)] for m in SLOW_FIRST]
    groups = [group for group in slow if group]
    rest = [i for i in items if not any(i.nodeid.startswith(m) for m in SLOW_FIRST)]
    ordered: list[pytest.Item] = []
    left = len(items)
    for k in range(workers):  # the shares as worksteal cuts them: left // workers remaining
        share = left // (workers - k)
        left -= share
        first = [i for n, group in enumerate(groups) if n % workers == k for i in group]
        ordered += first + rest[: max(0, share - len(first))]
        del rest[: max(0, share - len(first))]
    items[:] = ordered + rest


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
