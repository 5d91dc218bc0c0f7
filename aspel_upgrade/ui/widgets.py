"""Small widgets shared by the pages: inline messages, the busy row, copy buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (  # QSizePolicy, QScrollArea: where used, after the paint
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6d4f2;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd59e;",
    "success": "background:#e9f6ec; color:#1e4620; border:1px solid #b7dfbf;",
}


class InlineMessage(QLabel):
    """A message under the form: errors and notices stay on the page, not in pop-ups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_message(self, kind: str, text: str) -> None:
        # Set here, not in __init__: the first page is painted before Qt's namespace enums
        # are created (see tasks.py); a message is never shown before that.
        from PySide6.QtWidgets import QSizePolicy  # its enums cost a millisecond at start

        qt = QtCore.Qt
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
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
    """'Conectando con el portal… (3 s)': text only, updated once a second.

    No spinner or indeterminate bar: over a slow remote-desktop link every animated frame
    is bandwidth, and a counting label says just as clearly that something is happening.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self._text = ""
        self._seconds = 0
        self._attempt = 0
        self._timer: QtCore.QTimer | None = None
        self.hide()

    def start(self, text: str) -> None:
        self._text = text
        self._seconds = 0
        self._attempt = 0
        self.label.setText(text)
        if self._timer is None:
            self._timer = QtCore.QTimer(self)
            self._timer.setInterval(1000)
            self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.show()

    def _tick(self) -> None:
        self._seconds += 1
        self._show()

    def note_retry(self, attempt: int) -> None:
        """The portal did not answer the first time: say that we are trying again."""
        self._attempt = attempt
        self._show()

    def _show(self) -> None:
        if self._attempt:
            retry = self.tr("reintento {n}").format(n=self._attempt)
            self.label.setText(f"{self._text} ({self._seconds} s, {retry})")
        else:
            self.label.setText(f"{self._text} ({self._seconds} s)")

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
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


def vertical_scroll(parent: QWidget) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """A frameless area that scrolls only vertically (pages that must fit 150 % screens)."""
    from PySide6.QtWidgets import QScrollArea  # not on the first page: imported when used

    qt = QtCore.Qt
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Not a stop of its own for Tab (nor where focus lands on arrival): an unnamed box to
    # a screen reader; its controls take the focus, and it scrolls to show them.
    scroll.setFocusPolicy(qt.FocusPolicy.NoFocus)
    body = QWidget(scroll)
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, SCROLL_GAP, 0)  # text never runs up against the bar
    return scroll, body, layout


SCROLL_GAP = 10  # px between a scrolling page's text and its scroll bar
