"""«Diagnóstico»: what help-desk needs, copyable, and the support bundle export."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6 import __version__ as pyside
from PySide6.QtCore import qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..flow.readiness import Readiness, check_systems
from ..flow.wording import diagnostics as words
from ..flow.wording.common import copy_button
from ..host.installed import InstalledSystem
from ..portal.requirements import LATEST
from ..support.bundle import write_support_bundle
from ..support.diagnostics import Diagnosis, run_diagnostics
from .context import UiContext
from .tasks import Task
from .widgets import BusyRow, InlineMessage, copy_to_clipboard


class DiagnosticsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.report_text = ""
        self.labels: dict[str, str] = {}
        self.ask_bundle_path = self._ask_bundle_path
        self.setWindowTitle(words.title())
        self.resize(600, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(words.report_name())
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        self.busy = BusyRow(self)
        self.message = InlineMessage(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.again = QPushButton(words.again_button(), self)
        self.copy = QPushButton(copy_button(), self)
        self.export = QPushButton(words.export_button(), self)
        self.close_button = QPushButton(words.close_button(), self)
        for button in (self.again, self.copy, self.export):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.again.clicked.connect(self.run)
        self.copy.clicked.connect(lambda: copy_to_clipboard(self.report_text))
        self.export.clicked.connect(self.export_bundle)
        self.close_button.clicked.connect(self.accept)

    def run(self) -> None:
        if self.task is not None and self.task.running:
            return
        ctx = self.ctx

        qt = f"{qVersion()} (PySide6 {pyside})"
        log_dir = ctx.paths.log_dir if ctx.paths else None
        labels = words.labels()  # on the GUI thread, in the wizard's language

        flow = ctx.flow
        downloads = str(ctx.paths.downloads) if ctx.paths else ""
        today = flow.today()

        def readiness(found: Sequence[InstalledSystem]) -> list[Readiness]:
            """The checks of --check, for the systems found (also in the support bundle)."""
            return check_systems(
                ctx.this_pc(), found, named=None, download_dir=downloads, today=today,
                requirements_for=lambda system: flow.fetch_requirements(system, LATEST),
            )  # fmt: skip

        def call() -> Diagnosis:
            return run_diagnostics(
                ctx.portal_url, proxy=ctx.proxy, ca_bundle=ctx.ca_bundle, log_dir=log_dir,
                qt_version=qt, find_installed=ctx.find_installed, readiness=readiness,
            )  # fmt: skip

        self.labels = labels

        self.busy.start(words.checking())
        for button in (self.again, self.copy, self.export):
            button.setEnabled(False)
        self.task = ctx.tasks.run(call, self._done, self._failed)

    def _done(self, diagnosis: Diagnosis) -> None:
        text = diagnosis.text(self.labels)  # worded here, on the GUI thread
        self.report_text = text
        self.text.setPlainText(text)
        self._idle()

    def _failed(self, error: BaseException) -> None:
        self.report_text = f"{type(error).__name__}: {error}"
        self.text.setPlainText(self.report_text)
        self._idle()

    def _idle(self) -> None:
        self.busy.stop()
        for button in (self.again, self.copy, self.export):
            button.setEnabled(True)

    def _ask_bundle_path(self, suggested: str) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, words.export_title(), suggested, words.zip_filter()
        )
        return path

    def export_bundle(self) -> None:
        if self.ctx.paths is None:
            return

        suggested = str(Path.home() / words.bundle_name(f"{datetime.now():%Y%m%d-%H%M}"))
        chosen = self.ask_bundle_path(suggested)
        if not chosen:
            return

        try:
            written = write_support_bundle(Path(chosen), self.ctx.paths, self.report_text)
        except OSError as exc:
            self.message.show_message("error", words.bundle_not_saved(exc.strerror or str(exc)))
            return
        self.bundle_path = written
        self.message.show_message("success", words.bundle_saved(str(written)))

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
