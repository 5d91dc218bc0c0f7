"""A probe for the start-up benchmark and the frozen-build smoke test, loaded only if asked.

With ``ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT=1`` (see ui/app.py) the wizard's first paint
is reported (when, and whether modules meant for after it were already loaded), then the
run ends. It watches from outside the product classes: an event filter on the wizard, as
the bare baseline (tools/bench/bare_wizard.py) has. Not on the application: that would
route every event of every object through Python before the paint, and time the probe,
not the app.

The run ends once start-up has settled (every page built, no worker busy), not at the
paint itself: what is timed is printed at the paint, and ending then, with the warm-up
importing on a worker, hung Wine's process exit in 3 runs of about 400 (README, "Windows
proof"). It also means the later pages are built in every probed run.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

# Imported only after the first paint: the heavy ones, dataclasses (ui/app.py), the
# catalogue beyond the first page's own words (its errors and its largest area), and the
# look at this PC (its rules, its words and the probes: the page is a later one).
AFTER_PAINT = (
    "requests", "keyring", "urllib3", "dataclasses",
    "aspel_upgrade.flow.wording.errors", "aspel_upgrade.flow.wording.download",
    "aspel_upgrade.flow.readiness", "aspel_upgrade.flow.wording.readiness",
    "aspel_upgrade.host.probes",
)  # fmt: skip
SETTLE_POLL_MS = 20
SETTLE_LIMIT_MS = 20_000  # a probed run ends even if a worker never finishes


class FirstPaintProbe(QObject):
    def __init__(self, dialog: QDialog, settled: Callable[[], bool] = lambda: True) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._settled = settled
        self._waited_ms = 0
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._dialog and event.type() == QEvent.Type.Paint:
            at, loaded = time.time(), {name: name in sys.modules for name in AFTER_PAINT}
            self._dialog.removeEventFilter(self)
            print("first-paint " + " ".join(f"{k}={v}" for k, v in loaded.items()), flush=True)
            print(f"first-paint-at {at:.6f}", flush=True)
            print(f"first-paint-cpu-ms {time.process_time() * 1000:.1f}", flush=True)
            peak = peak_rss_kib()
            if peak is not None:
                print(f"first-paint-peak-kib {peak}", flush=True)
            QTimer.singleShot(0, self._end_when_settled)
        return False

    def _end_when_settled(self) -> None:
        settled = self._settled()
        if settled or self._waited_ms >= SETTLE_LIMIT_MS:
            print(f"settled={settled} after-paint-ms={self._waited_ms}", flush=True)
            self._dialog.reject()
            return
        self._waited_ms += SETTLE_POLL_MS
        QTimer.singleShot(SETTLE_POLL_MS, self._end_when_settled)


def peak_rss_kib() -> int | None:
    """The process's peak resident memory so far (Linux's VmHWM), or None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None
