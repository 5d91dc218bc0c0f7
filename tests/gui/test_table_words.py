"""The table's line under it says what to do now (issue 18 B12): «Pulsa «Siguiente»» only
while «Siguiente» can be pressed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import log_in

pytestmark = pytest.mark.gui


def test_the_line_under_the_table_never_points_at_a_disabled_next(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    log_in(qtbot, wizard)  # three upgradable systems: none chosen for the user
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    table = page.table
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: table.currentIndex().isValid() or table.hasFocus())
    table.setCurrentIndex(table.model().index(0, 0))  # the focus is on a row, not chosen
    table.selectionModel().clearSelection()
    assert not next_button.isEnabled()
    detail = page.detail.text()
    assert "Pulsa «Siguiente»" not in detail, detail
    assert "barra espaciadora" in detail  # what to do: choose it first
    QTest.keyClick(table, Qt.Key.Key_Space)  # chosen with the keyboard
    assert next_button.isEnabled()
    assert "Pulsa «Siguiente»" in page.detail.text()
