"""«¿Está listo este equipo?» on the real wizard against the real sandbox (issue 20): a fake
Windows PC with SAE 7.0 and its data on a nearly full D: (real folders, a fake registry and
Win32 answers through the product's seams) holds «Actualizar número de serie» until
«Revisar de nuevo» finds room or the other-PC box is ticked; the look runs off the GUI
thread; the old program is looked at again at each decision; «¡Listo!», the PDF, the result
file and «Diagnóstico» carry the checks as they stood; a hostile portal or PC blocks nothing
it could not measure."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.readiness import Status
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.probes import Answer, FolderSize, Memory, WindowsVersion
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.fakes.this_pc import MIB, SAE70, FakePC, volume
from tests.fakes.windows_pc import GIB, FakeWindowsPC
from tests.helpers import (
    click_next,
    ready_looked,
    to_ready,
    wait_page,
)
from tests.helpers_readiness import the_check

pytestmark = pytest.mark.gui

Make = Callable[..., UpgradeWizard]


def commit_button(wizard: UpgradeWizard) -> QAbstractButton:
    return wizard.button(QWizard.WizardButton.CommitButton)


def shown(wizard: UpgradeWizard) -> dict[str, str]:
    """Each check's line on the page, by its title."""
    page = wizard.page_for(Step.READY)
    return {label.text().split(": ", 1)[0].split(" · ")[1]: label.text()
            for label in page.check_labels}  # fmt: skip


def test_a_nearly_full_data_drive_keeps_the_commit_disabled_until_room_is_found(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path, sandbox: SandboxPortal
) -> None:
    """Issue 20, «Done when»: «bloquea» for space with the drive and the figures;
    «Actualizar número de serie» disabled until «Revisar de nuevo» finds room."""
    pc = FakeWindowsPC(tmp_path / "pc")  # SAE 7.0, 1.5 GB of data on D:, 200 MB free
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    page = wizard.page_for(Step.READY)
    space = shown(wizard)["Espacio para tus datos"]
    assert space.startswith("Bloquea · Espacio para tus datos: En la unidad D: hay 200 MB libres")
    assert "se necesitan 1.5 GB" in space and "Libera al menos 1.4 GB en la unidad D:" in space
    assert page.held.isVisible() and "Algo bloquea en este equipo" in page.held.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # on, to see why

    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    confirm = wizard.page_for(Step.CONFIRM)
    assert not commit_button(wizard).isEnabled()
    assert "Algo bloquea en este equipo" in confirm.held.text()
    assert confirm.checked.text().startswith("Bloquea: Espacio para tus datos.")

    wizard.back()
    wait_page(qtbot, wizard, Step.READY)
    pc.free["D"] = 40 * GIB  # the user made room, then «Revisar de nuevo»
    QTest.mouseClick(page.again, Qt.MouseButton.LeftButton)
    ready_looked(qtbot, wizard)
    qtbot.waitUntil(lambda: shown(wizard)["Espacio para tus datos"].startswith("Bien · "))
    assert not page.held.isVisible()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    assert commit_button(wizard).isEnabled()
    assert "Bloquea" not in confirm.checked.text()
    assert sandbox.service.outbox() == []  # nothing was confirmed while it was held


def test_the_other_pc_box_releases_the_commit(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc")
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    page = wizard.page_for(Step.READY)
    page.elsewhere.setChecked(True)
    assert not page.held.isVisible()
    assert "«aspel-upgrade --check --system SAE»" in page.elsewhere_note.text()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    assert commit_button(wizard).isEnabled()
    wizard.back()
    wait_page(qtbot, wizard, Step.READY)
    page.elsewhere.setChecked(False)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    assert not commit_button(wizard).isEnabled()


def test_installing_on_another_pc_is_what_listo_then_says(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path
) -> None:
    """The box ticked, «¡Listo!» no longer calls this PC the Servidor nor says to install
    here (it did), and «Descargar e instalar…» leads to «Abrir carpeta» first."""
    pc = FakeWindowsPC(tmp_path / "pc")
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    wizard.page_for(Step.READY).elsewhere.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    commit_button(wizard).click()
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: "otro equipo" in result.where.text(), timeout=10_000)
    assert "Este equipo es tu Servidor" not in result.where.text()
    assert "instálalo en el Servidor" in result.steps.text()
    assert "en este equipo" not in result.steps.text()
    assert result.guidance().install_elsewhere


