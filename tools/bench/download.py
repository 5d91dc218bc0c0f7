"""Download benchmark: the real wizard fetching a 512 MiB installer from the sandbox.

    python tools/bench/download.py [--mib 512] [--runs 3]

The sandbox runs in its own process on loopback and serves an installer of the given
size. The real wizard (offscreen) is driven from login to «Verificado» through its own
buttons; each download is measured from the click on «Descargar e instalar…» until the
file is verified (read back and hashed, then renamed), then deleted and fetched
again. ``curl -o`` fetches the same URL after each of the app's downloads, in the same
run, as the baseline; the best of each is compared. Also measured: the app's peak RSS
growth during the downloads (Linux: VmHWM reset through /proc/self/clear_refs) and the
largest gap of a 10 ms GUI heartbeat. Goals: >= 0.9x curl, <= 30 MiB, <= 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ.get("BENCH_SWITCH"):
    sys.setswitchinterval(float(os.environ["BENCH_SWITCH"]))

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

from responsiveness import Heartbeat, forward, pump_until  # noqa: E402
from sandbox_child import start_sandbox  # noqa: E402

MIB = 1024 * 1024


def _status(field: str) -> int:
    """A memory figure of this process from /proc (kB -> bytes)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(field)


def reset_peak_rss() -> int:
    """Start counting the peak again from now; returns the RSS now."""
    Path("/proc/self/clear_refs").write_text("5")
    return _status("VmRSS")


