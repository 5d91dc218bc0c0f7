"""What every page shares: a busy state, an inline error, and portal calls off the GUI thread.

A page renders the flow's state and forwards the user's intents to it; it decides nothing
of its own (whether Next may be offered is ``flow.steps.is_done``'s, for every page).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizardPage

from ...flow.problems import FlowProblem
from ...flow.steps import Step, is_done
from ...portal import errors as e
from ..context import UiContext
from ..tasks import Task
from ..widgets import BusyRow, InlineMessage

if TYPE_CHECKING:
    from ..reauth import ReauthDialog

log = logging.getLogger("aspel_upgrade.ui")


class FlowPage(QWizardPage):
    """A page of one step: Next follows the step's rule, and it can be ``busy`` with one call."""

    step: ClassVar[Step]
    answered = Signal()  # a confirmation's answer arrived here (issued or refused)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.reauth: ReauthDialog | None = None  # shown when the session expires
        self.outer = QVBoxLayout(self)
        self.message = InlineMessage(self)
        self.busy_row = BusyRow(self)

    @classmethod
    def prepare(cls) -> None:
        """What building the first page of this class pays once, done a turn earlier (the
        wizard builds the later pages after the first paint, a step per event-loop turn)."""

    def add_status_rows(self) -> None:
        """Place the message and busy rows (pages call this after their own widgets)."""
        self.outer.addWidget(self.message)
        self.outer.addWidget(self.busy_row)

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running and not self.task.cancelled

    def typed(self) -> dict[str, str]:
        """What the page's fields hold that the step's rule reads (the log-in's)."""
        return {}

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return not self.busy and is_done(self.step, self.ctx.flow.state, **self.typed())

    def run_portal(
        self,
        busy_text: str,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], bool] | None = None,
    ) -> None:
        """Run ``call`` off the GUI thread; apply its result here unless the user moved on.

        ``on_error`` may handle an error and return True; otherwise it is shown inline.
        A session that expired asks for the password and then runs ``call`` again.
        """
        if self.busy:
            return
        self.message.clear_message()
        self.busy_row.start(busy_text)

        def done(result: Any) -> None:
            self._finish()
            self.ctx.flow.record_error(None)
            on_done(result)

        def failed(error: BaseException) -> None:
            self._finish()
            self.ctx.flow.record_error(error)
            if on_error is not None and on_error(error):
                return
            if isinstance(error, e.SessionExpired) and self.ctx.flow.state.account is not None:
                self._ask_password_then(lambda: self.run_portal(busy_text, call, on_done, on_error))
                return
            self.show_error(error)

        self.task = self.ctx.tasks.run(call, done, failed)
        self.busy_changed()

    def _finish(self) -> None:
        self.busy_row.stop()
        self.task = None
        self.busy_changed()

    def busy_changed(self) -> None:
        """Pages override to enable or disable their own buttons; Next follows isComplete."""
        self.completeChanged.emit()

    def show_error(self, error: BaseException) -> None:
        from ...flow.wording.errors import describe  # the catalogue: when there is a failure

        text = describe(error)
        if not isinstance(error, e.PortalError | FlowProblem):
            self.ctx.report_unexpected(error)
        self.message.show_message("error", text, field=self.error_field(error))

    def error_field(self, error: BaseException) -> QWidget | None:
        """The field an error is about (a screen reader hears it there too), if any."""
        return None

    def show_notice(self) -> None:
        """What the flow wants the user told on arrival (e.g. a refused earlier upgrade)."""
        notice = self.ctx.flow.take_notice()
        if notice is not None:
            from ...flow.wording.errors import describe_notice

            self.message.show_message("info", describe_notice(notice))

    def _ask_password_then(self, again: Callable[[], None]) -> None:
        from ...flow.wording import account
        from ..reauth import ReauthDialog

        self.reauth = ReauthDialog(self.ctx, self)
        self.reauth.reauthenticated.connect(again)
        self.reauth.rejected.connect(
            lambda: self.message.show_message("error", account.session_not_renewed())
        )
        self.reauth.open()
        self.reauth.password.setFocus()

    def leave(self) -> None:
        """The user left this page: any answer still on its way is dropped."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self.busy_row.stop()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override (called on Back)
        self.leave()
        self.ctx.flow.went_back_from(self.step)
        super().cleanupPage()
