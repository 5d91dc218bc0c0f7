"""``aspel-upgrade --check`` from start to exit, as a help desk runs it: median of fresh processes.

Usage: ``python tools/bench/check_command.py [--runs 11] [--system SAE]``.
The sandbox portal runs in this process on 127.0.0.1; each run is a new
``python -m aspel_upgrade --check --system SAE --portal-url URL --result-file FILE`` with
its own empty user folders (no settings, no log-in), timed from the spawn to the exit, and
its result file must say ``checked``. Goal (issue 20): median <= 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from aspel_upgrade.sandbox.server import SandboxPortal


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                 "APPDATA", "LOCALAPPDATA"):  # fmt: skip
        env[name] = str(home / name.lower())
    return env


def one(url: str, system: str, folder: Path) -> tuple[float, int]:
    """(seconds from spawn to exit, exit code) for one fresh ``--check`` process."""
    result = folder / "check.json"
    cmd = [sys.executable, "-m", "aspel_upgrade", "--check", "--system", system,
           "--portal-url", url, "--result-file", str(result)]  # fmt: skip
    started = time.perf_counter()
    code = subprocess.run(cmd, env=_env(folder), capture_output=True, check=False).returncode
    took = time.perf_counter() - started
    data = json.loads(result.read_text(encoding="utf-8"))
    assert data["outcome"] == "checked" and data["exit_code"] == code, data
    return took, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--system", default="SAE")
    args = parser.parse_args()
    times: list[float] = []
    with SandboxPortal() as portal, tempfile.TemporaryDirectory() as tmp:
        one(portal.url, args.system, Path(tmp) / "warm")  # the first run fills the OS's caches
        for n in range(args.runs):
            took, code = one(portal.url, args.system, Path(tmp) / f"run{n}")
            times.append(took)
    ms = sorted(round(t * 1000) for t in times)
    median, low, high = statistics.median(ms), ms[0], ms[-1]
    print(f"--check start to exit, {args.runs} runs: median {median} ms, min {low} ms, "
          f"max {high} ms (exit {code}; goal <= 1500 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
