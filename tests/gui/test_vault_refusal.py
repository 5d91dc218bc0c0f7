"""«Recordar también mi contraseña» when the vault refuses (issue 21, item 3).

A password vault that answers with an error (Windows' Credential Manager refusing a read or
a write, a locked Secret Service elsewhere) degrades to "not remembered": the user is told
so in a sentence, where they are, and the wizard goes on. Never a crash, never a silent
loss. tests/windows/test_vault.py does the same with Windows' own backend under Wine.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from keyring.errors import KeyringError
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.settings import Settings
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.ui.pages.login import LoginPage
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import MemoryKeyring, click_next, wait_page

pytestmark = pytest.mark.gui


def _refusing(*_args: object) -> None:
    raise KeyringError("the vault refused")


def _login(wizard: UpgradeWizard) -> LoginPage:
    page = wizard.page_for(Step.LOGIN)
    assert isinstance(page, LoginPage)
    return page


def test_a_remembered_password_the_vault_cannot_read_is_asked_for_with_a_sentence(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(memory_keyring, "get_password", _refusing)
    wizard = make_wizard(settings=Settings(remembered_username="demo", remember_password=True))
    page = _login(wizard)
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert page.message.kind == "info"
    assert "no se pudo leer" in page.message.text().lower()
    assert "escríbela" in page.message.text().lower()
    assert page.username.text() == "demo" and page.password.text() == ""
    page.password.setText(DEMO_PASSWORD)  # the wizard goes on with the typed password
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)


def test_nothing_remembered_is_no_news(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], memory_keyring: MemoryKeyring
) -> None:
    """An empty vault (first run, or a password deleted by hand) says nothing."""
    wizard = make_wizard(settings=Settings(remembered_username="demo", remember_password=True))
    page = _login(wizard)
    qtbot.wait(200)
    assert not page.message.isVisible() and page.password.text() == ""


def test_a_password_the_vault_cannot_store_is_not_remembered_and_the_user_is_told(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(memory_keyring, "set_password", _refusing)
    wizard = make_wizard()
    page = _login(wizard)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    page.remember_user.setChecked(True)
    page.remember_password.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: wizard.ctx.settings.remember_password is False)
    shown = wizard.current_flow_page()
    assert shown is not None and shown is wizard.page_for(Step.SUBSCRIPTIONS)
    qtbot.waitUntil(lambda: "no se pudo guardar tu contraseña" in shown.message.text().lower())
    assert shown.message.isVisible() and shown.message.kind == "info"
    assert wizard.ctx.settings.remembered_username == "demo"  # the user name still is
    assert memory_keyring.store == {}
