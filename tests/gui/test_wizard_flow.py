"""The real wizard, driven through its own buttons, against the real sandbox over HTTP."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.portal.client import PortalClient
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.seed import DEMO_PASSWORD
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, pending_records, to_confirm_page, wait_page

pytestmark = pytest.mark.gui


def _new_serials(sandbox: SandboxPortal) -> list[str]:
    with sandbox.store.reading() as conn:
        rows = conn.execute(
            "SELECT new_serial FROM upgrades WHERE subscription_id = 'SUB-1001'"
        ).fetchall()
    return [r[0] for r in rows]


def test_happy_path_ends_with_the_sandbox_serial_link_and_razon_social(
    qtbot: QtBot, sandbox: SandboxPortal, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    to_confirm_page(qtbot, wizard)
    confirm = wizard.page_for(Step.CONFIRM)
    assert confirm.fields["razon_social"].text() == "COMERCIALIZADORA DEL BAJIO SA DE CV"
    assert "10/03/2022" in confirm.fields["until"].text()
    assert confirm.fields["periodicity"].text() == "Mensual"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text().replace("&", "") == "Actualizar número de serie"
    pending = tmp_path / "state" / "pending-upgrades"
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)

    [serial] = _new_serials(sandbox)
    result = wizard.page_for(Step.RESULT)
    assert result.serial.text() == serial
    assert result.download.text() == f"{sandbox.url}/descargas/SAE/8.0"
    assert result.razon.text() == "COMERCIALIZADORA DEL BAJIO SA DE CV"
    assert "10/03/2022" in result.until.text()
    assert result.email.text().endswith("@comercializadora-bajio.example")
    # No way back to resend. The receipt is on screen (and, with --result-file, written):
    # nothing is left to resume.
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert pending_records(pending) == []
    # Copy buttons copy what is shown.
    QTest.mouseClick(result.copy_serial, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == serial
    QTest.mouseClick(result.copy_razon, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "COMERCIALIZADORA DEL BAJIO SA DE CV"


def test_open_download_uses_the_browser(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str], sandbox: SandboxPortal
) -> None:
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    QTest.mouseClick(wizard.page_for(Step.RESULT).open_download, Qt.MouseButton.LeftButton)
    assert opened_urls == [f"{sandbox.url}/descargas/SAE/8.0"]


def test_pdf_receipt_is_written(qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path) -> None:
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    target = tmp_path / "comprobante"  # no extension: .pdf is added
    result.ask_save_path = lambda suggested: str(target)
    QTest.mouseClick(result.save, Qt.MouseButton.LeftButton)
    written = tmp_path / "comprobante.pdf"
    data = written.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert result.message.kind == "success"


def test_pdf_to_an_unwritable_place_says_so(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    to_confirm_page(qtbot, wizard)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    result.ask_save_path = lambda suggested: str(tmp_path / "no-existe" / "x.pdf")
    QTest.mouseClick(result.save, Qt.MouseButton.LeftButton)
    assert result.message.kind == "error"
    assert "Elige otra carpeta" in result.message.text()


def test_double_click_on_confirm_sends_one_request_and_issues_one_serial(
    qtbot: QtBot, sandbox: SandboxPortal, wizard: UpgradeWizard, caplog: pytest.LogCaptureFixture
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.faults.latency_seconds = 0.5
    caplog.set_level(logging.DEBUG, logger="aspel_upgrade.sandbox")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    QTest.mouseClick(commit, Qt.MouseButton.LeftButton)
    QTest.mouseDClick(commit, Qt.MouseButton.LeftButton)
    wizard.page_for(Step.CONFIRM).validatePage()  # even a forced second submit
    wait_page(qtbot, wizard, Step.RESULT)
    sent = [
        r
        for r in caplog.records
        if r.name == "aspel_upgrade.sandbox" and "/upgrades" in r.getMessage()
    ]
    assert len(sent) == 1
    assert len(_new_serials(sandbox)) == 1


def test_next_is_disabled_until_the_terms_are_accepted(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "10/03/2022" in terms.facts.text() and "mensual" in terms.facts.text()
    assert terms.terms.toPlainText().count("\n") >= 6
    terms.accept_box.setChecked(True)
    assert next_button.isEnabled()
    terms.accept_box.setChecked(False)
    assert not next_button.isEnabled()


def test_licence_row_cannot_be_chosen_and_links_to_prices(
    qtbot: QtBot, wizard: UpgradeWizard, opened_urls: list[str], sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    row = next(
        i for i in range(page.model.rowCount()) if page.model.subscription(i).system == "CAJA"
    )
    assert page.model.data(page.model.index(row, page.model.PLAN)) == "Licencia: requiere compra"
    QTest.mouseClick(
        page.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=page.table.visualRect(page.model.index(row, 0)).center(),
    )
    assert page.table.selectionModel().selectedRows() == []
    assert wizard.ctx.flow.state.selected is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "licencia de pago único" in page.detail.text()
    page.detail.linkActivated.emit(f"{sandbox.url}/precios/CAJA")
    assert opened_urls == [f"{sandbox.url}/precios/CAJA"]
    # Double-clicking it does not advance either.
    page.table.activated.emit(page.model.index(row, 0))
    assert wizard.currentId() == int(Step.SUBSCRIPTIONS)


def test_table_shows_the_portal_columns_with_mexican_dates(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    log_in(qtbot, wizard)
    model = wizard.page_for(Step.SUBSCRIPTIONS).model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
        for c in range(model.columnCount())
    ]
    assert headers == [
        "Sistema",
        "Versión",
        "En este equipo",
        "Usuarios",
        "No. de serie",
        "Fecha de activación",
        "Próximo pago",
        "Plan actualizado",
    ]
    row = next(i for i in range(model.rowCount()) if model.subscription(i).serial == "SKSNWR")
    texts = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert texts == [
        "SAE", "7.0", "", "3", "SKSNWR", "10/02/2022", "10/03/2022", "Actualizar a 8.0"
    ]  # fmt: skip


def test_double_click_or_enter_on_an_upgradable_row_advances(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    row = next(
        i for i in range(page.model.rowCount()) if page.model.subscription(i).serial == "SKSNWR"
    )
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    wait_page(qtbot, wizard, Step.TERMS)


def test_empty_and_nothing_upgradable_accounts_say_so(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    log_in(qtbot, wizard, user="sinpendientes")
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert "Ninguno de tus sistemas se puede actualizar" in page.empty.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page._show(())  # an account with no systems at all
    assert "no tiene sistemas registrados" in page.empty.text()


def test_refresh_reloads_and_keeps_the_selection(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "CQ7M4R")
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    sandbox.faults.latency_seconds = 0.3
    QTest.mouseClick(page.refresh, Qt.MouseButton.LeftButton)
    assert page.busy and not page.refresh.isEnabled()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.waitUntil(lambda: not page.busy)
    assert wizard.ctx.flow.state.selected is not None
    assert wizard.ctx.flow.state.selected.serial == "CQ7M4R"
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_session_expired_on_the_terms_page_asks_the_password_and_continues(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    sandbox.service.expire_sessions()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.reauth is not None and terms.reauth.isVisible())
    assert terms.reauth is not None
    terms.reauth.password.setText(DEMO_PASSWORD)
    QTest.mouseClick(terms.reauth.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    assert wizard.ctx.flow.state.selected is not None
    assert wizard.ctx.flow.state.selected.serial == "SKSNWR"
    terms.accept_box.setChecked(True)
    # It expires again while the user reads: confirming asks again and keeps the acceptance.
    sandbox.service.expire_sessions()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    confirm = wizard.page_for(Step.CONFIRM)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: confirm.reauth is not None and confirm.reauth.isVisible())
    assert confirm.reauth is not None
    confirm.reauth.password.setText("equivocada")
    QTest.mouseClick(confirm.reauth.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: confirm.reauth is not None and confirm.reauth.message.isVisible())
    assert "no son correctos" in confirm.reauth.message.text()
    confirm.reauth.password.setText(DEMO_PASSWORD)
    QTest.mouseClick(confirm.reauth.ok, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.RESULT)
    assert wizard.ctx.flow.state.terms_accepted
    assert len(_new_serials(sandbox)) == 1


def test_already_upgraded_on_confirm_shows_the_existing_receipt(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    to_confirm_page(qtbot, wizard)
    # Someone else upgrades it from the web portal meanwhile.
    other = PortalClient(sandbox.url)
    other.login("demo", DEMO_PASSWORD)
    theirs = other.confirm_upgrade("SUB-1001", "2026.2", uuid.uuid4().hex)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    assert result.serial.text() == theirs.new_serial
    assert result.existing.isVisible()
    assert "No se generó otro número de serie" in result.existing.text()
    assert _new_serials(sandbox) == [theirs.new_serial]


def test_confirm_through_a_dropped_connection_still_ends_with_one_serial(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=10))
    click_next(qtbot, wizard)
    confirm = wizard.page_for(Step.CONFIRM)
    qtbot.waitUntil(lambda: confirm.message.kind == "error", timeout=15_000)
    assert "no se generará un segundo número de serie" in confirm.message.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    sandbox.faults.clear()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    serials = _new_serials(sandbox)
    assert len(serials) == 1
    assert wizard.page_for(Step.RESULT).serial.text() == serials[0]


def test_answer_arriving_after_leaving_the_page_is_dropped(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    sandbox.faults.latency_seconds = 0.5
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    assert terms.busy
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    wizard.ctx.tasks.wait(5000)
    qtbot.wait(50)  # let the queued answer reach the GUI thread
    assert wizard.ctx.flow.state.offer is None
    assert not terms.accept_box.isEnabled()


def test_unexpected_error_shows_a_report_and_the_wizard_stays_usable(
    qtbot: QtBot, wizard: UpgradeWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")

    def broken(subscription_id: str) -> object:
        raise RuntimeError("algo interno se rompió")

    monkeypatch.setattr(wizard.ctx.flow, "fetch_offer", broken)
    click_next(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.message.kind == "error")
    assert "Traceback" not in terms.message.text()
    assert "error inesperado" in terms.message.text()
    dialog = wizard.last_error_dialog
    assert dialog is not None and dialog.isVisible()
    assert "RuntimeError" in dialog.detailedText()
    dialog.close()
    monkeypatch.undo()
    QTest.mouseClick(terms.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())


def test_cancel_works_while_a_call_is_running(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal
) -> None:
    wizard = make_wizard()
    page = wizard.page_for(Step.LOGIN)
    page.username.setText("demo")
    page.password.setText(DEMO_PASSWORD)
    sandbox.faults.latency_seconds = 0.5
    click_next(qtbot, wizard)
    assert page.busy
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert cancel.isEnabled()
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    wizard.ctx.tasks.wait(5000)
    qtbot.wait(50)
    assert wizard.ctx.flow.state.account is None  # the late answer was dropped


def test_installer_preselection_skips_the_table(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard(system="sae", serial="SKSNWR")
    log_in_and_wait = wizard.page_for(Step.LOGIN)
    log_in_and_wait.username.setText("demo")
    log_in_and_wait.password.setText(DEMO_PASSWORD)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    assert wizard.ctx.flow.state.selected is not None
    assert wizard.ctx.flow.state.selected.serial == "SKSNWR"
    # Going back and forward again shows the table (the choice kept): the installer's
    # preselection is a shortcut, not a cage.
    QTest.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, Step.LOGIN)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.SUBSCRIPTIONS)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    assert [r.row() for r in page.table.selectionModel().selectedRows()] == [
        page.model.row_of("SUB-1001")
    ]
    assert not page.message.isVisible()


@pytest.mark.parametrize(("system", "serial"), [("CAJA", None), ("SAE", "NOEXISTE"), (None, None)])
def test_preselection_that_matches_no_single_row_shows_the_table(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], system: str | None,
    serial: str | None,
) -> None:  # fmt: skip
    wizard = make_wizard(system=system, serial=serial)
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    if system or serial:
        assert page.message.kind == "info"
        assert "No encontramos un único sistema" in page.message.text()
    else:
        assert not page.message.isVisible()


def test_new_terms_published_while_confirming_are_read_again(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.service.config.terms_version = "2027.1"  # the portal publishes new terms
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled)
    assert "2027.1" in terms.terms.toPlainText()
    assert terms.message.kind == "info" and "cambiaron" in terms.message.text()
    assert not terms.accept_box.isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert _new_serials(sandbox) == []
    terms.accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    assert len(_new_serials(sandbox)) == 1


def test_error_report_is_redacted() -> None:
    from aspel_upgrade.host.logs import register_secret
    from aspel_upgrade.ui.crash import error_report

    register_secret("Clave-En-Un-Error-9911")
    try:
        raise RuntimeError("password=Clave-En-Un-Error-9911 y Bearer abc.def")
    except RuntimeError as exc:
        report = error_report(exc)
    assert "Clave-En-Un-Error-9911" not in report and "abc.def" not in report
    assert "RuntimeError" in report and "aspel-upgrade" in report


def test_an_answer_before_the_pages_are_built_does_not_send_the_user_back(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """Pages are built one per turn after the first paint; a quick log-in (a remembered
    password, a fast portal) must land on the real table, not on a placeholder that is
    then swapped out under the user (which sent the wizard back to the log-in page)."""
    wizard = make_wizard()
    assert Step.SUBSCRIPTIONS not in wizard.pages  # still a placeholder
    flow = wizard.ctx.flow
    wizard.page_for(Step.LOGIN).username.setText("demo")
    flow.apply_login_answer("demo", flow.log_in("demo", DEMO_PASSWORD))
    wizard.next()
    assert wizard.currentId() == int(Step.SUBSCRIPTIONS)
    assert wizard.currentPage() is wizard.pages[Step.SUBSCRIPTIONS]
    qtbot.waitUntil(lambda: len(wizard.pages) == len(Step))
    qtbot.wait(50)
    assert wizard.currentId() == int(Step.SUBSCRIPTIONS)
