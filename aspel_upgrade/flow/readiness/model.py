"""What a readiness check is, how a set of them reads, and the ``--check`` exit rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, StrEnum
from typing import Any, Literal

from ...portal import errors as e
from ...portal.requirements import Requirements
from ..wording import readiness as text

EXIT_READY = 0
EXIT_BLOCKED = 5  # documented with the other exit codes; free before issue 20

CHECK_IDS = (
    "data_location", "windows_version", "windows_bits", "windows_support", "ram",
    "space_installer", "space_program", "space_data", "admin", "restart_pending",
    "program_open", "firebird", "db_port", "backup", "time_left",
)  # fmt: skip


class Status(StrEnum):
    OK = "ok"
    AVISO = "aviso"
    BLOQUEA = "bloquea"
    NO_APLICA = "no_aplica"


class DataPlace(Enum):
    HERE = "here"  # the old version's data is on a drive of this PC: this is the Servidor
    NETWORK = "network"  # its data folder is on another PC (a network drive)
    PROGRAM_ONLY = "program_only"  # installed here, no data found here (a terminal)
    NOT_HERE = "not_here"  # the old version is not installed here


MissingReason = Literal["unreachable", "not_published", "unusable"]


@dataclass(frozen=True)
class RequirementsMissing:
    """Why the new version's requirements are not known: the checks that need them say so."""

    reason: MissingReason


Published = Requirements | RequirementsMissing


def requirements_or_missing(fetch: Callable[[], Requirements]) -> Published:
    """The requirements, or why they are not known (never an exception)."""
    try:
        return fetch()
    except e.NotFound:
        return RequirementsMissing("not_published")
    except e.UnexpectedResponse:
        return RequirementsMissing("unusable")
    except e.PortalError:
        return RequirementsMissing("unreachable")


@dataclass(frozen=True)
class Checklist:
    """The user's two answers (None: not answered; an unanswered item warns, never blocks)."""

    backed_up: bool | None = None  # «Respaldé mis datos con la herramienta de respaldo…»
    has_time: bool | None = None  # «Tengo tiempo antes del <fecha> para pasar mi información»


@dataclass(frozen=True)
class Check:
    id: str
    system: str
    status: Status
    case: str  # which sentence (wording/readiness.sentence)
    fields: Mapping[str, Any] = field(default_factory=dict)
    found: str | None = None  # the fact, short and language-neutral (for the result file)
    needed: str | None = None

    @property
    def message(self) -> str:
        """What was found and what to do, in the user's language (worded now)."""
        return text.sentence(self.case, self.fields)

    @property
    def title(self) -> str:
        return text.check_title(self.id)

    def as_json(self) -> dict[str, Any]:
        """The result file's entry: ``{id, system, status, found, needed, message}``."""
        return {
            "id": self.id,
            "system": self.system,
            "status": self.status.value,
            "found": self.found,
            "needed": self.needed,
            "message": self.message,
        }


@dataclass(frozen=True)
class Readiness:
    system: str
    old: str  # "SAE 7.0"
    new: str  # "SAE 8.0"
    place: DataPlace
    checks: tuple[Check, ...]
    requirements: Published

    @property
    def blocking(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status is Status.BLOQUEA)

    @property
    def blocked(self) -> bool:
        return bool(self.blocking)

    @property
    def commit_blocked(self) -> bool:
        """Whether the one-way step waits: something blocks on the PC that holds the data.

        Elsewhere the checks are for information: they belong to the Servidor.
        """
        return self.place is DataPlace.HERE and self.blocked

    @property
    def worst_first(self) -> tuple[Check, ...]:
        """The checks as a person reads them: what blocks, then warnings, then the rest (in
        their order within each)."""
        rank = {Status.BLOQUEA: 0, Status.AVISO: 1, Status.OK: 2, Status.NO_APLICA: 3}
        return tuple(sorted(self.checks, key=lambda c: rank[c.status]))

    def count(self, status: Status) -> int:
        return sum(1 for c in self.checks if c.status is status)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)


@dataclass(frozen=True)
class LookRequest:
    """What a look at this PC needs, taken on the caller's thread (the look runs on a worker)."""

    system: str
    old_version: str
    new_version: str
    download_dir: str
    today: date
    deadline_on: date | None
    checklist: Checklist
    requirements: Requirements | None  # published and read already: not asked again
    link: str | None  # the offer's requirements_url


def exit_code(checks: Iterable[Check]) -> int:
    """``--check``: 0 when nothing blocks, 5 when something does."""
    return EXIT_BLOCKED if any(c.status is Status.BLOQUEA for c in checks) else EXIT_READY


def checks_json(readiness: Iterable[Readiness]) -> list[dict[str, Any]]:
    """The result file's ``checks`` list, for one system or several."""
    return [check.as_json() for r in readiness for check in r.checks]


def line(check: Check) -> str:
    """One line per check for the command line and --diagnose, in the user's language."""
    return text.line(check.status.value, check.title, check.system, check.message)
