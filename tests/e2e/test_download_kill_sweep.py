"""Kill sweep of the installer download (issue 18): the real app with ``--download``, in
its own process, killed (driver.kill(): SIGKILL, or TerminateProcess on Windows) at each
point of a rate-limited download, then started again with the same command line until a run ends.

Every scenario must end with the published installer under its final name; no result
file may call verified a file whose bytes are not the published ones (checked right after
each run, against the file on disk then); another upgrade's partial file and an unknown
leftover in the same folder are never touched; every finished run's exit code is its
result file's.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from aspel_upgrade.flow.download import InstallerDownload, ResumeStore, Status
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.portal.download import InstallerFetcher
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from tests.e2e.download_kills import DOWNLOAD_KILL_POINTS
from tests.e2e.driver import KILLED
from tests.e2e.launcher import ROOT, Launcher
from tests.helpers import bytes_served
from tests.helpers_child import user_folders
from tests.helpers_sandbox import TEST_INSTALLER_SIZE, installer_of, sandbox_config

SIZE = TEST_INSTALLER_SIZE
NAME = "Aspel-SAE-8.0-Setup.exe"
LEFTOVER = "Otro-Setup.exe.part"


@dataclass
class Scenario:
    name: str
    kills: list[str]  # where each of the first runs dies, in order


SCENARIOS = [
    *(Scenario(p, [p]) for p in DOWNLOAD_KILL_POINTS),
    Scenario("resumed_then_while_rehashing", ["mid_body", "while_rehashing"]),
    Scenario("mid_body_twice", ["mid_body", "mid_body"]),
]


@dataclass
class Run:
    code: int
    result: dict[str, object] | None
    verified_claim_true: bool | None  # a claim of «verified»: did the file match then?


@dataclass
class Home:
    """One user's PC with the app's folders, its Downloads folder and the runs so far."""

    root: Path
    url: str
    launcher: Launcher
    runs: list[Run] = field(default_factory=list)

    @property
    def downloads(self) -> Path:
        return self.root / "Descargas"

    @property
    def state_dir(self) -> Path:
        return self.root / "home" / "state" / "aspel-upgrade"

    def run(self, kill_at: str | None) -> Run:
        n = len(self.runs)
        result = self.root / f"result-{n}.json"
        plan = {
            "argv": ["--portal-url", self.url, "--user", "demo", "--system", "SAE",
                     "--serial", "SKSNWR", "--download", "--download-dir",
                     str(self.downloads), "--result-file", str(result)],
            "user": "demo", "password": DEMO_PASSWORD, "serial": "SKSNWR", "resume": None,
            "download": True, "kill_at": kill_at, "shown_file": str(self.root / "shown.txt"),
            "events_file": str(self.root / "events.txt"),
        }  # fmt: skip
        plan_file = self.root / f"plan-{n}.json"
        plan_file.write_text(json.dumps(plan), encoding="utf-8")
        env = {**os.environ, **user_folders(self.root / "home"), "QT_QPA_PLATFORM": "offscreen",
               "PYTHONPATH": str(ROOT)}  # fmt: skip
        proc = self.launcher.run(plan_file, env, timeout=60)
        data = json.loads(result.read_text("utf-8")) if result.exists() else None
        claim = None
        if data and data.get("installer_verified"):
            path = Path(str(data["installer_path"]))
            claim = path.is_file() and _sha256(path) == data["installer_sha256"]
        outcome = Run(proc.code, data, claim)
        self.runs.append(outcome)
        assert proc.code in (0, 2, KILLED), proc.stderr[-3000:]
        return outcome


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _others_partial_file(home: Home) -> Path:
    """COI's download, paused half-way in the same folders (another upgrade's part)."""
    client = PortalClient(home.url)
    client.login("demo", DEMO_PASSWORD)
    coi = client.confirm_upgrade("SUB-1002", "2026.2", "barrido-coi-" + "0" * 16)
    part = home.downloads / f"{installer_of(coi).file_name}.part"
    result = InstallerDownload(InstallerFetcher(), home.downloads, ResumeStore(home.state_dir)).run(
        coi.upgrade_id, installer_of(coi),
        should_stop=lambda: part.exists() and part.stat().st_size >= SIZE // 2,
    )  # fmt: skip
    assert result.status is Status.STOPPED
    client.close()
    return part


@dataclass
class Played:
    home: Home
    published: str  # the installer's SHA-256 as the portal describes it at the end
    others_part: Path
    others_bytes: bytes
    leftover_bytes: bytes
    served: int  # installer bytes the portal sent for this upgrade, over all the runs


def _play(scenario: Scenario, root: Path, launcher: Launcher) -> Played:
    with SandboxPortal(config=sandbox_config()) as sandbox:
        sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE * 2))
        home = Home(root, sandbox.url, launcher)
        others = _others_partial_file(home)
        others_bytes = others.read_bytes()
        leftover = home.downloads / LEFTOVER
        leftover.write_bytes(b"de otro programa" * 64)
        # Every request of the app's runs is slowed down: ~0.5 s for the whole file.
        sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE * 2,
                                 count=50))  # fmt: skip
        for kill_at in scenario.kills:
            home.run(kill_at)
        for _ in range(4):  # started again, with the same command line, until one ends
            if home.runs[-1].code != KILLED:
                break
            home.run(None)
        client = PortalClient(sandbox.url)
        client.login("demo", DEMO_PASSWORD)
        upgraded = next(s for s in client.list_subscriptions() if s.serial == "SKSNWR")
        receipt = client.get_receipt(str(upgraded.upgrade.upgrade_id))
        client.close()
        sent = bytes_served(sandbox, receipt.upgrade_id)
        return Played(home, installer_of(receipt).sha256, others, others_bytes,
                      b"de otro programa" * 64, sent)  # fmt: skip


@pytest.fixture(scope="module")
def played(
    tmp_path_factory: pytest.TempPathFactory, launcher: Launcher
) -> Iterator[dict[str, Played]]:
    """Every scenario, two at a time (the runs are CPU-bound on two cores)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {
            s.name: pool.submit(_play, s, tmp_path_factory.mktemp(s.name), launcher)
            for s in SCENARIOS
        }
        yield {name: f.result() for name, f in futures.items()}


