"""An unwritable --result-file is refused before the window opens (QA issue 8, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import main
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard

from .test_installer_run import paths  # noqa: F401  (fixture)

pytestmark = pytest.mark.gui


def test_no_window_opens_when_the_result_file_cannot_be_written(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """Issue 8 item 6: the user never gets to upgrade without the installer learning it."""
    opened: list[str] = []

    def close_any_wizard() -> None:  # if a window did open, record it and close it
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UpgradeWizard) and widget.isVisible():
                opened.append(widget.windowTitle())
                widget.reject()

    timer = QTimer()
    timer.timeout.connect(close_any_wizard)
    timer.start(200)
    (tmp_path / "carpeta").mkdir()
    argv = ["--portal-url", sandbox.url, "--result-file", str(tmp_path / "carpeta")]
    try:
        code = main(argv, paths=paths)
    finally:
        timer.stop()
    assert code == 73
    assert opened == []
    assert "es una carpeta" in capsys.readouterr().err
