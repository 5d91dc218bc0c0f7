"""Asks for the password again when the session expires, without leaving the page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..flow.input_limits import password_problem
from ..flow.wording import account, bare, fields, login
from ..flow.wording.errors import describe
from ..portal import errors as e
from .context import UiContext
from .plain import plain
from .tasks import Task
from .widgets import BusyRow, InlineMessage


class ReauthDialog(QDialog):
    """Window-modal, non-blocking: ``reauthenticated`` fires once the portal accepted it."""

    reauthenticated = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self.setWindowTitle(account.session_ended_title())
        layout = QVBoxLayout(self)
        intro = QLabel(account.session_ended_intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = plain(QLabel(ctx.flow.state.username, self))  # typed by the user
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(bare(login.password_label()))
        # No setMaxLength: a too-long password is refused with a reason, not cut.
        label = QLabel(login.password_label(), self)
        label.setBuddy(self.password)
        form.addRow(fields.label(bare(login.username_label())), self.username)
        form.addRow(label, self.password)
        layout.addLayout(form)
        self.message = InlineMessage(self)
        self.busy = BusyRow(self)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(account.continue_button())
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.password.textChanged.connect(self._password_changed)
        layout.addWidget(self.buttons)

    def _password_changed(self, text: str) -> None:
        problem = password_problem(text)
        if problem is not None:
            self.message.show_message("error", account.input_problem(problem))
        elif self.message.kind:
            self.message.clear_message()
        self.ok.setEnabled(bool(text) and problem is None)

    def _submit(self) -> None:
        if self._task is not None and self._task.running:
            return
        password = self.password.text()
        if not password or password_problem(password) is not None:
            return
        username = self.ctx.flow.state.username
        self.ok.setEnabled(False)
        self.message.clear_message()
        self.busy.start(account.logging_in())
        self._task = self.ctx.tasks.run(
            lambda: self.ctx.flow.login(username, password), self._done, self._failed
        )

    def _done(self, _account: object) -> None:
        self.busy.stop()
        self.password.setText("")  # the session is back: the password is not needed (G11)
        self.accept()
        self.reauthenticated.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.ok.setEnabled(
            bool(self.password.text()) and password_problem(self.password.text()) is None
        )
        if not isinstance(error, e.PortalError):
            raise error
        self.message.show_message("error", describe(error))
        self.password.setFocus()
        self.password.selectAll()

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
        super().reject()
