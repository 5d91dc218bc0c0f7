"""«¿Olvidaste tu contraseña?»: a dialog that fits the wizard and says what it refuses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.forgot_password import ForgotPasswordDialog
from aspel_upgrade.ui.pages.login import LoginPage
from aspel_upgrade.ui.wizard import UpgradeWizard

pytestmark = pytest.mark.gui

# 1024×768 at 150 % is 682×512 logical pixels (as in test_usability's 150 % test).
AVAILABLE_150 = QSize(682, 512)


def _open(qtbot: QtBot, wizard: UpgradeWizard, user: str = "demo") -> ForgotPasswordDialog:
    page = wizard.page_for(Step.LOGIN)
    assert isinstance(page, LoginPage)
    page.username.setText(user)
    page.forgot.click()
    dialog = page.forgot_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _assert_fits(dialog: QDialog, width: int, height: int) -> None:
    assert dialog.width() <= width, f"dialog {dialog.width()} px wide, room for {width}"
    assert dialog.height() <= height, f"dialog {dialog.height()} px high, room for {height}"
    hint = dialog.minimumSizeHint()
    assert hint.width() <= width and hint.height() <= height, hint
    for button in dialog.findChildren(QAbstractButton):
        right = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert right.x() <= dialog.width() and right.y() <= dialog.height(), button.text()
    wrapped = [label for label in dialog.findChildren(QLabel) if len(label.text()) > 60]
    assert wrapped and all(label.wordWrap() for label in wrapped)


def test_dialog_is_no_wider_than_the_wizard_at_100_percent(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    dialog = _open(qtbot, wizard)
    _assert_fits(dialog, wizard.width(), wizard.screen().availableGeometry().height())
    dialog.reject()


def test_dialog_fits_a_1024x768_screen_at_150_percent(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    # The wizard as it is at 150 % on 1024×768: the whole available width, minus the frame.
    wizard.setFixedSize(AVAILABLE_150 - QSize(0, 40))
    dialog = _open(qtbot, wizard)
    _assert_fits(dialog, AVAILABLE_150.width() - 24, AVAILABLE_150.height() - 40)
    dialog.reject()


def test_a_pasted_500_character_user_name_is_kept_and_refused_with_a_reason(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    dialog = _open(qtbot, wizard, user="")
    QGuiApplication.clipboard().setText("u" * 500)
    dialog.username.paste()
    assert dialog.textValue() == "u" * 500  # not cut to 100
    note = dialog.note
    assert note.isVisible() and "500" in note.text() and "100" in note.text()
    assert not dialog.send.isEnabled()
    dialog.accept()
    assert dialog.isVisible()  # stays open, nothing sent
    page = wizard.page_for(Step.LOGIN)
    qtbot.wait(200)
    assert not page.busy and page.message.kind == ""
    assert sandbox.service.outbox() == []
    dialog.setTextValue("demo")
    assert not note.isVisible() and dialog.send.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: page.message.kind == "info")
    assert [m["kind"] for m in sandbox.service.outbox()] == ["password_reset"]
