"""Page 1, Iniciar sesión: user and password, remember me, forgotten password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...flow import input_limits, remember
from ...flow.answers import LoginAnswer
from ...flow.input_limits import InputProblem
from ...flow.steps import Step
from ...flow.wording import bare
from ...flow.wording import login as words
from ...portal import errors as e
from ..context import UiContext
from ..widgets import InlineMessage
from .base import FlowPage

# The catalogue's account and settings words, the forgotten-password dialog and the Qt
# namespace are imported where used, after the first paint (ui/app.py).
if TYPE_CHECKING:
    from ..forgot_password import ForgotPasswordDialog


class LoginPage(FlowPage):
    step = Step.LOGIN
    resume_now = Signal(object)  # the ConfirmationRequest to resend

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(words.title())
        self.setSubTitle(words.subtitle())
        self.forgot_dialog: ForgotPasswordDialog | None = None

        # A grid, not a QFormLayout: same look here, and the form layout's enums (created
        # on first use, a millisecond) are not on the way to the first paint.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(bare(words.username_label()))
        # No setMaxLength on either field: a paste longer than the portal takes stays as it
        # was, and input_note says why it cannot be sent (see flow/input_limits.py).
        user_label = QLabel(words.username_label(), self)
        user_label.setBuddy(self.username)
        form.addWidget(user_label, 0, 0)
        form.addWidget(self.username, 0, 1)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(bare(words.password_label()))
        self.show_password = QPushButton(self)
        self.show_password.setAutoDefault(False)  # Enter in a field still logs in
        self.show_password.setText(words.show_password_button(shown=False))
        self.show_password.setAccessibleName(words.show_password_name(shown=False))
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(self._toggle_password)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        pass_label = QLabel(words.password_label(), self)
        pass_label.setBuddy(self.password)
        form.addWidget(pass_label, 1, 0)
        form.addLayout(row, 1, 1)
        self.outer.addLayout(form)
        self.input_note = InlineMessage(self)  # what the portal would refuse, said before
        self.outer.addWidget(self.input_note)

        self.remember_user = QCheckBox(words.remember_user(), self)
        self.remember_password = QCheckBox(words.remember_password(), self)
        self.remember_password.setToolTip(words.remember_password_tip())
        self.remember_password.setEnabled(False)
        self.remember_user.toggled.connect(self._remember_user_toggled)
        self.outer.addWidget(self.remember_user)
        self.outer.addWidget(self.remember_password)

        # A button that looks like a link: a label with a link was no Tab stop of its own
        # and read as text, not as something to press (issue 18 D4).
        # Its link look (colour, underline, hand) is finish_setup's: QFont's and QIcon's
        # enums are not on the way to the first paint (ui/app.py).
        self.forgot = QPushButton(self)
        self.forgot.setText(words.forgot_button())
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.clicked.connect(lambda _checked=False: self.ask_password_reset())
        row = QHBoxLayout()
        row.addWidget(self.forgot)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.add_status_rows()
        self.outer.addStretch(1)

        self.username.textChanged.connect(self._input_changed)
        self.password.textChanged.connect(self._input_changed)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.show_password)
        self.setTabOrder(self.show_password, self.remember_user)
        self.setTabOrder(self.remember_user, self.remember_password)
        self.setTabOrder(self.remember_password, self.forgot)

    # ---- set-up ---------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        settings = self.ctx.settings
        if settings.problems:
            from ...flow.wording.settings import problems

            self.message.show_message("info", problems(settings.problems))
        start = remember.prefill(settings, self.username.text(), self.ctx.initial_username)
        if start.username is not None:
            self.username.setText(start.username)
        if start.remembered:
            self.remember_user.setChecked(True)
            self.remember_password.setChecked(settings.remember_password)
        if start.fill_password:
            # Reading the keyring imports it: only after the window is painted.
            self.ctx.after_first_paint(self._fill_remembered_password)
        self._focus_first_empty()

    def finish_setup(self) -> None:
        """After the first paint: what can wait a few milliseconds (see ui/tasks.py)."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPalette

        # Showing the window gives the first field the focus, whatever initializePage
        # chose: with the user name already there, typing must go to the password.
        self._focus_first_empty()

        # «¿Olvidaste…?» looks like a link: the link colour, underlined, the pointing hand.
        palette = self.forgot.palette()
        palette.setColor(QPalette.ColorRole.ButtonText, palette.color(QPalette.ColorRole.Link))
        self.forgot.setPalette(palette)
        underlined = self.forgot.font()
        underlined.setUnderline(True)
        self.forgot.setFont(underlined)
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)

    def _focus_first_empty(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def _fill_remembered_password(self) -> None:
        user = self.username.text().strip()
        if user and not self.password.text():
            remembered, answered = self.ctx.credentials.lookup(user)
            if remembered:
                self.password.setText(remembered)
            elif not answered:  # the vault refused: say so, rather than look forgetful
                from ...flow.wording.account import password_not_read

                self.message.show_message("info", password_not_read())

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_password.setText(words.show_password_button(shown))
        self.show_password.setAccessibleName(words.show_password_name(shown))

    def _remember_user_toggled(self, on: bool) -> None:
        # A password is remembered only with its user name (flow/remember.py).
        self.remember_password.setEnabled(on)
        if not on:
            self.remember_password.setChecked(False)

    # ---- completion -----------------------------------------------------------------
    def input_problem(self) -> InputProblem | None:
        """Why the typed user name or password cannot be sent, before sending it."""
        return input_limits.input_problem(self.username.text(), self.password.text())

    def _input_changed(self) -> None:
        problem = self.input_problem()
        if problem is None:
            if self.input_note.kind:
                self.input_note.clear_message()
        else:
            from ...flow.wording.account import input_problem

            text = input_problem(problem)
            if text != self.input_note.text():
                field = self.username if problem.field == "username" else self.password
                self.input_note.show_message("error", text, field=field)
        self.completeChanged.emit()

    def typed(self) -> dict[str, str]:
        return {"user": self.username.text(), "password": self.password.text()}

    def busy_changed(self) -> None:
        for widget in (self.username, self.password, self.forgot):
            widget.setEnabled(not self.busy)
        super().busy_changed()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.ctx.flow.logged_in_as(self.username.text()):
            return True
        if self.isComplete():
            self.log_in()
        return False

    def log_in(self) -> None:
        from ...flow.wording.account import logging_in

        user, password = self.username.text().strip(), self.password.text()
        flow = self.ctx.flow
        # An earlier run sent a confirmation and never showed its answer: resend it with
        # the same key (the portal replays the receipt; never a second serial).
        resend = flow.resend_for(user)

        def done(answer: LoginAnswer) -> None:
            flow.apply_login_answer(user, answer)
            self._remember(user, password)
            self.password.setText("")  # logged in: not needed any more (also clears undo)
            if resend is not None:
                self.answered.emit()
            if self.ctx.closing:
                return  # closed while waiting: reported, and shown at the next start
            if answer.confirmation is None and (again := flow.resume_due()) is not None:
                self.resume_now.emit(again)  # accepted while this log-in was on its way
                return
            self.wizard().next()

        self.run_portal(
            logging_in(), lambda: flow.log_in(user, password, resend), done, self._login_failed
        )

    def error_field(self, error: BaseException) -> QWidget | None:
        if isinstance(error, e.InvalidCredentials | e.AccountLocked):
            return self.password
        return None

    def _login_failed(self, error: BaseException) -> bool:
        if isinstance(error, e.InvalidCredentials):
            self.password.setFocus()
            self.password.selectAll()
        if isinstance(error, e.SessionExpired):  # logging in is the cure, not a prompt
            from ...flow.wording.account import log_in_again

            self.message.show_message("error", log_in_again())
            return True
        return False  # shown inline by the base page

    def _remember(self, user: str, password: str) -> None:
        """Save the choices; the OS keyring is only touched when it matters, off this thread."""
        settings = self.ctx.settings
        previous_user = settings.remembered_username
        keyring = remember.remember(
            settings, user, remember_user=self.remember_user.isChecked(),
            remember_password=self.remember_password.isChecked(),
        )  # fmt: skip
        self.ctx.save_settings()
        credentials = self.ctx.credentials
        if keyring == "store":

            def stored(ok: object) -> None:
                if not ok:  # no usable keyring: ask for the password next time, and say so
                    remember.password_not_kept(settings)
                    self.ctx.save_settings()
                    wizard = self.wizard()
                    shown = wizard.currentPage() if wizard is not None else None
                    where = shown if isinstance(shown, FlowPage) else self  # the page in sight
                    from ...flow.wording.account import password_not_saved

                    where.message.show_message("info", password_not_saved())

            self.ctx.tasks.run(lambda: credentials.set(user, password), stored, _ignore)
        elif keyring == "forget" and previous_user:
            self.ctx.tasks.run(lambda: credentials.delete(previous_user), _ignore, _ignore)

    # ---- forgotten password ---------------------------------------------------------
    def ask_password_reset(self) -> None:
        if self.busy:
            return
        from ..forgot_password import ForgotPasswordDialog

        dialog = ForgotPasswordDialog(self.username.text().strip(), self)
        dialog.textValueSelected.connect(self._request_reset)
        self.forgot_dialog = dialog
        dialog.open()

    def _request_reset(self, username: str) -> None:
        from ...flow.wording import account

        username = username.strip()
        if not username:
            self.message.show_message("error", account.reset_needs_username())
            return
        problem = input_limits.username_problem(username)
        if problem is not None:
            self.message.show_message("error", account.input_problem(problem))
            return

        def done(_message: object) -> None:
            self.message.show_message("info", account.reset_sent(username))

        self.run_portal(
            account.reset_sending(),
            lambda: self.ctx.flow.request_password_reset(username),
            done,
        )


def _ignore(_result: object) -> None:
    """Keyring outcomes are logged by CredentialStore; nothing to show."""
