"""Start-up benchmark: time and peak memory to the first painted page, against a bare QWizard.

    python tools/bench/startup.py [--runs 9]

Each run starts a fresh process (offscreen), which reports the wall-clock time of its
first paint and its peak RSS up to then (Linux's VmHWM; elsewhere the child's max RSS from
os.wait4), then exits. Runs of the app and of the bare five-page QWizard
(tools/bench/bare_wizard.py) alternate; medians are compared. Goals (issue 9): at most
1.15x in time and 1.1x in memory.

To compare two versions of the app, time the old one as the baseline, started from its
own checkout (``python -m`` puts the current folder first on ``sys.path``, ahead of
``PYTHONPATH`` and of an editable install)::

    python tools/bench/startup.py --app-cmd "python -m aspel_upgrade" \
        --bare-cmd "env -C ../old python -m aspel_upgrade --portal-url http://127.0.0.1:9"
"""

from __future__ import annotations

import argparse
import compileall
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the checkout's tests/ helpers

from tests.helpers_child import user_folders  # noqa: E402


def _one(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to first paint, peak RSS in MiB) for one fresh process."""
    started = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    painted = peak = None
    for line in out.splitlines():
        if line.startswith("first-paint-at "):
            painted = float(line.split()[1])
        elif line.startswith("first-paint-peak-kib "):
            peak = int(line.split()[1])  # the peak up to the paint, as the time is
    if painted is None:
        raise SystemExit(f"{cmd} did not report its first paint:\n{out}")
    if peak is None:  # no /proc: the whole life's peak (ru_maxrss is KiB on Linux)
        peak = usage.ru_maxrss
    return painted - started, peak / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--app-cmd", help="command to time instead of python -m aspel_upgrade")
    parser.add_argument("--bare-cmd", help="command to time instead of bare_wizard.py")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="aspel-bench-")
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT="1",
    )
    env.update(user_folders(Path(home)))  # the child's settings and state: a fresh user
    # An installed app has its bytecode compiled (pip and PyInstaller both do it); this
    # machine sets PYTHONDONTWRITEBYTECODE, so compile once here rather than every run.
    import aspel_upgrade

    compileall.compile_dir(Path(aspel_upgrade.__file__).parent, quiet=1)
    app = [sys.executable, "-m", "aspel_upgrade", "--portal-url", "http://127.0.0.1:9"]
    bare = [sys.executable, str(HERE / "bare_wizard.py")]
    if args.app_cmd:  # e.g. the frozen build (packaging/smoke.sh)
        app = [*shlex.split(args.app_cmd), "--portal-url", "http://127.0.0.1:9"]
    if args.bare_cmd:
        bare = shlex.split(args.bare_cmd)
    for cmd in (app, bare):  # warm the file cache once; not counted
        _one(cmd, env)
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(args.runs):
        results["app"].append(_one(app, env))
        results["bare"].append(_one(bare, env))
    med = {
        name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
        for name, runs in results.items()
    }
    t_ratio = med["app"][0] / med["bare"][0]
    m_ratio = med["app"][1] / med["bare"][1]
    print(f"runs: {args.runs} each, median")
    print(f"bare QWizard : {med['bare'][0] * 1000:7.0f} ms  {med['bare'][1]:6.1f} MiB peak RSS")
    print(f"aspel-upgrade: {med['app'][0] * 1000:7.0f} ms  {med['app'][1]:6.1f} MiB peak RSS")
    print(
        f"ratio        : {t_ratio:7.3f} x time  {m_ratio:6.3f} x memory"
        "  (goals <= 1.15 x time, <= 1.10 x memory)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
