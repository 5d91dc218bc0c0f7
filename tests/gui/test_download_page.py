"""The installer download page, driven through the real wizard against the real sandbox."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.download import RECORDS_DIR, Progress, Status
from aspel_upgrade.flow.outcome import outcome_of
from aspel_upgrade.flow.state import DownloadPhase
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.flow.wording.guidance import server_meaning
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.settings import Settings
from aspel_upgrade.portal.models import InstallerFile
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.pages.download import BOLD_BUTTON, DownloadPage
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import (
    bytes_served,
    cannot_be_replaced,
    choose,
    close_anyway,
    log_in,
    to_result,
    wait_page,
)
from tests.helpers_sandbox import TEST_INSTALLER_SIZE, installer_of

pytestmark = pytest.mark.gui

SIZE = TEST_INSTALLER_SIZE
FILE = "Aspel-SAE-8.0-Setup.exe"


def to_download(qtbot: QtBot, wizard: UpgradeWizard) -> DownloadPage:
    result = wizard.page_for(Step.RESULT)
    assert result.download_here.isVisible()
    QTest.mouseClick(result.download_here, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.DOWNLOAD)
    page = wizard.page_for(Step.DOWNLOAD)
    assert isinstance(page, DownloadPage)
    return page


def verified(page: DownloadPage) -> Callable[[], bool]:
    return lambda: page.phase is DownloadPhase.VERIFIED and page.verified.isVisible()


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
    assert receipt.download is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == receipt.download.sha256
    assert page.hash.text() == receipt.download.sha256.upper()  # as Get-FileHash shows it
    assert "coinciden con lo que publicó el portal" in page.checked.text()
    assert page.verified_title.text() == "Verificado"
    assert page.serial.text() == receipt.new_serial  # still at hand for the activation
    assert page.razon.text() == receipt.razon_social
    assert page.figures.text() == "0.25 MB de 0.25 MB" and page.bar.value() == 1000
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)  # QA 5, here too
    assert wizard.isVisible() and wizard.currentId() == int(Step.DOWNLOAD)

    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "success", timeout=10_000)
    # Started once (Enter above may have opened the folder, the primary action here, in
    # either order under load: seen once in a loaded suite run).
    assert opened_urls.count(f"ejecutar:{path}") == 1
    assert receipt.new_serial in page.message.text()
    QTest.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
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
    """Issue 18 B6, B7: looked at when «Ejecutar instalador» is pressed and again when the
    warning is answered; Enter takes the safe answer, never «Ejecutar de todos modos»."""
    asked: list[tuple[str, str]] = []
    open_now = [True]

    def is_open(system: str, version: str) -> bool:
        asked.append((system, version))
        return open_now[0]

    wizard.ctx.is_old_version_running = is_open
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    assert asked == []  # nothing said about this PC's programs yet
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.running_prompt_open, timeout=10_000)
    assert asked == [("SAE", "7.0")]  # looked at when pressed
    prompt = page.running_prompt
    assert prompt is not None
    assert "SAE 7.0 está abierto en este equipo" in prompt.text() and "Ciérralo" in prompt.text()
    assert prompt.defaultButton() is page.running_closed  # B7: the safe choice
    assert prompt.escapeButton() is page.running_cancel
    assert not any(u.startswith("ejecutar:") for u in opened_urls)  # not yet
    QTest.keyClick(prompt, Qt.Key.Key_Return)  # «Ya lo cerré, continuar»... but it is open
    qtbot.waitUntil(lambda: len(asked) == 2 and page.running_prompt_open(), timeout=10_000)
    assert page.running_prompt is not prompt and page.running_prompt is not None
    assert "sigue abierto" in page.running_prompt.text()
    assert not any(u.startswith("ejecutar:") for u in opened_urls)
    open_now[0] = False  # the user closes SAE 7.0 now
    QTest.keyClick(page.running_prompt, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(u.startswith("ejecutar:") for u in opened_urls), timeout=10_000)
    assert len(asked) == 3 and page.message.kind == "success"


def test_running_anyway_is_a_deliberate_choice(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    wizard.ctx.is_old_version_running = lambda system, version: True
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.running_prompt_open, timeout=10_000)
    assert page.running_prompt is not None and page.running_cancel is not None
    page.running_cancel.click()
    assert not any(u.startswith("ejecutar:") for u in opened_urls)
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.running_prompt_open, timeout=10_000)
    assert page.running_anyway is not None
    assert page.running_anyway.text().replace("&", "") == "Ejecutar de todos modos"
    page.running_anyway.click()
    assert opened_urls[-1].startswith("ejecutar:")


def test_closing_the_old_version_after_the_look_at_the_result_page_is_seen(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], opened_urls: list[str]
) -> None:
    """Issue 18 B6 through the real finder seam: SAE 7.0 was open when «¡Listo!» looked,
    and closed before «Ejecutar instalador»: no warning, the installer runs."""
    sae = InstalledSystem("SAE", "7.0", program_dir="C:/Aspel/SAE70",
                          data=(DataFolder("C:/Datos/SAE7.00", 2),), running=True)  # fmt: skip
    this_pc = [sae]
    wizard = make_wizard(installed=this_pc)
    wizard.ctx.find_installed = lambda: tuple(this_pc)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.running.isVisible(), timeout=10_000)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    this_pc[0] = replace(sae, running=False)
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(u.startswith("ejecutar:") for u in opened_urls), timeout=10_000)
    assert page.running_prompt is None


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
    QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=5_000)
    assert "se guardó" in page.message.text() and "continuar" in page.message.text()
    assert page.start.text().replace("&", "") == "Reanudar"
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
    assert "publicó el portal" in page.message.text()  # what was compared, not «Aspel»
    assert list((tmp_path / "Descargas").iterdir()) == []
    QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)  # «Reintentar»
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
    assert hashlib.sha256(data).hexdigest() == installer_of(receipt).sha256
    assert served(sandbox, wizard) <= SIZE + 2 * 64 * 1024


def test_back_mid_download_says_it_paused_and_what_continues_it(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    """«Atrás» pauses the transfer: «¡Listo!» says so (it was silent), and only then."""
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 4))
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert "pausa" not in result.message.text()
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=10_000)
    wizard.back()
    qtbot.waitUntil(lambda: "pausa" in result.message.text(), timeout=5_000)
    button = result.download_here.text().replace("&", "").rstrip("…")
    assert f"«{button}»" in result.message.text()
    page = to_download(qtbot, wizard)  # continued; back once more after it ends: no pause
    qtbot.waitUntil(verified(page), timeout=20_000)
    wizard.back()
    qtbot.waitUntil(lambda: wizard.currentId() == int(Step.RESULT))
    assert "pausa" not in result.message.text()


def test_a_folder_at_the_installers_name_is_said_and_the_installer_saved_beside_it(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    """The page says why the file has another name (the sentence was written, never shown)."""
    (tmp_path / "Descargas" / FILE).mkdir(parents=True)
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    beside = "Aspel-SAE-8.0-Setup (1).exe"
    assert page.where.text() == str(tmp_path / "Descargas" / beside)
    assert f"carpeta llamada «{FILE}»" in page.message.text()
    assert f"se guardó como «{beside}»" in page.message.text()


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
    QTest.mouseClick(page.reauth.ok, Qt.MouseButton.LeftButton)
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
    assert page.phase is DownloadPhase.FAILED and page.task is None  # «Reintentar»
    assert page.start.isEnabled()
    assert [type(error) for error in reports] == [RuntimeError]
    assert wizard.ctx.flow.state.last_error is reports[0]


# ---- issue 18: what the page says, what it checks, what it runs ---------------------------


@pytest.mark.parametrize("field", ["download", "download.file_name"])
def test_a_receipt_without_its_descriptor_shows_the_serial_and_the_page_link(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path,
    opened_urls: list[str], field: str,
) -> None:  # fmt: skip
    """The serial is the outcome: shown and filed; the in-app download says it cannot, and
    «Abrir descarga» opens the receipt's page link."""
    sandbox.faults.add(Fault("confirm_upgrade", kind="missing_field", field=field))
    to_result(qtbot, wizard)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and receipt.download is None
    assert wizard.page_for(Step.RESULT).serial.text() == receipt.new_serial
    page = to_download(qtbot, wizard)
    assert page.phase is DownloadPhase.UNAVAILABLE and page.message.kind == ""
    text = page.unavailable_text.text()
    assert "No se puede descargar el instalador desde este asistente" in text
    assert receipt.download_url in text and "número de serie sí quedó registrado" in text
    assert page.open_download.isVisible() and wizard.focusWidget() is page.open_download
    for hidden in (page.start, page.pause, page.cancel, page.bar, page.where, page.verified):
        assert not hidden.isVisible()
    assert page.serial.text() == receipt.new_serial and page.razon.text() == receipt.razon_social
    QTest.mouseClick(page.open_download, Qt.MouseButton.LeftButton)
    assert opened_urls[-1] == receipt.download_url
    assert not (tmp_path / "Descargas").exists() or not list((tmp_path / "Descargas").iterdir())
    assert served(sandbox, wizard) == 0
    outcome = wizard.ctx.flow.outcome()  # filed: the serial, the razón social, the deadline
    assert (outcome.exit_code, outcome.new_serial) == (0, receipt.new_serial)
    assert outcome.razon_social == receipt.razon_social
    assert outcome.old_version_usable_until == "2022-03-10" and not outcome.installer_verified


