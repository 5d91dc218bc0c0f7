"""Small widgets shared by the pages: inline messages, the busy row, copy buttons."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6d4f2;",
    "success": "background:#e9f6ec; color:#1e4620; border:1px solid #b7dfbf;",
}


class InlineMessage(QLabel):
    """A message under the form: errors and notices stay on the page, not in pop-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        # Set here, not in __init__: the first page is painted before Qt's namespace enums
        # are created (see tasks.py); a message is never shown before that.
        qt = QtCore.Qt
        self.setTextFormat(qt.TextFormat.PlainText)
        self.setTextInteractionFlags(qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius:4px; padding:6px; }}")
        self.setText(text)
        self.setAccessibleName(text)
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.hide()


class BusyRow(QWidget):
    """'Conectando con el portal…' with an indeterminate bar, shown while a call runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copy_button(label: str, get_text: object, parent: QWidget, accessible: str) -> QPushButton:
    """A button that copies ``get_text()`` and says so for a moment."""
    button = QPushButton(label, parent)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)

    def on_click() -> None:
        assert callable(get_text)
        copy_to_clipboard(str(get_text()))

    button.clicked.connect(on_click)
    return button
