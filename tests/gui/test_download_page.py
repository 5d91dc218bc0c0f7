"""The installer download page, driven through the real wizard against the real sandbox."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.download import RECORDS_DIR, Status
from aspel_upgrade.flow.outcome import outcome_of
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.pages.download import DownloadPage
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.conftest import TEST_INSTALLER_SIZE
from tests.helpers import bytes_served, choose, click_next, close_anyway, log_in, wait_page

pytestmark = pytest.mark.gui

SIZE = TEST_INSTALLER_SIZE
FILE = "Aspel-SAE-8.0-Setup.exe"


def to_result(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    click_next(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled)
    terms.accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)


def to_download(qtbot: QtBot, wizard: UpgradeWizard) -> DownloadPage:
    result = wizard.page_for(Step.RESULT)
    assert result.download_here.isVisible()
    qtbot.mouseClick(result.download_here, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    page = wizard.page_for(Step.DOWNLOAD)
    assert isinstance(page, DownloadPage)
    return page


def verified(page: DownloadPage) -> Callable[[], bool]:
    return lambda: page.state == "verified" and page.verified.isVisible()


def served(sandbox: SandboxPortal, wizard: UpgradeWizard) -> int:
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    return bytes_served(sandbox, receipt.upgrade_id)


def test_from_log_in_to_verificado_then_the_installer(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path, opened_urls: list[str]
) -> None:
    to_result(qtbot, wizard)
    # Only «Finalizar» until the user asks for the download: finishing stays an option.
    assert not wizard.button(QWizard.WizardButton.NextButton).isVisible()
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    path = tmp_path / "Descargas" / FILE
    assert hashlib.sha256(path.read_bytes()).hexdigest() == receipt.download.sha256
    assert receipt.download.sha256 in page.hash.text().replace(" ", "")
    assert page.verified_title.text() == "Verificado"
    assert page.serial.text() == receipt.new_serial  # still at hand for the activation
    assert page.razon.text() == receipt.razon_social
    assert page.figures.text() == "0.25 MB de 0.25 MB" and page.bar.value() == 1000
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # QA 5, here too
    assert wizard.isVisible() and wizard.currentId() == int(Step.DOWNLOAD)

    qtbot.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    assert opened_urls[-1] == f"ejecutar:{path}"
    assert page.message.kind == "success" and receipt.new_serial in page.message.text()
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
    assert opened_urls[-1] == (tmp_path / "Descargas").as_uri()

    outcome = outcome_of(wizard.ctx.flow.state)
    assert (outcome.installer_path, outcome.installer_size) == (str(path), SIZE)
    assert outcome.installer_sha256 == receipt.download.sha256 and outcome.installer_verified

    wizard.back()  # the receipt page is one click away
    wait_page(qtbot, wizard, Step.RESULT)
    assert wizard.page_for(Step.RESULT).serial.text() == receipt.new_serial


def test_a_running_old_version_is_named_before_the_installer_starts(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    asked: list[tuple[str, str]] = []
    wizard.ctx.is_old_version_running = lambda system, version: asked.append(
        (system, version)
    ) or True  # fmt: skip
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    qtbot.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    assert asked == [("SAE", "7.0")]
    prompt = page.running_prompt
    assert prompt is not None and prompt.isVisible()
    assert "SAE 7.0 está abierto" in prompt.text() and "Ciérralo" in prompt.text()
    assert not any(u.startswith("ejecutar:") for u in opened_urls)  # not yet
    prompt.accept()
    assert opened_urls[-1].startswith("ejecutar:")


def test_pause_then_resume_after_the_app_is_started_again(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal,
    tmp_path: Path,
) -> None:  # fmt: skip
    # Slow enough (2 s for the file) to cancel half-way; the next run is at full speed.
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 2))
    first = make_wizard()
    to_result(qtbot, first)
    page = to_download(qtbot, first)
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=10_000)  # some of it, not all
    qtbot.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.state == "cancelled", timeout=5_000)
    assert "se guardó" in page.message.text() and "continuará" in page.message.text()
    assert page.start.text().replace("&", "") == "Descargar"
    part = tmp_path / "Descargas" / f"{FILE}.part"
    on_disk = part.stat().st_size
    assert 0 < on_disk < SIZE
    assert list((tmp_path / "state" / RECORDS_DIR).glob("*.json"))  # its record
    close_anyway(first)  # the app is closed
    # The portal notices the client went away at its next write; what it sent until then
    # counts as served (served() waits until it has stopped sending).
    before = served(sandbox, first)

    second = make_wizard()  # ...and started again: log in, the upgrade is already there
    log_in(qtbot, second)
    table = second.page_for(Step.SUBSCRIPTIONS)
    choose(qtbot, second, "SKSNWR")  # «Ya actualizado a 8.0»: its data are a click away
    assert "Ver sus datos y descargar el instalador" in table.detail.text()
    table.detail.linkActivated.emit("#receipt")
    wait_page(qtbot, second, Step.RESULT)
    assert second.ctx.flow.state.receipt_was_existing
    again = to_download(qtbot, second)
    assert "Continuando la descarga anterior" in again.message.text()
    qtbot.waitUntil(verified(again), timeout=10_000)
    assert served(sandbox, second) - before == SIZE - on_disk  # only the missing part
    installer = second.ctx.flow.state.installer
    assert installer is not None and installer.resumed_from == on_disk


def test_no_space_is_refused_before_downloading_naming_the_folder(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    wizard.ctx.free_space = lambda folder: 1024
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    text = page.message.text()
    assert str(tmp_path / "Descargas") in text and "0.25 MB" in text and "Libera espacio" in text
    assert served(sandbox, wizard) == 0
    assert page.start.text().replace("&", "") == "Reintentar"
    installer = wizard.ctx.flow.state.installer
    assert installer is not None and installer.status is Status.NO_SPACE
    outcome = wizard.ctx.flow.outcome()  # the serial was issued; the installer not saved
    assert outcome.exit_code == 0 and outcome.installer_verified is False


def test_a_corrupted_download_is_refused_in_plain_spanish_and_retried(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    sandbox.faults.add(Fault("download_installer", kind="corrupt_byte"))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    assert "no coincide" in page.message.text() and "se borró" in page.message.text()
    assert list((tmp_path / "Descargas").iterdir()) == []
    qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)  # «Reintentar»
    qtbot.waitUntil(verified(page), timeout=10_000)


def test_back_and_forth_mid_download_never_spoils_the_file(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """Leaving stops the transfer; coming straight back resumes it (one writer at a time)."""
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE * 2))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=10_000)
    wizard.back()  # the old transfer may still be writing its last block...
    page = to_download(qtbot, wizard)  # ...while the new one starts
    qtbot.waitUntil(verified(page), timeout=10_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    data = (tmp_path / "Descargas" / FILE).read_bytes()
    assert hashlib.sha256(data).hexdigest() == receipt.download.sha256
    assert served(sandbox, wizard) <= SIZE + 2 * 64 * 1024


def test_a_new_build_while_the_session_expired_asks_for_the_password_then_verifies(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    to_result(qtbot, wizard)
    sandbox.faults.add(Fault("download_installer", kind="new_build"))
    sandbox.service.expire_sessions()  # the new hash needs the receipt read again
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.reauth is not None and page.reauth.isVisible(), timeout=10_000)
    assert page.reauth is not None
    page.reauth.password.setText(DEMO_PASSWORD)
    qtbot.mouseClick(page.reauth.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(verified(page), timeout=10_000)


def test_an_unexpected_error_in_the_download_is_shown_and_the_page_stays_usable(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    """The download's error handler called a method the page does not have: a second
    error, raised while handling the first (found by mypy)."""
    reports: list[BaseException] = []
    wizard.ctx.report_unexpected = reports.append

    def broken(folder: Path) -> int:
        raise RuntimeError("fallo inesperado al medir el disco")

    wizard.ctx.free_space = broken
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    assert page.state == "idle" and page.task is None
    assert [type(error) for error in reports] == [RuntimeError]
    assert wizard.ctx.flow.state.last_error is reports[0]
