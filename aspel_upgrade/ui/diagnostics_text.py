"""The words of the diagnostics report, from the translation catalogue.

support/diagnostics.py is Qt-free and holds no sentence: it lays the report out with the
labels given to it. The wizard's dialog translates them with the installed catalogue;
``aspel-upgrade --diagnose`` (no window, no QApplication) loads the catalogue itself.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Diagnosis"

# key -> Spanish source text (placeholders as in support.diagnostics.Diagnosis.text)
# (QT_TRANSLATE_NOOP marks each for lupdate and returns it; its stub says "object")
SOURCES = cast(
    dict[str, str],
    {
        "title": QT_TRANSLATE_NOOP("Diagnosis", "Diagnóstico de aspel-upgrade"),
        "os": QT_TRANSLATE_NOOP("Diagnosis", "Sistema operativo"),
        "portal": QT_TRANSLATE_NOOP("Diagnosis", "Portal"),
        "proxy": QT_TRANSLATE_NOOP("Diagnosis", "Proxy"),
        "log_dir": QT_TRANSLATE_NOOP("Diagnosis", "Carpeta de registros"),
        "ok": QT_TRANSLATE_NOOP("Diagnosis", "OK"),
        "fail": QT_TRANSLATE_NOOP("Diagnosis", "FALLA"),
        "none": QT_TRANSLATE_NOOP("Diagnosis", "ninguno"),
        "from_system": QT_TRANSLATE_NOOP("Diagnosis", "(del sistema)"),
        "connected": QT_TRANSLATE_NOOP("Diagnosis", "conectado a {address}"),
        "connected_proxy": QT_TRANSLATE_NOOP("Diagnosis", "conectado al proxy {address}"),
        "tls": QT_TRANSLATE_NOOP("Diagnosis", "{version}, certificado emitido por: {issuer}"),
        "health": QT_TRANSLATE_NOOP("Diagnosis", "{status}, contrato {version} ({portal})"),
        "installed_title": QT_TRANSLATE_NOOP("Diagnosis", "Sistemas Aspel en este equipo:"),
        "installed_none": QT_TRANSLATE_NOOP("Diagnosis", "ninguno encontrado"),
        "installed_error": QT_TRANSLATE_NOOP("Diagnosis", "no se pudo revisar"),
        "program_in": QT_TRANSLATE_NOOP("Diagnosis", "programa en {folder}"),
        "no_program": QT_TRANSLATE_NOOP("Diagnosis", "sin programa"),
        "data_in_one": QT_TRANSLATE_NOOP("Diagnosis", "datos en {folder} ({count} empresa)"),
        "data_in_many": QT_TRANSLATE_NOOP("Diagnosis", "datos en {folder} ({count} empresas)"),
        "registry_only": QT_TRANSLATE_NOOP("Diagnosis", "solo en el registro de Windows"),
        "running": QT_TRANSLATE_NOOP("Diagnosis", "abierto ahora"),
        "closed": QT_TRANSLATE_NOOP("Diagnosis", "cerrado"),
        "reachable": QT_TRANSLATE_NOOP("Diagnosis", "Resultado: el portal respondió."),
        "unreachable": QT_TRANSLATE_NOOP(
            "Diagnosis", "Resultado: el portal NO respondió. Revisa las fallas de arriba."
        ),
    },
)


def diagnostics_labels() -> dict[str, str]:
    """The labels in the language of the catalogue installed in the running application."""
    return {key: QCoreApplication.translate(CONTEXT, text) for key, text in SOURCES.items()}


def console_labels(language: str | None) -> dict[str, str]:
    """For ``--diagnose``: Spanish, or the English catalogue read straight from its file."""
    if language != "en":
        return dict(SOURCES)
    from PySide6.QtCore import QTranslator

    from .app import app_translations_dir

    translator = QTranslator()
    folder = app_translations_dir()
    if folder is None or not translator.load("aspel_upgrade_en", str(folder)):
        return dict(SOURCES)
    return {key: translator.translate(CONTEXT, text) or text for key, text in SOURCES.items()}