def test_the_look_runs_off_the_gui_thread(qtbot: QtBot, make_wizard: Make) -> None:
    threads: list[threading.Thread] = []

    class Watched(FakePC):
        def folder_size(self, path: str) -> Answer[FolderSize]:
            threads.append(threading.current_thread())
            return super().folder_size(path)

        def windows_version(self) -> Answer[WindowsVersion]:
            threads.append(threading.current_thread())
            return super().windows_version()

    wizard = make_wizard(this_pc=Watched(), installed=(SAE70,))
    to_ready(qtbot, wizard)
    assert threads and threading.main_thread() not in threads


def test_a_pc_without_the_data_shows_the_servidors_command_to_copy(
    qtbot: QtBot, make_wizard: Make
) -> None:
    wizard = make_wizard(this_pc=FakePC())  # SAE is not on this PC
    to_ready(qtbot, wizard)
    page = wizard.page_for(Step.READY)
    assert page.for_server.isVisible()
    assert page.for_server.text().startswith("Estas revisiones son para el Servidor (")
    assert page.command.isVisible() and page.command.text() == "aspel-upgrade --check --system SAE"
    page.copy_command.click()
    assert QGuiApplication.clipboard().text() == "aspel-upgrade --check --system SAE"
    where = shown(wizard)["Dónde están tus datos"]
    assert where.startswith("Aviso · ") and "No encontramos SAE 7.0 en este equipo" in where
    assert "Activa la nueva versión en el equipo donde se va a quedar" in page.settle.text()


def test_the_checklist_answers_change_their_lines_and_never_block(
    qtbot: QtBot, make_wizard: Make
) -> None:
    wizard = make_wizard(this_pc=FakePC(), installed=(SAE70,))
    to_ready(qtbot, wizard)
    page = wizard.page_for(Step.READY)
    assert shown(wizard)["Respaldo de tus datos"].startswith("Aviso · ")
    assert "10/03/2022" in page.has_time.text()  # the demo's deadline
    assert not page.held.isVisible()
    page.backup.setChecked(True)
    assert shown(wizard)["Respaldo de tus datos"].startswith("Bien · ")
    assert wizard.ctx.flow.state.backed_up is True