def test_a_browser_that_does_not_open_is_said(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    sandbox.faults.add(Fault("confirm_upgrade", kind="missing_field", field="download"))
    wizard.ctx.open_url = lambda url: False
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    QTest.mouseClick(page.open_download, Qt.MouseButton.LeftButton)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    assert page.message.kind == "error" and receipt.download_url in page.message.text()


def _sae_here(data: bool) -> InstalledSystem:
    folders = (DataFolder("C:/Aspel/Sistemas Aspel/SAE7.00", 2),) if data else ()
    return InstalledSystem("SAE", "7.0", program_dir="C:/Aspel/Aspel-SAE 7.0", data=folders)


@pytest.mark.parametrize(
    ("installed", "says", "primary"),
    [
        ((), "Copia el instalador", "open_folder"),  # not on this PC
        ((_sae_here(False),), "Copia el instalador", "open_folder"),  # a terminal
        ((_sae_here(True),), "en este equipo", "run_installer"),  # the data is here
    ],
)
def test_where_to_install_follows_where_the_data_is(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard],
    installed: tuple[InstalledSystem, ...], says: str, primary: str,
) -> None:  # fmt: skip
    wizard = make_wizard(installed=installed)
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    qtbot.waitUntil(lambda: page.scan_task is None, timeout=10_000)
    text = page.install_where.text()
    assert says in text
    if primary == "open_folder":
        assert "Servidor" in text and server_meaning() in text  # one meaning of the word
        assert "En el Servidor" in page.next_steps.text()
        assert "«Ejecutar instalador» instala" not in page.next_steps.text()
    else:
        assert "Servidor" not in text and "instala SAE 8.0 aquí" in text
    assert wizard.focusWidget() is getattr(page, primary)
    assert "bold" in getattr(page, primary).styleSheet()
    other = page.run_installer if primary == "open_folder" else page.open_folder
    assert "bold" not in other.styleSheet()


