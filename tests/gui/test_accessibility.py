"""What a screen reader gets (issue 18 D1-D4), read through Qt's own accessibility
interfaces (``QAccessible.queryAccessibleInterface``: what the AT-SPI bridge gives Orca and
the UI Automation bridge gives Narrator), on every page and dialog, in both languages:

- every control that takes the focus with Tab has a name (no unnamed focus stop);
- a control's name contains its visible text (WCAG 2.5.3: a voice user says what they see);
- every text shown (a caption, a value such as the new serial, a sentence) is readable
  through its name, description, value or text interface;
- an inline error is an alert and is tied to the field it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui import widgets
from aspel_upgrade.ui.wizard import UpgradeWizard

from .test_languages import english  # noqa: F401  (fixture)
from .test_usability import _walk

pytestmark = pytest.mark.gui


def _norm(text: str) -> str:
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"[<>…:]", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def shown_text(label: QLabel) -> str:
    """What the label shows, as plain text (a rich-text label's markup taken out)."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("\u200b", "")


def readable(widget: QWidget) -> str:
    """Everything a screen reader can get from the widget: name, description, value, text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    parts = [iface.text(QAccessible.Text.Name), iface.text(QAccessible.Text.Description),
             iface.text(QAccessible.Text.Value)]  # fmt: skip
    text_iface = iface.textInterface()
    if text_iface is not None:
        parts.append(text_iface.text(0, text_iface.characterCount()))
    value_iface = iface.valueInterface()
    if value_iface is not None:
        parts.append(str(value_iface.currentValue()))
    return " ".join(p for p in parts if p).replace("\u200b", "")  # line-break chances


def check(where: str, widgets: Iterable[QWidget]) -> int:
    """The rules above, for the visible widgets given; returns how many were checked."""
    checked = 0
    for widget in widgets:
        if not widget.isVisible():
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            assert name.strip(), f"{where}: unnamed focus stop {widget!r}"
            checked += 1
        if isinstance(widget, QAbstractButton) and widget.text():
            visible = _norm(widget.text())
            assert visible in _norm(name), f"{where}: «{name}» does not say «{widget.text()}»"
            checked += 1
        if isinstance(widget, QLabel) and shown_text(widget).strip():
            shown = _norm(shown_text(widget))
            assert shown in _norm(readable(widget)), (
                f"{where}: «{shown_text(widget)}» is not readable (only «{readable(widget)}»)"
            )
            checked += 1
    return checked


def _pages_and_dialogs(qtbot: QtBot, wizard: UpgradeWizard) -> dict[str, int]:
    counts: dict[str, int] = {}
    nav = [wizard.button(b) for b in QWizard.WizardButton if b != QWizard.WizardButton.Stretch]

    def each_page() -> None:
        step = Step(wizard.currentId())
        page = wizard.currentPage()
        counts[step.name] = check(step.name, [*page.findChildren(QWidget), *filter(None, nav)])

    _walk(qtbot, wizard, after_each=each_page)
    dialogs: list[tuple[str, QDialog]] = []
    wizard.show_diagnostics()
    assert wizard.diagnostics is not None
    dialogs.append(("Diagnóstico", wizard.diagnostics))
    login = wizard.page_for(Step.LOGIN)
    login.ask_password_reset()
    assert login.forgot_dialog is not None
    dialogs.append(("¿Olvidaste…?", login.forgot_dialog))
    from aspel_upgrade.ui.reauth import ReauthDialog

    reauth = ReauthDialog(wizard.ctx, wizard)
    reauth.show()
    dialogs.append(("Tu sesión terminó", reauth))
    for where, dialog in dialogs:
        qtbot.waitUntil(dialog.isVisible)
        counts[where] = check(where, dialog.findChildren(QWidget))
        dialog.reject()
    wizard.ctx.tasks.wait(10_000)
    return counts


def test_every_page_and_dialog_reads_out(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    counts = _pages_and_dialogs(qtbot, wizard)
    assert all(counts.values()), counts


def test_every_page_and_dialog_reads_out_in_english(
    english: None,  # noqa: F811
    qtbot: QtBot,
    make_wizard: Callable[..., UpgradeWizard],
) -> None:
    counts = _pages_and_dialogs(qtbot, make_wizard())
    assert all(counts.values()), counts


def test_the_new_serial_is_in_the_tree(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """D1: the serial occurred nowhere in the accessibility tree."""
    _walk(qtbot, wizard)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    result, download = wizard.page_for(Step.RESULT), wizard.page_for(Step.DOWNLOAD)
    for page, serial in ((result, result.serial), (download, download.serial)):
        found = [w for w in page.findChildren(QLabel) if receipt.new_serial in readable(w)]
        assert found, type(page).__name__
        assert receipt.new_serial in readable(serial)
        assert "serie" in readable(serial)  # and what it is


def test_forgot_password_is_a_button(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """D4: exposed as a label, a keyboard or screen-reader user could not find it."""
    page = wizard.page_for(Step.LOGIN)
    iface = QAccessible.queryAccessibleInterface(page.forgot)
    assert iface.role() in (QAccessible.Role.PushButton, QAccessible.Role.Link)
    assert page.forgot.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.forgot.click()
    qtbot.waitUntil(lambda: page.forgot_dialog is not None and page.forgot_dialog.isVisible())
    assert page.forgot_dialog is not None
    page.forgot_dialog.reject()


def test_a_wrong_password_is_an_alert_tied_to_the_field(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    """D3: inline errors were not announced, nor tied to the field."""
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText("no es")
    wizard.next()
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    message = QAccessible.queryAccessibleInterface(page.message)
    assert message.role() == QAccessible.Role.AlertMessage
    field = QAccessible.queryAccessibleInterface(page.password)
    assert page.message.text() in field.text(QAccessible.Text.Description)
    page.password.setText("Aspel2026!")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.SUBSCRIPTIONS), timeout=10_000)
    assert field.text(QAccessible.Text.Description) == ""  # not left behind


def test_a_message_read_before_its_first_error_is_an_alert_when_one_comes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen reader reads the page as it opens, before any message: Qt keeps the
    interface it made then. The first error still reaches the reader as an alert."""
    monkeypatch.setattr(widgets, "_MESSAGE_INTERFACE", [])  # as in a run, before any message
    parent = QWidget()
    qtbot.addWidget(parent)
    message = widgets.InlineMessage(parent)
    read_early = QAccessible.queryAccessibleInterface(message)
    assert read_early.role() == QAccessible.Role.StaticText
    parent.show()
    message.show_message("error", "La contraseña no es correcta.")
    assert QAccessible.queryAccessibleInterface(message).role() == QAccessible.Role.AlertMessage
