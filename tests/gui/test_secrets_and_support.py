"""A whole run at DEBUG with a distinctive password: no secret in any file it leaves behind.

Covers the logs (redaction filter on every handler), the settings, the result file, the
state folder, the support bundle exported from «Diagnóstico», and the error texts.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.security import hash_password
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import MemoryKeyring, click_next, portal_client_of, wait_page

from .test_installer_run import paths, run_cli  # noqa: F401  (fixture and helper)

pytestmark = pytest.mark.gui

PASSWORD = "Zorro-Azul-Ñandú-7731!"
WRONG = "Equivocada-Tlacuache-4410"


def _set_demo_password(sandbox: SandboxPortal, password: str) -> None:
    salt, digest = hash_password(password, n=sandbox.service.config.scrypt_n)
    with sandbox.store.transaction() as conn:
        conn.execute(
            "UPDATE accounts SET password_salt = ?, password_hash = ? WHERE username = 'demo'",
            (salt, digest),
        )


def test_full_run_leaves_no_secret_anywhere(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,  # noqa: F811
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("ASPEL_UPGRADE_DEBUG", "1")
    _set_demo_password(sandbox, PASSWORD)
    tokens: list[str] = []
    bundle = tmp_path / "soporte.zip"
    result = tmp_path / "resultado.json"

    def drive(wizard: UpgradeWizard) -> None:
        login = wizard.page_for(Step.LOGIN)
        login.username.setText("demo")
        login.password.setText(WRONG)
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: login.message.kind == "error", timeout=10_000)
        login.password.setText(PASSWORD)
        login.remember_user.setChecked(True)
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        token = portal_client_of(wizard)._token
        assert token is not None  # logged in
        tokens.append(token)
        terms = wizard.page_for(Step.TERMS)
        qtbot.waitUntil(terms.accept_box.isEnabled, timeout=10_000)
        terms.accept_box.setChecked(True)
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.CONFIRM)
        sandbox.service.expire_sessions()  # the session ends while the user reads
        click_next(qtbot, wizard)
        confirm = wizard.page_for(Step.CONFIRM)
        qtbot.waitUntil(
            lambda: confirm.reauth is not None and confirm.reauth.isVisible(), timeout=10_000
        )
        assert confirm.reauth is not None
        confirm.reauth.password.setText(PASSWORD)
        QTest.mouseClick(confirm.reauth.ok, Qt.MouseButton.LeftButton)
        wait_page(qtbot, wizard, Step.RESULT)
        token = portal_client_of(wizard)._token
        assert token is not None  # logged in
        tokens.append(token)
        # The installer download, paused half-way: its resume record stays on disk.
        sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=128 * 1024))
        QTest.mouseClick(wizard.page_for(Step.RESULT).download_here, Qt.MouseButton.LeftButton)
        download = wizard.page_for(Step.DOWNLOAD)
        qtbot.waitUntil(lambda: download.bar.value() > 0, timeout=10_000)
        QTest.mouseClick(download.pause, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: download.phase is DownloadPhase.PAUSED, timeout=10_000)
        assert list((paths.state_dir / "installer-downloads").glob("*.json"))
        wizard.back()
        # Help-desk: «Diagnóstico» -> export the support bundle.
        diag_button = wizard.button(QWizard.WizardButton.CustomButton1)
        assert diag_button.isVisible() and diag_button.text().replace("&", "") == "Diagnóstico"
        QTest.mouseClick(diag_button, Qt.MouseButton.LeftButton)
        dialog = wizard.diagnostics
        assert dialog is not None
        qtbot.waitUntil(lambda: "Resultado:" in dialog.report_text, timeout=15_000)
        QTest.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        from PySide6.QtGui import QGuiApplication

        copied = QGuiApplication.clipboard().text()
        assert copied.startswith("Diagnóstico de aspel-upgrade") and sandbox.url in copied
        dialog.ask_bundle_path = lambda suggested: str(bundle)
        QTest.mouseClick(dialog.export, Qt.MouseButton.LeftButton)
        assert dialog.message.kind == "success"
        dialog.accept()
        wizard.accept()

    argv = ["--portal-url", sandbox.url, "--system", "SAE", "--result-file", str(result)]
    assert run_cli(qtbot, argv, paths, drive) == 0
    assert all(tokens) and len(set(tokens)) == 2

    texts: dict[str, str] = {}
    for folder in (paths.log_dir, paths.config_dir, paths.state_dir):
        for file in folder.rglob("*"):
            if file.is_file():
                texts[str(file)] = file.read_text(encoding="utf-8", errors="replace")
    texts[str(result)] = result.read_text(encoding="utf-8")
    with zipfile.ZipFile(bundle) as z:
        names = z.namelist()
        for name in names:
            texts[f"zip:{name}"] = z.read(name).decode("utf-8", errors="replace")
    assert {"diagnostico.txt", "configuracion-usuario.json", "LEEME.txt"} <= set(names)
    assert any(n.startswith("registros/") for n in names)
    log_text = texts[str(paths.log_dir / "aspel-upgrade.log")]
    assert "POST /v1/sessions" in log_text and "DEBUG" in log_text  # it did log the flow
    assert "GET /v1/subscriptions" in texts["zip:registros/aspel-upgrade.log"]
    for where, text in texts.items():
        for secret in (PASSWORD, WRONG, *tokens):
            assert secret not in text, f"secret found in {where}"
    # "Remember my password" was not ticked: the keyring holds nothing either.
    assert memory_keyring.store == {}
