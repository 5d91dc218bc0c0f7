"""Keyboard, accessibility, size and language: every page, not only the happy path."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, ready_looked, wait_page

pytestmark = pytest.mark.gui


def _walk(
    qtbot: QtBot, wizard: UpgradeWizard, after_each: Callable[[], None] | None = None
) -> list[Step]:
    """Go through every page, calling ``after_each`` on each once it is ready."""
    check = after_each or (lambda: None)
    seen = [Step(wizard.currentId())]
    check()
    log_in(qtbot, wizard)
    seen.append(Step.SUBSCRIPTIONS)
    choose(qtbot, wizard, "SKSNWR")
    check()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled)
    terms.accept_box.setChecked(True)
    seen.append(Step.TERMS)
    check()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.READY)
    ready_looked(qtbot, wizard)
    seen.append(Step.READY)
    check()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    seen.append(Step.CONFIRM)
    check()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    seen.append(Step.RESULT)
    check()
    result = wizard.page_for(Step.RESULT)
    QTest.mouseClick(result.download_here, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    download = wizard.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: download.phase is DownloadPhase.VERIFIED)
    seen.append(Step.DOWNLOAD)
    check()
    return seen


def test_every_input_has_an_accessible_name_and_buttons_have_mnemonics(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    _walk(qtbot, wizard)
    for step, page in wizard.pages.items():
        for widget in page.findChildren(QLineEdit) + page.findChildren(QTableView):
            assert widget.accessibleName(), f"{step.name}: {widget!r} has no accessible name"
        for button in page.findChildren(QCheckBox) + page.findChildren(QPushButton):
            assert "&" in button.text(), f"{step.name}: «{button.text()}» has no mnemonic"


def test_qt_standard_buttons_are_in_spanish(wizard: UpgradeWizard) -> None:
    texts = {
        which: wizard.buttonText(which).replace("&", "")
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
            QWizard.WizardButton.FinishButton,
        )
    }
    assert texts[QWizard.WizardButton.NextButton].startswith("Siguiente")
    assert texts[QWizard.WizardButton.BackButton].endswith("Atrás")
    assert texts[QWizard.WizardButton.CancelButton] == "Cancelar"
    assert texts[QWizard.WizardButton.FinishButton] == "Finalizar"


def test_fits_1024x768_at_150_percent(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    # 1024×768 at 150 % is 682×512 logical pixels; leave room for the window frame.
    limit = QSize(682, 512 - 40)
    for step in _walk(qtbot, wizard):
        wizard.setFixedSize(limit)
        hint = wizard.page_for(step).minimumSizeHint()
        assert hint.width() <= limit.width() - 24, f"{step.name} needs {hint.width()} px wide"
        assert hint.height() <= limit.height() - 150, f"{step.name} needs {hint.height()} px"


def _next_in_focus_chain(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None, f"{widget!r} ends the focus chain"
    return following


def test_tab_order_on_the_login_page_follows_reading_order(wizard: UpgradeWizard) -> None:
    page = wizard.page_for(Step.LOGIN)
    order: list[QWidget] = [page.username]
    widget: QWidget = page.username
    for _ in range(5):
        widget = _next_in_focus_chain(widget)
        while not widget.focusPolicy() or not widget.isVisible():
            widget = _next_in_focus_chain(widget)
        order.append(widget)
    assert order[:5] == [
        page.username,
        page.password,
        page.show_password,
        page.remember_user,
        page.remember_password,
    ]


def test_no_visible_text_is_left_in_english(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    english = {"Next", "Back", "Cancel", "Finish", "Commit", "OK", "Help", "Show Details"}
    _walk(qtbot, wizard)
    buttons = wizard.findChildren(QAbstractButton)
    for button in buttons:
        assert button.text().replace("&", "").strip(" <>") not in english, button.text()