def test_the_re_hash_is_named_and_a_slow_link_is_in_kb_per_second(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    """The figures as the page writes them (the real re-read is driven in
    test_a_resume_measures_the_link_not_the_disk…); shown on a paused page, where no real
    progress from the link races the figures given here."""
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 8))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.RUNNING, timeout=10_000)
    page.stop(cancel=False)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=10_000)
    mib = 1024 * 1024
    page._show_bytes(3 * mib, 16 * mib, Progress(3 * mib, 16 * mib, 0.0, None, checking=True))
    assert page.figures.text().startswith("Comprobando lo ya descargado…")
    assert "3.00 MB de 16.0 MB" in page.figures.text() and "/s" not in page.figures.text()
    page._show_bytes(3 * mib, 16 * mib, Progress(3 * mib, 16 * mib, 51_200.0, 266.0))
    assert page.figures.text() == "3.00 MB de 16.0 MB · 50 KB/s · quedan 4 min 26 s"
    page._show_bytes(3 * mib, 16 * mib, Progress(3 * mib, 16 * mib, 2_000_000.0, 7.0))
    assert "1.91 MB/s" in page.figures.text() and "0.00" not in page.figures.text()


def test_cancel_asks_then_removes_the_partial_file_pause_keeps_it(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 4))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    part = tmp_path / "Descargas" / f"{FILE}.part"
    qtbot.waitUntil(lambda: part.is_file() and part.stat().st_size > 0, timeout=10_000)
    QTest.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    prompt = page.cancel_prompt
    assert prompt is not None and prompt.isVisible()
    assert prompt.text() == "¿Cancelar la descarga?"
    assert "Se borrará lo que ya se descargó" in prompt.informativeText()
    assert "«Pausar»" in prompt.informativeText()
    assert prompt.defaultButton() is page.cancel_keep  # Enter keeps it
    QTest.keyClick(prompt, Qt.Key.Key_Return)
    assert page.phase is DownloadPhase.RUNNING and part.is_file()  # still downloading
    QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=10_000)
    kept = part.stat().st_size
    assert kept > 0 and list((tmp_path / "state" / RECORDS_DIR).glob("*.json"))  # Pausar keeps it
    assert page.cancel.isEnabled()  # a paused download can be cancelled too
    QTest.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert page.cancel_prompt is not None and page.cancel_discard is not None
    page.cancel_discard.click()
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.CANCELLED, timeout=10_000)
    assert not part.exists() and not list((tmp_path / "state" / RECORDS_DIR).glob("*.json"))
    assert "se borró lo que se había descargado" in page.message.text()
    assert page.bar.value() == 0 and not page.cancel.isEnabled()
    assert page.start.text().replace("&", "") == "Descargar"


