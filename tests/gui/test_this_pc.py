"""The wizard knows this PC: installed systems mark the table, preselect, and shape the
result page (data folder, old version open, next steps, reminder). Real sandbox, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.host.installed import DataFolder, InstalledSystem
from aspel_upgrade.host.paths import AppPaths
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.ui.pages.result import ResultPage
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import (
    click_next,
    log_in,
    to_result,
    wait_page,
)

pytestmark = pytest.mark.gui

DATA = r"C:\Program Files (x86)\Common Files\Aspel\Sistemas Aspel\SAE7.00"
SAE7 = InstalledSystem(
    "SAE", "7.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-SAE 7.0",
    data=(DataFolder(DATA, 2),),
)  # fmt: skip
COI9 = InstalledSystem("COI", "9.0", program_dir=r"C:\Program Files (x86)\Aspel\Aspel-COI 9.0")


def _looked(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """The finder runs after the first paint; wait for its answer in the flow state."""
    qtbot.waitUntil(lambda: wizard.ctx.flow.state.installed is not None)


def _looked_again(qtbot: QtBot, result: ResultPage) -> None:
    """The result page's own look (on entering it) has answered: a look still running is
    not started again, and it may have read this PC before the test changed it."""
    qtbot.waitUntil(lambda: result.scan is not None and not result.scan.running)


def _submit_login(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    click_next(qtbot, wizard)


def test_a_found_sae_7_is_preselected_and_the_table_is_one_click_away(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard(installed=[SAE7])
    _looked(qtbot, wizard)
    _submit_login(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    state = wizard.ctx.flow.state
    assert state.selected is not None and state.selected.serial == "SKSNWR"
    terms = wizard.page_for(Step.TERMS)
    assert terms.chosen_note.isVisible()
    assert "porque está instalado en este equipo" in terms.chosen_note.text()
    # A shortcut, not a cage: Back, Next shows the table with the choice kept.
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.LOGIN)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert [r.row() for r in page.table.selectionModel().selectedRows()] == [
        page.model.row_of("SUB-1001")
    ]
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    assert not terms.chosen_note.isVisible()  # chosen in the table this time


def test_two_installed_upgradable_rows_preselect_nothing(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard(installed=[SAE7, COI9])
    _looked(qtbot, wizard)
    log_in(qtbot, wizard)  # stays on the table
    assert wizard.ctx.flow.state.selected is None
    assert not wizard.ctx.flow.state.preselected_from_pc


def test_flags_win_over_the_pc(qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]) -> None:
    wizard = make_wizard(installed=[SAE7], system="COI")
    _looked(qtbot, wizard)
    _submit_login(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    state = wizard.ctx.flow.state
    assert state.selected is not None and state.selected.system == "COI"
    assert not wizard.page_for(Step.TERMS).chosen_note.isVisible()


def test_the_table_marks_the_systems_on_this_pc(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    sae8 = InstalledSystem("SAE", "8.0", program_dir=r"C:\Program Files\Aspel\Aspel-SAE 8.0")
    wizard = make_wizard(installed=[SAE7, sae8, COI9])
    _looked(qtbot, wizard)
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    model = page.model
    column = model.INSTALLED
    assert not page.table.isColumnHidden(column)
    assert model.headerData(column, Qt.Orientation.Horizontal) == "En este\nequipo"
    rows = {model.subscription(r).serial: r for r in range(model.rowCount())}
    sae = model.index(rows["SKSNWR"], column)
    assert model.data(sae) == "7.0, 8.0"
    assert model.data(sae, Qt.ItemDataRole.AccessibleTextRole) == "En este equipo: 7.0, 8.0"
    assert "Aspel-SAE 7.0" in model.data(sae, Qt.ItemDataRole.ToolTipRole)
    noi = next(s for s, r in rows.items() if model.subscription(r).system == "NOI")
    assert model.data(model.index(rows[noi], column)) == ""


def test_nothing_found_hides_the_column(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    _looked(qtbot, wizard)
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert page.table.isColumnHidden(page.model.INSTALLED)


def test_a_finder_answer_after_the_table_marks_it_then(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard()
    _looked(qtbot, wizard)
    log_in(qtbot, wizard)
    wizard.this_pc_found((SAE7,))
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert not page.table.isColumnHidden(page.model.INSTALLED)


def test_the_result_page_says_where_the_data_is_and_warns_while_the_old_version_runs(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], tmp_path: Path
) -> None:
    found = [InstalledSystem("SAE", "7.0", SAE7.program_dir, SAE7.data, running=True)]
    wizard = make_wizard(installed=found)
    _looked(qtbot, wizard)
    wizard.ctx.flow.state.installed = ()  # not preselected: through the table
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    qtbot.waitUntil(lambda: result.running.isVisible())  # the page looks again on entry
    assert result.running.kind == "warning"
    assert "SAE 7.0 está abierto en este equipo" in result.running.text()
    assert DATA in result.where.text() and "2 empresas" in result.where.text()
    steps = result.steps.text()
    # The data is here: this PC is the Servidor, and the steps say so (issue 18 B10).
    assert "instálalo en este equipo" in steps and "Actívalo en este equipo" in steps
    assert "únicamente debe realizarse en el Servidor" in steps
    assert "Activar desde otro equipo" in steps
    assert "Traducir de una versión anterior" in steps and "Traducción de datos" in steps
    assert "No es posible realizar otra activación" in result.refused.text()
    # Closed since: the next look clears the warning.
    _looked_again(qtbot, result)
    found[0] = InstalledSystem("SAE", "7.0", SAE7.program_dir, SAE7.data, running=False)
    result.initializePage()
    qtbot.waitUntil(lambda: not result.running.isVisible())
    # The receipt says the same about this case.
    result.ask_save_path = lambda suggested: str(tmp_path / "c.pdf")
    from aspel_upgrade.ui.receipt_pdf import receipt_html

    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    text = receipt_html(receipt, guidance=result.guidance())
    assert DATA in text and "Activar desde otro equipo" in text


def test_not_found_here_points_to_the_server(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    _looked(qtbot, wizard)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert "No encontramos SAE 7.0 en este equipo" in result.where.text()
    assert not result.running.isVisible()


def test_the_new_version_already_here_makes_downloading_a_second_choice(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """With SAE 8.0 installed the next step is activating it: the bold «Descargar e
    instalar…» would send the user for an installer they already ran, and the past deadline
    no longer says to install it."""
    found = [SAE7]
    wizard = make_wizard(installed=found)
    wizard.ctx.flow.today = lambda: date(2026, 11, 28)  # SAE 7.0's last day has passed
    _looked(qtbot, wizard)
    wizard.ctx.flow.state.installed = ()  # not preselected: through the table
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert result.download_here.text() == "Descargar e &instalar…"
    assert "bold" in result.download_here.styleSheet()
    assert "instala y activa la nueva versión cuanto antes" in result.until.text()
    _looked_again(qtbot, result)  # the look on entering the page has answered
    found.append(InstalledSystem("SAE", "8.0", r"C:\Program Files (x86)\Aspel\Aspel-SAE 8.0"))
    result.initializePage()  # looks again: 8.0 is here now
    qtbot.waitUntil(lambda: result.download_here.text() != "Descargar e &instalar…")
    assert result.download_here.text() == "Volver a descargar el &instalador…"
    assert "bold" not in result.download_here.styleSheet()
    assert result.download_here.accessibleName() == "Volver a descargar el instalador"
    assert "SAE 8.0 ya está instalado en este equipo" in result.steps.text()
    assert "si no lo ha hecho ya: activa la nueva versión cuanto antes" in result.until.text()
    assert "#8a1c1c" in result.until.styleSheet()  # still the past date, still in red
    result.download_here.click()  # still there for a second copy
    wait_page(qtbot, wizard, Step.DOWNLOAD)


def test_days_left_on_the_result_page_and_the_reminder_file(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    wizard.ctx.flow.today = lambda: date(2022, 2, 26)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert "Te quedan 12 días" in result.until.text()
    assert result.remind.isEnabled()
    result.ask_reminder_path = lambda suggested: str(tmp_path / "recordatorio")
    QTest.mouseClick(result.remind, Qt.MouseButton.LeftButton)
    assert result.message.kind == "success"
    calendar = icalendar.Calendar.from_ical((tmp_path / "recordatorio.ics").read_bytes())
    [event] = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start.date() == date(2022, 3, 10) and str(start.tzinfo) == "America/Mexico_City"
    assert str(event["SUMMARY"]) == "Último día para usar SAE 7.0"
    assert sorted(a.decoded("TRIGGER") for a in event.walk("VALARM")) == [
        timedelta(days=-7),
        timedelta(days=-1),
    ]
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None and receipt.new_serial in str(event["DESCRIPTION"])


def test_a_past_deadline_has_no_reminder_and_reads_in_red(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    wizard.ctx.flow.today = lambda: date(2026, 11, 28)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert "Ya pasó la fecha" in result.until.text()
    assert not result.remind.isEnabled()
    assert result.remind.isHidden()  # not a greyed-out button with no reason given
    assert "#8a1c1c" in result.until.styleSheet()


def test_the_diagnostics_dialog_and_bundle_list_what_was_found(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], tmp_path: Path
) -> None:
    wizard = make_wizard(installed=[SAE7])
    wizard.ctx.paths = AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs")
    wizard.show_diagnostics()
    dialog = wizard.diagnostics
    assert dialog is not None
    qtbot.waitUntil(lambda: "Sistemas Aspel en este equipo" in dialog.report_text, timeout=15_000)
    assert f"SAE 7.0: programa en {SAE7.program_dir}; datos en {DATA} (2 empresas)" in (
        dialog.report_text
    )
    # The support bundle carries the same list (folders only, never a file's contents).
    import zipfile

    dialog.ask_bundle_path = lambda suggested: str(tmp_path / "soporte.zip")
    dialog.export_bundle()
    with zipfile.ZipFile(tmp_path / "soporte.zip") as bundle:
        assert f"datos en {DATA} (2 empresas)" in bundle.read("diagnostico.txt").decode()
    dialog.accept()


@pytest.mark.parametrize(
    ("today", "promised", "triggers"),
    [
        (date(2022, 2, 26), "una semana antes y un día antes", [-7, -1]),
        (date(2022, 3, 7), "un día antes y ese mismo día a las 9:00", [-1, 0]),
        (date(2022, 3, 9), "un aviso ese mismo día a las 9:00", [0]),
    ],
)
def test_the_reminder_tooltip_says_what_the_file_will_hold(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path, today: date, promised: str,
    triggers: list[int],
) -> None:  # fmt: skip
    """Issue 18 C7: the tooltip promised a week and a day before whatever the days left."""
    wizard.ctx.flow.today = lambda: today
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert result.remind.isVisible()
    tip = result.remind.toolTip()
    assert promised in tip and "10/03/2022" in tip
    result.ask_reminder_path = lambda suggested: str(tmp_path / "r.ics")
    result.save_reminder()
    [event] = icalendar.Calendar.from_ical((tmp_path / "r.ics").read_bytes()).walk("VEVENT")
    found = sorted(a.decoded("TRIGGER").days for a in event.walk("VALARM"))
    assert found == triggers


def test_on_the_last_day_no_reminder_is_offered(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    """A reminder for today would be past, or fire as it is opened: the page says it is the
    last day instead."""
    wizard.ctx.flow.today = lambda: date(2022, 3, 10)
    to_result(qtbot, wizard)
    result = wizard.page_for(Step.RESULT)
    assert "es el último día" in result.until.text()
    assert result.remind.isHidden()
