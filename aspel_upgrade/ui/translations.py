"""The run's language: Qt's catalogues and the app's, installed before any widget.

Apart from ui/app.py so that ``--diagnose`` (launch/console.py) reads the English
catalogue without the wizard's modules.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..flow.wording import use_translator

log = logging.getLogger("aspel_upgrade.ui")

TRANSLATIONS_ENV = "ASPEL_UPGRADE_TRANSLATIONS"


def app_translations_dir() -> Path | None:
    """Where the app's .qm files are: frozen bundle, checkout, or an override."""
    override = os.environ.get(TRANSLATIONS_ENV)
    candidates = [Path(override)] if override else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "translations")
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "translations")
    return next((c for c in candidates if c.is_dir()), None)


def choose_language(requested: str | None) -> str:
    """--lang or the settings, else the OS language when it is English, else Spanish."""
    if requested in ("es", "en"):
        return requested
    return "en" if QLocale.system().language() == QLocale.Language.English else "es"


def install_translations(app: QApplication, language: str = "es") -> list[QTranslator]:
    """Qt's own strings first (Siguiente, Cancelar…), the app's last, before any widget.

    In Spanish, between the two, the app's wording of Qt's file dialog (qt_dialogs_es):
    qtbase_es says «fichero» and leaves two of its labels in English. (On Windows the
    native dialog is used, in Windows' language; Qt's own appears on Linux.)"""
    if language == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    app_dir = app_translations_dir()
    wanted = [("qtbase", qt_dir)] if language == "es" else []
    if app_dir is not None:
        if language == "es":  # Qt's file dialog in our es-MX («archivo», no English left)
            wanted.append(("qt_dialogs", str(app_dir)))
        wanted.append(("aspel_upgrade", str(app_dir)))
    use_translator(QCoreApplication.translate)  # the catalogue's sentences, in this language
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("Translation %s_%s not found in %s", name, language, folder)
    return translators
