"""SIGTERM ends a run the way closing the window does, and the installer still gets its
answer (issue 18, F): the result file with the true outcome, and that outcome's exit code.

The real app in its own process (tests/e2e/driver.py plays the user and stops at a
point); this test sends the process SIGTERM from outside, as an installer, a service
manager or a shutting-down session would.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from aspel_upgrade.sandbox.server import SandboxPortal
from tests.e2e.launcher import Launcher
from tests.e2e.test_kill_sweep import SAE, Home, Run
from tests.helpers_sandbox import sandbox_config

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX's")


def _terminated(home: Home, **plan: object) -> tuple[Run, float]:
    """Run the plan; once the robot says it is ready, SIGTERM the process. (run, seconds
    from the signal to the process's end)."""
    events = home.root / "events.txt"
    seen = events.read_text("utf-8").count(" ready ") if events.exists() else 0
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(home.run, **plan)
        deadline = time.monotonic() + 60
        pid = None
        while pid is None:
            assert not running.done(), running.result()
            assert time.monotonic() < deadline, "the robot never got ready"
            lines = events.read_text("utf-8").splitlines() if events.exists() else []
            ready = [line for line in lines if " ready " in line]
            if len(ready) > seen:
                pid = int(ready[-1].split()[-1])
            time.sleep(0.05)
        sent = time.monotonic()
        os.kill(pid, signal.SIGTERM)
        run = running.result(timeout=60)
    return run, time.monotonic() - sent


def test_sigterm_at_the_login_page_writes_terminated_and_exits_1(
    tmp_path: Path, launcher: Launcher
) -> None:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        run, took = _terminated(home, terminate_at="login")
    assert run.code == 1, run
    assert run.result is not None  # schema-checked by Home.run
    assert (run.result["outcome"], run.result["exit_code"]) == ("cancelled", 1)
    assert run.result["error_code"] == "terminated"
    assert "terminar" in str(run.result["error_message"])
    assert took < 5.0


def test_sigterm_on_the_result_page_reports_the_upgrade_and_exits_0(
    tmp_path: Path, launcher: Launcher
) -> None:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        run, _ = _terminated(home, serial=SAE, terminate_at="result")
    assert run.code == 0 and run.result is not None
    assert run.result["outcome"] == "upgraded" and run.result["error_code"] is None
    assert run.result["new_serial"] in home.shown()
    assert home.pending() == []


def test_sigterm_while_the_confirmation_is_on_its_way_waits_for_its_answer(
    tmp_path: Path, launcher: Launcher
) -> None:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        run, took = _terminated(home, serial=SAE, terminate_at="confirm", slow_ms=1500)
        assert run.code == 0 and run.result is not None
        assert run.result["outcome"] == "upgraded"
        with sandbox.store.reading() as conn:
            issued = conn.execute(
                "SELECT new_serial FROM upgrades WHERE previous_serial = ?", (SAE,)
            ).fetchall()
        assert [r[0] for r in issued] == [run.result["new_serial"]]
        assert took < 10.0  # the answer came after ~1.5 s; the wait is bounded anyway
        # Not seen by the user: the next start shows it (the record was kept).
        assert len(home.pending()) == 1
        sandbox.faults.clear()
        again = home.run(resume="accept")
        assert again.code == 0 and again.result is not None
        assert again.result["new_serial"] == run.result["new_serial"] in home.shown()


def test_sigterm_while_a_file_dialog_is_open_still_ends_the_run(
    tmp_path: Path, launcher: Launcher
) -> None:
    """Hostile pass on a real window: SIGTERM on «¡Listo!» with «Guardar comprobante
    (PDF)…»'s dialog open hid the wizard, but the dialog stayed on screen and the process
    never ended (the dialog's own event loop held the run): an installer would wait for
    an exit code forever."""
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(tmp_path, sandbox.url, launcher)
        run, took = _terminated(home, serial=SAE, terminate_at="pdf_dialog")
    assert run.code == 0 and run.result is not None
    assert run.result["outcome"] == "upgraded"
    assert took < 5.0
