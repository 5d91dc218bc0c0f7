"""Links the portal sends are opened in the browser only when they are safe (issue 18, G9).

``download_url`` (the receipt's «Abrir descarga») and ``pricing_url`` («Consultar precios»
on a row that needs a purchase) come from the portal; a TLS-inspecting proxy or a
compromised server can make them plain http to any host. Such a link is still shown (the
user can read and copy it) but not opened, and a sentence says why. https, and http to
this PC (the sandbox), open as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.portal.address import opens_in_browser
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.sandbox.service import PortalService
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, to_confirm_page, wait_page
from tests.helpers_sandbox import sandbox_config

pytestmark = pytest.mark.gui

CRAFTED: dict[str, str | None] = {"download_url": None, "pricing_url": None}


class CraftingService(PortalService):
    """The sandbox's service, answering the links this test asks for."""

    def _receipt(self, conn: sqlite3.Connection, upgrade_id: str, base_url: str) -> dict[str, Any]:
        receipt = super()._receipt(conn, upgrade_id, base_url)
        if CRAFTED["download_url"]:
            receipt["download_url"] = CRAFTED["download_url"]
        return receipt

    def _subscription_json(self, row: sqlite3.Row, base_url: str) -> dict[str, Any]:
        sub = super()._subscription_json(row, base_url)
        if CRAFTED["pricing_url"] and sub["upgrade"]["pricing_url"]:
            sub["upgrade"]["pricing_url"] = CRAFTED["pricing_url"]
        return sub


@pytest.fixture
def sandbox() -> Iterator[SandboxPortal]:  # the wizard's portal (tests/gui/conftest.py)
    config = sandbox_config()
    with SandboxPortal(config=config) as portal:
        portal.service = portal.app.service = CraftingService(portal.store, config)
        yield portal
    CRAFTED.update(download_url=None, pricing_url=None)


@pytest.mark.parametrize(
    ("url", "opens"),
    [
        ("https://www.aspel.com.mx/descargas/SAE/8.0", True),
        ("https://descargas.example/SAE%208.0?firma=abc", True),
        ("http://127.0.0.1:8765/descargas/SAE/8.0", True),
        ("http://localhost/precios/SAE", True),
        ("http://[::1]:8080/x", True),
        ("http://descargas.example/SAE/8.0", False),
        ("http://10.0.0.5/precios", False),
        ("HTTP://descargas.example/x", False),
        ("https://aspel.com.mx@evil.example/x", False),
        ("https://usuario:clave@descargas.example/x", False),
        ("javascript:alert(1)", False),
        ("file:///C:/Windows/System32/calc.exe", False),
        ("\\\\servidor\\recurso\\setup.exe", False),
        ("https://", False),
        ("https://descargas example/x", False),
        ("", False),
    ],
)
def test_which_portal_links_open_in_the_browser(url: str, opens: bool) -> None:
    assert opens_in_browser(url) is opens


def _refusal(wizard: UpgradeWizard) -> QMessageBox | None:
    boxes = [b for b in wizard.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


@pytest.mark.parametrize(
    "crafted", ["http://descargas.example/SAE/8.0", "https://aspel.com.mx@evil.example/x"]
)
def test_a_plain_http_download_link_is_shown_but_not_opened(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], opened_urls: list[str],
    crafted: str,
) -> None:  # fmt: skip
    CRAFTED["download_url"] = crafted
    wizard = make_wizard()
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    page = wizard.page_for(Step.RESULT)
    assert page.download.text() == crafted  # shown: the user can read and copy it
    QTest.mouseClick(page.open_download, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _refusal(wizard) is not None, timeout=5_000)
    box = _refusal(wizard)
    assert box is not None
    assert crafted in box.text() and "https" in box.text() and "No la abrimos" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText  # portal data is never markup
    assert opened_urls == []
    box.accept()


def test_a_safe_download_link_still_opens(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], opened_urls: list[str],
    sandbox: SandboxPortal,
) -> None:  # fmt: skip
    wizard = make_wizard()
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    page = wizard.page_for(Step.RESULT)
    QTest.mouseClick(page.open_download, Qt.MouseButton.LeftButton)
    assert opened_urls == [f"{sandbox.url}/descargas/SAE/8.0"]  # http, but to this PC
    assert _refusal(wizard) is None


def test_a_plain_http_pricing_link_is_not_opened(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], opened_urls: list[str]
) -> None:
    CRAFTED["pricing_url"] = "http://precios.example/CAJA"
    wizard = make_wizard()
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "CJ8K2W")  # CAJA 4.0, a one-time licence: «Consultar precios»
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert "http://precios.example/CAJA" in page.detail.text()
    page.detail.linkActivated.emit("http://precios.example/CAJA")
    qtbot.waitUntil(lambda: _refusal(wizard) is not None, timeout=5_000)
    box = _refusal(wizard)
    assert box is not None and "http://precios.example/CAJA" in box.text()
    assert opened_urls == []
    box.accept()
