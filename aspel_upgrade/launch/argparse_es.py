"""argparse in Spanish: its headings, its help lines and its error messages.

argparse words everything through ``gettext`` under the names ``argparse._`` and
``argparse.ngettext``; while our parser is built and run, those two answer from this
table instead. The command line is Spanish whatever --lang says (README, command line).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

SPANISH = {
    "usage: ": "uso: ",
    "options": "opciones",
    "positional arguments": "argumentos",
    "show this help message and exit": "mostrar esta ayuda y salir",
    "show program's version number and exit": "mostrar la versión y salir",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "opciones no reconocidas: %s",
    "expected one argument": "falta su valor",
    "expected at most one argument": "admite a lo más un valor",
    "expected at least one argument": "necesita al menos un valor",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "valor no válido: %(value)r (elige entre %(choices)s)"
    ),
    "not allowed with argument %s": "no se puede usar junto con %s",
    "the following arguments are required: %s": "faltan estas opciones: %s",
    "ignored explicit argument %r": "no admite el valor %r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opción ambigua: %(option)s puede ser %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "one of the arguments %s is required": "falta una de estas opciones: %s",
}


def _spanish(message: str) -> str:
    return SPANISH.get(message, message)


def _spanish_n(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "necesita %s valor" if n == 1 else "necesita %s valores"
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
