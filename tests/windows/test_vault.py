"""«Recordar también mi contraseña» in Windows' Credential Manager, through the app's own
code path (issue 21, item 3). Windows only; packaging/windows/prove.sh runs it under Wine.

The wizard stores the password when the user ticks the box and logs in, fills it in at
the next start and logs in with it, replaces it when the portal's password changed, and
deletes it when the user stops remembering. keyring's Windows backend (WinVaultKeyring,
CredWrite/CredRead through win32ctypes) is the real one; the password is also read back
with CredRead directly, so the test does not only trust keyring. A vault that refuses
(CredWrite/CredRead answering a Win32 error, as Credential Manager does for a profile it
cannot open) degrades to "not remembered" with a sentence.

    ASPEL_VAULT_PASSWORD   the password to use (prove.sh gives a fresh one, then searches
                           the whole Wine prefix for it); default: a random one
    ASPEL_VAULT_KEEP=1     leave the last remembered password in the vault for that search
                           (prove.sh then deletes every "boveda-…" credential)
    ASPEL_VAULT_CONTROL    a file to write the password to, in UTF-16: the search's proof
                           that it would find the password where it is
"""

from __future__ import annotations

import json
import os
import secrets
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

pytestmark = [
    pytest.mark.skipif(sys.platform != "win32", reason="Windows host only"),
    pytest.mark.gui,
]

# Read by mypy on Linux too (the suite skips these tests there).
if TYPE_CHECKING or sys.platform == "win32":
    import keyring
    from keyring.backends.Windows import WinVaultKeyring
    from pytestqt.qtbot import QtBot
    from win32ctypes.pywin32 import pywintypes, win32cred

    from aspel_upgrade.flow.controller import UpgradeFlow
    from aspel_upgrade.flow.pending import PendingStore
    from aspel_upgrade.flow.steps import Step
    from aspel_upgrade.host.credentials import SERVICE, CredentialStore
    from aspel_upgrade.host.paths import AppPaths
    from aspel_upgrade.host.settings import load_settings
    from aspel_upgrade.portal.client import PortalClient
    from aspel_upgrade.sandbox.security import hash_password
    from aspel_upgrade.sandbox.server import SandboxPortal
    from aspel_upgrade.ui.context import UiContext
    from aspel_upgrade.ui.pages.login import LoginPage
    from aspel_upgrade.ui.tasks import TaskRunner
    from aspel_upgrade.ui.wizard import UpgradeWizard
    from tests.helpers import click_next, wait_page
    from tests.helpers_sandbox import TEST_SCRYPT_N

# One user name per run: the real Credential Manager of whoever runs this is never touched
# for anyone else (the app's service name, a user name no one has).
USER = f"boveda-{uuid.uuid4().hex[:10]}"
PASSWORD = os.environ.get("ASPEL_VAULT_PASSWORD") or f"Bóveda-ñ-{secrets.token_urlsafe(12)}"
NEW_PASSWORD = PASSWORD + "-2"
NO_SUCH_LOGON_SESSION = 1312  # what CredWrite answers when it cannot open the user's vault
ERROR_NOT_FOUND, KEY_DELETED = 1168, 1018


def _set_portal_password(sandbox: SandboxPortal, password: str) -> None:
    """The account's password on the portal (as if changed on the portal's own site)."""
    salt, digest = hash_password(password, n=TEST_SCRYPT_N)
    with sandbox.store.transaction() as conn:
        conn.execute(
            "UPDATE accounts SET username = ?, password_salt = ?, password_hash = ?"
            " WHERE username IN ('demo', ?)",
            (USER, salt, digest, USER),
        )


