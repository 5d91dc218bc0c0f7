"""Every page, in Spanish and in English: no text left in the other language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
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
from aspel_upgrade.host.trust import DEFAULT_PUBLISHER
from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.guidance_text import REFUSED_MESSAGE
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
    allowed |= {DEFAULT_PUBLISHER}
    assert _check(wizard, qtbot, SPANISH, allowed) > 40
