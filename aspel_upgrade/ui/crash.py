"""Unexpected errors: logged, shown with a copyable report, and the wizard keeps going."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..flow.wording import crash as words
from ..host.logs import redact
from .tasks import REPORT_STACK

if TYPE_CHECKING:  # QMessageBox is imported when an error is shown (ui/app.py)
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("aspel_upgrade.ui")


def error_report(error: BaseException) -> str:
    """What support needs: versions and the stack. Exceptions here never carry secrets."""
    import platform  # not before the first paint (ui/app.py)

    # A worker's error comes with its stack written out and its frames let go (ui/tasks.py).
    stack = getattr(error, REPORT_STACK, None)
    lines = [
        f"aspel-upgrade {__version__}",
        f"Python {platform.python_version()} · PySide6 {pyside_version} · {platform.platform()}",
        "",
        *(
            [stack]
            if stack
            else traceback.format_exception(type(error), error, error.__traceback__)
        ),
    ]
    # The same redaction as the logs: the report is meant to be copied and sent on.
    return redact("\n".join(line.rstrip("\n") for line in lines))


def show_unexpected(error: BaseException, parent: QWidget | None = None) -> QMessageBox:
    from PySide6.QtWidgets import QMessageBox

    stack = getattr(error, REPORT_STACK, None)
    if stack:
        log.error("Unexpected error:\n%s", stack.rstrip())
    else:
        log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(words.title())
    box.setText(words.text())
    box.setDetailedText(error_report(error))
    # Name the button by what it says (Qt's catalogue labels it), so the two never drift.
    box.setInformativeText(words.what_to_do(details_button_name(box)))
    box.open()  # not exec(): the wizard stays responsive behind it
    return box


def details_button_name(box: QMessageBox) -> str:
    """The details button's label as shown, without its mnemonic or trailing dots."""
    from PySide6.QtWidgets import QMessageBox

    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            return button.text().replace("&", "").rstrip(".…").strip()
    return words.details_button()


def install_excepthook(parent_getter: object) -> None:
    """Route uncaught exceptions (e.g. in slots) to the dialog instead of stderr."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        error.__traceback__ = tb
        parent = parent_getter() if callable(parent_getter) else None
        show_unexpected(error, parent if isinstance(parent, QWidget) else None)

    sys.excepthook = hook
