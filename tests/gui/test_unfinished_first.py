"""Unfinished work comes first (issue 18 B11): a download left half done, or a confirmation
still to be seen, stops the automatic choice of the system installed here and is named on
the page shown. Real sandbox, offscreen."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import click_next, wait_page

pytestmark = pytest.mark.gui

SAE7 = InstalledSystem(
    "SAE", "7.0", r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0",
    (DataFolder(r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\SAE7.00", 1),),
)  # fmt: skip


def test_a_download_left_half_done_is_named_and_nothing_is_chosen_for_the_user(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal,
    tmp_path: Path,
) -> None:  # fmt: skip
    with sandbox.store.reading() as conn:
        upgrade_id = conn.execute("SELECT id FROM upgrades WHERE system = 'FACTURE'").fetchone()[0]
    record = {"upgrade_id": upgrade_id, "url": f"{sandbox.url}/x", "file_name": "x.exe",
              "size": 10, "sha256": "0" * 64, "etag": None}  # fmt: skip
    (tmp_path / "state").mkdir(parents=True, exist_ok=True)
    (tmp_path / "state" / "installer-download.json").write_text(json.dumps(record))
    wizard = make_wizard(installed=[SAE7])
    qtbot.waitUntil(lambda: wizard.ctx.flow.state.installed is not None)
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText("Aspel2026!")
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)  # not straight to SAE's terms
    table = wizard.page_for(Step.SUBSCRIPTIONS)
    assert table.message.isVisible()
    assert "La descarga del instalador de FACTURE" in table.message.text()
    assert wizard.ctx.flow.state.selected is None
