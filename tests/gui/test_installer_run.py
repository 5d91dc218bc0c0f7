"""The installer's view: the real command line opening the real wizard, then its outcome.

Each test calls ``cli.main`` in-process (so the Qt application is pytest-qt's) and drives
the wizard from a timer while ``app.exec()`` runs, exactly as a person would.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
import json
import linecache
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.launch.cli import main
from aspel_upgrade.launch.runner import _skip_pyside_source_check
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.app import settle_start_up
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import (
    MemoryKeyring,
    click_next,
    close_anyway,
    forget_run_logging,
    pending_records,
    wait_page,
)
from tests.helpers_sandbox import TEST_INSTALLER_SIZE
from tests.result_file import read_result_file

pytestmark = pytest.mark.gui

Driver = Callable[[UpgradeWizard], None]


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the run installs its own
    level = logging.getLogger().level
    yield AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs",
                   tmp_path / "program" / "aspel-upgrade-equipo.json",
                   tmp_path / "Descargas")  # fmt: skip
    forget_run_logging(level)


def run_cli(qtbot: QtBot, argv: list[str], paths: AppPaths, drive: Driver) -> int:
    """``aspel-upgrade ARGV`` with ``drive`` playing the user once the window is up."""
    errors: list[BaseException] = []

    def start() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeWizard)]
        wizard = next(w for w in wizards if w.isVisible())
        try:
            qtbot.waitUntil(lambda: wizard.painted and len(wizard.pages) == len(Step))
            drive(wizard)
        except BaseException as exc:  # report after exec returns, and never hang
            errors.append(exc)
            close_anyway(wizard)

    QTimer.singleShot(0, start)
    code = main(argv, paths=paths)
    if errors:
        raise errors[0]
    return code


def _login(qtbot: QtBot, wizard: UpgradeWizard, user: str = "demo") -> None:
    page = wizard.page_for(Step.LOGIN)
    if not page.username.text():
        page.username.setText(user)
    page.password.setText(DEMO_PASSWORD)
    click_next(qtbot, wizard)


def _upgrade_through(qtbot: QtBot, wizard: UpgradeWizard, then: Step | None = Step.RESULT) -> None:
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled, timeout=10_000)
    terms.accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    click_next(qtbot, wizard)
    if then is not None:
        wait_page(qtbot, wizard, then)


def _result(path: Path) -> dict[str, object]:
    return read_result_file(path)  # checked against resources/result-file.schema.json


def test_upgrade_exits_0_and_writes_the_result_file(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    result = tmp_path / "resultado.json"

    def drive(wizard: UpgradeWizard) -> None:
        assert wizard.page_for(Step.LOGIN).username.text() == "demo"  # from --user
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)  # --system/--serial skipped the table
        _upgrade_through(qtbot, wizard)
        QTest.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )

    argv = ["--portal-url", sandbox.url, "--user", "demo", "--system", "SAE",
            "--serial", "SKSNWR", "--result-file", str(result)]  # fmt: skip
    code = run_cli(qtbot, argv, paths, drive)
    assert code == 0
    data = _result(result)
    with sandbox.store.reading() as conn:
        serial = conn.execute(
            "SELECT new_serial FROM upgrades WHERE subscription_id = 'SUB-1001'"
        ).fetchone()[0]
    assert data["outcome"] == "upgraded" and data["exit_code"] == 0
    assert data["new_serial"] == serial and data["previous_serial"] == "SKSNWR"
    assert (data["system"], data["from_version"], data["to_version"]) == ("SAE", "7.0", "8.0")
    assert data["download_url"] == f"{sandbox.url}/descargas/SAE/8.0"
    assert data["razon_social"] == "COMERCIALIZADORA DEL BAJIO SA DE CV"
    assert data["old_version_usable_until"] == "2022-03-10"
    assert data["old_version_days_left"] == (date(2022, 3, 10) - date.today()).days < 0
    text = result.read_text(encoding="utf-8")
    assert DEMO_PASSWORD not in text and "token" not in text.lower()
    assert pending_records(paths.pending_dir) == []  # shown and written: nothing to resume


def test_cancel_exits_1(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        QTest.mouseClick(
            wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
        )

    code = run_cli(qtbot, ["--portal-url", sandbox.url, "--result-file", str(result)], paths, drive)
    assert code == 1
    assert _result(result)["outcome"] == "cancelled"


def test_start_up_objects_are_kept_from_the_collector_for_the_run_only(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal
) -> None:
    """Once the pages are built, what exists is frozen (a full collection took 20-30 ms on
    the GUI thread); unfrozen when the run ends, for a caller that goes on."""
    frozen: list[int] = []

    def drive(wizard: UpgradeWizard) -> None:
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)  # at pages_ready, a turn later
        frozen.append(gc.get_freeze_count())
        close_anyway(wizard)

    assert gc.get_freeze_count() == 0
    run_cli(qtbot, ["--portal-url", sandbox.url], paths, drive)
    assert frozen and frozen[0] > 10_000
    assert gc.get_freeze_count() == 0


def test_the_collector_paused_by_the_entry_point_resumes_at_the_first_paint(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal
) -> None:
    """``cli.entry`` turns the collector off (its passes over start-up's objects were ~4.5 ms
    before the paint); the paint turns it back on, with what exists frozen out of its reach."""
    seen: list[int] = []

    def drive(wizard: UpgradeWizard) -> None:
        qtbot.waitUntil(gc.isenabled)
        seen.append(gc.get_freeze_count())
        close_anyway(wizard)

    gc.disable()  # as cli.entry does
    try:
        run_cli(qtbot, ["--portal-url", sandbox.url], paths, drive)
    finally:
        gc.enable()
    assert seen and seen[0] > 10_000


def test_pyside_reads_no_module_source_once_the_run_starts(
    paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6 used to read the whole source of every module imported after it (into
    ``linecache``, about 1 MiB before the first page; the start-up time and memory goals).
    A module first imported while the wizard runs is not read."""
    (tmp_path / "imported_during_the_run.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "imported_during_the_run", raising=False)
    read: list[bool] = []

    def first_turn() -> None:
        importlib.import_module("imported_during_the_run")
        read.append(any("imported_during_the_run" in name for name in linecache.cache))
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeWizard)]
        close_anyway(next(w for w in wizards if w.isVisible()))

    QTimer.singleShot(0, first_turn)
    main(["--portal-url", sandbox.url], paths=paths)
    assert read == [False]


