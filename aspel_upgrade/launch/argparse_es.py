"""argparse in Spanish: its headings, its help lines and its error messages.

argparse words everything through ``gettext`` under the names ``argparse._`` and
``argparse.ngettext``; while our parser is built and run, those two answer from the
catalogue's table instead (flow/wording/cli.py). The command line is Spanish whatever
--lang says (README, command line).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from ..flow.wording.cli import argparse_count, argparse_words


def _spanish(message: str) -> str:
    return argparse_words().get(message, message)


def _spanish_n(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return argparse_count(n)
    return singular if n == 1 else plural


@contextmanager
def spanish_argparse() -> Iterator[None]:
    """While inside: argparse speaks Spanish (restored afterwards, even on --help's exit)."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._ = _spanish  # type: ignore[attr-defined]
    argparse.ngettext = _spanish_n  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
