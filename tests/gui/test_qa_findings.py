"""QA findings (hostile pass on the merged app): each failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.settings import Settings
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import (
    click_next,
    log_in,
    to_confirm_page,
    to_terms,
    wait_page,
)

pytestmark = pytest.mark.gui


def test_prefilled_user_puts_focus_on_password(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard(settings=Settings(remembered_username="demo"))
    page = wizard.page_for(Step.LOGIN)
    wizard.activateWindow()
    qtbot.wait(300)
    assert page.username.text() == "demo"
    assert QApplication.focusWidget() is page.password


def test_terms_no_future_tense_after_deadline_passed(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    to_terms(qtbot, wizard)
    page = wizard.page_for(Step.TERMS)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Ya pasó la fecha" in texts
    assert "hasta entonces" not in texts


def test_confirm_warning_no_future_tense_after_deadline_passed(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    to_terms(qtbot, wizard)
    wizard.page_for(Step.TERMS).accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    texts = " ".join(label.text() for label in wizard.page_for(Step.CONFIRM).findChildren(QLabel))
    assert "Ya pasó la fecha" in texts
    assert "solo funcionará hasta el 10/03/2022" not in texts


def _commit_dropped(qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal) -> None:
    """Commit with the portal's answer lost: the serial is issued, the record stays pending."""
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=100))
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    confirm = wizard.page_for(Step.CONFIRM)
    qtbot.waitUntil(lambda: confirm.message.kind == "error", timeout=15_000)
    wizard.done(0)
    sandbox.faults.clear()


def test_every_waiting_upgrade_is_mentioned_after_later(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal
) -> None:
    first = make_wizard()
    to_confirm_page(qtbot, first, "SKSNWR")
    _commit_dropped(qtbot, first, sandbox)
    second = make_wizard()  # «Más tarde»: the SAE offer is not taken
    to_confirm_page(qtbot, second, "CQ7M4R")
    _commit_dropped(qtbot, second, sandbox)

    third = make_wizard()  # «Más tarde» again
    assert {p.system for p in third.ctx.flow.load_pending()} == {"SAE", "COI"}
    log_in(qtbot, third)
    text = third.page_for(Step.SUBSCRIPTIONS).message.text()
    assert "SAE 7.0 → 8.0" in text
    assert "COI 9.0 → 10.0" in text


def test_reminder_does_not_freeze_a_days_left_count(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    wizard.ctx.flow.today = lambda: date(2026, 11, 28)  # a fixed day, whatever the calendar
    to_confirm_page(qtbot, wizard, "CQ7M4R")  # COI 9.0: usable until 01/12/2026, days ahead
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    assert result.remind.isEnabled()
    description = result.reminder().description.splitlines()[0]
    assert "01/12/2026" in description
    assert "quedan" not in description and "queda 1" not in description, description