def test_a_module_that_selects_pyside_features_still_gets_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Skipping PySide's source check changes no module's view of Qt: one selecting
    ``snake_case`` gets it, one that does not keeps Qt's own names."""
    (tmp_path / "selects_snake_case.py").write_text(
        "from __feature__ import snake_case  # noqa: F401\n"
        "from PySide6.QtCore import QObject\n\n"
        "def name() -> str:\n"
        "    thing = QObject()\n"
        "    thing.set_object_name('x')\n"
        "    return thing.object_name()\n",
        encoding="utf-8",
    )
    (tmp_path / "plain_pyside.py").write_text(
        "from PySide6.QtCore import QObject\n\n"
        "def has_qt_names() -> bool:\n"
        "    return hasattr(QObject(), 'objectName')\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    _skip_pyside_source_check()
    plain_pyside = importlib.import_module("plain_pyside")
    selects_snake_case = importlib.import_module("selects_snake_case")

    # Shiboken remembers the features of the last module that touched Qt by the address of
    # its globals: a module another test imported and let go may have left that address to
    # one of these (failed once in a full run). A touch from this module, alive throughout,
    # makes each call below look its module up afresh.
    QObject().objectName()
    assert selects_snake_case.name() == "x"
    QObject().objectName()
    assert plain_pyside.has_qt_names()


def test_once_the_pages_are_built_objects_are_frozen() -> None:
    """Start-up's objects are frozen out of the collector's full passes (the freeze test
    above shows it runs at ``pages_ready``)."""
    try:
        settle_start_up()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_failure_exits_2_with_the_error_code(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    result = tmp_path / "r.json"
    sandbox.faults.add(Fault("login", status=503, count=50, retry_after=600))

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        page = wizard.page_for(Step.LOGIN)
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
        close_anyway(wizard)  # the user gives up

    code = run_cli(qtbot, ["--portal-url", sandbox.url, "--result-file", str(result)], paths, drive)
    assert code == 2
    data = _result(result)
    assert (data["outcome"], data["error_code"]) == ("failed", "portal_unavailable")
    assert "600 s" in str(data["error_message"])


def test_wrong_password_then_cancel_is_a_cancellation_that_names_it(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """QA 10: the user's own problem, then Cancel: 1 «cancelled», not 2 «failed»."""
    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        page = wizard.page_for(Step.LOGIN)
        page.username.setText("demo")
        page.password.setText("no-es-la-contraseña")
        click_next(qtbot, wizard)
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
        QTest.mouseClick(
            wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
        )

    code = run_cli(qtbot, ["--portal-url", sandbox.url, "--result-file", str(result)], paths, drive)
    assert code == 1
    data = _result(result)
    assert (data["outcome"], data["error_code"]) == ("cancelled", "invalid_credentials")


def test_system_upgraded_earlier_shows_its_receipt_and_exits_0(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """QA 9: re-running the installer for FACTURE (upgraded before) shows that receipt."""
    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.RESULT)
        assert wizard.page_for(Step.RESULT).serial.text() == "HM4T-7WQX-3KPA"
        wizard.accept()

    argv = ["--portal-url", sandbox.url, "--system", "FACTURE", "--result-file", str(result)]
    assert run_cli(qtbot, argv, paths, drive) == 0
    data = _result(result)
    assert (data["outcome"], data["new_serial"]) == ("already_upgraded", "HM4T-7WQX-3KPA")


def test_nothing_to_upgrade_exits_3(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard, user="sinpendientes")
        wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
        close_anyway(wizard)

    code = run_cli(qtbot, ["--portal-url", sandbox.url, "--result-file", str(result)], paths, drive)
    assert code == 3
    assert _result(result)["outcome"] == "nothing_to_upgrade"


def test_already_upgraded_counts_as_success(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    from aspel_upgrade.portal.client import PortalClient

    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        other = PortalClient(sandbox.url)
        other.login("demo", DEMO_PASSWORD)
        other.confirm_upgrade("SUB-1001", "2026.2", "o" * 32)
        _upgrade_through(qtbot, wizard)
        wizard.accept()

    argv = ["--portal-url", sandbox.url, "--system", "SAE", "--result-file", str(result)]
    assert run_cli(qtbot, argv, paths, drive) == 0
    assert _result(result)["outcome"] == "already_upgraded"


def test_resume_after_a_lost_answer_issues_exactly_one_serial(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from aspel_upgrade.flow.connect import client_factory
    from aspel_upgrade.portal.client import PortalClient
    from aspel_upgrade.ui import app as app_module

    def quick_resends(
        portal_url: str, *, ca_bundle: str | None = None, proxy: str | None = None
    ) -> Callable[[], PortalClient]:
        """The run's own client, resending after 10 ms instead of the user's 0.5, 1, 2 s."""
        make = client_factory(portal_url, ca_bundle=ca_bundle, proxy=proxy)

        def factory() -> PortalClient:
            client = make()
            assert isinstance(client, PortalClient)
            client.backoff_factor = 0.01
            return client

        return factory

    monkeypatch.setattr(app_module, "client_factory", quick_resends)
    first_result = tmp_path / "primera.json"
    # The portal commits the upgrade, then the connection drops, every time.
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=100))

    def first_run(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        terms = wizard.page_for(Step.TERMS)
        qtbot.waitUntil(terms.accept_box.isEnabled, timeout=10_000)
        terms.accept_box.setChecked(True)
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.CONFIRM)
        click_next(qtbot, wizard)
        confirm = wizard.page_for(Step.CONFIRM)
        qtbot.waitUntil(lambda: confirm.message.kind == "error", timeout=15_000)
        wizard.done(0)  # the app goes away (as if killed) before any answer arrived

    argv = ["--portal-url", sandbox.url, "--system", "SAE", "--serial", "SKSNWR"]
    # Closed without an answer: not a cancellation, nor a failure: the outcome is unknown.
    assert run_cli(qtbot, [*argv, "--result-file", str(first_result)], paths, first_run) == 4
    first = _result(first_result)
    assert (first["outcome"], first["error_code"]) == ("unknown", "answer_not_received")
    assert (first["system"], first["previous_serial"]) == ("SAE", "SKSNWR")
    [pending] = pending_records(paths.pending_dir)
    assert DEMO_PASSWORD not in json.dumps(pending)
    assert sandbox.service.serial_count() == 2  # seeded FACTURE + the one committed

    sandbox.faults.clear()
    second_result = tmp_path / "segunda.json"

    def second_run(wizard: UpgradeWizard) -> None:
        qtbot.waitUntil(lambda: wizard.resume_prompt is not None, timeout=10_000)
        assert wizard.resume_prompt is not None
        assert "SAE 7.0 → 8.0" in wizard.resume_prompt.text()
        wizard.resume_prompt.accept()
        page = wizard.page_for(Step.LOGIN)
        assert page.username.text() == "demo"
        page.password.setText(DEMO_PASSWORD)
        click_next(qtbot, wizard)
        wait_page(qtbot, wizard, Step.RESULT)
        wizard.accept()

    assert run_cli(qtbot, ["--portal-url", sandbox.url, "--result-file", str(second_result)],
                   paths, second_run) == 0  # fmt: skip
    with sandbox.store.reading() as conn:
        serials = [r[0] for r in conn.execute(
            "SELECT new_serial FROM upgrades WHERE subscription_id = 'SUB-1001'")]  # fmt: skip
    assert len(serials) == 1
    assert _result(second_result)["new_serial"] == serials[0]
    assert pending_records(paths.pending_dir) == []


@pytest.mark.parametrize(("flag", "next_text", "title"), [
    ("es", "Siguiente", "Actualizar número de serie de Aspel"),
    ("en", "Next", "Upgrade an Aspel serial number"),
])  # fmt: skip
def test_lang_flag_chooses_the_language(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, flag: str, next_text: str,
    title: str, bare_translations: None,
) -> None:  # fmt: skip
    seen: dict[str, str] = {}

    def drive(wizard: UpgradeWizard) -> None:
        seen["next"] = wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
        seen["title"] = wizard.windowTitle()
        seen["login"] = wizard.page_for(Step.LOGIN).title()
        close_anyway(wizard)

    assert run_cli(qtbot, ["--portal-url", sandbox.url, "--lang", flag], paths, drive) == 1
    assert seen["next"].startswith(next_text)
    assert seen["title"] == title
    assert seen["login"] == ("Iniciar sesión" if flag == "es" else "Log in")


def _verified_and_kept_on_screen(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """Issue 18 C12: once verified the window stays, serial and all, until the user closes
    it (a person must be able to read and copy the serial); «Finalizar» ends the run."""
    wait_page(qtbot, wizard, Step.DOWNLOAD, timeout=20_000)
    page = wizard.page_for(Step.DOWNLOAD)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.VERIFIED, timeout=20_000)
    qtbot.wait(1500)  # the old window closed itself about a second after verifying
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    assert wizard.isVisible() and wizard.currentId() == int(Step.DOWNLOAD)
    assert page.serial.text() == receipt.new_serial and page.verified.isVisible()
    assert "pulsa «Finalizar»" in page.message.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)


def test_download_flag_fetches_and_verifies_the_installer_then_exits_0(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    result, folder = tmp_path / "r.json", tmp_path / "instaladores"

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        _upgrade_through(qtbot, wizard, then=None)
        # No more clicks: the download starts and is verified by itself...
        _verified_and_kept_on_screen(qtbot, wizard)

    argv = ["--portal-url", sandbox.url, "--user", "demo", "--system", "SAE", "--serial",
            "SKSNWR", "--download", "--download-dir", str(folder),
            "--result-file", str(result)]  # fmt: skip
    assert run_cli(qtbot, argv, paths, drive) == 0
    data = _result(result)
    installer = folder / "Aspel-SAE-8.0-Setup.exe"
    assert (data["outcome"], data["error_code"]) == ("upgraded", None)
    assert data["installer_path"] == str(installer) and data["installer_verified"] is True
    assert data["installer_size"] == installer.stat().st_size == TEST_INSTALLER_SIZE
    assert data["installer_sha256"] == hashlib.sha256(installer.read_bytes()).hexdigest()
    assert not list((paths.state_dir / "installer-downloads").glob("*.json"))


def test_download_flag_for_a_system_upgraded_before(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    from aspel_upgrade.portal.client import PortalClient

    other = PortalClient(sandbox.url)
    other.login("demo", DEMO_PASSWORD)
    receipt = other.confirm_upgrade("SUB-1001", "2026.2", "antes-" + "0" * 20)
    result = tmp_path / "r.json"

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)  # then its receipt, then the download, by themselves
        _verified_and_kept_on_screen(qtbot, wizard)

    argv = ["--portal-url", sandbox.url, "--user", "demo", "--system", "SAE", "--serial",
            "SKSNWR", "--download", "--result-file", str(result)]  # fmt: skip
    assert run_cli(qtbot, argv, paths, drive) == 0
    data = _result(result)
    assert data["outcome"] == "already_upgraded" and data["new_serial"] == receipt.new_serial
    assert data["installer_verified"] is True
    assert data["installer_path"] == str(paths.downloads / "Aspel-SAE-8.0-Setup.exe")


@pytest.mark.parametrize("code", ["download_corrupt", "download_failed", "no_space"])
def test_download_flag_exits_2_when_the_installer_is_not_verified(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path, code: str
) -> None:
    result = tmp_path / "r.json"
    if code == "download_corrupt":
        sandbox.faults.add(Fault("download_installer", kind="corrupt_byte"))
    if code == "download_failed":  # down for ten minutes: not waited out
        sandbox.faults.add(Fault("download_installer", status=503, retry_after=600, count=9))

    def drive(wizard: UpgradeWizard) -> None:
        if code == "no_space":
            wizard.ctx.free_space = lambda folder: 10
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        _upgrade_through(qtbot, wizard, then=Step.DOWNLOAD)
        page = wizard.page_for(Step.DOWNLOAD)
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
        close_anyway(wizard)  # the person gives up

    argv = ["--portal-url", sandbox.url, "--user", "demo", "--system", "SAE", "--serial",
            "SKSNWR", "--download", "--result-file", str(result)]  # fmt: skip
    assert run_cli(qtbot, argv, paths, drive) == 2
    data = _result(result)
    assert (data["outcome"], data["exit_code"], data["error_code"]) == ("upgraded", 2, code)
    assert data["new_serial"] and data["installer_verified"] is False
    assert str(data["error_message"]).strip()
    if code == "no_space":
        assert str(paths.downloads) in str(data["error_message"])
    if code == "download_corrupt":  # issue 18 G2: says what was compared with
        assert "no coincide con lo que publicó el portal" in str(data["error_message"])


def test_download_flag_with_a_receipt_without_descriptor_files_the_serial_and_exits_2(
    qtbot: QtBot, paths: AppPaths, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """Issue 18 A3: the serial is in the result file; the installer, not downloaded, is
    worded as such (the page link to get it), exit 2 as for any download not verified."""
    result = tmp_path / "r.json"
    sandbox.faults.add(Fault("confirm_upgrade", kind="missing_field", field="download"))

    def drive(wizard: UpgradeWizard) -> None:
        _login(qtbot, wizard)
        wait_page(qtbot, wizard, Step.TERMS)
        _upgrade_through(qtbot, wizard, then=Step.DOWNLOAD)
        page = wizard.page_for(Step.DOWNLOAD)
        qtbot.waitUntil(lambda: page.phase is DownloadPhase.UNAVAILABLE, timeout=10_000)
        qtbot.wait(300)
        assert wizard.isVisible()  # stays: the page link is the way to the installer
        wizard.accept()

    argv = ["--portal-url", sandbox.url, "--user", "demo", "--system", "SAE", "--serial",
            "SKSNWR", "--download", "--result-file", str(result)]  # fmt: skip
    assert run_cli(qtbot, argv, paths, drive) == 2
    data = _result(result)
    assert (data["outcome"], data["error_code"]) == ("upgraded", "download_unavailable")
    assert data["new_serial"] and data["razon_social"] and data["old_version_usable_until"]
    assert data["installer_verified"] is False and data["installer_path"] is None
    message = str(data["error_message"])
    assert "No se puede descargar el instalador desde este asistente" in message
    assert str(data["download_url"]) in message
