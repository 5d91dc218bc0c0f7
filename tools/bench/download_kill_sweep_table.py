"""Play every download kill-sweep scenario (tests/e2e/test_download_kill_sweep.py) and print
the README table.

    python tools/bench/download_kill_sweep_table.py

One row per scenario: where the process died, how many starts it took until one ended,
the exit codes in order, the installer bytes the portal sent over all of them (the file is
256 KiB), and whether each promise held. Exits 1 if any row failed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.e2e.launcher import Launcher  # noqa: E402
from tests.e2e.test_download_kill_sweep import SCENARIOS, _play, verdict  # noqa: E402


def main() -> int:
    failed = False
    launcher = Launcher()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for scenario in SCENARIOS:
                folder = Path(tmp) / scenario.name
                folder.mkdir()
                played = _play(scenario, folder, launcher)
                checks = verdict(played)
                failed |= not all(checks.values())
                rows.append((scenario, played, checks))
    finally:
        launcher.close()
    columns = list(rows[0][2]) if rows else []
    print("| killed at | starts | exit codes | KiB sent | " + " | ".join(columns) + " |")
    print("|---" * (4 + len(columns)) + "|")
    for scenario, played, checks in rows:
        codes = " ".join("kill" if r.code == -9 else str(r.code) for r in played.home.runs)
        marks = " | ".join("yes" if checks[c] else "**NO**" for c in columns)
        print(f"| {' then '.join(scenario.kills)} | {len(played.home.runs)} | {codes} | "
              f"{played.served // 1024} | {marks} |")  # fmt: skip
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
