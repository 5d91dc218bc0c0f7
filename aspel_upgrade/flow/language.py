"""Which language the flow's sentences are worded in: the wizard plugs Qt's translator in.

Apart from messages.py (the catalogue itself, read only when there is something to say),
so that setting the language at start-up does not load every sentence.
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


def translated(context: str, text: str) -> str:
    return _translate(context, text)
