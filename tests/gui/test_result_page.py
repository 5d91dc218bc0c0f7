"""«¡Listo!» says what is true of this PC each time it is shown, keeps the serial on screen
and reads well on a small screen (issue 18 B6, C11, C15, D2). Real sandbox, offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests import helpers
from tests.helpers import wait_page

pytestmark = pytest.mark.gui

PROGRAM = r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0"
DATA = (DataFolder(r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\SAE7.00", 2),)


def sae7(running: bool) -> InstalledSystem:
    return InstalledSystem("SAE", "7.0", PROGRAM, DATA, running=running)


def to_result(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """Upgraded through the table: the installed SAE 7.0's preselection undone first."""
    qtbot.waitUntil(lambda: wizard.ctx.flow.state.installed is not None)
    wizard.ctx.flow.state.installed = ()  # through the table, not preselected
    helpers.to_result(qtbot, wizard)


def settled(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.scan is not None and not result.scan.running)


def back(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)


def test_back_from_the_download_looks_at_this_pc_again(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """B6: SAE 7.0 was closed while the user was on the download page; «¡Listo!» must not
    still say it is open."""
    found = [sae7(running=True)]
    wizard = make_wizard(installed=found)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.running.isVisible())
    settled(qtbot, wizard)
    result.download_here.click()
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    download = wizard.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: download.phase is DownloadPhase.VERIFIED)
    found[0] = sae7(running=False)
    back(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    qtbot.waitUntil(lambda: not result.running.isVisible())


def test_coming_back_to_the_window_looks_again(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """B6: the user switched to SAE, closed it and came back to the wizard."""
    found = [sae7(running=True)]
    wizard = make_wizard(installed=found)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.running.isVisible())
    settled(qtbot, wizard)
    found[0] = sae7(running=False)
    QApplication.sendEvent(wizard, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: not result.running.isVisible())
    found[0] = sae7(running=True)  # opened again
    settled(qtbot, wizard)
    QApplication.sendEvent(wizard, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: result.running.isVisible())


def test_back_from_the_download_offers_no_next_and_no_cancel(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    """C11: «Cancelar» after the irreversible step suggests it can be undone."""
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    result.download_here.click()
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    download = wizard.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: download.phase is DownloadPhase.VERIFIED)
    back(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    result.download_here.click()  # and there again
    wait_page(qtbot, wizard, Step.DOWNLOAD)


def _focus_stops(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_focus_arrives_on_copy_and_the_scroll_area_is_no_tab_stop(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    """C15, D2: focus went to «Copiar», then a moment later to an unnamed scroll area."""
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    settled(qtbot, wizard)
    qtbot.wait(50)
    assert QApplication.focusWidget() is result.copy_serial
    assert not [w for w in _focus_stops(result) if isinstance(w, QScrollArea)]


def test_nothing_touches_the_scroll_bar(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """C15: the red deadline sentence ran up against the scroll bar."""
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    settled(qtbot, wizard)
    [scroll] = result.findChildren(QScrollArea)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    viewport, content = scroll.viewport(), scroll.widget()
    assert content is not None
    for widget in content.findChildren(QWidget):
        if widget.isVisible() and widget.parentWidget() is content:
            right = widget.mapTo(viewport, QPoint(widget.width(), 0)).x()
            assert right <= viewport.width() - 6, (
                f"{widget!r} reaches {right} of {viewport.width()}"
            )


def test_the_open_warning_is_above_the_fold_at_150_percent(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """C15: on 1024×768 at 150 % (659×464 logical, tests/gui/test_screen_sizes.py) the
    «está abierto» warning was below the fold."""
    wizard = make_wizard(installed=[sae7(running=True)])
    wizard.setFixedSize(QSize(659, 464))
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.running.isVisible())
    [scroll] = result.findChildren(QScrollArea)
    scroll.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    warning = result.running
    bottom = warning.mapTo(scroll.viewport(), QPoint(0, warning.height())).y()
    assert bottom <= scroll.viewport().height(), (bottom, scroll.viewport().height())
