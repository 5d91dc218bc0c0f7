"""The keyboard, as help-desk staff over a remote session use it (issue 18 C4, C5): Escape
and the window's X ask before the serial or a download can vanish, Enter presses the
focused button, and every mnemonic is unique on its page and in its dialogs, in both
languages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import click_next, to_confirm_page, wait_page

from .test_languages import english  # noqa: F401  (fixture)
from .test_usability import _walk

pytestmark = pytest.mark.gui

NAV = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
    QWizard.WizardButton.CustomButton1,
)


def mnemonic(text: str) -> str | None:
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _labelled(widgets: Iterable[QWidget]) -> list[tuple[str, str]]:
    """(letter, text) of every button and buddied label among ``widgets`` with a mnemonic."""
    out = []
    for w in widgets:
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            letter = mnemonic(w.text())
            if letter is not None:
                out.append((letter, w.text()))
    return out


def page_mnemonics(wizard: UpgradeWizard) -> list[tuple[str, str]]:
    """Every mnemonic the current page can offer (its buttons in any state: shown or not
    yet), with the wizard's own buttons that are there and usable now."""
    page = wizard.currentPage()
    nav = [wizard.button(b) for b in NAV]
    usable = [b for b in nav if b is not None and b.isVisible() and b.isEnabled()]
    return _labelled([*page.findChildren(QWidget), *usable])


def dialog_mnemonics(dialog: QDialog) -> list[tuple[str, str]]:
    return _labelled(w for w in dialog.findChildren(QWidget) if w.isVisible())


def assert_unique(where: str, found: list[tuple[str, str]]) -> None:
    letters: dict[str, str] = {}
    for letter, text in found:
        assert letter not in letters or letters[letter] == text, (
            f"{where}: «{letters.get(letter)}» and «{text}» share Alt+{letter.upper()}"
        )
        letters[letter] = text


def _every_page_and_dialog(qtbot: QtBot, wizard: UpgradeWizard) -> int:
    checked: dict[str, list[tuple[str, str]]] = {}

    def check() -> None:
        step = Step(wizard.currentId())
        found = page_mnemonics(wizard)
        assert_unique(step.name, found)
        checked[step.name] = found

    _walk(qtbot, wizard, after_each=check)
    # A doubled Alt+N on the terms page must not press the irreversible commit button.
    commit = mnemonic(wizard.buttonText(QWizard.WizardButton.CommitButton))
    assert commit not in {letter for letter, _ in checked["TERMS"]}, commit
    # The dialogs a user can open from the pages.
    wizard.show_diagnostics()
    assert wizard.diagnostics is not None
    assert_unique("Diagnóstico", dialog_mnemonics(wizard.diagnostics))
    wizard.diagnostics.reject()
    wizard.ctx.tasks.wait(10_000)
    wizard.restart()
    login = wizard.page_for(Step.LOGIN)
    login.ask_password_reset()
    assert login.forgot_dialog is not None
    assert_unique("¿Olvidaste…?", dialog_mnemonics(login.forgot_dialog))
    login.forgot_dialog.reject()
    from aspel_upgrade.ui.reauth import ReauthDialog

    reauth = ReauthDialog(wizard.ctx, wizard)
    reauth.show()
    assert_unique("Tu sesión terminó", dialog_mnemonics(reauth))
    reauth.reject()
    from aspel_upgrade.flow.pending import PendingUpgrade

    wizard.offer_resume(PendingUpgrade("u", "demo", "SUB-1001", "k", "t", "SAE", "7.0", "8.0"))
    assert wizard.resume_prompt is not None
    assert_unique("Actualización pendiente", dialog_mnemonics(wizard.resume_prompt))
    wizard.resume_prompt.reject()
    return len(checked)