def _in_credential_manager() -> list[tuple[str, str]]:
    """(user, password) of every generic credential of the app's service, read with
    CredEnumerate/CredRead directly, whatever target name keyring chose."""
    for _ in range(20):
        try:
            found = []
            for cred in win32cred.CredEnumerate(None, 0) or []:
                target = cred["TargetName"]
                if SERVICE in target and cred["Type"] == win32cred.CRED_TYPE_GENERIC:
                    read = win32cred.CredRead(target, win32cred.CRED_TYPE_GENERIC)
                    found.append((cred["UserName"], read["CredentialBlob"].decode("utf-16-le")))
            return [entry for entry in found if entry[0] == USER]
        except pywintypes.error as error:
            if error.winerror == ERROR_NOT_FOUND:  # an empty vault answers "not found"
                return []
            if error.winerror != KEY_DELETED:  # deleted by the app while being listed
                raise
    raise AssertionError("Credential Manager kept changing while being listed")


@pytest.fixture(scope="module", autouse=True)
def left_for_the_search() -> Iterator[None]:
    """For prove.sh: once every test has run, the password remembered as the app stores it
    (ASPEL_VAULT_KEEP), and the control file written (ASPEL_VAULT_CONTROL)."""
    yield
    if sys.platform == "win32" and os.environ.get("ASPEL_VAULT_KEEP") == "1":
        previous = keyring.get_keyring()
        keyring.set_keyring(WinVaultKeyring())  # type: ignore[no-untyped-call]  # keyring: unannotated __init__
        try:
            assert CredentialStore().set(USER, PASSWORD)
            assert _in_credential_manager() == [(USER, PASSWORD)]
        finally:
            keyring.set_keyring(previous)
    if os.environ.get("ASPEL_VAULT_CONTROL"):
        Path(os.environ["ASPEL_VAULT_CONTROL"]).write_bytes(PASSWORD.encode("utf-16-le"))


