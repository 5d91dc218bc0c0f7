"""The hostile pass on a real window (issue 18, last item): what it found, each failed
before its fix. The pass itself (Xvfb, xdotool, two copies, a full disk…) is in the
README's «Hostile pass on a real window»; these are its defects, reduced to tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, wait_page

pytestmark = pytest.mark.gui


def _enter(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)


def test_a_doubled_enter_on_the_terms_page_never_sends_the_confirmation(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    # Found with xdotool: Enter, Enter on the terms page (the box ticked) issued the serial:
    # the first reached Confirmación and left the focus on the commit button.
    wizard.activateWindow()
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    terms.accept_box.setChecked(True)
    terms.terms.setFocus()
    _enter(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert QApplication.focusWidget() is not commit, "the commit button has the focus"
    _enter(qtbot, wizard)
    _enter(qtbot, wizard)
    qtbot.wait(500)
    assert wizard.currentId() == int(Step.CONFIRM)
    assert not wizard.page_for(Step.CONFIRM).busy
    assert wizard.ctx.flow.state.receipt is None and not wizard.ctx.flow.state.committed
    assert [m for m in sandbox.service.outbox() if m["kind"] != "password_reset"] == []
    # The commit button still works when chosen: focused, Enter presses it.
    commit.setFocus()
    _enter(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
