"""What the wizard says about settings problems and diagnostics, per language (QA issue 8).

Item 21: the settings notice was Spanish mixed with Python's English («no es JSON válido
(Expecting value…)», «Is a directory») and the diagnostics report was Spanish with
--lang en. Item 15: wrongly typed values were not reported on the first page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.settings import Settings, load_settings
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard

from .test_languages import SPANISH, english  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui

PYTHON_ENGLISH = re.compile(r"Expecting|Is a directory|line \d+ column|expected str|int\b")


def _broken_settings(tmp_path: Path) -> Settings:
    """Real files as QA left them: a folder, a cut-off JSON, wrong types, an invalid proxy."""
    machine = tmp_path / "program" / "aspel-upgrade-equipo.json"
    machine.mkdir(parents=True)  # a folder where the machine file should be
    user = tmp_path / "config" / "settings.json"
    user.parent.mkdir(parents=True)
    user.write_text(json.dumps({"portal_url": 5, "remember_password": "yes",
                                "language": "fr", "proxy": "http://proxy oficina:3128"}),
                    encoding="utf-8")  # fmt: skip
    settings = load_settings(machine, user)
    assert len(settings.problems) == 5
    return settings


def _notice(wizard: UpgradeWizard) -> list[str]:
    page = wizard.page_for(Step.LOGIN)
    assert page.message.isVisible() and page.message.kind == "info"
    return page.message.text().splitlines()


def test_settings_notice_in_spanish_reports_each_problem(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], tmp_path: Path
) -> None:
    """Issue 8 items 15 and 21: one sentence per problem, Python's text only as detail."""
    wizard = make_wizard(settings=_broken_settings(tmp_path))
    lines = _notice(wizard)
    sentences, detail = lines[:-1], lines[-1]
    assert len(sentences) == 5
    text = "\n".join(sentences)
    assert "no es un archivo normal" in text
    for key in ("portal_url", "remember_password", "language", "proxy"):
        assert f"el valor de «{key}»" in text
    assert "debe ser true o false" in text and "debe ser es o en" in text
    assert "tiene espacios o caracteres no válidos" in text
    assert PYTHON_ENGLISH.search(text) is None
    assert detail.startswith("Detalle técnico: ")
    # A value of the wrong type is said in full by its sentence: no «str, expected bool».
    assert "expected" not in detail and "bool" not in detail, detail


def test_settings_notice_in_english(
    english: None, qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], tmp_path: Path,  # noqa: F811
) -> None:  # fmt: skip
    wizard = make_wizard(settings=_broken_settings(tmp_path))
    lines = _notice(wizard)
    sentences, detail = lines[:-1], lines[-1]
    text = "\n".join(sentences)
    assert "The settings file" in text and "is not a regular file" in text
    assert "must be true or false" in text and "must be es or en" in text
    without_paths = re.sub(r"“[^”]*”", "", text)
    assert SPANISH.search(without_paths) is None, without_paths
    assert PYTHON_ENGLISH.search(text) is None
    assert detail.startswith("Technical detail: ")


def test_diagnostics_dialog_in_english(
    english: None, qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard],  # noqa: F811
    sandbox: SandboxPortal,
) -> None:  # fmt: skip
    """Issue 8 item 21: with English installed the report's labels are English."""
    wizard = make_wizard()
    wizard.ctx.portal_url = sandbox.url
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CustomButton1), Qt.MouseButton.LeftButton)
    dialog = wizard.diagnostics
    assert dialog is not None
    qtbot.waitUntil(lambda: "Result:" in dialog.report_text, timeout=15_000)
    report = dialog.report_text
    assert report.startswith("aspel-upgrade diagnostics")
    assert "Operating system:" in report and "Log folder:" in report
    assert "[OK   ] portal" in report and "contract 1.0.0" in report
    assert "Result: the portal answered." in report
    for spanish in ("Diagnóstico", "Sistema", "Carpeta", "conectado", "contrato", "Resultado"):
        assert spanish not in report
    dialog.accept()
