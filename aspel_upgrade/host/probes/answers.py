"""How a probe answers: its finding, «does not apply here», or «could not check».

A probe never raises to its caller: a failure is an answer (``CouldNotCheck``), and a
Windows-only probe on another system answers ``NotApplicable``. The readiness checks
turn neither into a block.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeAlias, TypeVar

log = logging.getLogger("aspel_upgrade.host")

T = TypeVar("T")
P = ParamSpec("P")


@dataclass(frozen=True)
class NotApplicable:
    """The probe has no meaning here (a Windows probe off Windows, a system not installed)."""

    why: str = "not_windows"


@dataclass(frozen=True)
class CouldNotCheck:
    """The probe ran and failed; ``detail`` is technical (for logs and --diagnose)."""

    detail: str


Answer: TypeAlias = T | NotApplicable | CouldNotCheck


def guarded(probe: Callable[P, Answer[T]]) -> Callable[P, Answer[T]]:
    """The probe, with any exception turned into ``CouldNotCheck`` (and logged)."""

    @functools.wraps(probe)
    def run(*args: P.args, **kwargs: P.kwargs) -> Answer[T]:
        try:
            return probe(*args, **kwargs)
        except Exception as exc:  # a probe's failure is an answer, never the caller's crash
            log.info("probe %s could not check: %s", probe.__name__, exc, exc_info=True)
            return CouldNotCheck(f"{type(exc).__name__}: {exc}"[:300])

    return run
