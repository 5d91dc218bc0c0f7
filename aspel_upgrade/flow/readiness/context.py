"""What every rule needs: the systems' names, the published requirements, and a short way
to make a check of one id with one status."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...host.probes import CouldNotCheck, NotApplicable
from ...portal.requirements import Requirements
from .model import Check, Published, RequirementsMissing, Status


@dataclass(frozen=True)
class Need:
    """A published value, or why it is not known (wording/readiness.why_unknown's reason)."""

    value: Any
    why: str | None  # None when known


class Context:
    def __init__(self, system: str, old: str, new: str, requirements: Published) -> None:
        self.system = system
        self.old = old  # "SAE 7.0"
        self.new = new  # "SAE 8.0"
        self.requirements = requirements

    @property
    def published(self) -> Requirements | None:
        return self.requirements if isinstance(self.requirements, Requirements) else None

    def need(self, pick: Callable[[Requirements], Any], path: str) -> Need:
        """``pick``'s value, or why not: not fetched, not published, or set aside."""
        if isinstance(self.requirements, RequirementsMissing):
            return Need(None, self.requirements.reason)
        value = pick(self.requirements)
        if value is None:
            ignored = self.requirements.was_ignored(path)
            return Need(None, "value_unusable" if ignored else "value_missing")
        return Need(value, None)

    def check(self, check_id: str) -> Maker:
        return Maker(self, check_id)


class Maker:
    """Checks of one id: ``ok``, ``aviso``, ``bloquea``, ``no_aplica`` or ``unanswered``."""

    def __init__(self, context: Context, check_id: str) -> None:
        self.context = context
        self.id = check_id

    def _make(
        self, status: Status, case: str, found: str | None, needed: str | None, fields: Any
    ) -> Check:
        c = self.context
        return Check(self.id, c.system, status, case, {"old": c.old, "new": c.new, **fields},
                     found, needed)  # fmt: skip

    def ok(self, case: str, found: str | None = None, needed: str | None = None, **f: Any) -> Check:
        return self._make(Status.OK, case, found, needed, f)

    def aviso(
        self, case: str, found: str | None = None, needed: str | None = None, **f: Any
    ) -> Check:
        return self._make(Status.AVISO, case, found, needed, f)

    def bloquea(
        self, case: str, found: str | None = None, needed: str | None = None, **f: Any
    ) -> Check:
        return self._make(Status.BLOQUEA, case, found, needed, f)

    def no_aplica(self, case: str, **f: Any) -> Check:
        return self._make(Status.NO_APLICA, case, None, None, f)

    def unanswered(self, answer: NotApplicable | CouldNotCheck) -> Check:
        """A probe that does not apply here, or could not run: never a block."""
        if isinstance(answer, NotApplicable):
            return self.no_aplica(f"not_applicable:{answer.why}")
        return self.aviso("could_not_check", "could not check", detail=answer.detail)
