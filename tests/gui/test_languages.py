"""Every page, in Spanish and in English: no text left in the other language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from aspel_upgrade.flow.steps import Step
from aspel_upgrade.flow.wording.guidance import REFUSED_MESSAGE
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.wizard import UpgradeWizard

from .test_usability import _walk

pytestmark = pytest.mark.gui

ENGLISH = re.compile(
    r"\b(the|and|you|your|Next|Back|Cancel|Finish|Commit|Help|Yes|OK|Save|Open|Close|"
    r"Retry|Show|Hide|Details|Password|User|Log|Copy|Refresh|Done|Upgrade|Forgot)\b"
)
SPANISH = re.compile(
    r"[áéíóúñ¿¡]|\b(de|la|el|tu|los|las|para|con|una|del|que|Siguiente|Atrás|Cancelar|"
    r"Finalizar|Usuario|Contraseña)\b"
)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&", "")


def visible_texts(wizard: UpgradeWizard) -> list[str]:
    """What a person can read now: titles, labels, buttons, headers; not the portal's data."""
    page = wizard.currentPage()
    texts = [wizard.windowTitle(), page.title(), page.subTitle()]
    skip: set[int] = set()
    for widget in page.findChildren(QWidget):
        if widget.property("portalData"):
            skip.add(id(widget))
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible() or id(widget) in skip:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QTableView):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    return [_plain(t) for t in texts if t]


def _check(wizard: UpgradeWizard, qtbot: QtBot, bad: re.Pattern[str], allowed: set[str]) -> int:
    """Walk every page; fail on the first word of the wrong language. Returns texts seen."""
    checked = 0

    def check_page() -> None:
        nonlocal checked
        for text in visible_texts(wizard):
            cleaned = text
            for phrase in sorted(allowed, key=len, reverse=True):  # «Aspel de…» before «Aspel»
                cleaned = cleaned.replace(phrase, "")
            found = bad.search(cleaned)
            assert found is None, f"{Step(wizard.currentId()).name}: «{found.group(0)}» in «{text}»"
            checked += 1

    assert _walk(qtbot, wizard, after_each=check_page) == list(Step)
    return checked


def test_spanish_ui_has_no_english_left(qtbot: QtBot, wizard: UpgradeWizard) -> None:
    assert _check(wizard, qtbot, ENGLISH, set()) > 40


@pytest.fixture
def english(qapp: QApplication, spanish_qt: list[QTranslator]) -> Iterator[None]:
    for translator in spanish_qt:
        qapp.removeTranslator(translator)
    installed = install_translations(qapp, "en")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    for translator in spanish_qt:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))  # as before


def test_english_dates_cannot_be_misread(
    english: None, qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """Issue 18 C17: «until 10/03/2022» reads as 3 October to an en-US reader. English says
    «10 Mar 2022» on every page, in the PDF and in the catalogue's sentences alike."""
    from datetime import UTC, date, datetime

    from aspel_upgrade.flow.wording.dates import day_text, moment_text
    from aspel_upgrade.flow.wording.errors import describe
    from aspel_upgrade.portal.errors import AccountLocked

    nbsp = "\u00a0"  # one date is never split over two lines (the table wraps at spaces)
    assert day_text(date(2022, 3, 10)) == f"10{nbsp}Mar{nbsp}2022"
    assert moment_text(datetime(2026, 11, 28, 18, 5, tzinfo=UTC)).startswith(
        f"28{nbsp}Nov{nbsp}2026 "
    )
    locked = describe(AccountLocked(datetime(2026, 1, 2, 18, 0, tzinfo=UTC)))
    assert re.search(r"\b[12]\sJan\s2026\b", locked) and "/01/2026" not in locked
    wizard = make_wizard()
    wizard.ctx.flow.today = lambda: date(2022, 2, 26)
    dates: list[str] = []

    def collect() -> None:
        dates.extend(re.findall(r"\b\d{1,2}/\d{1,2}/\d{4}\b", " ".join(visible_texts(wizard))))
        dates.extend(
            re.findall(r"\b\d{1,2}\s[A-Z][a-z]{2}\s\d{4}\b", " ".join(visible_texts(wizard)))
        )

    _walk(qtbot, wizard, after_each=collect)
    assert f"10{nbsp}Mar{nbsp}2022" in dates
    assert not [d for d in dates if "/" in d], dates
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    model = page.model
    column = model.ACTIVATED
    assert model.data(model.index(0, column)) == f"10{nbsp}Feb{nbsp}2022"


def test_spanish_dates_stay_dd_mm_aaaa() -> None:
    from datetime import date

    from aspel_upgrade.flow.wording.dates import day_text

    assert day_text(date(2022, 3, 10)) == "10/03/2022"


def test_english_ui_has_no_spanish_left(
    english: None, qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    wizard = make_wizard()
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "").startswith("Next")
    # Kept on purpose: the Spanish term the activation assistant itself shows.
    allowed = {"razón social", "Mi cuenta Aspel", "Aspel"}
    # And the labels of Aspel's own (Spanish) installer and menus, quoted as the user sees them.
    allowed |= {"Activar desde otro equipo", "Traducir de una versión anterior",
                "Utilerías › Traducción de datos", REFUSED_MESSAGE}  # fmt: skip
    # The installer's expected signer: a company's legal name, as its certificate spells it.
    allowed |= {"Aspel de México, S.A. de C.V."}  # the test PC's installer's signer
    assert _check(wizard, qtbot, SPANISH, allowed) > 40


def test_english_dates_fit_their_column_at_150_percent(
    english: None, qtbot: QtBot, make_wizard: Callable[..., UpgradeWizard]
) -> None:
    """A date is one word (no-break spaces): the column is never narrower than it."""
    from PySide6.QtCore import QSize

    from tests.helpers import log_in

    wizard = make_wizard()
    wizard.setFixedSize(QSize(560, 464))  # narrower than 1024×768 at 150 %: columns wrap
    log_in(qtbot, wizard)
    page = wizard.page_for(Step.SUBSCRIPTIONS)
    model = page.model
    qtbot.waitUntil(lambda: page.table.isVisible())
    qtbot.wait(50)
    for column in (model.ACTIVATED, model.NEXT_PAYMENT):
        for row in range(model.rowCount()):
            assert page.cell_fits(model.index(row, column)), model.data(model.index(row, column))
