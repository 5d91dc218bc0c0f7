"""Start-up to first paint of two frozen programs on Windows, alternating (prove.sh's
window stage: the frozen app against the bare frozen QWizard, on the real window).

    python tests/windows/first_paint.py APP_EXE BARE_EXE [--runs 7]

Each run is timed from the process's creation, as Windows records it (GetProcessTimes),
to the first paint it prints (``first-paint-at``, see ui/paint_probe.py and
tools/bench/bare_wizard.py): what the user waits for after double-clicking, loading the
exe and its DLLs included, but not the time it takes to start this script or Wine's own
``wine`` command. The app runs with ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT and user
folders of its own. One run of each first, not counted, warms the file cache.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import statistics
import subprocess
import sys
import tempfile
from ctypes import wintypes

EPOCH_AS_FILETIME = 116_444_736_000_000_000  # 1970-01-01 in 100 ns units since 1601


def _created_at(handle: int) -> float:
    """The process's creation time, in seconds since 1970 (time.time()'s clock)."""
    times = [wintypes.FILETIME() for _ in range(4)]
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE, *[ctypes.POINTER(wintypes.FILETIME)] * 4]
    if not kernel32.GetProcessTimes(handle, *[ctypes.byref(t) for t in times]):
        raise OSError(ctypes.get_last_error(), "GetProcessTimes")
    ticks = (times[0].dwHighDateTime << 32) | times[0].dwLowDateTime
    return (ticks - EPOCH_AS_FILETIME) / 1e7


def one(command: list[str], env: dict[str, str]) -> float:
    proc = subprocess.Popen(
        command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    started = _created_at(int(proc._handle))  # type: ignore[attr-defined]
    out, _ = proc.communicate(timeout=120)
    for line in out.splitlines():
        if line.startswith("first-paint-at "):
            return float(line.split()[1]) - started
    raise SystemExit(f"first_paint: {command[0]} printed no first paint:\n{out[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("bare")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if sys.platform != "win32":
        raise SystemExit("first_paint: Windows only")
    home = tempfile.mkdtemp(prefix="first-paint-")
    env = {**os.environ, "ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT": "1",
           "WIN_PD_OVERRIDE_LOCAL_APPDATA": os.path.join(home, "AppData", "Local")}  # fmt: skip
    app = [args.app, "--portal-url", "http://127.0.0.1:9"]
    bare = [args.bare]
    one(app, env), one(bare, env)  # warm the file cache; not counted
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for _ in range(args.runs):
        times["app"].append(one(app, env))
        times["bare"].append(one(bare, env))
    med = {name: statistics.median(runs) for name, runs in times.items()}
    low = {name: min(runs) for name, runs in times.items()}
    for name, runs in times.items():
        print(f"{name}: " + " ".join(f"{t:.3f}" for t in runs))
    print(
        f"first-paint app {med['app']:.3f} {low['app']:.3f} bare {med['bare']:.3f} "
        f"{low['bare']:.3f} ratio {med['app'] / med['bare']:.2f} {low['app'] / low['bare']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
