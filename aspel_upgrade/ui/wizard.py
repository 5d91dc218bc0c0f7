"""The upgrade wizard: six pages over one UpgradeFlow; navigation comes from flow.steps."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from ..flow.steps import Step, next_step
from .context import UiContext
from .pages.base import FlowPage
from .pages.login import LoginPage

if TYPE_CHECKING:  # QMessageBox and the later pages are imported after the first paint
    from PySide6.QtWidgets import QMessageBox

    from ..flow.pending import PendingUpgrade
    from .diagnostics_dialog import DiagnosticsDialog

log = logging.getLogger("aspel_upgrade.ui")

PAGE_BUILD_SPACING_MS = 5


class UpgradeWizard(QWizard):
    pages_ready = Signal()  # every page is built (after the first paint, one per turn)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.painted = False
        self.painted_at = 0.0
        self.modules_at_paint: frozenset[str] = frozenset()
        self._after_paint: list[Callable[[], None]] = []
        self.installEventFilter(self)
        self.setWindowTitle(self.tr("Actualizar número de serie de Aspel"))
        options = QWizard.WizardOption
        self.setOptions(
            self.options()
            | options.NoBackButtonOnStartPage
            | options.NoCancelButtonOnLastPage
            | options.HaveCustomButton1
        )
        # «Diagnóstico» on every page, at the left, for help-desk.
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Diagnóstico"))
        buttons = QWizard.WizardButton
        self.setButtonLayout([
            buttons.CustomButton1, buttons.Stretch, buttons.BackButton, buttons.NextButton,
            buttons.CommitButton, buttons.FinishButton, buttons.CancelButton,
        ])  # fmt: skip
        self.customButtonClicked.connect(lambda _which: self.show_diagnostics())
        self.diagnostics: DiagnosticsDialog | None = None
        self.resume_prompt: QMessageBox | None = None
        # Only the first page is built before the window is painted; the others (and
        # their imports) follow right after, behind placeholders so navigation is intact.
        self.pages: dict[Step, FlowPage] = {Step.LOGIN: LoginPage(ctx, self)}
        self.setPage(int(Step.LOGIN), self.pages[Step.LOGIN])
        for step in list(Step)[1:]:
            self.setPage(int(step), QWizardPage(self))
        self.setStartId(int(Step.LOGIN))
        self.after_first_paint(self._finish_setup)
        self.last_error_dialog: QMessageBox | None = None  # the last unexpected-error report

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self and not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            # For the start-up benchmark and its test: when, and with which modules loaded.
            self.painted_at = time.time()
            self.modules_at_paint = frozenset(sys.modules)
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._run_after_paint)
        return super().eventFilter(watched, event)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (now, if it already was)."""
        if self.painted:
            QTimer.singleShot(0, callback)
        else:
            self._after_paint.append(callback)

    def _run_after_paint(self) -> None:
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            callback()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Roomy where there is room; on a 1024×768 screen at 150 % (682×512 logical) it
        # shrinks to what is available, and every page still fits (tests/gui/test_usability).
        wanted = QSize(780, 540)
        screen = self.screen()
        if screen is None:
            return wanted
        available = screen.availableGeometry().size() - QSize(24, 48)
        return wanted.boundedTo(available)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        following = next_step(Step(self.currentId()), self.ctx.flow.state)
        return -1 if following is None else int(following)

    def _finish_setup(self) -> None:
        self.pages[Step.LOGIN].finish_setup()  # type: ignore[attr-defined]
        # One page per turn of the event loop, a few ms apart (a chain of zero timers would
        # starve other timers), so no single step blocks the loop for long.
        QTimer.singleShot(PAGE_BUILD_SPACING_MS, self._build_next_page)

    def _build_next_page(self) -> None:
        missing = [step for step in Step if step not in self.pages]
        if missing:
            self._build_page(missing[0])
            QTimer.singleShot(PAGE_BUILD_SPACING_MS, self._build_next_page)
        else:
            self.pages_ready.emit()

    def _build_page(self, step: Step) -> None:
        if step is Step.SUBSCRIPTIONS:
            from .pages.subscriptions import SubscriptionsPage as Page
        elif step is Step.TERMS:
            from .pages.terms import TermsPage as Page  # type: ignore[assignment]
        elif step is Step.CONFIRM:
            from .pages.confirm import ConfirmPage as Page  # type: ignore[assignment]
        elif step is Step.DOWNLOAD:
            from .pages.download import DownloadPage as Page  # type: ignore[assignment]
        else:
            from .pages.result import ResultPage as Page  # type: ignore[assignment]
        page = Page(self.ctx, self)
        placeholder = self.page(int(step))
        self.removePage(int(step))
        placeholder.deleteLater()
        self.setPage(int(step), page)
        self.pages[step] = page

    def build_remaining_pages(self) -> None:
        """Build every page not built yet, now (tests and page_for need them at once)."""
        for step in Step:
            if step not in self.pages:
                self._build_page(step)

    def page_for(self, step: Step) -> FlowPage:
        if step not in self.pages:
            self.build_remaining_pages()
        return self.pages[step]

    def show_diagnostics(self) -> None:
        from .diagnostics_dialog import DiagnosticsDialog

        if self.diagnostics is None:
            self.diagnostics = DiagnosticsDialog(self.ctx, self)
        self.diagnostics.open()
        self.diagnostics.run()

    def offer_resume(self, pending: PendingUpgrade) -> None:
        """An earlier run sent a confirmation and never showed the answer: offer to finish."""
        from PySide6.QtWidgets import QMessageBox

        what = f"{pending.system} {pending.from_version} → {pending.to_version}".strip(" →")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Actualización pendiente"),
            self.tr("La última vez se envió la actualización de {what} pero no se llegó a ver "
                    "el resultado. ¿Quieres terminarla ahora? Solo tendrás que iniciar sesión; "
                    "no se generará un segundo número de serie.").format(what=what or "?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )  # fmt: skip
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Terminarla ahora"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Más tarde"))
        box.accepted.connect(lambda: self.accept_resume(pending))
        self.resume_prompt = box
        box.open()

    def accept_resume(self, pending: PendingUpgrade) -> None:
        self.ctx.flow.state.resume = pending
        login = self.pages[Step.LOGIN]
        login.username.setText(pending.username)  # type: ignore[attr-defined]
        login.message.show_message(
            "info",
            self.tr("Inicia sesión como «{user}» para ver el resultado de la actualización "
                    "pendiente.").format(user=pending.username),
        )  # fmt: skip
        login.password.setFocus()  # type: ignore[attr-defined]

    def report_unexpected(self, error: BaseException) -> None:
        from .crash import show_unexpected

        self.last_error_dialog = show_unexpected(error, self)

    def reject(self) -> None:
        current = self.currentPage()
        if self.currentId() == int(Step.CONFIRM) and isinstance(current, FlowPage) and current.busy:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self,
                self.tr("Confirmación en curso"),
                self.tr("Estamos esperando la respuesta del portal. Si cierras ahora, la próxima "
                        "vez que abras el asistente podrás ver el resultado. ¿Cerrar de todos "
                        "modos?"),
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        for page in self.pages.values():
            page.leave()
        super().reject()
