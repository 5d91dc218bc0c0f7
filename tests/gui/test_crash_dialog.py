"""The unexpected-error dialog names its own details button as Qt actually labels it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from aspel_upgrade.ui.app import install_translations
from aspel_upgrade.ui.crash import show_unexpected

pytestmark = pytest.mark.gui


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


def _details_button_text(box: QMessageBox) -> str:
    action = QMessageBox.ButtonRole.ActionRole
    (details,) = [b for b in box.buttons() if box.buttonRole(b) == action]
    return details.text().replace("&", "").rstrip(".…")


def _shown(qtbot: QtBot) -> QMessageBox:
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        raise RuntimeError("prueba")
    except RuntimeError as exc:
        box = show_unexpected(exc, parent)
    qtbot.waitExposed(box)
    return box


def test_spanish_text_names_the_details_button_as_labelled(qtbot: QtBot) -> None:
    box = _shown(qtbot)
    label = _details_button_text(box)
    assert label == "Mostrar los detalles"  # Qt's Spanish catalogue (qtbase_es)
    assert f"pulsa «{label}»" in box.informativeText()
    box.close()


def test_english_text_names_the_details_button_as_labelled(english: None, qtbot: QtBot) -> None:
    box = _shown(qtbot)
    label = _details_button_text(box)
    assert label == "Show Details"
    assert f"“{label}”" in box.informativeText() or f'"{label}"' in box.informativeText()
    assert "pulsa" not in box.informativeText()
    box.close()