def test_cancel_while_running_removes_the_partial_file(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 4))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    part = tmp_path / "Descargas" / f"{FILE}.part"
    qtbot.waitUntil(lambda: part.is_file() and part.stat().st_size > 0, timeout=10_000)
    QTest.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
    assert page.cancel_discard is not None
    page.cancel_discard.click()
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.CANCELLED, timeout=10_000)
    assert not part.exists() and not (tmp_path / "Descargas" / FILE).exists()
    QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)  # «Descargar»: from zero
    qtbot.waitUntil(verified(page), timeout=20_000)
    installer = wizard.ctx.flow.state.installer
    assert installer is not None and installer.resumed_from == 0


def test_a_folder_or_installer_the_shell_cannot_open_is_said(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    wizard.ctx.open_url = lambda url: False
    wizard.ctx.start_installer = lambda path: False
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    QTest.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
    assert page.message.kind == "error"
    assert f"No se pudo abrir la carpeta «{tmp_path / 'Descargas'}»" in page.message.text()
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no pudo abrir el instalador" in page.message.text(), timeout=10_000)
    assert page.message.kind == "error"
    assert str(tmp_path / "Descargas" / FILE) in page.message.text()


def test_the_hash_and_the_path_copy_as_one_string(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    path = tmp_path / "Descargas" / FILE
    get_filehash = hashlib.sha256(path.read_bytes()).hexdigest().upper()
    assert page.hash.text() == get_filehash and page.hash.isReadOnly()
    QTest.mouseClick(page.copy_hash, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == get_filehash
    page.hash.selectAll()
    page.hash.copy()
    assert QGuiApplication.clipboard().text() == get_filehash
    assert page.where_caption.text() == "Se guardó en:"
    assert page.where.text() == str(path) and page.where.isReadOnly()
    page.where.selectAll()
    page.where.copy()
    assert QGuiApplication.clipboard().text() == str(path)  # no zero-width spaces in it


def test_the_downloaded_installer_gets_the_mark_of_the_web(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    marked: list[tuple[Path, str, str]] = []

    def mark(path: Path, referrer: str, host: str) -> bool:
        marked.append((path, referrer, host))
        return True

    wizard.ctx.mark_downloaded = mark
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and receipt.download is not None
    assert marked == [(tmp_path / "Descargas" / FILE, receipt.download_url, receipt.download.url)]


@pytest.mark.parametrize(
    ("status", "publisher", "runs", "says"),
    [
        ("signed", "Aspel de México, S.A. de C.V.", True,
         "el editor es «Aspel de México, S.A. de C.V.»."),  # a name's own period, then ours
        ("signed", "Otra Empresa SA", True, "el editor es «Otra Empresa SA»."),
        ("unsigned", "", False, "no tiene firma digital"),
        ("tampered", "", False, "cambió después de que lo firmaron"),
        ("untrusted", "Aspel de México, S.A. de C.V.", False, "Windows no confía"),
        ("error", "", False, "No se pudo comprobar la firma digital"),
        ("not_checked", "", True, "se comprueba en Windows"),
    ],
)  # fmt: skip
def test_the_installer_runs_only_with_a_signature_windows_trusts(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str], status: str, publisher: str,
    runs: bool, says: str,
) -> None:  # fmt: skip
    from aspel_upgrade.host.trust import Signature

    signature = Signature(status, publisher)
    checked: list[Path] = []

    def check(path: Path) -> Signature:
        checked.append(path)
        return signature

    wizard.ctx.check_signature = check
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    qtbot.waitUntil(lambda: page.signature is not None, timeout=10_000)
    assert says in page.signed.text()  # said on the page once verified
    if not runs and status != "error":
        # Windows said for good it is not one to run: the page says it will not, and no
        # button says otherwise; «Abrir carpeta» comes first (found on the real window:
        # «no lo ejecutará» above a bold «Ejecutar instalador»).
        assert "no lo ejecutará" in page.signed.text()
        assert not page.run_installer.isEnabled()
        assert page.open_folder.styleSheet() == BOLD_BUTTON
        assert page.run_installer.styleSheet() == ""
        assert page.open_folder.hasFocus()
        steps = page.next_steps.text()  # and no step tells to run or open it
        assert "No ejecutes este archivo" in steps and "«Ejecutar instalador» instala" not in steps
        assert page.result is not None and checked == [page.result.path]  # once, verified
        assert not any(u.startswith("ejecutar:") for u in opened_urls)
        return
    assert page.run_installer.isEnabled()  # a check that failed may answer next time
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind in ("success", "error"), timeout=10_000)
    assert len(checked) == 2  # after verifying, and again when the user asked to run it
    assert any(u.startswith("ejecutar:") for u in opened_urls) is runs
    if not runs:
        assert page.message.kind == "error" and says in page.message.text()
        assert "no lo ejecutará" in page.message.text()


def test_the_expected_publisher_is_the_deployments_and_is_shown(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], opened_urls: list[str]
) -> None:
    from aspel_upgrade.host.trust import Signature

    wizard = make_wizard(settings=Settings(installer_publisher="Aspel QA, S.A."))
    wizard.ctx.check_signature = lambda path: Signature("signed", "Aspel de México, S.A. de C.V.")
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    qtbot.waitUntil(lambda: page.signature is not None, timeout=10_000)
    assert "no por Aspel QA, S.A. (el editor esperado)" in page.signed.text()
    assert not page.run_installer.isEnabled()  # another signer: not one to run from here
    assert not any(u.startswith("ejecutar:") for u in opened_urls)
    # Signed by the named one (case and spaces aside): looked at again on the way back.
    wizard.ctx.check_signature = lambda path: Signature("signed", "ASPEL QA,  s.a.")
    wizard.back()
    wait_page(qtbot, wizard, Step.RESULT)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: "el esperado" in page.signed.text(), timeout=10_000)
    assert page.run_installer.isEnabled()
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)  # the named one runs
    qtbot.waitUntil(lambda: any(u.startswith("ejecutar:") for u in opened_urls), timeout=10_000)