def curl(url: str, target: Path) -> float:
    os.sync()  # every transfer starts with no dirty pages left by the one before
    out = subprocess.run(
        ["curl", "-sS", "--noproxy", "*", "-o", str(target), "-w", "%{time_total}", url],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    seconds = float(out.stdout.strip())
    target.unlink()
    return seconds


def wait_in_event_loop(
    condition: Callable[[], bool], signal: SignalInstance, timeout: float = 600
) -> None:
    """Run Qt's event loop (as app.exec() would) until ``condition``, checked when
    ``signal`` fires (the end is timed when it happens, not at the next poll); no busy
    polling, which would hold the GIL and the CPU the download needs."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    end = time.monotonic() + timeout

    def check() -> None:
        if condition() or time.monotonic() > end:
            loop.quit()

    signal.connect(check)
    watchdog = QTimer()
    watchdog.setInterval(1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    loop.exec()
    watchdog.stop()
    signal.disconnect(check)


def fetch_only(url: str, target: Path) -> float:
    """The app's HTTP path alone (portal/download.py into a file, no hash): the breakdown."""
    from aspel_upgrade.portal.download import InstallerFetcher

    class FileSink:
        def __init__(self) -> None:
            self.file = open(target, "wb")  # noqa: SIM115

        def restart(self) -> None:
            pass

        def write(self, data: bytes) -> None:
            self.file.write(data)

    os.sync()
    sink = FileSink()
    started = time.monotonic()
    InstallerFetcher().fetch(url, sink)
    sink.file.close()
    seconds = time.monotonic() - started
    target.unlink()
    return seconds


def run_app(
    app: QApplication, url: str, home: Path, runs: int, between: Callable[[str], None]
) -> tuple[list[float], int, int]:
    """Seconds from the click to «Verificado» per run, peak RSS growth, largest gap.

    ``between(url)`` runs after each download (curl, so the two alternate).
    """
    from aspel_upgrade.flow.state import DownloadPhase
    from aspel_upgrade.flow.steps import Step
    from aspel_upgrade.host.paths import AppPaths
    from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
    from aspel_upgrade.ui.app import GuiOptions, build_wizard
    from aspel_upgrade.ui.tasks import TaskRunner

    paths = AppPaths(home / "config", home / "state", home / "log", None, home / "Descargas")
    tasks = TaskRunner()
    wizard = build_wizard(GuiOptions(portal_url=url, paths=paths), tasks)
    wizard.show()
    pump_until(app, lambda: wizard.painted)
    login = wizard.page_for(Step.LOGIN)
    login.username.setText("demo")
    login.password.setText(DEMO_PASSWORD)
    forward(wizard)
    pump_until(app, lambda: wizard.currentId() == int(Step.SUBSCRIPTIONS))
    subs = wizard.page_for(Step.SUBSCRIPTIONS)
    rows = range(subs.model.rowCount())
    subs.table.selectRow(next(i for i in rows if subs.model.subscription(i).serial == "SKSNWR"))
    forward(wizard)
    terms = wizard.page_for(Step.TERMS)
    pump_until(app, terms.accept_box.isEnabled)
    terms.accept_box.setChecked(True)
    forward(wizard)
    ready = wizard.page_for(Step.READY)  # «¿Está listo este equipo?»: its look, then on
    pump_until(app, lambda: wizard.currentId() == int(Step.READY) and ready.isComplete())
    forward(wizard)
    confirm = wizard.page_for(Step.CONFIRM)
    pump_until(app, lambda: wizard.currentId() == int(Step.CONFIRM) and not confirm.busy)
    forward(wizard)
    pump_until(app, lambda: wizard.currentId() == int(Step.RESULT), timeout=60)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    page = wizard.page_for(Step.DOWNLOAD)

    times, growths, gaps = [], [], []
    for _ in range(runs):
        os.sync()
        beat = Heartbeat()
        base_rss = reset_peak_rss()
        beat.start()
        started = time.monotonic()
        wizard.page_for(Step.RESULT).download_here.click()
        wait_in_event_loop(
            lambda: page.phase in (DownloadPhase.VERIFIED, DownloadPhase.FAILED),
            page.completeChanged,
        )
        times.append(time.monotonic() - started)
        gaps.append(beat.stop())
        growths.append(_status("VmHWM") - base_rss)
        if page.phase is not DownloadPhase.VERIFIED:
            raise SystemExit(f"download failed: {page.message.text()}")
        assert receipt.download is not None
        (home / "Descargas" / receipt.download.file_name).unlink()
        between(receipt.download.url)
        wizard.back()
        pump_until(app, lambda: wizard.currentId() == int(Step.RESULT))
    wizard.close()
    if wizard.close_prompt is not None:  # «¿Cerrar el asistente?» with the serial on screen
        wizard.close_prompt.accept()
    tasks.wait(5000)
    return times, max(growths), max(gaps)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=512)
    parser.add_argument("--runs", type=int, default=3, help="app and curl alternate")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from aspel_upgrade.ui.app import install_translations

    install_translations(app)
    proc, url = start_sandbox("--installer-mb", str(args.mib))
    curls: list[float] = []
    bare: list[float] = []
    try:
        with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
            home = Path(tmp)
            # Warm up: the first large write after a delete is slower on this disk.
            (home / "warm.bin").write_bytes(b"\0" * (args.mib * MIB))
            (home / "warm.bin").unlink()

            def between(file_url: str) -> None:
                curls.append(curl(file_url, home / "curl.bin"))
                bare.append(fetch_only(file_url, home / "bare.bin"))

            times, growth, worst = run_app(app, url, home, args.runs, between)
    finally:
        proc.terminate()
        proc.wait(10)
    size = args.mib * MIB
    best_curl, seconds = min(curls), min(times)
    print(f"installer               : {args.mib} MiB from the sandbox on loopback")
    print("app (click -> verified) : " + ", ".join(f"{t:.2f} s" for t in times)
          + f" (best {size / MIB / seconds:.0f} MiB/s)")  # fmt: skip
    print("curl -o, same URL       : " + ", ".join(f"{c:.2f} s" for c in curls)
          + f" (best {size / MIB / best_curl:.0f} MiB/s)")  # fmt: skip
    print("breakdown: HTTP only    : " + ", ".join(f"{b:.2f} s" for b in bare)
          + " (the app's fetch into a file, no hash, no GUI)")  # fmt: skip
    ratio = best_curl / seconds
    middle = statistics.median(curls) / statistics.median(times)
    print(f"throughput vs curl      : {ratio:.2f}x best vs best, {middle:.2f}x median vs median"
          "  (goal >= 0.9x)")  # fmt: skip
    print(f"peak RSS growth         : {growth / MIB:.1f} MiB  (goal <= 30 MiB)")
    print(f"largest event-loop gap  : {worst} ms  (goal <= 50 ms)")
    return 0 if ratio >= 0.9 and growth <= 30 * MIB and worst <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
