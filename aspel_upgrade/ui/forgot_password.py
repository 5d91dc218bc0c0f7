"""«¿Olvidaste tu contraseña?»: asks for the user name, never wider than the wizard.

A QInputDialog does not wrap its label, so its one long sentence made it 864 px wide at
100 % and pushed its buttons off a 1024×768 screen at 150 %. This dialog wraps the text
and takes its width from the wizard and the screen.
"""

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

from ..flow.input_limits import username_problem
from ..flow.wording import account, bare, login
from ..flow.wording.common import cancel_button
from .widgets import InlineMessage

PREFERRED_WIDTH = 440  # a comfortable line length for the sentence; less when space is short
SCREEN_MARGIN = 24  # room for the window frame


class ForgotPasswordDialog(QDialog):
    """Window-modal, non-blocking; ``textValueSelected`` carries the user name on «Enviar»."""

    textValueSelected = Signal(str)  # noqa: N815 - named like QInputDialog's signal

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(account.reset_title())
        layout = QVBoxLayout(self)
        self.intro = QLabel(account.reset_intro(), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit(self)
        self.username.setAccessibleName(bare(login.username_label()))
        # No setMaxLength: a longer paste stays as it was and the note below says why.
        label = QLabel(login.username_label(), self)
        label.setBuddy(self.username)
        form.addRow(label, self.username)
        layout.addLayout(form)

        self.note = InlineMessage(self)
        layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send.setText(account.reset_send_button())
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(cancel_button())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.username.textChanged.connect(self._check)
        self.setTextValue(username)
        self._check(username)
        self.fit_width()

    # QInputDialog's names, so callers and tests read the same as before.
    def textValue(self) -> str:  # noqa: N802
        return self.username.text()

    def setTextValue(self, text: str) -> None:  # noqa: N802
        self.username.setText(text)
        self.username.selectAll()

    def fit_width(self) -> None:
        """As wide as reads well, never wider than the wizard or the screen's free area."""
        bound = PREFERRED_WIDTH
        screen = (self.parentWidget() or self).screen()
        if screen is not None:
            bound = min(bound, screen.availableGeometry().width() - SCREEN_MARGIN)
        parent = self.parentWidget()
        if parent is not None:
            bound = min(bound, parent.window().width())
        self.setMaximumWidth(bound)
        layout = self.layout()
        height = -1
        if layout is not None and layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(bound)
        self.resize(bound, max(height, self.minimumSizeHint().height()))

    def _check(self, text: str) -> None:
        problem = username_problem(text)
        if problem is None:
            self.note.clear_message()
        else:
            self.note.show_message("error", account.input_problem(problem))
        self.send.setEnabled(bool(text.strip()) and problem is None)
        self.fit_height()

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth() and self.width() > 0:
            self.resize(self.width(), max(layout.totalHeightForWidth(self.width()), 0))

    def accept(self) -> None:
        user = self.textValue().strip()
        if not user or username_problem(user) is not None:
            self._check(self.textValue())
            self.username.setFocus()
            return
        super().accept()
        self.textValueSelected.emit(user)