def test_a_file_that_is_no_longer_an_installer_is_not_run(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    assert page.result is not None
    page.result.path.unlink()  # gone from the folder since it was verified
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    assert "no se ejecutó" in page.message.text()
    assert not any(u.startswith("ejecutar:") for u in opened_urls)


def test_an_installer_downloading_in_another_window_is_said_with_retry(
    qtbot: QtBot, wizard: UpgradeWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine answers BUSY while another process holds this installer's lock (its
    branch; here its answer is given directly): the page says so and offers «Reintentar»."""
    from aspel_upgrade.flow.download import DownloadResult, InstallerDownload

    real = InstallerDownload.run
    busy = [True]

    def run(
        self: InstallerDownload, upgrade_id: str, file: InstallerFile, *,
        on_progress: Callable[[Progress], None] = lambda p: None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> DownloadResult:  # fmt: skip
        if busy[0]:
            final, _part = self.paths(upgrade_id, file)
            return DownloadResult(Status.BUSY, final, file.size, file.sha256)
        return real(self, upgrade_id, file, on_progress=on_progress, should_stop=should_stop)

    monkeypatch.setattr(InstallerDownload, "run", run)
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    assert "se está descargando en otra ventana" in page.message.text()
    assert page.start.text().replace("&", "") == "Reintentar" and page.start.isEnabled()
    busy[0] = False
    QTest.mouseClick(page.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(verified(page), timeout=10_000)


def test_a_partial_file_that_cannot_be_removed_is_said_plainly(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """Something holds the partial file (on Windows an antivirus or another program has it
    open; here it is immutable): the page says it stayed, never that it was removed, and
    never with the unexpected-error report."""
    reports: list[BaseException] = []
    wizard.ctx.report_unexpected = reports.append
    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 4))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    part = tmp_path / "Descargas" / f"{FILE}.part"
    qtbot.waitUntil(lambda: part.is_file() and part.stat().st_size > 0, timeout=10_000)
    QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=10_000)
    with cannot_be_replaced(part):
        QTest.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
        assert page.cancel_discard is not None
        page.cancel_discard.click()
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
        assert part.is_file()
    assert reports == []
    assert f"No se pudo borrar «{part}»" in page.message.text()
    assert "se borró" not in page.message.text()
    assert page.task is None and page.start.isEnabled()


def test_cancel_while_another_window_downloads_it_removes_nothing_and_says_so(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    """Another copy of the app holds the download's lock: its partial file is not removed
    under its feet, and the page does not claim it was."""
    from aspel_upgrade.flow.download_records import ResumeStore

    sandbox.faults.add(Fault("download_installer", kind="rate_limit", amount=SIZE // 4))
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    part = tmp_path / "Descargas" / f"{FILE}.part"
    qtbot.waitUntil(lambda: part.is_file() and part.stat().st_size > 0, timeout=10_000)
    QTest.mouseClick(page.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.phase is DownloadPhase.PAUSED, timeout=10_000)
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    upgrade_id = receipt.upgrade_id
    other = ResumeStore(tmp_path / "state").lock(f"upgrade\n{upgrade_id}")  # the other
    # window holds the upgrade's lock, as a running download does (flow/download.py)
    assert other.try_acquire()
    try:
        QTest.mouseClick(page.cancel, Qt.MouseButton.LeftButton)
        assert page.cancel_discard is not None
        page.cancel_discard.click()
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10_000)
    finally:
        other.release()
    assert part.is_file()
    assert "otra ventana" in page.message.text() and "No se borró nada" in page.message.text()


def test_back_then_forward_after_verifying_says_saved_and_checks_again(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    """What the page says about the file is said again only after looking again."""
    from aspel_upgrade.host.trust import Signature

    checked: list[Path] = []

    def check(path: Path) -> Signature:
        checked.append(path)
        return Signature("not_checked")

    wizard.ctx.check_signature = check
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    qtbot.waitUntil(lambda: len(checked) == 1, timeout=10_000)
    before = served(sandbox, wizard)
    wizard.back()
    wait_page(qtbot, wizard, Step.RESULT)
    page = to_download(qtbot, wizard)
    assert page.phase is DownloadPhase.VERIFIED and page.where_caption.text() == "Se guardó en:"
    qtbot.waitUntil(lambda: len(checked) == 2, timeout=10_000)
    assert served(sandbox, wizard) == before  # nothing fetched again


def test_leaving_while_it_looks_at_this_pc_leaves_the_button_usable(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str]
) -> None:
    import time

    def slow_look(system: str, version: str) -> bool:
        time.sleep(0.5)
        return False

    wizard.ctx.is_old_version_running = slow_look
    to_result(qtbot, wizard)
    page = to_download(qtbot, wizard)
    qtbot.waitUntil(verified(page), timeout=10_000)
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    assert not page.run_installer.isEnabled()  # looking
    wizard.back()
    wait_page(qtbot, wizard, Step.RESULT)
    page = to_download(qtbot, wizard)
    assert page.run_installer.isEnabled()
    qtbot.wait(700)  # the look that was left behind answers to nobody
    assert not any(u.startswith("ejecutar:") for u in opened_urls)
    QTest.mouseClick(page.run_installer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(u.startswith("ejecutar:") for u in opened_urls), timeout=10_000)
