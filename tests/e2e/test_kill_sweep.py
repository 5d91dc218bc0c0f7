"""Kill sweep (issue 8): the real app, a real process, killed at each point between the
click on the commit button and the result file (driver.kill(): SIGKILL, or TerminateProcess
on Windows), then started again against the same sandbox until nothing is pending.

Every scenario must end with exactly one serial per confirmed subscription, each shown
to the user (the robot notes what «¡Listo!» showed) and written to a result file, every
run's exit code equal to what its result file says, and no pending record left behind.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.e2e.driver import KILL_POINTS, KILLED
from tests.e2e.launcher import ROOT, Launcher
from tests.helpers_child import user_folders
from tests.helpers_sandbox import sandbox_config
from tests.result_file import read_result_file

SAE, COI = "SKSNWR", "CQ7M4R"  # the demo account's SAE 7.0 and COI 9.0


@dataclass
class Scenario:
    name: str
    runs: list[dict[str, object]]  # the first runs, as the user lived them
    wanted: list[str]  # the serials (subscriptions) the user confirmed


FIRST_RUN_POINTS = KILL_POINTS[:7]
SCENARIOS = [
    *(Scenario(p, [{"serial": SAE, "kill_at": p}], [SAE]) for p in FIRST_RUN_POINTS),
    Scenario(
        "while_a_second_subscription_is_confirmed",
        [
            {"serial": SAE, "kill_at": "after_portal_committed"},
            {"serial": COI, "resume": "later", "kill_at": "after_portal_committed"},
        ],
        [SAE, COI],
    ),
    *(
        Scenario(
            p,
            [
                {"serial": SAE, "kill_at": "after_portal_committed"},
                {"serial": None, "resume": "accept", "kill_at": p},
            ],
            [SAE],
        )
        for p in KILL_POINTS[7:]
    ),
]


@dataclass
class Run:
    code: int
    result: dict[str, object] | None


@dataclass
class Home:
    """One user's PC: folders, the result files and what the robot saw."""

    root: Path
    url: str
    launcher: Launcher
    runs: list[Run] = field(default_factory=list)

    @property
    def pending_dir(self) -> Path:
        if sys.platform == "win32":  # platformdirs: %LOCALAPPDATA%\Aspel\aspel-upgrade
            state = self.root / "home" / "AppData" / "Local" / "Aspel" / "aspel-upgrade"
        else:
            state = self.root / "home" / "state" / "aspel-upgrade"
        return state / "pending-upgrades"

    def pending(self) -> list[dict[str, str]]:
        if not self.pending_dir.is_dir():
            return []
        return [json.loads(p.read_text("utf-8")) for p in self.pending_dir.glob("*.json")]

    def shown(self) -> list[str]:
        shown = self.root / "shown.txt"
        return shown.read_text("utf-8").split() if shown.exists() else []

    def run(self, **plan: object) -> Run:
        n = len(self.runs)
        result = self.root / f"result-{n}.json"
        full = {
            "argv": ["--portal-url", self.url, "--result-file", str(result)],
            "user": "demo", "password": DEMO_PASSWORD, "serial": None, "resume": None,
            "kill_at": None, "shown_file": str(self.root / "shown.txt"),
            "events_file": str(self.root / "events.txt"), **plan,
        }  # fmt: skip
        plan_file = self.root / f"plan-{n}.json"
        plan_file.write_text(json.dumps(full), encoding="utf-8")
        home = self.root / "home"
        env = {**os.environ, **user_folders(home), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(ROOT)}  # fmt: skip
        proc = self.launcher.run(plan_file, env, timeout=60)
        data = read_result_file(result) if result.exists() else None
        outcome = Run(proc.code, data)
        self.runs.append(outcome)
        assert proc.killed or proc.code in (0, 1, 4), proc.stderr[-2000:]
        return outcome


def _serials(sandbox: SandboxPortal) -> dict[str, list[str]]:
    with sandbox.store.reading() as conn:
        rows = conn.execute(
            "SELECT previous_serial, new_serial FROM upgrades WHERE previous_serial != 'FC9T4N'"
        ).fetchall()
    found: dict[str, list[str]] = {}
    for old, new in rows:
        found.setdefault(old, []).append(new)
    return found


def _play(scenario: Scenario, root: Path, launcher: Launcher) -> tuple[Home, dict[str, list[str]]]:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        home = Home(root, sandbox.url, launcher)
        for plan in scenario.runs:
            home.run(**plan)
        for _ in range(6):  # start again, as the user would, until nothing is left
            issued = _serials(sandbox)
            not_seen = [
                s for s in scenario.wanted if not (set(issued.get(s, [])) & set(home.shown()))
            ]
            if not home.pending() and not not_seen:
                break
            if home.pending():
                home.run(resume="accept")
            else:
                home.run(serial=not_seen[0])
        return home, _serials(sandbox)


@pytest.fixture(scope="module")
def played(
    tmp_path_factory: pytest.TempPathFactory, launcher: Launcher
) -> Iterator[dict[str, tuple[Home, dict[str, list[str]]]]]:
    """Every scenario, two at a time (more gain nothing on two cores: the runs are CPU-bound)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            s.name: pool.submit(_play, s, tmp_path_factory.mktemp(s.name), launcher)
            for s in SCENARIOS
        }
        yield {name: f.result() for name, f in futures.items()}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_killed_at_any_point_ends_with_one_serial_shown_and_written(
    scenario: Scenario, played: dict[str, tuple[Home, dict[str, list[str]]]]
) -> None:
    home, issued = played[scenario.name]
    assert home.runs[0].code == KILLED  # it really died there
    assert home.pending() == []
    written = {
        r.result["new_serial"]
        for r in home.runs
        if r.result and r.result["outcome"] in ("upgraded", "already_upgraded")
    }
    for old in scenario.wanted:
        assert len(issued.get(old, [])) == 1, f"{old}: {issued.get(old)}"
        [serial] = issued[old]
        assert serial in home.shown(), f"{serial} never shown"
        assert serial in written, f"{serial} never written to a result file"
    assert set(issued) == set(scenario.wanted)
    for run in home.runs:
        if run.code != KILLED:  # a run that ended reports what it says
            assert run.result is not None and run.result["exit_code"] == run.code