def verdict(p: Played) -> dict[str, bool]:
    """The promise, item by item (also the README table's columns)."""
    final = p.home.downloads / NAME
    last = p.home.runs[-1]
    return {
        "published file under its final name": final.is_file() and _sha256(final) == p.published,
        "last run exit 0, verified": last.code == 0 and last.result is not None
        and last.result["installer_verified"] is True
        and last.result["installer_path"] == str(final),
        "no false «verified»": all(r.verified_claim_true is not False for r in p.home.runs),
        "other upgrade's part kept": p.others_part.is_file()
        and p.others_part.read_bytes() == p.others_bytes,
        "unknown leftover kept": (p.home.downloads / LEFTOVER).read_bytes() == p.leftover_bytes,
        "no part of its own left": not (p.home.downloads / f"{NAME}.part").exists(),
        "exit codes as written": all(r.result is not None and r.result["exit_code"] == r.code
                                     for r in p.home.runs if r.code != KILLED),
    }  # fmt: skip


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.name)
def test_killed_anywhere_in_the_download_ends_with_the_published_installer(
    scenario: Scenario, played: dict[str, Played]
) -> None:
    p = played[scenario.name]
    assert p.home.runs[0].code == KILLED  # it really died there
    events = (p.home.root / "events.txt").read_text("utf-8")
    assert f"killed {scenario.kills[0]}" in events
    assert verdict(p) == dict.fromkeys(verdict(p), True), [
        (r.code, r.result and r.result.get("error_code")) for r in p.home.runs
    ]