def test_mnemonics_are_unique_on_every_page_and_dialog(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    assert _every_page_and_dialog(qtbot, wizard) == len(Step)


def test_mnemonics_are_unique_on_every_page_and_dialog_in_english(
    english: None,  # noqa: F811
    qtbot: QtBot,
    make_wizard: Callable[..., UpgradeWizard],
) -> None:
    assert _every_page_and_dialog(qtbot, make_wizard()) == len(Step)


def test_the_running_program_question_has_unique_mnemonics(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    _walk(qtbot, wizard)
    download = wizard.page_for(Step.DOWNLOAD)
    wizard.ctx.is_old_version_running = lambda system, version: True
    download.run_installer.click()
    qtbot.waitUntil(download.running_prompt_open, timeout=10_000)
    box = download.running_prompt
    assert box is not None and box.isVisible()
    assert_unique("abierto", dialog_mnemonics(box))
    box.reject()


# ---- Enter on a focused button (C5) ----------------------------------------------------


def test_enter_presses_the_focused_button_on_the_result_and_download_pages(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    _walk(qtbot, wizard)  # ends on the download page, verified
    download = wizard.page_for(Step.DOWNLOAD)
    download.open_folder.setFocus()
    QTest.keyClick(download.open_folder, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(u.startswith("file://") for u in opened_urls))
    assert wizard.isVisible()
    wizard.back()
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    QGuiApplication.clipboard().clear()
    result.copy_razon.setFocus()
    QTest.keyClick(result.copy_razon, Qt.Key.Key_Enter)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == receipt.razon_social)
    # Enter elsewhere (a value being read) still never closes the window.
    result.serial.setFocus()
    QTest.keyClick(result.serial, Qt.Key.Key_Return)
    assert wizard.isVisible() and wizard.currentId() == int(Step.RESULT)


# ---- Escape and the window's X (C4) ---------------------------------------------------


def _prompt(wizard: UpgradeWizard) -> QMessageBox:
    box = wizard.close_prompt
    assert box is not None and box.isVisible(), "no question was asked"
    return box


def _escape(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    focus = QApplication.focusWidget() or wizard
    QTest.keyClick(focus, Qt.Key.Key_Escape)


def test_escape_on_the_result_page_asks_and_the_serial_stays(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    _walk(qtbot, wizard)
    wizard.back()
    wait_page(qtbot, wizard, Step.RESULT)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    serial = receipt.new_serial
    _escape(qtbot, wizard)
    box = _prompt(wizard)
    assert serial in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # stay
    box.button(QMessageBox.StandardButton.No).click()
    assert wizard.isVisible() and wizard.page_for(Step.RESULT).serial.text() == serial
    wizard.close()  # the window's X asks the same
    _prompt(wizard).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_escape_on_the_confirmation_page_asks(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    to_confirm_page(qtbot, wizard)
    _escape(qtbot, wizard)
    box = _prompt(wizard)
    assert "SAE 7.0" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert wizard.isVisible() and wizard.currentId() == int(Step.CONFIRM)
    click_next(qtbot, wizard)  # still usable: the commit goes through
    wait_page(qtbot, wizard, Step.RESULT)


def test_escape_mid_download_asks_and_closing_keeps_what_arrived(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=32 * 1024, count=10))
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    wizard.page_for(Step.RESULT).download_here.click()
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    download = wizard.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: download.bar.value() > 0, timeout=10_000)
    assert download.downloading  # the page's read-only hook
    _escape(qtbot, wizard)
    box = _prompt(wizard)
    assert "descargando" in box.text()
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and receipt.new_serial in box.text()  # as «¡Listo!» asks
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert not download.downloading
    wizard.ctx.tasks.pool.waitForDone(10_000)  # the transfer has let go of its file
    parts = list(wizard.ctx.paths.downloads.glob("*.part"))
    assert parts and parts[0].stat().st_size > 0  # paused, not thrown away


def test_escape_before_anything_is_done_closes_at_once(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    _escape(qtbot, wizard)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.close_prompt is None
