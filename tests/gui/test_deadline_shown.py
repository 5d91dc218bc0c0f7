"""Defect 25: a deadline in the past must read as past, on every page that shows it."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.outcome import outcome_of
from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui.receipt_pdf import receipt_html
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import choose, click_next, log_in, wait_page

pytestmark = pytest.mark.gui

PASSED = "Ya pasó la fecha"  # the demo's 10/03/2022 deadline, seen on 28/11/2026


def _through(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    log_in(qtbot, wizard)
    choose(qtbot, wizard, "SKSNWR")
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.TERMS)


def test_a_past_deadline_says_so_on_terms_confirm_result_and_receipt(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    wizard.ctx.flow.today = lambda: date(2026, 11, 28)
    _through(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    assert PASSED in terms.facts.text()
    assert "10/03/2022" in terms.facts.text()
    assert "Podrás seguir usando" not in terms.facts.text()
    terms.accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    assert PASSED in wizard.page_for(Step.CONFIRM).fields["until"].text()
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    assert PASSED in result.until.text()
    receipt = wizard.ctx.flow.state.receipt
    assert receipt is not None
    # The kept document states the date, in the past tense (issue 18 C8).
    assert "SAE 7.0 podía usarse hasta el 10/03/2022" in receipt_html(
        receipt, today=date(2026, 11, 28)
    )
    outcome = outcome_of(wizard.ctx.flow.state, today=date(2026, 11, 28))
    assert outcome.old_version_days_left == -1724
    assert outcome.as_json()["old_version_usable_until"] == "2022-03-10"


def test_a_future_deadline_counts_the_days_left(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    wizard.ctx.flow.today = lambda: date(2022, 2, 26)
    _through(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    assert "Te quedan 12 días" in terms.facts.text()
    assert "el sistema quedará inactivo" in terms.facts.text()
    assert "para que pases tu información a la nueva" in terms.facts.text()  # why, while true


def test_the_last_day_says_today(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    wizard.ctx.flow.today = lambda: date(2022, 3, 10)
    _through(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    qtbot.waitUntil(lambda: terms.accept_box.isEnabled())
    assert "Hoy" in terms.facts.text() and "último día" in terms.facts.text()
