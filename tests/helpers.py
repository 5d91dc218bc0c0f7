"""Helpers shared by the tests: a memory keyring, wizard driving, the sandbox's counts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow import wording
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in memory (no OS store in CI)."""

    priority = 1

    def __init__(self) -> None:
        # keyring's KeyringBackend.__init__ has no annotations (its package says it is typed)
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def portal_client_of(wizard: UpgradeWizard) -> PortalClient:
    """The wizard's portal client as what it is (the flow knows it by its protocol)."""
    client = wizard.ctx.flow.client
    assert isinstance(client, PortalClient)
    return client


def click_next(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """Click whichever forward button is showing (Siguiente or the commit button)."""
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton):
        button = wizard.button(which)
        if button.isVisible():
            assert button.isEnabled(), f"{button.text()} is disabled"
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError("no forward button visible")


def wait_page(qtbot: QtBot, wizard: UpgradeWizard, step: Step, timeout: int = 10_000) -> None:
    """Wait until ``step`` is shown; on the way to the confirmation, through «¿Está listo
    este equipo?» as a user goes (its look ends, then Next: ``through_ready``)."""
    if step > Step.READY and wizard.currentId() != int(step):
        qtbot.waitUntil(lambda: wizard.currentId() in (int(Step.READY), int(step)), timeout=timeout)
        if wizard.currentId() == int(Step.READY):
            through_ready(qtbot, wizard, timeout)
    qtbot.waitUntil(lambda: wizard.currentId() == int(step), timeout=timeout)
    if step is Step.CONFIRM:  # the old program is looked at again on arrival
        page = wizard.page_for(Step.CONFIRM)
        qtbot.waitUntil(lambda: not page.busy, timeout=timeout)


def ready_looked(qtbot: QtBot, wizard: UpgradeWizard, timeout: int = 10_000) -> None:
    """On «¿Está listo este equipo?»: wait until this PC was looked at."""
    page = wizard.page_for(Step.READY)
    qtbot.waitUntil(lambda: not page.busy and page.isComplete(), timeout=timeout)


def through_ready(qtbot: QtBot, wizard: UpgradeWizard, timeout: int = 10_000) -> None:
    """From «¿Está listo este equipo?», once its look is done, on to the confirmation."""
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.READY), timeout=timeout)
    ready_looked(qtbot, wizard, timeout)
    click_next(qtbot, wizard)


def log_in(
    qtbot: QtBot, wizard: UpgradeWizard, user: str = "demo", password: str = DEMO_PASSWORD
) -> None:
    page = wizard.page_for(Step.LOGIN)
    page.username.setText(user)
    page.password.setText(password)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)


def choose(qtbot: QtBot, wizard: UpgradeWizard, serial: str) -> None:
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    row = next(
        i for i in range(page.model.rowCount()) if page.model.subscription(i).serial == serial
    )
    page.table.selectRow(row)


def pending_records(folder: Path) -> list[dict[str, str]]:
    """The pending-upgrade records on disk (one per subscription)."""
    if not folder.is_dir():
        return []
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


# The walks a user makes to each page, as the GUI tests share them (SKSNWR: SAE 7.0).


def to_terms(qtbot: QtBot, wizard: UpgradeWizard, serial: str = "SKSNWR") -> None:
    """Log in as demo and choose ``serial``: its terms are shown, ready to be accepted."""
    log_in(qtbot, wizard)
    choose(qtbot, wizard, serial)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    qtbot.waitUntil(wizard.page_for(Step.TERMS).accept_box.isEnabled)


def to_ready(qtbot: QtBot, wizard: UpgradeWizard, serial: str = "SKSNWR") -> None:
    """The terms accepted: «¿Está listo este equipo?» is shown, its look at this PC done."""
    to_terms(qtbot, wizard, serial)
    wizard.page_for(Step.TERMS).accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.READY)
    ready_looked(qtbot, wizard)


def to_confirm_page(qtbot: QtBot, wizard: UpgradeWizard, serial: str = "SKSNWR") -> None:
    """Log in as demo, choose ``serial``, accept the terms: the commit button is next."""
    to_terms(qtbot, wizard, serial)
    wizard.page_for(Step.TERMS).accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)


def to_result(qtbot: QtBot, wizard: UpgradeWizard, serial: str = "SKSNWR") -> None:
    """Upgraded: the new serial is shown on «¡Listo!»."""
    to_confirm_page(qtbot, wizard, serial)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)


def forget_run_logging(level: int) -> None:
    """Undo what a run of the app did to logging (its handlers, levels) for the next test."""
    import logging

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "aspel_upgrade", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    logging.getLogger("urllib3").setLevel(logging.NOTSET)


@contextmanager
def catalogue(language: str) -> Iterator[None]:
    """flow/wording/ worded from the app's compiled catalogue for ``language``, as the
    wizard plugs it in (ui/app.py), without a QApplication; the previous wording after."""
    translator = QTranslator()
    folder = Path(__file__).parents[1] / "resources" / "translations"
    assert translator.load(f"aspel_upgrade_{language}", str(folder))
    previous = wording.use_translator(
        lambda context, text: translator.translate(context, text) or text
    )
    try:
        yield
    finally:
        wording.use_translator(previous)


def bytes_served(sandbox: SandboxPortal, upgrade_id: str, timeout: float = 10.0) -> int:
    """The installer bytes the sandbox sent for ``upgrade_id``, once it sends no more.

    The sandbox counts a piece after writing it, so a client can finish (or stop) a moment
    before the count does; reading it at once races the server's thread (seen under load).
    """
    installers = sandbox.service.installers
    deadline = time.monotonic() + timeout
    while installers.sending(upgrade_id) and time.monotonic() < deadline:
        time.sleep(0.005)
    assert installers.sending(upgrade_id) == 0, "the sandbox is still sending the installer"
    return installers.served(upgrade_id)


def close_anyway(wizard: UpgradeWizard) -> None:
    """Close the window as a person who means it: Cancel/Escape/X, then «Cerrar» if the
    wizard asks first (the serial on screen, a download or a confirmation under way)."""
    wizard.reject()
    box = wizard.close_prompt
    if box is not None and box.isVisible():
        box.accept()


@contextmanager
def cannot_be_replaced(path: Path) -> Iterator[None]:
    """A file that cannot be replaced or removed: open (Windows), immutable (Linux, root)."""
    if os.name == "nt":
        with open(path, "rb"):  # Python opens without FILE_SHARE_DELETE: no rename over it
            yield
        return
    if shutil.which("chattr") is None or os.geteuid() != 0:
        pytest.skip("needs chattr and root on Linux")
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode:
        pytest.skip("this file system has no immutable files")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
