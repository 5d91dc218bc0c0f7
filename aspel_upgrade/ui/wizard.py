"""The upgrade wizard: seven pages over one UpgradeFlow; navigation comes from flow.steps."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, overload

from PySide6 import QtCore
from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget, QWizard, QWizardPage

from ..flow.answers import LoginAnswer
from ..flow.pending import PendingUpgrade
from ..flow.state import ConfirmationRequest
from ..flow.steps import Step, next_step, receipt_takes_over
from ..flow.wording import window as words
from .context import UiContext
from .crash import show_unexpected
from .pages.base import FlowPage
from .pages.login import LoginPage

# The later pages, the dialogs, QMessageBox, QFileDialog and the catalogue's closing words
# are imported where used, after the first paint (ui/app.py).
if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QPaintEvent
    from PySide6.QtWidgets import QMessageBox

    from ..flow.closing import ClosingRisk
    from ..host.installed import InstalledSystem
    from .diagnostics_dialog import DiagnosticsDialog
    from .pages.confirm import ConfirmPage
    from .pages.download import DownloadPage
    from .pages.ready import ReadyPage
    from .pages.result import ResultPage
    from .pages.subscriptions import SubscriptionsPage
    from .pages.terms import TermsPage

log = logging.getLogger("aspel_upgrade.ui")

PAGE_BUILD_SPACING_MS = 5
# How long a window closed during a confirmation waits for the portal's answer (hidden)
# before the run ends as "outcome unknown"; the portal client's own deadline is shorter.
CLOSE_WAIT_MS = 20_000


class UpgradeWizard(QWizard):
    pages_ready = Signal()  # every page is built (after the first paint, one per turn)
    retried = Signal(int)  # emitted on a worker thread: the portal call is being retried

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.painted = False
        self._sized_at_show = False
        self._after_paint: list[Callable[[], None]] = []
        self._imported: set[Step] = set()  # steps whose page module is imported
        self._prepared: set[Step] = set()  # and whose FlowPage.prepare has run
        self.setWindowTitle(words.title())
        options = QWizard.WizardOption
        self.setOptions(
            self.options()
            | options.NoBackButtonOnStartPage
            | options.NoCancelButtonOnLastPage
            | options.HaveCustomButton1
        )
        # «Diagnóstico» on every page, at the left, for help-desk.
        self.setButtonText(QWizard.WizardButton.CustomButton1, words.diagnostics_button())
        buttons = QWizard.WizardButton
        self.setButtonLayout([
            buttons.CustomButton1, buttons.Stretch, buttons.BackButton, buttons.NextButton,
            buttons.CommitButton, buttons.FinishButton, buttons.CancelButton,
        ])  # fmt: skip
        self.customButtonClicked.connect(lambda _which: self.show_diagnostics())
        self.diagnostics: DiagnosticsDialog | None = None
        self.resume_prompt: QMessageBox | None = None
        self.close_prompt: QMessageBox | None = None
        self._ended = False  # closed for good (a bounded wait may still call _close_now)
        # Only the first page is built before the window is painted; the others (and
        # their imports) follow right after, behind placeholders so navigation is intact.
        ctx.report_unexpected = self.report_unexpected
        ctx.after_first_paint = self.after_first_paint
        ctx.flow.retry_listener = self.retried.emit
        self.retried.connect(self._show_retry)
        login = LoginPage(ctx, self)
        login.answered.connect(self.confirm_answered)
        login.resume_now.connect(self.finish_resume)
        self.pages: dict[Step, FlowPage] = {Step.LOGIN: login}
        self.setPage(int(Step.LOGIN), self.pages[Step.LOGIN])
        for step in list(Step)[1:]:
            self.setPage(int(step), QWizardPage(self))
        self.setStartId(int(Step.LOGIN))
        self.after_first_paint(self._finish_setup)
        self.pages_ready.connect(self.scan_this_pc)  # after the paint, on a worker
        self.last_error_dialog: QMessageBox | None = None  # the last unexpected-error report

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._run_after_paint)

    @property
    def settled(self) -> bool:
        """Start-up is over: every page built, and no worker busy (warm-up, this-PC scan)."""
        return len(self.pages) == len(Step) and self.ctx.tasks.idle()

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

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        # Left alone, Qt opens a window at no more than 2/3 of the screen (682×512 on
        # 1024×768, 455×341 at 150 %), whatever its size hint says: open at the hint.
        if visible and not self._sized_at_show:
            self._sized_at_show = True
            self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        super().setVisible(visible)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        following = next_step(Step(self.currentId()), self.ctx.flow.state)
        return -1 if following is None else int(following)

    def _finish_setup(self) -> None:
        # Titles and subtitles quote the portal's data (versions, systems): plain text,
        # never Qt's rich text (issue 18 G1). After the paint: the first use of Qt's
        # namespace enums costs ~15 ms (ui/app.py); the first page's are ours.
        self.setTitleFormat(QtCore.Qt.TextFormat.PlainText)
        self.setSubTitleFormat(QtCore.Qt.TextFormat.PlainText)
        self.login_page.finish_setup()
        # The later pages are built once the warm-up has imported what they need on a
        # worker: built at the same time, they shared the interpreter with those imports
        # and each blocked the loop two to four times as long (tools/bench/responsiveness).
        task = self.ctx.tasks.run(
            self.ctx.warm_up, lambda _result: self._start_building_pages(), self._warm_up_failed
        )
        self.destroyed.connect(task.cancel)

    def _warm_up_failed(self, error: BaseException) -> None:
        log.warning("Warm-up failed; the pages import what they need themselves: %r", error)
        self._start_building_pages()

    def _start_building_pages(self) -> None:
        # One page per turn of the event loop, a few ms apart (a chain of zero timers would
        # starve other timers), so no single step blocks the loop for long.
        QTimer.singleShot(PAGE_BUILD_SPACING_MS, self._build_next_page)

    def _build_next_page(self) -> None:
        missing = [step for step in Step if step not in self.pages]
        if not missing:
            self.pages_ready.emit()
            return
        # Importing a page's modules, its class's first-use costs (FlowPage.prepare) and
        # building it are a turn each, so that no turn blocks the loop for long.
        step = missing[0]
        if step not in self._imported:
            _page_class(step)
            self._imported.add(step)
        elif step not in self._prepared:
            _page_class(step).prepare()
            self._prepared.add(step)
        else:
            self._build_page(step)
        QTimer.singleShot(PAGE_BUILD_SPACING_MS, self._build_next_page)

    def _build_page(self, step: Step) -> None:
        page = _page_class(step)(self.ctx, self)
        if step is Step.CONFIRM:
            from .pages.confirm import ConfirmPage
            from .pages.terms import TermsPage

            terms = self.page_for(Step.TERMS)
            assert isinstance(page, ConfirmPage) and isinstance(terms, TermsPage)
            page.terms_changed.connect(terms.reread_changed_terms)
        page.answered.connect(self.confirm_answered)
        placeholder = self.page(int(step))
        self.removePage(int(step))
        placeholder.deleteLater()
        self.setPage(int(step), page)
        self.pages[step] = page

    @overload
    def page_for(self, step: Literal[Step.LOGIN]) -> LoginPage: ...
    @overload
    def page_for(self, step: Literal[Step.SUBSCRIPTIONS]) -> SubscriptionsPage: ...
    @overload
    def page_for(self, step: Literal[Step.TERMS]) -> TermsPage: ...
    @overload
    def page_for(self, step: Literal[Step.READY]) -> ReadyPage: ...
    @overload
    def page_for(self, step: Literal[Step.CONFIRM]) -> ConfirmPage: ...
    @overload
    def page_for(self, step: Literal[Step.RESULT]) -> ResultPage: ...
    @overload
    def page_for(self, step: Literal[Step.DOWNLOAD]) -> DownloadPage: ...
    @overload
    def page_for(self, step: Step) -> FlowPage: ...
    def page_for(self, step: Step) -> FlowPage:
        """The page of ``step``, built now if it was not yet (typed per step)."""
        if step not in self.pages:
            for earlier in Step:
                if earlier not in self.pages and earlier <= step:
                    self._build_page(earlier)
        return self.pages[step]

    def scan_this_pc(self) -> None:
        """Look for the Aspel systems installed here; the answer goes to the flow state."""
        task = self.ctx.tasks.run(self.ctx.find_installed, self.this_pc_found, self._this_pc_failed)
        self.destroyed.connect(task.cancel)  # an answer after the window is gone is dropped

    def this_pc_found(self, found: tuple[InstalledSystem, ...]) -> None:
        self.ctx.flow.found_installed(found)
        log.info(
            "Aspel systems on this PC: %s",
            ", ".join(f"{s.label}{' (open)' if s.running else ''}" for s in found) or "none",
        )
        if Step.SUBSCRIPTIONS in self.pages:
            self.page_for(Step.SUBSCRIPTIONS).show_installed(found)

    def _this_pc_failed(self, error: BaseException) -> None:
        log.warning("Looking for installed Aspel systems failed: %r", error)
        self.ctx.flow.found_installed(())

    def show_diagnostics(self) -> None:
        from .diagnostics_dialog import DiagnosticsDialog

        if self.diagnostics is None:
            self.diagnostics = DiagnosticsDialog(self.ctx, self)
        self.diagnostics.open()
        self.diagnostics.run()

    def offer_resume(self, pending: PendingUpgrade) -> None:
        """An earlier run sent a confirmation and never showed the answer: offer to finish."""
        from PySide6.QtWidgets import QMessageBox

        from ..flow.wording import closing

        box = QMessageBox(
            QMessageBox.Icon.Question,
            closing.resume_title(),
            closing.resume_question(pending.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # versions read from a file
        box.button(QMessageBox.StandardButton.Yes).setText(closing.resume_now_button())
        box.button(QMessageBox.StandardButton.No).setText(closing.resume_later_button())
        box.accepted.connect(lambda: self.accept_resume(pending))
        self.resume_prompt = box
        box.open()

    def accept_resume(self, pending: PendingUpgrade) -> None:
        """Finish that confirmation as soon as its user is logged in (now, if already)."""
        flow = self.ctx.flow
        login = self.login_page
        then = flow.accept_resume(pending, logging_in=login.busy)
        if then == "resend_now":
            resend = flow.resume_due()
            assert resend is not None
            self.finish_resume(resend)
            return
        if then == "wait":
            return  # the log-in on its way finishes it (LoginPage.log_in)
        from ..flow.wording.closing import log_in_as

        if self.currentId() != int(Step.LOGIN):
            # Someone else is logged in: the pending upgrade's user must log in.
            self.restart()
        login.username.setText(pending.username)
        login.message.show_message("info", log_in_as(pending.username))
        login.password.setFocus()

    def finish_resume(self, resend: ConfirmationRequest) -> None:
        """Resend the accepted earlier confirmation from whichever page is showing."""
        from ..flow.wording.closing import resending

        page = self.current_flow_page()
        flow = self.ctx.flow
        if page is None:
            return

        def done(answer: LoginAnswer) -> None:
            flow.apply_answer(answer)
            self.confirm_answered()
            if self.ctx.closing:
                return
            if flow.advances_after_resend(Step(self.currentId())):
                self.next()
            else:
                page.show_notice()

        def failed(error: BaseException) -> bool:
            self.confirm_answered()
            return False

        page.run_portal(resending(), lambda: flow.resend_pending(resend), done, failed)

    def _show_retry(self, attempt: int) -> None:
        page = self.current_flow_page()
        if page is not None and page.busy:
            page.busy_row.note_retry(attempt)

    def current_flow_page(self) -> FlowPage | None:
        page = self.currentPage()
        return page if isinstance(page, FlowPage) else None

    @property
    def login_page(self) -> LoginPage:
        page = self.pages[Step.LOGIN]
        assert isinstance(page, LoginPage)
        return page

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt override
        # A receipt arrived (a resumed or earlier upgrade): nothing on this page stops
        # the user from seeing it; nextId() leads straight to it.
        step = Step(self.currentId())
        ok = receipt_takes_over(step, self.ctx.flow.state) or super().validateCurrentPage()
        following = self.nextId() if ok else -1
        if following != -1:
            # A fast answer may come before the later pages are built (one per turn after
            # the first paint): build the next one now, never swap out the page shown.
            self.page_for(Step(following))
        return ok

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Not event(): that would route every event through Python (ui/app.py).
        change = QtCore.QEvent.Type.ActivationChange  # (QEvent's enums: after the paint)
        if self.ctx.flow.state.receipt is not None and event.type() == change:
            # To or from another window (the user may have closed the old version there):
            # a page that says something about this PC looks again.
            look_again = getattr(self.currentPage(), "look_again", None)
            if look_again is not None:
                look_again()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        focused = self.focusWidget()
        if enter and not event.modifiers() and isinstance(focused, QPushButton):
            # Enter presses the focused button, as everywhere on Windows (the page's own
            # buttons are not "auto default", so Qt would press Next or Finish instead).
            if focused.isEnabled() and focused.isVisible():
                focused.animateClick()
            event.accept()
            return
        # On «¡Listo!» and the download page Enter elsewhere never closes the window (Finish
        # is the default button there): the serial stays on screen until the user clicks
        # «Finalizar» or closes it. On Confirmación it never presses the default button, the
        # one-way commit: that takes a click, Alt+S or Enter on the focused button.
        guarded = (int(Step.RESULT), int(Step.DOWNLOAD), int(Step.CONFIRM))
        if enter and self.currentId() in guarded:
            event.accept()
            return
        super().keyPressEvent(event)

    def report_unexpected(self, error: BaseException) -> None:
        self.last_error_dialog = show_unexpected(error, self)

    # ---- closing --------------------------------------------------------------------
    def waiting_for_confirmation(self) -> bool:
        """A confirmation is on its way and its answer has not arrived."""
        page = self.current_flow_page()
        return self.ctx.flow.state.answer_unseen and page is not None and page.busy

    def reject(self) -> None:
        """Cancel, Escape and the window's X: closing asks first wherever something would
        be lost with one key (flow/closing.py: a confirmation or a download under way, the
        serial on screen, the confirmation about to be sent)."""
        from ..flow.closing import ClosingRisk, closing_risk

        if self.ctx.closing:
            return
        page = self.current_flow_page()
        step = Step(self.currentId()) if self.currentId() >= 0 else None
        risk = closing_risk(step, self.ctx.flow.state, busy=page is not None and page.busy)
        if risk is None:
            self._close_now()
        else:
            self._ask_to_close(risk, then=(
                self._close_while_waiting if risk is ClosingRisk.WAITING_FOR_ANSWER
                else self._close_now
            ))  # fmt: skip

    def _ask_to_close(self, risk: ClosingRisk, then: Callable[[], None]) -> None:
        """Close only if the user says so: «Seguir aquí» is the default (Enter, Escape)."""
        from PySide6.QtWidgets import QMessageBox

        from ..flow.wording import closing

        if self.close_prompt is not None and self.close_prompt.isVisible():
            return
        state = self.ctx.flow.state
        receipt, offer = state.receipt, state.offer
        title, text = closing.question(
            risk,
            serial=receipt.new_serial if receipt else "",
            email=receipt.notified_email_masked if receipt else "",
            old=f"{offer.system} {offer.from_version}" if offer else "",
        )
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )  # fmt: skip
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # it shows the portal's data
        box.button(QMessageBox.StandardButton.Yes).setText(closing.close_button())
        box.button(QMessageBox.StandardButton.No).setText(closing.stay_button())
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.accepted.connect(then)
        self.close_prompt = box
        box.open()

    def confirm_answered(self) -> None:
        """The confirmation's answer arrived: a question about waiting for it is stale."""
        box = self.close_prompt
        if box is not None and box.isVisible():
            box.done(int(box.StandardButton.No))
        if self.ctx.closing:
            self._close_now()

    def end_on_request(self) -> None:
        """Asked from outside to end (SIGTERM): close as the window's X does, asking
        nothing; a confirmation on its way is still waited for, for a bounded time."""
        # A file dialog («Guardar comprobante», «Guardar recordatorio», the support bundle)
        # runs an event loop of its own: left open, it kept the run from ending (the wizard
        # hidden, the dialog on screen, no exit code). Closed as its «Cancelar» would.
        from PySide6.QtWidgets import QFileDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                widget.reject()
        if self.waiting_for_confirmation():
            self._close_while_waiting()
        else:
            self._close_now()

    def _close_while_waiting(self) -> None:
        """Closed while the portal answers: hide now, wait a bounded time for the answer.

        Whatever arrives is reported (result file, exit code); the record stays on disk,
        so the next start shows the result to the user, who has not seen it.
        """
        self.ctx.closing = True
        self.hide()
        QTimer.singleShot(CLOSE_WAIT_MS, self._close_now)

    def _close_now(self) -> None:
        if self._ended:
            return  # already closed (the answer came before the bounded wait ran out)
        self._ended = True
        self.ctx.closing = True
        for page in self.pages.values():
            page.leave()
        self.ctx.tasks.abandon()
        super().reject()


def _page_class(step: Step) -> type[FlowPage]:
    """The page class of a later step, importing its module (after the first paint)."""
    if step is Step.SUBSCRIPTIONS:
        from .pages.subscriptions import SubscriptionsPage

        return SubscriptionsPage
    if step is Step.TERMS:
        from .pages.terms import TermsPage

        return TermsPage
    if step is Step.READY:
        from .pages.ready import ReadyPage

        return ReadyPage
    if step is Step.CONFIRM:
        from .pages.confirm import ConfirmPage

        return ConfirmPage
    if step is Step.DOWNLOAD:
        from .pages.download import DownloadPage

        return DownloadPage
    from .pages.result import ResultPage

    return ResultPage