@pytest.fixture
def vault() -> Iterator[None]:
    """keyring's Windows backend, as the app chooses it on Windows (checked elsewhere)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(WinVaultKeyring())  # type: ignore[no-untyped-call]  # keyring: unannotated __init__
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def wizards(
    qtbot: QtBot, sandbox: SandboxPortal, tmp_path: Path, vault: None
) -> Iterator[Callable[[], UpgradeWizard]]:
    """Starts of the app on this PC: each reads the settings the last one saved."""
    _set_portal_password(sandbox, PASSWORD)
    runners: list[TaskRunner] = []
    settings_path = tmp_path / "config" / "settings.json"

    def start() -> UpgradeWizard:
        settings = load_settings(None, settings_path)  # the user's file, as the app reads it
        tasks = TaskRunner()
        runners.append(tasks)
        ctx = UiContext(
            flow=UpgradeFlow(
                lambda: PortalClient(sandbox.url, backoff_factor=0.01, read_timeout=10),
                pending=PendingStore(tmp_path / "state" / "pending-upgrades"),
            ),
            tasks=tasks,
            settings=settings,
            settings_path=settings_path,
            credentials=CredentialStore(),  # the app's own: service "aspel-upgrade"
            find_installed=lambda: (),
            paths=AppPaths(
                tmp_path / "config",
                tmp_path / "state",
                tmp_path / "logs",
                downloads_dir=tmp_path / "Descargas",
            ),
        )
        wizard = UpgradeWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    yield start
    for tasks in runners:
        tasks.wait(10_000)
    if os.environ.get("ASPEL_VAULT_KEEP") != "1":
        CredentialStore().delete(USER)


def _login_page(wizard: UpgradeWizard) -> LoginPage:
    page = wizard.page_for(Step.LOGIN)
    assert isinstance(page, LoginPage)
    return page


def _log_in(qtbot: QtBot, wizard: UpgradeWizard, password: str | None, *, remember: bool) -> None:
    page = _login_page(wizard)
    if not page.username.text():
        page.username.setText(USER)
    if password is not None:
        page.password.setText(password)
    page.remember_user.setChecked(remember)
    page.remember_password.setChecked(remember)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)


def test_the_wizard_stores_reads_replaces_and_deletes_the_password_in_credential_manager(
    qtbot: QtBot, wizards: Callable[[], UpgradeWizard], sandbox: SandboxPortal, tmp_path: Path
) -> None:
    assert _in_credential_manager() == []
    # Stored: ticked and logged in.
    first = wizards()
    _log_in(qtbot, first, PASSWORD, remember=True)
    qtbot.waitUntil(lambda: _in_credential_manager() == [(USER, PASSWORD)], timeout=10_000)
    saved = (tmp_path / "config" / "settings.json").read_text("utf-8")
    assert json.loads(saved)["remember_password"] is True and PASSWORD not in saved

    # Read back: the next start fills it in, and logs in with it.
    second = wizards()
    page = _login_page(second)
    assert page.username.text() == USER
    qtbot.waitUntil(lambda: page.password.text() == PASSWORD, timeout=10_000)
    assert not page.message.isVisible()
    click_next(qtbot, second)
    wait_page(qtbot, second, Step.SUBSCRIPTIONS)

    # Replaced: the portal's password changed; the remembered one is refused, the user
    # types the new one, and that is what the vault holds now.
    _set_portal_password(sandbox, NEW_PASSWORD)
    third = wizards()
    page = _login_page(third)
    qtbot.waitUntil(lambda: page.password.text() == PASSWORD, timeout=10_000)
    click_next(qtbot, third)
    qtbot.waitUntil(lambda: not page.busy and page.message.kind == "error", timeout=10_000)
    _log_in(qtbot, third, NEW_PASSWORD, remember=True)
    qtbot.waitUntil(lambda: _in_credential_manager() == [(USER, NEW_PASSWORD)], timeout=10_000)

    # Deleted: the user stops remembering.
    fourth = wizards()
    page = _login_page(fourth)
    qtbot.waitUntil(lambda: page.password.text() == NEW_PASSWORD, timeout=10_000)
    _log_in(qtbot, fourth, None, remember=False)
    qtbot.waitUntil(lambda: _in_credential_manager() == [], timeout=10_000)
    assert keyring.get_password(SERVICE, USER) is None
    assert (
        json.loads((tmp_path / "config" / "settings.json").read_text("utf-8")).get(
            "remembered_username"
        )
        is None
    )


def _refuse(*_args: Any, **_kwargs: Any) -> None:
    raise pywintypes.error(
        NO_SUCH_LOGON_SESSION, "CredWrite", "A specified logon session does not exist."
    )


def test_a_vault_that_refuses_degrades_to_not_remembered_with_a_sentence(
    qtbot: QtBot, wizards: Callable[[], UpgradeWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Writing refused: logged in all the same, told, and not remembered.
    monkeypatch.setattr(win32cred, "CredWrite", _refuse)
    first = wizards()
    _log_in(qtbot, first, PASSWORD, remember=True)
    qtbot.waitUntil(lambda: first.ctx.settings.remember_password is False, timeout=10_000)
    shown = first.current_flow_page()
    assert shown is not None
    qtbot.waitUntil(lambda: "no se pudo guardar" in shown.message.text().lower(), timeout=10_000)
    assert _in_credential_manager() == []

    # Reading refused (a password remembered before): asked for, with a sentence.
    monkeypatch.undo()
    assert CredentialStore().set(USER, PASSWORD)
    earlier = wizards()
    earlier.ctx.settings.remembered_username = USER
    earlier.ctx.settings.remember_password = True
    earlier.ctx.save_settings()
    monkeypatch.setattr(win32cred, "CredRead", _refuse)
    third = wizards()
    page = _login_page(third)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert "no se pudo leer" in page.message.text().lower() and page.password.text() == ""
    monkeypatch.undo()
    _log_in(qtbot, third, PASSWORD, remember=False)
    qtbot.waitUntil(lambda: _in_credential_manager() == [], timeout=10_000)
