"""Every sentence the user reads, in one Qt-free catalogue with one ``tr``.

The wizard's pages and dialogs, the command line (``--help`` included), the result file,
the PDF receipt and the calendar reminder all take their words from here, by key: a
module per area (``login``, ``download``, ``errors``…), a function per sentence or label,
which returns the whole sentence given its fields. A page composes no sentence of its
own, and one case has one wording wherever it is read.

A new sentence goes into the area module it belongs to, as a literal inside ``tr()`` (so
pyside6-lupdate extracts it; README, Languages), inside a function (worded when asked, in
the language installed then). ``tests/unit/flow/test_wording_catalogue.py`` refuses a
second wording of a sentence already here; ``tests/unit/ui/
test_words_come_from_the_catalogue.py`` one written in the wizard or the command line.

One translation context: lupdate files a module-level ``tr()`` under the empty one, and
each entry's location names its module (its area). A context per area would need
lupdate told that ``tr`` takes one (``-tr-function-alias``), and a run of plain lupdate
would then read every context as a sentence.

The language: the wizard plugs Qt's translator in (``use_translator``); without one the
Spanish source is the text (the command line's language). This module stays small: the
first page imports it and its own area only (ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]  # (context, Spanish source) -> the user's language


def _spanish(_context: str, text: str) -> str:
    return text


_translate: Translate = _spanish


def use_translator(translate: Translate | None) -> Translate:
    """Word the sentences in the installed catalogue's language (None: Spanish again).

    Returns the translator it replaces, so a caller (a test) can put it back.
    """
    global _translate
    previous, _translate = _translate, translate or _spanish
    return previous


def tr(text: str) -> str:
    """``text`` (the Spanish source) in the user's language.

    The one translation function. pyside6-lupdate files a module-level ``tr()`` under the
    empty context, so that is where it is looked up.
    """
    return _translate("", text)


def bare(label: str) -> str:
    """A label as a name or a title: without its mnemonic («&»), and without the colon or
    ellipsis that make it a field's caption or a button that asks more («…»)."""
    return label.replace("&", "").rstrip(":…").strip()
