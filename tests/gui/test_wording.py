"""Items 26 and 28 of QA issue 8: what the pages say before the one-way step, and how."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.ui.wizard import UpgradeWizard
from tests.helpers import (
    click_next,
    to_terms,
    wait_page,
)

pytestmark = pytest.mark.gui


def test_terms_page_warns_before_the_terms_and_says_no_additional_cost(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    to_terms(qtbot, wizard)
    page = wizard.page_for(Step.TERMS)
    warning = page.warning
    assert warning.isVisible()
    assert "dejar de usar SAE 7.0" in warning.text() and "no continúes" in warning.text()
    # Above the facts and the portal's terms, so it is read first.
    assert warning.y() < page.facts.y() < page.terms.y()
    assert "sin costo adicional" in page.facts.text()
    # The demo's 10/03/2022 has passed (flow/deadline.py says so, in one voice).
    assert "10/03/2022" in page.facts.text() and "Ya pasó la fecha" in page.facts.text()
    # Why both work a while is said while it is true (test_deadline_shown covers a future date).
    assert "para que pases tu información" not in page.facts.text()


def test_confirmation_page_repeats_the_warning_naming_its_buttons(
    qtbot: QtBot, wizard: UpgradeWizard
) -> None:
    to_terms(qtbot, wizard)
    wizard.page_for(Step.TERMS).accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    warning = wizard.page_for(Step.CONFIRM).warning
    assert warning.isVisible()
    text = warning.text()
    commit = wizard.button(QWizard.WizardButton.CommitButton).text().replace("&", "")
    cancel = wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "")
    assert f"«{commit}»" in text and f"«{cancel}»" in text
    assert "no se puede deshacer" in text and "dejar de usar SAE 7.0" in text
    assert "10/03/2022" in text


def test_result_page_reads_in_one_voice(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    to_terms(qtbot, wizard)
    terms = wizard.page_for(Step.TERMS)
    assert "inactiva" not in terms.facts.text()
    terms.accept_box.setChecked(True)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.CONFIRM)
    click_next(qtbot, wizard)
    wait_page(qtbot, wizard, Step.RESULT)
    result = wizard.page_for(Step.RESULT)
    # The table says «BANCO 6.0 está inactivo»; the result page agrees with it.
    assert "inactiva" not in result.until.text() and "SAE 7.0" in result.until.text()
    assert "Traducción de datos" in result.steps.text()
    assert "Trae " not in result.steps.text()


def test_resume_prompt_has_its_comma(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    from aspel_upgrade.flow.pending import PendingUpgrade

    pending = PendingUpgrade(
        "http://127.0.0.1:1", "demo", "SUB-1001", "k" * 32, "2026.2", "SAE", "7.0", "8.0"
    )
    wizard.offer_resume(pending)
    box = wizard.resume_prompt
    assert box is not None
    assert "de SAE 7.0 → 8.0, pero no se llegó" in box.text()
    box.reject()