def test_the_old_program_is_looked_at_again_on_arrival_and_at_the_click(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    assert shown(wizard)["Programa abierto"].startswith("Bien · ")
    pc.running.add("saewin70")  # opened before going on
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    confirm = wizard.page_for(Step.CONFIRM)
    assert "SAE 7.0 está abierto en este equipo" in confirm.program.text()
    assert "Aviso: " in confirm.checked.text() and "Programa abierto" in confirm.checked.text()
    pc.running.clear()  # closed before the click: seen so at the moment of confirming
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    confirmed = wizard.ctx.flow.checks_as_confirmed()
    assert confirmed is not None
    assert the_check(confirmed, "program_open").status is Status.OK


def test_listo_the_pdf_and_the_result_file_list_the_checks_as_they_stood(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path
) -> None:
    pc = FakeWindowsPC(tmp_path / "pc", free={"C": 120 * GIB, "D": 40 * GIB})
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    pc.free["D"] = 100 * 1024 * 1024  # later changes are not what was confirmed
    result = wizard.page_for(Step.RESULT)
    text = result.checked.text()
    assert result.checked.isVisible()
    assert text.startswith("Así estaba este equipo al confirmar:")
    assert "Bien · Espacio para tus datos: En la unidad D: hay 40.0 GB libres" in text
    from aspel_upgrade.ui.receipt_pdf import receipt_html

    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    html = receipt_html(receipt, checked=wizard.ctx.flow.checks_as_confirmed())
    assert "Así estaba este equipo al confirmar:" in html and "40.0 GB libres" in html
    result.ask_save_path = lambda suggested: str(tmp_path / "comprobante.pdf")
    result.save_receipt()
    assert (tmp_path / "comprobante.pdf").stat().st_size > 0
    outcome = wizard.ctx.flow.outcome().as_json()
    by_id = {c["id"]: c for c in outcome["checks"]}
    assert by_id["space_data"]["status"] == "ok" and "40.0 GB" in by_id["space_data"]["found"]


# What would block if the portal's figure were believed: a PC short of exactly that.
POOR = {
    "ram": FakePC(ram=Memory(GIB // 2, GIB // 2, GIB // 4)),
    "space_program": FakePC(volumes={"C": volume("C", 100 * MIB), "D": volume("D", 300 * GIB)}),
    "windows_version": FakePC(windows=WindowsVersion(6, 1, 7601, False, "Professional", None)),
}


@pytest.mark.parametrize(
    ("field", "value", "check_id"),
    [
        ("ram_bytes", -1, "ram"),  # a negative size
        ("program_disk_bytes", 10**40, "space_program"),  # a huge number
        ("windows", "Windows 95", "windows_version"),  # a shape it is not
    ],
)
def test_a_portal_answering_nonsense_blocks_nothing_and_says_so(
    qtbot: QtBot, make_wizard: Make, sandbox: SandboxPortal, field: str, value: object,
    check_id: str,
) -> None:  # fmt: skip
    sandbox.faults.add(Fault("get_release_requirements", "set_field", field=field, value=value))
    sandbox.faults.add(Fault("get_release_requirements", "set_field", field="desconocido",
                             value={"x": [1, 2]}))  # fmt: skip
    wizard = make_wizard(this_pc=POOR[check_id], installed=(SAE70,))
    to_ready(qtbot, wizard)
    readiness = wizard.ctx.flow.state.readiness
    assert readiness is not None
    check = readiness.check(check_id)
    assert check is not None and check.status is Status.AVISO, check
    assert "el dato que publicó Aspel para SAE 8.0 no es válido" in check.message
    assert not readiness.blocked and not wizard.ctx.flow.commit_held
    assert wizard.last_error_dialog is None  # no «Ocurrió un error inesperado»


def test_a_portal_that_cannot_answer_still_gets_the_local_checks(
    qtbot: QtBot, make_wizard: Make, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    sandbox.faults.add(Fault("get_release_requirements", status=503, count=20))
    pc = FakeWindowsPC(tmp_path / "pc")
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    to_ready(qtbot, wizard)
    lines = shown(wizard)
    assert "no se pudo consultar el portal de Aspel" in lines["Memoria (RAM)"]
    assert lines["Espacio para tus datos"].startswith("Bloquea · ")  # measured, no figure needed
    assert wizard.ctx.flow.commit_held


def test_diagnostics_and_the_support_bundle_carry_the_same_checks(
    qtbot: QtBot, make_wizard: Make, tmp_path: Path
) -> None:
    import zipfile

    pc = FakeWindowsPC(tmp_path / "pc")
    wizard = make_wizard(this_pc=pc.pc(), find=pc.find)
    wizard.show_diagnostics()
    dialog = wizard.diagnostics
    assert dialog is not None
    qtbot.waitUntil(lambda: "¿Está listo este equipo para la nueva versión?" in dialog.report_text,
                    timeout=15_000)  # fmt: skip
    assert "Bloquea · SAE · Espacio para tus datos: En la unidad D: hay 200 MB libres" in (
        dialog.report_text
    )
    dialog.ask_bundle_path = lambda suggested: str(tmp_path / "soporte.zip")
    dialog.export_bundle()
    with zipfile.ZipFile(tmp_path / "soporte.zip") as bundle:
        text = bundle.read("diagnostico.txt").decode("utf-8")
    assert "Bloquea · SAE · Espacio para tus datos" in text
    dialog.reject()
