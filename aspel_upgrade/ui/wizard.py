"""The upgrade wizard: five pages over one UpgradeFlow; navigation comes from flow.steps."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from ..flow.steps import Step, next_step
from .context import UiContext
from .crash import show_unexpected
from .pages.base import FlowPage
from .pages.confirm import ConfirmPage
from .pages.login import LoginPage
from .pages.result import ResultPage
from .pages.subscriptions import SubscriptionsPage
from .pages.terms import TermsPage

log = logging.getLogger("aspel_upgrade.ui")


class UpgradeWizard(QWizard):
    first_painted = Signal()  # the window is on screen: heavy work may start now

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.painted = False
        self.installEventFilter(self)
        self.setWindowTitle(self.tr("Actualizar número de serie de Aspel"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.pages: dict[Step, FlowPage] = {
            Step.LOGIN: LoginPage(ctx, self),
            Step.SUBSCRIPTIONS: SubscriptionsPage(ctx, self),
            Step.TERMS: TermsPage(ctx, self),
            Step.CONFIRM: ConfirmPage(ctx, self),
            Step.RESULT: ResultPage(ctx, self),
        }
        for step, page in self.pages.items():
            self.setPage(int(step), page)
        self.setStartId(int(Step.LOGIN))
        self.last_error_dialog: QMessageBox | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self and not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            self.removeEventFilter(self)
            QTimer.singleShot(0, self.first_painted.emit)
        return super().eventFilter(watched, event)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has been painted (now, if it already was)."""
        if self.painted:
            QTimer.singleShot(0, callback)
        else:
            self.first_painted.connect(callback, Qt.ConnectionType.SingleShotConnection)

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

    def page_for(self, step: Step) -> FlowPage:
        return self.pages[step]

    def report_unexpected(self, error: BaseException) -> None:
        self.last_error_dialog = show_unexpected(error, self)

    def reject(self) -> None:
        current = self.currentPage()
        if isinstance(current, ConfirmPage) and current.busy:
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
