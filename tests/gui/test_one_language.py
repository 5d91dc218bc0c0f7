"""`--lang en`: one language per run, everywhere (issue 18 C2): the pages, the PDF receipt,
the names suggested for saved files and the result file written at the end of the run."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.receipt_pdf import receipt_html
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import click_next, close_anyway, wait_page

from .test_installer_run import _login, _upgrade_through, paths, run_cli  # noqa: F401

pytestmark = pytest.mark.gui

SPANISH_HEADINGS = ("Comprobante", "Siguientes pasos", "En este equipo", "Fecha de emisión")


def test_the_receipt_and_the_saved_file_names_follow_the_language(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,  # noqa: F811
    bare_translations: None,
) -> None:  # fmt: skip
    seen: dict[str, str] = {}

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        _upgrade_through(qtbot, wizard)
        result = wizard.page_for(Step.RESULT)
        receipt = wizard.ctx.flow.state.receipt
        assert receipt is not None
        seen["html"] = receipt_html(receipt, guidance=result.guidance())
        result.ask_save_path = lambda suggested: seen.setdefault("pdf", suggested) and ""
        result.ask_reminder_path = lambda suggested: seen.setdefault("ics", suggested) and ""
        result.save_receipt()
        result.save_reminder()
        QTest.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    argv = ["--portal-url", sandbox.url, "--system", "SAE", "--lang", "en"]
    assert run_cli(qtbot, argv, paths, drive) == 0
    html = seen["html"]
    assert "Serial number upgrade receipt" in html and "Next steps" in html
    assert not [h for h in SPANISH_HEADINGS if h in html], html
    assert Path(seen["pdf"]).name.startswith("receipt-SAE-8.0-")
    assert Path(seen["ics"]).name == "reminder-SAE-7.0.ics"


def test_the_result_file_written_at_exit_keeps_the_language(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,  # noqa: F811
    bare_translations: None,
) -> None:  # fmt: skip
    """The translators were removed before the last report: a wrong password, then closing,
    left an English run with a Spanish ``error_message``."""
    result = tmp_path / "result.json"

    def drive(wizard: UpgradeWizard) -> None:
        page = wizard.page_for(Step.LOGIN)
        page.username.setText("demo")
        page.password.setText("not the password")
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
        close_anyway(wizard)

    argv = ["--portal-url", sandbox.url, "--lang", "en", "--result-file", str(result)]
    assert run_cli(qtbot, argv, paths, drive) == 1
    data = json.loads(result.read_text(encoding="utf-8"))
    assert data["error_code"] == "invalid_credentials"
    message = str(data["error_message"])
    assert message.startswith("The user name or password"), message
    assert not re.search(r"[áéíóúñ¿¡]|\b(el|la|de|usuario)\b", message), message
