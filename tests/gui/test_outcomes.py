"""What the QA pass broke about outcomes (issue 8, items 1–5, 9, 11, 12, 18), through the
real wizard and the real sandbox; each test failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.sandbox.faults import Fault
from aspel_upgrade.sandbox.server import SandboxPortal
from aspel_upgrade.ui import wizard as wizard_module
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, pending_records, to_confirm_page, wait_page

pytestmark = pytest.mark.gui


def _serials(sandbox: SandboxPortal, sub: str = "SUB-1001") -> list[str]:
    with sandbox.store.reading() as conn:
        rows = conn.execute("SELECT new_serial FROM upgrades WHERE subscription_id = ?", (sub,))
        return [r[0] for r in rows]


def _commit(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    QTest.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)


def _issue_sae_and_lose_the_answer(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal
) -> None:
    """A first run confirms SAE; the portal issues it but every answer is lost; the app
    goes away with the serial never seen (its pending record stays on disk)."""
    first = make_wizard()
    to_confirm_page(qtbot, first)
    sandbox.faults.add(Fault("confirm_upgrade", kind="drop_after_commit", count=100))
    _commit(qtbot, first)
    confirm = first.page_for(Step.CONFIRM)
    qtbot.waitUntil(lambda: confirm.message.kind == "error", timeout=15_000)
    first.done(0)
    sandbox.faults.clear()


def test_the_close_question_goes_away_when_the_answer_arrives(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.faults.latency_seconds = 0.8
    _commit(qtbot, wizard)
    wizard.reject()  # Cancel while the portal works
    prompt = wizard.close_prompt
    assert prompt is not None and prompt.isVisible()
    wait_page(qtbot, wizard, Step.RESULT)
    qtbot.waitUntil(lambda: not prompt.isVisible())  # no stale «¿Cerrar de todos modos?»
    assert wizard.isVisible()
    assert wizard.page_for(Step.RESULT).serial.text() == _serials(sandbox)[0]
    assert pending_records(tmp_path / "state" / "pending-upgrades") == []  # shown


def test_closed_while_waiting_reports_the_answer_and_keeps_it_for_next_time(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.faults.latency_seconds = 0.8
    _commit(qtbot, wizard)
    wizard.reject()
    assert wizard.close_prompt is not None
    wizard.close_prompt.accept()  # «Sí»: close anyway
    assert not wizard.isVisible() and wizard.ctx.closing
    qtbot.waitUntil(lambda: wizard.ctx.flow.state.receipt is not None, timeout=5000)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.page_for(Step.RESULT).serial.text() == ""  # never shown to the user…
    assert len(pending_records(tmp_path / "state" / "pending-upgrades")) == 1  # …so kept


def test_no_answer_within_the_wait_is_an_unknown_outcome(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aspel_upgrade.flow.outcome import outcome_of

    monkeypatch.setattr(wizard_module, "CLOSE_WAIT_MS", 200)
    to_confirm_page(qtbot, wizard)
    sandbox.faults.latency_seconds = 1.5
    _commit(qtbot, wizard)
    wizard.reject()
    assert wizard.close_prompt is not None
    wizard.close_prompt.accept()
    qtbot.waitUntil(lambda: wizard.result() == QWizard.DialogCode.Rejected, timeout=3000)
    outcome = outcome_of(wizard.ctx.flow.state)
    assert (outcome.outcome, outcome.exit_code) == ("unknown", 4)
    wizard.ctx.tasks.pool.waitForDone(5000)
    assert len(_serials(sandbox)) == 1  # it was issued: the next start shows it


def test_unwritable_state_folder_says_where_and_sends_nothing(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, tmp_path: Path
) -> None:
    folder = tmp_path / "state" / "pending-upgrades"
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("no soy una carpeta", encoding="utf-8")
    to_confirm_page(qtbot, wizard)
    _commit(qtbot, wizard)
    page = wizard.page_for(Step.CONFIRM)
    assert page.message.kind == "error"
    assert str(folder) in page.message.text() and "No se envió nada" in page.message.text()
    assert wizard.last_error_dialog is None  # not «Ocurrió un error inesperado»
    assert _serials(sandbox) == [] and not page.busy
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()  # fix it, retry
    folder.unlink()
    _commit(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    assert len(_serials(sandbox)) == 1


@pytest.mark.parametrize("when", ["on_result", "during_commit"])
def test_enter_never_closes_the_result_page(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal, when: str
) -> None:
    to_confirm_page(qtbot, wizard)
    sandbox.faults.latency_seconds = 0.3
    _commit(qtbot, wizard)
    if when == "during_commit":
        QTest.keyClick(wizard, Qt.Key.Key_Return)  # queued while the portal works
    wait_page(qtbot, wizard, Step.RESULT)
    for target in (wizard.focusWidget(), wizard, wizard.page_for(Step.RESULT).steps):
        QTest.keyClick(target or wizard, Qt.Key.Key_Return)
        QTest.keyClick(target or wizard, Qt.Key.Key_Enter)
    QApplication.processEvents()
    assert wizard.isVisible() and wizard.currentId() == int(Step.RESULT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    QTest.mouseClick(finish, Qt.MouseButton.LeftButton)  # leaving is a deliberate act
    assert not wizard.isVisible()


def test_resume_accepted_after_logging_in_ends_on_the_receipt(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal
) -> None:
    _issue_sae_and_lose_the_answer(qtbot, make_wizard, sandbox)

    wizard = make_wizard()
    [pending] = wizard.ctx.flow.load_pending()
    log_in(qtbot, wizard)  # Enter at once, before the offer was answered
    wizard.offer_resume(pending)
    assert wizard.resume_prompt is not None
    wizard.resume_prompt.accept()  # «Terminarla ahora», from the table
    wait_page(qtbot, wizard, Step.RESULT)
    assert wizard.page_for(Step.RESULT).serial.text() == _serials(sandbox)[0]
    assert len(_serials(sandbox)) == 1
    assert wizard.ctx.flow.load_pending() == []


def test_an_upgraded_row_opens_its_receipt(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    row = next(
        i for i in range(page.model.rowCount()) if page.model.subscription(i).system == "FACTURE"
    )
    page.table.selectRow(row)
    assert "Siguiente" in page.detail.text()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    with sandbox.store.reading() as conn:
        [serial] = [r[0] for r in conn.execute("SELECT new_serial FROM upgrades")]
    assert result.serial.text() == serial
    assert "ya se había actualizado" in result.existing.text()
    assert wizard.ctx.flow.state.receipt_was_existing


def test_later_then_another_system_keeps_both(
    qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard], sandbox: SandboxPortal
) -> None:
    _issue_sae_and_lose_the_answer(qtbot, make_wizard, sandbox)

    second = make_wizard()  # «Más tarde»: the offer is simply not taken
    assert len(second.ctx.flow.load_pending()) == 1
    log_in(qtbot, second)
    table = second.page_for(Step.SUBSCRIPTIONS)
    assert "SAE 7.0 → 8.0" in table.message.text()  # the waiting one is mentioned
    choose(qtbot, second, "CQ7M4R")
    click_next(qtbot, second)
    wait_page(qtbot, second, Step.TERMS)
    terms = second.page_for(Step.TERMS)
    qtbot.waitUntil(terms.accept_box.isEnabled)
    terms.accept_box.setChecked(True)
    click_next(qtbot, second)
    wait_page(qtbot, second, Step.CONFIRM)
    _commit(qtbot, second)
    wait_page(qtbot, second, Step.RESULT)
    [left] = second.ctx.flow.load_pending()
    assert left.system == "SAE"  # COI shown and forgotten; SAE still offered


def test_the_busy_row_says_when_the_portal_call_is_retried(
    qtbot: QtBot, wizard: UpgradeWizard, sandbox: SandboxPortal
) -> None:
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    sandbox.faults.add(Fault("list_subscriptions", status=503, retry_after=1))
    QTest.mouseClick(page.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reintento 1" in page.busy_row.label.text(), timeout=3000)
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert page.message.kind == ""  # the retry worked: no error left on the page


def test_support_bundle_from_the_result_page_has_nothing_pending(
    qtbot: QtBot, wizard: UpgradeWizard, tmp_path: Path
) -> None:
    import zipfile

    from aspel_upgrade.host.paths import AppPaths
    from aspel_upgrade.support.bundle import write_support_bundle

    paths = AppPaths(tmp_path / "config", tmp_path / "state", tmp_path / "logs")
    to_confirm_page(qtbot, wizard)
    _commit(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    bundle = write_support_bundle(tmp_path / "soporte.zip", paths, "diagnóstico")
    with zipfile.ZipFile(bundle) as z:
        text = z.read("actualizacion-pendiente.txt").decode("utf-8")
    assert text == "No hay actualizaciones pendientes.\n"
