"""Play every kill-sweep scenario (tests/e2e/test_kill_sweep.py) and print the README table.

    python tools/bench/kill_sweep_table.py

One row per scenario: where the process died, how many starts it took until nothing was
pending, the exit codes in order, and whether the promise held (one serial per confirmed
subscription, shown and written, no record left). Exits 1 if any row failed.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.e2e.driver import KILLED  # noqa: E402
from tests.e2e.launcher import Launcher  # noqa: E402
from tests.e2e.test_kill_sweep import SCENARIOS, _play  # noqa: E402


def main() -> int:
    failed = False
    print("| killed at | starts | exit codes | serials issued | shown and written | pending left |")
    print("|---|---|---|---|---|---|")
    launcher = Launcher()  # the sweep's fork server, as the tests start it
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in SCENARIOS:
            folder = Path(tmp) / scenario.name
            folder.mkdir()
            try:
                home, issued = _play(scenario, folder, launcher)
            except BaseException:
                launcher.close()
                raise
            written = {r.result["new_serial"] for r in home.runs if r.result}
            serials = [s for old in scenario.wanted for s in issued.get(old, [])]
            ok_count = all(len(issued.get(old, [])) == 1 for old in scenario.wanted)
            seen = all(s in home.shown() and s in written for s in serials)
            ok = ok_count and seen and not home.pending()
            failed |= not ok
            codes = " ".join("kill" if r.code == KILLED else str(r.code) for r in home.runs)
            print(f"| {scenario.name} | {len(home.runs)} | {codes} | "
                  f"{len(serials)} for {len(scenario.wanted)} | {'yes' if seen else 'NO'} | "
                  f"{len(home.pending())} |")  # fmt: skip
    launcher.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
