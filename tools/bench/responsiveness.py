"""Responsiveness benchmark: the largest gap in the GUI event loop during a whole upgrade.

    python tools/bench/responsiveness.py [--latency-ms 1000]

The sandbox portal runs in its own process and adds the given latency to every call.
The real wizard (offscreen) is driven through its own buttons from login to the result
page, while a 10 ms QTimer heartbeat records the largest gap between its ticks. The
same heartbeat runs over a bare five-page QWizard clicked through in the same run, as
the baseline. Goal: no gap over 50 ms.

On the way, «¿Está listo este equipo?» looks at this PC with SAE 7.0's data in a folder of
``--data-files`` files (50,000 by default; in memory where there is /dev/shm), as its page
does: every probe on workers, the folder walked once. The largest gap while that look runs
is printed on its own line too (issue 20: goal <= 50 ms).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWizard

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sandbox_child import start_sandbox  # noqa: E402


class Heartbeat:
    """A 10 ms timer that remembers the longest time between two of its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst = 0
        self.ticks = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        if now - self.last > 30 and os.environ.get("BENCH_VERBOSE"):
            print(f"  gap {now - self.last} ms ending at {now} ms", file=sys.stderr)
        self.worst = max(self.worst, now - self.last)
        self.last = now
        self.ticks += 1

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def pump_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for the wizard")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def settle(app: QApplication, ms: int = 20) -> None:
    """Let the loop run a moment before the robot acts, as a person's click always does.

    Without it, the robot's select-and-click ran in the same stretch as the page switch it
    had just seen (no click can come within the frame that shows the page), and the two
    were timed as one gap.
    """
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def forward(wizard: QWizard) -> None:
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
        button = wizard.button(which)
        if button.isVisible():
            button.click()
            return


def run_app(
    app: QApplication, url: str, home: Path, data: Path | None = None
) -> tuple[int, float, int]:
    """The wizard as the app builds it (build_wizard), on throw-away folders; ``data``: SAE
    7.0's data folder on this PC (else the PC as it is)."""
    from aspel_upgrade.flow.steps import Step
    from aspel_upgrade.host.installed import DataFolder, InstalledSystem
    from aspel_upgrade.host.paths import AppPaths
    from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
    from aspel_upgrade.ui.app import GuiOptions, build_wizard
    from aspel_upgrade.ui.tasks import TaskRunner

    paths = AppPaths(home / "config", home / "state", home / "log")
    tasks = TaskRunner()
    beat = Heartbeat()
    wizard = build_wizard(GuiOptions(portal_url=url, paths=paths), tasks)
    ctx = wizard.ctx
    here = (InstalledSystem("SAE", "7.0", None, (DataFolder(str(data), 1),)),) if data else ()
    wizard.show()
    # From the first paint on (start-up itself is tools/bench/startup.py's figure): the
    # work scheduled after the paint (later pages, preloading requests) is included.
    pump_until(app, lambda: wizard.painted)
    started = time.monotonic()
    beat.start()
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.password.setText(DEMO_PASSWORD)
    forward(wizard)
    pump_until(app, lambda: wizard.currentId() == int(Step.SUBSCRIPTIONS))
    settle(app)
    subs = wizard.page_for(Step.SUBSCRIPTIONS)
    rows = range(subs.model.rowCount())
    subs.table.selectRow(next(i for i in rows if subs.model.subscription(i).serial == "SKSNWR"))
    settle(app)
    forward(wizard)
    terms = wizard.page_for(Step.TERMS)
    pump_until(app, terms.accept_box.isEnabled)
    settle(app)
    terms.accept_box.setChecked(True)
    settle(app)
    before, beat.worst = beat.worst, 0  # the look at this PC, measured on its own too
    if here:  # found from now on (found at start, SAE would be chosen and the table skipped)
        ctx.find_installed = lambda: here
    forward(wizard)
    ready = wizard.page_for(Step.READY)
    pump_until(app, lambda: wizard.currentId() == int(Step.READY) and ready.isComplete())
    settle(app)
    looking, beat.worst = beat.worst, max(before, beat.worst)
    forward(wizard)
    confirm = wizard.page_for(Step.CONFIRM)
    pump_until(app, lambda: wizard.currentId() == int(Step.CONFIRM) and not confirm.busy)
    settle(app)
    forward(wizard)
    pump_until(app, lambda: wizard.currentId() == int(Step.RESULT))
    elapsed = time.monotonic() - started
    worst = beat.stop()
    wizard.close()
    if wizard.close_prompt is not None:  # «¿Cerrar el asistente?» with the serial on screen
        wizard.close_prompt.accept()
    ctx.tasks.wait(5000)
    return worst, elapsed, looking


def run_bare(app: QApplication) -> int:
    sys.path.insert(0, str(HERE))
    from bare_wizard import build

    beat = Heartbeat()
    beat.start()
    wizard = build()
    wizard.show()
    for _ in range(4):
        end = time.monotonic() + 0.2
        while time.monotonic() < end:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        wizard.next()
    worst = beat.stop()
    wizard.close()
    return worst


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency-ms", type=int, default=1000)
    parser.add_argument("--data-files", type=int, default=50_000)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from aspel_upgrade.ui.app import install_translations

    install_translations(app)
    bare = run_bare(app)
    proc, url = start_sandbox("--latency-ms", str(args.latency_ms))
    try:
        memory = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
        with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory(dir=memory) as tree:
            data = None
            if args.data_files:
                sys.path.insert(0, str(HERE))
                from readiness import build

                data = Path(tree) / "SAE7.00"
                build(data, args.data_files)
            worst, elapsed, looking = run_app(app, url, Path(home), data)
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"portal latency per call : {args.latency_ms} ms")
    print(f"whole flow took         : {elapsed:.1f} s")
    print(f"largest event-loop gap  : {worst} ms  (goal <= 50 ms)")
    print(f"  while looking at the PC: {looking} ms  ({args.data_files} files in the data folder)")
    print(f"bare QWizard, same run  : {bare} ms")
    return 0 if worst <= 50 and looking <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
