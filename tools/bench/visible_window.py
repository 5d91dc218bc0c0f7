"""Start-up to a visible window under X: from spawning the process to its window mapped.

    xvfb-run -a -s "-screen 0 1024x768x24" python tools/bench/visible_window.py [--runs 31]

What a user waits for, not the first paint the offscreen benchmark (startup.py) reports:
this one also counts Qt's X11 connection, the platform plugin and the window's mapping.
Each run spawns a fresh process on the real X server (``QT_QPA_PLATFORM=xcb``), waits for
the server to announce that a top-level window was mapped (``MapNotify`` on the root
window, read with libX11 through ctypes: no extra dependency), then ends the process.
Runs of the app and of the bare five-page QWizard (tools/bench/bare_wizard.py) alternate;
medians are compared. Goal (issue 19): at most 1.2x. Noisy: many runs.
"""

from __future__ import annotations

import argparse
import compileall
import ctypes
import ctypes.util
import os
import select
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the checkout's tests/ helpers

from tests.helpers_child import user_folders  # noqa: E402

MAP_NOTIFY = 19  # X.h
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19


class _X:
    """The root window's substructure events, enough to see a window being mapped."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("X11")
        if name is None:
            raise SystemExit("libX11 not found")
        self.lib = ctypes.CDLL(name)
        self.lib.XOpenDisplay.restype = ctypes.c_void_p
        self.lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.lib.XDefaultRootWindow.restype = ctypes.c_ulong
        self.lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.lib.XPending.argtypes = [ctypes.c_void_p]
        self.lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.lib.XFlush.argtypes = [ctypes.c_void_p]
        self.display = self.lib.XOpenDisplay(None)
        if not self.display:
            raise SystemExit("no X display (run under xvfb-run)")
        root = self.lib.XDefaultRootWindow(self.display)
        self.lib.XSelectInput(self.display, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.lib.XFlush(self.display)
        self.fd = self.lib.XConnectionNumber(self.display)
        self.event = (ctypes.c_long * 24)()

    def drain(self) -> None:
        while self.lib.XPending(self.display):
            self.lib.XNextEvent(self.display, ctypes.byref(self.event))

    def wait_for_map(self, timeout: float) -> float | None:
        """perf_counter() when a window is next mapped, or None after ``timeout`` s."""
        deadline = time.perf_counter() + timeout
        while True:
            while self.lib.XPending(self.display):
                self.lib.XNextEvent(self.display, ctypes.byref(self.event))
                if ctypes.c_int.from_buffer(self.event).value == MAP_NOTIFY:
                    return time.perf_counter()
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self.fd], [], [], left)


def _one(x: _X, cmd: list[str], env: dict[str, str]) -> float:
    x.drain()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mapped = x.wait_for_map(60)
    proc.send_signal(signal.SIGTERM)  # the app closes and reports, as for any SIGTERM
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if mapped is None:
        raise SystemExit(f"{cmd}: no window mapped within 60 s")
    return mapped - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--app-cmd", help="command to time instead of python -m aspel_upgrade")
    parser.add_argument("--bare-cmd", help="command to time instead of bare_wizard.py")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="aspel-bench-")
    env = dict(os.environ)
    env.pop("ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT", None)
    env.update(
        QT_QPA_PLATFORM="xcb",
    )
    env.update(user_folders(Path(home)))  # the child's settings and state: a fresh user
    import aspel_upgrade  # compiled once, as an installed app is (see startup.py)

    compileall.compile_dir(Path(aspel_upgrade.__file__).parent, quiet=1)
    app = [sys.executable, "-m", "aspel_upgrade", "--portal-url", "http://127.0.0.1:9"]
    bare = [sys.executable, str(HERE / "bare_wizard.py")]
    if args.app_cmd:
        app = [*shlex.split(args.app_cmd), "--portal-url", "http://127.0.0.1:9"]
    if args.bare_cmd:
        bare = shlex.split(args.bare_cmd)
    x = _X()
    _one(x, app, env), _one(x, bare, env)  # warm the disk cache
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for i in range(args.runs):
        order = [("app", app), ("bare", bare)] if i % 2 == 0 else [("bare", bare), ("app", app)]
        for name, cmd in order:
            times[name].append(_one(x, cmd, env))
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    a, b = statistics.median(times["app"]), statistics.median(times["bare"])
    print(f"runs {args.runs} each, alternating; load {load}")
    print(f"app  median {a * 1000:.0f} ms (min {min(times['app']) * 1000:.0f})")
    print(f"bare median {b * 1000:.0f} ms (min {min(times['bare']) * 1000:.0f})")
    print(f"ratio {a / b:.3f}x (goal <= 1.2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
