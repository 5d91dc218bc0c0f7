"""The baseline for the benchmarks: a bare PySide6 QWizard with five simple pages.

Prints the wall-clock time of its first paint and quits, like the app does when
ASPEL_UPGRADE_EXIT_AFTER_FIRST_PAINT is set.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWizard, QWizardPage


def peak_rss_kib() -> int | None:
    """As aspel_upgrade/ui/paint_probe.py reads it (not imported: the baseline has no app)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            print(f"first-paint-at {time.time():.6f}", flush=True)
            peak = peak_rss_kib()
            if peak is not None:
                print(f"first-paint-peak-kib {peak}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def build() -> QWizard:
    wizard = QWizard()
    for i in range(5):
        page = QWizardPage()
        page.setTitle(f"Page {i + 1}")
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"This is page {i + 1}."))
        layout.addWidget(QLineEdit())
        wizard.addPage(page)
    return wizard


def main() -> int:
    app = QApplication(sys.argv[:1])
    wizard = build()
    probe = _FirstPaint()
    wizard.installEventFilter(probe)
    wizard.show()
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
