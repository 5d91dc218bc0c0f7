"""The wizard's frame: its title, the help-desk button, a call being retried."""

from __future__ import annotations

from . import tr


def title() -> str:
    return tr("Actualizar número de serie de Aspel")


def diagnostics_button() -> str:
    return tr("&Diagnóstico")


def busy(what: str, seconds: int, attempt: int = 0) -> str:
    """The busy row: what is being done, for how long (a counter, «3 s»), and which retry
    (0: the first try)."""
    if attempt:
        return tr("{what} ({elapsed} s, reintento {n})").format(
            what=what, elapsed=seconds, n=attempt
        )
    return tr("{what} ({elapsed} s)").format(what=what, elapsed=seconds)
