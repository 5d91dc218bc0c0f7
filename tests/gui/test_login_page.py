"""Page 1: every error shown inline with what to do, typed text kept, remember me."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.settings import Settings, load_settings
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.pages.login import LoginPage
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import MemoryKeyring, click_next, wait_page

pytestmark = pytest.mark.gui


def _page(wizard: UpgradeWizard) -> LoginPage:
    page = wizard.page_for(Step.LOGIN)
    assert isinstance(page, LoginPage)
    return page


def _try(qtbot: QtBot, wizard: UpgradeWizard, user: str, password: str) -> LoginPage:
    page = _page(wizard)
    page.username.setText(user)
    page.password.setText(password)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: not page.busy and page.message.isVisible(), timeout=10_000)
    return page


def _assert_kept(page: LoginPage, user: str, password: str) -> None:
    assert page.username.text() == user
    assert page.password.text() == password
    assert page.username.isEnabled() and page.password.isEnabled()
    assert page.wizard().button(QWizard.WizardButton.NextButton).isEnabled()


def test_empty_fields_cannot_be_submitted(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = _page(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    page.username.setText("demo")
    assert not next_button.isEnabled()
    page.password.setText("x")
    assert next_button.isEnabled()
    page.username.setText("   ")
    assert not next_button.isEnabled()


def test_wrong_credentials(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = _try(qtbot, wizard, "demo", "no-es-esta")
    assert page.message.kind == "error"
    assert "usuario o la contraseña no son correctos" in page.message.text()
    _assert_kept(page, "demo", "no-es-esta")
    assert wizard.currentId() == int(Step.LOGIN)


def test_locked_account_says_until_when(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    for _ in range(4):
        _try(qtbot, wizard, "demo", "mala")
    page = _try(qtbot, wizard, "demo", "mala")
    text = page.message.text()
    assert "bloqueada" in text
    assert "después de las" in text and "/20" in text  # a time and a DD/MM/AAAA date
    assert "¿Olvidaste tu contraseña?" in text
    _assert_kept(page, "demo", "mala")


def test_rate_limited_says_how_long_to_wait(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    sandbox.faults.add(Fault("login", status=429, retry_after=42))
    page = _try(qtbot, wizard, "demo", DEMO_PASSWORD)
    assert "Espera 42 segundos" in page.message.text()
    _assert_kept(page, "demo", DEMO_PASSWORD)
    click_next(qtbot, wizard)  # after waiting, the same click works
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)


def test_network_failure_says_what_to_do(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    sandbox.stop()  # the portal is gone: connection refused
    page = _try(qtbot, wizard, "demo", DEMO_PASSWORD)
    assert "Revisa tu conexión a internet" in page.message.text()
    _assert_kept(page, "demo", DEMO_PASSWORD)


def test_portal_down_says_so(qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal) -> None:
    sandbox.faults.add(Fault("login", status=503, retry_after=120))
    page = _try(qtbot, wizard, "demo", DEMO_PASSWORD)
    assert "no está disponible" in page.message.text()
    _assert_kept(page, "demo", DEMO_PASSWORD)


def test_show_hide_password(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = _page(wizard)
    assert page.password.echoMode() == QLineEdit.EchoMode.Password
    QTest.mouseClick(page.show_password, Qt.MouseButton.LeftButton)
    assert page.password.echoMode() == QLineEdit.EchoMode.Normal
    QTest.mouseClick(page.show_password, Qt.MouseButton.LeftButton)
    assert page.password.echoMode() == QLineEdit.EchoMode.Password


def test_forgot_password_requests_a_reset_and_says_where_it_went(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    page = _page(wizard)
    page.username.setText("demo")
    page.forgot.click()
    dialog = page.forgot_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == "demo"
    dialog.accept()
    qtbot.waitUntil(lambda: page.message.kind == "info")
    assert "dirección registrada" in page.message.text()
    assert [m["kind"] for m in sandbox.service.outbox()] == ["password_reset"]


def test_forgot_password_for_an_unknown_user_answers_the_same(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    page = _page(wizard)
    page.forgot.click()
    assert page.forgot_dialog is not None
    page.forgot_dialog.setTextValue("nadie")
    page.forgot_dialog.accept()
    qtbot.waitUntil(lambda: page.message.kind == "info")
    assert "Si el usuario «nadie» existe" in page.message.text()
    assert sandbox.service.outbox() == []


def test_remember_user_keeps_only_the_username(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    page = _page(wizard)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    page.remember_user.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    saved = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert saved["remembered_username"] == "demo"
    assert saved["remember_password"] is False
    assert DEMO_PASSWORD not in json.dumps(saved)
    assert memory_keyring.store == {}


def test_remembered_password_goes_only_to_the_keyring_and_comes_back(
    qtbot: QtBot,
    make_wizard: Callable[..., UpgradeWizard],
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    wizard = make_wizard()
    page = _page(wizard)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    page.remember_user.setChecked(True)
    page.remember_password.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    # The keyring is written off the GUI thread.
    qtbot.waitUntil(lambda: memory_keyring.store == {("aspel-upgrade", "demo"): DEMO_PASSWORD})
    settings_text = (tmp_path / "config" / "settings.json").read_text(encoding="utf-8")
    assert DEMO_PASSWORD not in settings_text

    settings = load_settings(None, tmp_path / "config" / "settings.json")
    again = make_wizard(settings=settings)
    page2 = _page(again)
    assert page2.username.text() == "demo"
    qtbot.waitUntil(lambda: page2.password.text() == DEMO_PASSWORD)


def test_a_broken_keyring_degrades_to_asking_again(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from keyring.errors import KeyringError

    def broken(*_args: object) -> None:
        raise KeyringError("no backend")

    monkeypatch.setattr(memory_keyring, "get_password", broken)
    monkeypatch.setattr(memory_keyring, "set_password", broken)
    wizard = make_wizard(settings=Settings(remembered_username="demo", remember_password=True))
    page = _page(wizard)
    qtbot.wait(50)
    assert page.username.text() == "demo" and page.password.text() == ""
    page.password.setText(DEMO_PASSWORD)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: wizard.ctx.settings.remember_password is False)


def test_hostile_strings_are_kept_and_refused_cleanly(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    for user in ["' OR 1=1 --", "مستخدم\u202e", "😀" * 50, "a\tb"]:
        page = _try(qtbot, wizard, user, "x" * 200)
        assert page.username.text() == user
        assert page.message.kind == "error"


def test_no_keyring_at_all_degrades_to_asking_again(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    # what a headless machine has (keyring's backends' __init__ has no annotations)
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        wizard = make_wizard(settings=Settings(remembered_username="demo", remember_password=True))
        page = _page(wizard)
        qtbot.wait(50)
        assert page.password.text() == ""
        page.password.setText(DEMO_PASSWORD)
        page.remember_password.setChecked(True)
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
        qtbot.waitUntil(lambda: wizard.ctx.settings.remember_password is False)
    finally:
        keyring.set_keyring(previous)


def test_a_password_of_only_spaces_is_refused_before_sending(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    page = _page(wizard)
    page.username.setText("demo")
    page.password.setText("    ")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.input_note.isVisible() and "solo espacios" in page.input_note.text()
    page.password.setText("  a  ")
    assert not page.input_note.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize(
    ("field", "pasted", "limit"), [("password", 250, 200), ("username", 150, 100)]
)
def test_a_paste_longer_than_the_limit_is_kept_and_explained(
    qtbot: QtBot, wizard: UpgradeWizard, field: str, pasted: int, limit: int
) -> None:
    from PySide6.QtGui import QGuiApplication

    page = _page(wizard)
    page.username.setText("demo")
    page.password.setText("x")
    edit = getattr(page, field)
    edit.clear()
    QGuiApplication.clipboard().setText("p" * pasted)
    edit.paste()
    assert len(edit.text()) == pasted  # never cut without a word
    note = page.input_note
    assert note.isVisible() and str(pasted) in note.text() and str(limit) in note.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    edit.setText("p" * limit)  # exactly the limit is fine
    assert not note.isVisible()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_session_dialog_refuses_a_long_or_blank_password_with_a_reason(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    from PySide6.QtGui import QGuiApplication

    from aspel_upgrade.ui.reauth import ReauthDialog

    dialog = ReauthDialog(wizard.ctx, wizard)
    qtbot.addWidget(dialog)
    dialog.open()
    QGuiApplication.clipboard().setText("p" * 250)
    dialog.password.paste()
    assert len(dialog.password.text()) == 250  # not cut to 200 without a word
    assert not dialog.ok.isEnabled()
    assert dialog.message.isVisible() and "250" in dialog.message.text()
    dialog.password.setText("   ")
    assert not dialog.ok.isEnabled() and "solo espacios" in dialog.message.text()
    dialog.password.setText("x")
    assert dialog.ok.isEnabled() and not dialog.message.isVisible()
    dialog.reject()
