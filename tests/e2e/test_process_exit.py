"""QA 7: after the window closes, the process ends within seconds, whatever the portal
is doing; only a confirmation in flight is waited for, and only for a bounded time."""

from __future__ import annotations

import time
from pathlib import Path

from aspel_upgrade.sandbox.server import SandboxPortal
from tests.e2e.launcher import Launcher
from tests.e2e.test_kill_sweep import SAE, Home
from tests.helpers_sandbox import sandbox_config


def _close_to_exit(home: Home, started: float) -> float:
    """Seconds from the robot closing the window to the process being gone."""
    events = (home.root / "events.txt").read_text("utf-8").splitlines()
    closed = next(float(line.split()[0]) for line in events if line.endswith(" close"))
    assert closed >= started
    return time.time() - closed


def test_closing_during_a_slow_table_refresh_exits_at_once(
    tmp_path: Path, launcher: Launcher
) -> None:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        started = time.time()
        run = home.run(close_during="list", slow_ms=6_000)
        assert _close_to_exit(home, started) < 3.0  # not the 6 s the portal takes
        assert run.code == 1 and run.result is not None and run.result["outcome"] == "cancelled"


def test_closing_during_a_slow_confirmation_waits_briefly_then_reports_unknown(
    tmp_path: Path, launcher: Launcher
) -> None:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        started = time.time()
        run = home.run(serial=SAE, close_during="confirm", slow_ms=6_000, close_wait_ms=300)
        assert _close_to_exit(home, started) < 4.0
        assert run.code == 4 and run.result is not None
        assert (run.result["outcome"], run.result["system"]) == ("unknown", "SAE")
        assert len(home.pending()) == 1  # the next start shows what the portal answered
        sandbox.faults.clear()
        again = home.run(resume="accept")
        assert again.code == 0 and again.result is not None
        assert again.result["new_serial"] in home.shown()
        assert home.pending() == []
