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

from ...portal import errors as e
from ..context import UiContext
from ..widgets import InlineMessage
from .base import FlowPage

if TYPE_CHECKING:
    from ...flow.answers import LoginAnswer
    from ..forgot_password import ForgotPasswordDialog


class LoginPage(FlowPage):
    resume_now = Signal(object)  # (subscription, terms version, key) to resend

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setTitle(self.tr("Iniciar sesión"))
        self.setSubTitle(
            self.tr("Usa el usuario y la contraseña de Mi cuenta Aspel, los mismos del portal.")
        )
        self.forgot_dialog: ForgotPasswordDialog | None = None

        # A grid, not a QFormLayout: same look here, and the form layout's enums (created
        # on first use, a millisecond) are not on the way to the first paint.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Usuario"))
        # No setMaxLength on either field: a paste longer than the portal takes stays as it
        # was, and input_note says why it cannot be sent (see ui/input_limits.py).
        user_label = QLabel(self.tr("&Usuario:"), self)
        user_label.setBuddy(self.username)
        form.addWidget(user_label, 0, 0)
        form.addWidget(self.username, 0, 1)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Contraseña"))
        self.show_password = QPushButton(self)
        self.show_password.setAutoDefault(False)  # Enter in a field still logs in
        self.show_password.setText(self.tr("&Mostrar"))
        self.show_password.setCheckable(True)
        self.show_password.setAccessibleName(self.tr("Mostrar u ocultar la contraseña"))
        self.show_password.toggled.connect(self._toggle_password)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.show_password)
        pass_label = QLabel(self.tr("&Contraseña:"), self)
        pass_label.setBuddy(self.password)
        form.addWidget(pass_label, 1, 0)
        form.addLayout(row, 1, 1)
        self.outer.addLayout(form)
        self.input_note = InlineMessage(self)  # what the portal would refuse, said before
        self.outer.addWidget(self.input_note)

        self.remember_user = QCheckBox(self.tr("&Recordar mi usuario"), self)
        self.remember_password = QCheckBox(
            self.tr("Recordar también mi contraseña en este &equipo"), self
        )
        self.remember_password.setToolTip(
            self.tr("Se guarda cifrada en el administrador de credenciales de Windows, nunca "
                    "en un archivo.")
        )  # fmt: skip
        self.remember_password.setEnabled(False)
        self.remember_user.toggled.connect(self._remember_user_toggled)
        self.outer.addWidget(self.remember_user)
        self.outer.addWidget(self.remember_password)

        self.forgot = QLabel(
            '<a href="#forgot">' + self.tr("¿Olvidaste tu contraseña?") + "</a>", self
        )
        self.forgot.setAccessibleName(self.tr("¿Olvidaste tu contraseña?"))
        self.forgot.linkActivated.connect(lambda _link: self.ask_password_reset())
        self.outer.addWidget(self.forgot)
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
            from ...flow.messages import settings_problems

            self.message.show_message("info", settings_problems(settings.problems))
        if self.ctx.initial_username and not self.username.text():
            self.username.setText(self.ctx.initial_username)
        if settings.remembered_username and not self.username.text():
            self.username.setText(settings.remembered_username)
            self.remember_user.setChecked(True)
            self.remember_password.setChecked(settings.remember_password)
        if settings.remember_password and self.username.text():
            # Reading the keyring imports it: only after the window is painted.
            self.ctx.after_first_paint(self._fill_remembered_password)
        self._focus_first_empty()

    def finish_setup(self) -> None:
        """After the first paint: what can wait a few milliseconds (see ui/tasks.py)."""
        from PySide6.QtCore import Qt

        # Showing the window gives the first field the focus, whatever initializePage
        # chose: with the user name already there, typing must go to the password.
        self._focus_first_empty()

        self.forgot.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )

    def _focus_first_empty(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def _fill_remembered_password(self) -> None:
        user = self.username.text().strip()
        if user and not self.password.text():
            remembered, answered = self.ctx.credentials.lookup(user)
            if remembered:
                self.password.setText(remembered)
            elif not answered:  # the vault refused: say so, rather than look forgetful
                self.message.show_message("info", self.tr(
                    "No se pudo leer la contraseña guardada en el administrador de "
                    "credenciales de Windows. Escríbela para continuar."))  # fmt: skip

    def _toggle_password(self, shown: bool) -> None:
        self.password.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )
        self.show_password.setText(self.tr("&Ocultar") if shown else self.tr("&Mostrar"))

    def _remember_user_toggled(self, on: bool) -> None:
        self.remember_password.setEnabled(on)
        if not on:
            self.remember_password.setChecked(False)

    # ---- completion -----------------------------------------------------------------
    def input_problem(self) -> str | None:
        """Why the typed user name or password cannot be sent, before sending it."""
        from ..input_limits import password_problem, username_problem  # on the first key

        return username_problem(self.username.text()) or password_problem(self.password.text())

    def _input_changed(self) -> None:
        problem = self.input_problem()
        if problem is None:
            if self.input_note.kind:
                self.input_note.clear_message()
        elif problem != self.input_note.text():
            self.input_note.show_message("error", problem)
        self.completeChanged.emit()

    def ready(self) -> bool:
        return (
            bool(self.username.text().strip())
            and bool(self.password.text())
            and self.input_problem() is None
        )

    def busy_changed(self) -> None:
        for widget in (self.username, self.password, self.forgot):
            widget.setEnabled(not self.busy)
        super().busy_changed()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        state = self.ctx.flow.state
        user = self.username.text().strip()
        if (
            state.account is not None
            and (state.subscriptions is not None or state.receipt is not None)
            and state.username.lower() == user.lower()
        ):
            return True
        if self.ready():
            self.log_in()
        return False

    def log_in(self) -> None:
        user, password = self.username.text().strip(), self.password.text()
        flow = self.ctx.flow
        # An earlier run sent a confirmation and never showed its answer: resend it with
        # the same key (the portal replays the receipt; never a second serial).
        resend = flow.resend_for(user)

        def done(answer: LoginAnswer) -> None:
            flow.apply_login_answer(user, answer)
            self._remember(user, password)
            if resend is not None:
                self.answered.emit()
            if self.ctx.closing:
                return  # closed while waiting: reported, and shown at the next start
            if answer.confirmation is None and (again := flow.resume_due()) is not None:
                self.resume_now.emit(again)  # accepted while this log-in was on its way
                return
            self.wizard().next()

        self.run_portal(
            self.tr("Iniciando sesión…"),
            lambda: flow.log_in(user, password, resend),
            done,
            self._login_failed,
        )

    def _login_failed(self, error: BaseException) -> bool:
        if isinstance(error, e.InvalidCredentials):
            self.password.setFocus()
            self.password.selectAll()
        if isinstance(error, e.SessionExpired):  # logging in is the cure, not a prompt
            self.message.show_message("error", self.tr("Vuelve a iniciar sesión."))
            return True
        return False  # shown inline by the base page

    def _remember(self, user: str, password: str) -> None:
        """Save the choices; the OS keyring is only touched when it matters, off this thread."""
        settings = self.ctx.settings
        previous_user = settings.remembered_username
        had_password = settings.remember_password
        if self.remember_user.isChecked():
            settings.remembered_username = user
            settings.remember_password = self.remember_password.isChecked()
        else:
            settings.remembered_username = None
            settings.remember_password = False
        self.ctx.save_settings()
        credentials = self.ctx.credentials
        if settings.remember_password:

            def stored(ok: object) -> None:
                if not ok:  # no usable keyring: ask for the password next time, and say so
                    settings.remember_password = False
                    self.ctx.save_settings()
                    wizard = self.wizard()
                    shown = wizard.currentPage() if wizard is not None else None
                    where = shown if isinstance(shown, FlowPage) else self  # the page in sight
                    where.message.show_message("info", self.tr(
                        "No se pudo guardar tu contraseña en el administrador de credenciales "
                        "de Windows: la próxima vez tendrás que escribirla."))  # fmt: skip

            self.ctx.tasks.run(lambda: credentials.set(user, password), stored, _ignore)
        elif had_password and previous_user:
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
        username = username.strip()
        if not username:
            self.message.show_message(
                "error", self.tr("Escribe tu usuario para poder enviarte el correo.")
            )
            return
        from ..input_limits import username_problem

        problem = username_problem(username)
        if problem is not None:
            self.message.show_message("error", problem)
            return

        def done(_message: object) -> None:
            self.message.show_message(
                "info",
                self.tr(
                    "Si el usuario «{user}» existe, enviamos un correo a la dirección registrada "
                    "en la cuenta con los pasos para elegir una contraseña nueva. Revisa tu "
                    "bandeja de entrada (y la de correo no deseado)."
                ).format(user=username),
            )

        self.run_portal(
            self.tr("Enviando la solicitud…"),
            lambda: self.ctx.flow.request_password_reset(username),
            done,
        )


def _ignore(_result: object) -> None:
    """Keyring outcomes are logged by CredentialStore; nothing to show."""
