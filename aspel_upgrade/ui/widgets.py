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

from ..flow.wording import bare, window

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

_STYLES = {
    "error": "background:#fdecea; color:#611a15; border:1px solid #f5c2c0;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6d4f2;",
    "warning": "background:#fff4e5; color:#663c00; border:1px solid #ffd59e;",
    "success": "background:#e9f6ec; color:#1e4620; border:1px solid #b7dfbf;",
}


class InlineMessage(QLabel):
    """A message under the form: errors and notices stay on the page, not in pop-ups.

    For a screen reader an error or warning is an alert (its role), is announced when it
    appears, and is tied to the field it is about (that field's description), so it is
    heard there too (issue 18 D3).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.kind = ""
        self.field: QWidget | None = None  # the field the message is about, if any
        self.hide()

    def show_message(self, kind: str, text: str, *, field: QWidget | None = None) -> None:
        # Set here, not in __init__: the first page is painted before Qt's namespace enums
        # are created (see tasks.py); a message is never shown before that.
        from PySide6.QtWidgets import QSizePolicy  # its enums cost a millisecond at start

        from .plain import clean

        qt = QtCore.Qt
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setTextFormat(qt.TextFormat.PlainText)  # it may quote portal or file data
        self.setTextInteractionFlags(qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = kind
        self.setStyleSheet(f"QLabel {{ {_STYLES[kind]} border-radius:4px; padding:6px; }}")
        text = clean(text)
        self.setText(text)
        self.setAccessibleName(text)
        self._tie(field if kind in ("error", "warning") else None, text)
        _read_as_alert(self)
        self.show()
        announce(self, text, assertive=kind == "error")

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self._tie(None, "")
        self.hide()

    def _tie(self, field: QWidget | None, text: str) -> None:
        if self.field is not None and self.field is not field:
            self.field.setAccessibleDescription("")
        self.field = field
        if field is not None:
            field.setAccessibleDescription(text)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (Qt 6.8's announcement, else an alert event);
    nothing is built when no assistive technology is listening."""
    from PySide6.QtGui import QAccessible

    if not QAccessible.isActive():
        return
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # Qt before 6.8
        from PySide6.QtGui import QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)


_MESSAGE_INTERFACE: list[type] = []  # made with the first message shown


def _alerts_factory(_class_name: str, obj: QtCore.QObject) -> object:
    """An error or warning InlineMessage is an alert to a screen reader, not static text."""
    if not isinstance(obj, InlineMessage) or not _MESSAGE_INTERFACE:
        return None
    return _MESSAGE_INTERFACE[0](obj)


def _read_as_alert(message: InlineMessage) -> None:
    """Before a message is first shown: its interface is the alerts' (``_alerts_factory``).

    Set up with the first message, not with the first page (QAccessible's enums cost 2 ms
    before the first paint; ui/app.py). Qt keeps the interface it first made for
    a widget: one a screen reader read before then is made again, the alerts' way.
    """
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    if not _MESSAGE_INTERFACE:

        class MessageInterface(QAccessibleWidget):
            def role(self) -> QAccessible.Role:
                widget = self.widget()
                if isinstance(widget, InlineMessage) and widget.kind in ("error", "warning"):
                    return QAccessible.Role.AlertMessage
                return QAccessible.Role.StaticText

        _MESSAGE_INTERFACE.append(MessageInterface)
        QAccessible.installFactory(_alerts_factory)
    made = QAccessible.queryAccessibleInterface(message)
    if made is not None and not isinstance(made, _MESSAGE_INTERFACE[0]):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


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
        self.label.setText(window.busy(self._text, self._seconds, self._attempt))

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self.hide()


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def copy_button(
    label: str, get_text: object, parent: QWidget, accessible: str | None = None
) -> QPushButton:
    """A button that copies ``get_text()``; to a screen reader, ``accessible`` or its label."""
    button = QPushButton(label, parent)
    button.setAccessibleName(accessible or bare(label))
    button.setAutoDefault(False)

    def on_click() -> None:
        assert callable(get_text)
        copy_to_clipboard(str(get_text()))

    button.clicked.connect(on_click)
    return button


def numbered_list(title: str, items: list[str]) -> str:
    """Rich text: a bold title over a numbered list (the catalogue's sentences, escaped)."""
    import html  # the later pages' (warm_up imports it)

    entries = "".join(f"<li>{html.escape(item)}</li>" for item in items)
    return f"<b>{html.escape(title)}</b><ol style='margin-top:2px'>{entries}</ol>"


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
