"""Portal, file and user data on screen: plain text, always (issue 18 G1).

Left alone, Qt shows a label's, a message box's or a tooltip's text as rich text when it
looks like HTML: an ``<img src=…>`` in a razón social made Qt open local and ``//host/share``
paths on the GUI thread (on Windows a UNC path sends the user's credentials to that host),
and a styled span made the razón social the user must type read differently from what the
portal sent. So every widget that shows such data goes through here: ``plain()`` for a
label or a box, ``ValueLabel`` for a value the user reads, copies or types, ``tooltip()`` for
a tooltip; ``clean()`` drops the invisible characters (bidi controls, zero-width and other
format characters, control characters) that make a value read or copy as something else.
"""

from __future__ import annotations

import html
import unicodedata
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

W = TypeVar("W")


def clean(value: str) -> str:
    """``value`` without the characters that are not what they seem: bidi overrides and
    isolates (a right-to-left override made ``…bat.exe`` read ``…exe.tab``), zero-width and
    other format characters, and control characters (line breaks and tabs stay)."""
    return "".join(
        c for c in value if c in "\n\t" or unicodedata.category(c) not in ("Cf", "Cc", "Co")
    )


def plain(widget: W) -> W:
    """A label or message box that shows data: its text is never read as rich text."""
    set_format = getattr(widget, "setTextFormat", None)
    if set_format is not None:
        set_format(Qt.TextFormat.PlainText)
    return widget


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written (Qt reads a tooltip that looks like HTML as
    rich text, and there is no plain-text switch for tooltips): escaped, line by line."""
    lines = (html.escape(line) for line in clean(text).split("\n"))
    return "<qt>" + "<br>".join(lines) + "</qt>" if text else ""


class ValueLabel(QLabel):
    """A value the user reads, copies or types (a serial, the razón social, a link…).

    Plain text without invisible characters; selectable; and read by a screen reader as
    «caption: value» (its caption alone hid the value: issue 18 D1), the caption also as
    its description.
    """

    def __init__(self, caption: str, parent: QWidget | None = None, *, keyboard: bool = False):
        super().__init__(parent)
        self.caption = caption
        plain(self)
        self.setProperty("portalData", True)  # the portal's words, not ours
        self.setWordWrap(True)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if keyboard:  # a Tab stop of its own (the new serial)
            flags |= Qt.TextInteractionFlag.TextSelectableByKeyboard
        self.setTextInteractionFlags(flags)
        self.setAccessibleDescription(caption)
        self.setText("")

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name
        value = clean(text)
        super().setText(value)
        self.setAccessibleName(f"{self.caption}: {value}" if value else self.caption)
