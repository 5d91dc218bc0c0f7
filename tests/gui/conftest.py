"""Fixtures for driving the real wizard (offscreen) against the real sandbox portal."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.controller import UpgradeFlow
from aspel_upgrade.flow.pending import PendingStore
from aspel_upgrade.host.credentials import CredentialStore
from aspel_upgrade.host.installed import InstalledSystem
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.host.settings import Settings
from aspel_upgrade.host.trust import Signature
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.context import UiContext
from aspel_upgrade.ui.tasks import TaskRunner
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.fakes.this_pc import FakePC
from tests.helpers import MemoryKeyring

if TYPE_CHECKING:
    from aspel_upgrade.flow.readiness import ThisPC


@pytest.fixture(scope="session", autouse=True)
def spanish_qt(qapp: QApplication) -> list[QTranslator]:
    """The product's default: Qt's and the app's Spanish catalogues."""
    return install_translations(qapp, "es")


@pytest.fixture
def bare_translations(qapp: QApplication, spanish_qt: list[QTranslator]) -> Iterator[None]:
    """No catalogue installed, as in a fresh process: the code under test installs its own."""
    for translator in spanish_qt:
        qapp.removeTranslator(translator)
    yield
    for translator in spanish_qt:
        qapp.installTranslator(translator)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def opened_urls() -> list[str]:
    return []


@pytest.fixture
def make_wizard(
    qtbot: QtBot, sandbox: SandboxPortal, tmp_path: Path, memory_keyring: MemoryKeyring,
    opened_urls: list[str],
) -> Iterator[Callable[..., UpgradeWizard]]:  # fmt: skip
    runners: list[TaskRunner] = []

    def open_url(url: str) -> bool:
        opened_urls.append(url)
        return True

    def start_installer(path: Path) -> bool:
        opened_urls.append(f"ejecutar:{path}")
        return True

    def make(
        settings: Settings | None = None, system: str | None = None, serial: str | None = None,
        installed: Sequence[InstalledSystem] = (), warm_up: Callable[[], None] | None = None,
        this_pc: ThisPC | None = None,
        find: Callable[[], Sequence[InstalledSystem]] | None = None,
    ) -> UpgradeWizard:  # fmt: skip
        """``installed`` (or ``find``, asked each time) and ``this_pc``: this PC as the test
        describes it (by default a ready Windows 11 PC, tests/fakes/this_pc.py: the real
        probes of the machine running the tests answered otherwise on Linux and under
        Wine, whose Windows 7 held the commit button in every test)."""
        tasks = TaskRunner()
        runners.append(tasks)
        flow = UpgradeFlow(
            lambda: PortalClient(sandbox.url, backoff_factor=0.01, read_timeout=10),
            pending=PendingStore(tmp_path / "state" / "pending-upgrades"),
            preselect_system=system,
            preselect_serial=serial,
        )
        ctx = UiContext(
            flow=flow,
            tasks=tasks,
            settings=settings or Settings(),
            settings_path=tmp_path / "config" / "settings.json",
            credentials=CredentialStore(),
            open_url=open_url,
            find_installed=(lambda: tuple(find())) if find else (lambda: tuple(installed)),
            paths=AppPaths(
                tmp_path / "config",
                tmp_path / "state",
                tmp_path / "logs",
                downloads_dir=tmp_path / "Descargas",
            ),
            start_installer=start_installer,
            # The sandbox's installer is not signed: as if it were, by the expected
            # publisher, on every OS (tests/windows proves the real check on Windows).
            check_signature=lambda path: Signature("signed", "Aspel de México, S.A. de C.V."),
            this_pc=this_pc if this_pc is not None else FakePC(),
        )
        if warm_up is not None:
            ctx.warm_up = warm_up
        wizard = UpgradeWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    yield make
    for tasks in runners:
        tasks.wait(10_000)


@pytest.fixture
def wizard(make_wizard: Callable[..., UpgradeWizard]) -> UpgradeWizard:
    return make_wizard()
