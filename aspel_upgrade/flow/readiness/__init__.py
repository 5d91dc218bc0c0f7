"""Is this PC ready for the one-way step? Each check: ok, aviso, bloquea or no aplica.

Qt-free. ``gather`` (facts.py) asks the ``ThisPC`` seam (host/probes' ``LocalPC``, or a
fake) for every fact at once, on short-lived threads under one time limit; ``assess``
(rules.py, space.py) turns the facts, the new version's published requirements, the old
version's deadline and the user's two checklist answers into checks. A check carries a
sentence case and its fields; flow/wording/readiness.py words it in the user's language when
it is shown, so the wizard, the command line and the result file say the same thing.

The rules a careful user expects:
- only a measured fact the new version cannot live with blocks (too old a Windows, 32 bits
  where 64 are needed, too little memory, too little room on a drive);
- a probe that could not run, a requirement that could not be fetched or read, and a fact
  that may be fine (a restart pending, the old program open, another Firebird) warn;
- on a PC that does not hold the data the checks are shown but do not hold the one-way
  step: it is decided on the Servidor, where ``aspel-upgrade --check`` runs the same checks.
"""

from .facts import GATHER_TIMEOUT, DataFacts, Facts, ThisPC, data_place, gather
from .model import (
    CHECK_IDS,
    EXIT_BLOCKED,
    EXIT_READY,
    Check,
    Checklist,
    DataPlace,
    LookRequest,
    MissingReason,
    Published,
    Readiness,
    RequirementsMissing,
    Status,
    checks_json,
    exit_code,
    line,
    requirements_or_missing,
)
from .rules import assess, check_this_pc, recheck_program_open, with_checklist, with_checks
from .systems import check_systems, systems_to_check
from .windows import end_of_support, windows_name

__all__ = [
    "CHECK_IDS",
    "EXIT_BLOCKED",
    "EXIT_READY",
    "GATHER_TIMEOUT",
    "Check",
    "Checklist",
    "DataFacts",
    "DataPlace",
    "Facts",
    "LookRequest",
    "MissingReason",
    "Published",
    "Readiness",
    "RequirementsMissing",
    "Status",
    "ThisPC",
    "assess",
    "check_systems",
    "check_this_pc",
    "checks_json",
    "data_place",
    "end_of_support",
    "exit_code",
    "gather",
    "line",
    "recheck_program_open",
    "requirements_or_missing",
    "systems_to_check",
    "windows_name",
    "with_checklist",
    "with_checks",
]
