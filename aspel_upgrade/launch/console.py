"""The catalogue's language for what is printed without a window (``--diagnose``).

``--diagnose`` follows ``--lang``; with no QApplication, the English catalogue is read
straight from its file (Qt's ``QTranslator`` needs none) and put back afterwards. The rest
of the command line stays Spanish (README, command line).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator

from ..flow.wording import use_translator
from ..ui.app import app_translations_dir


@contextmanager
def console_language(language: str | None) -> Iterator[None]:
    """While inside, the catalogue speaks ``language`` (Spanish unless "en" and found)."""
    if language != "en":
        yield
        return

    translator = QTranslator()
    folder = app_translations_dir()
    if folder is None or not translator.load("aspel_upgrade_en", str(folder)):
        yield
        return
    previous = use_translator(lambda context, text: translator.translate(context, text) or text)
    try:
        yield
    finally:
        use_translator(previous)
