"""How long the old version has left: (deadline, today) -> future N days, today, or passed.

One rule for every surface (terms, confirmation, result page, PDF receipt, result file),
so none of them can show a past date as if it were still ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


class DeadlineCase(Enum):
    FUTURE = "future"  # days_left >= 1
    TODAY = "today"  # the last day the old version can be used
    PASSED = "passed"  # days_left < 0


@dataclass(frozen=True)
class Deadline:
    until: date
    days_left: int  # negative once the date has passed

    @property
    def case(self) -> DeadlineCase:
        if self.days_left > 0:
            return DeadlineCase.FUTURE
        if self.days_left == 0:
            return DeadlineCase.TODAY
        return DeadlineCase.PASSED


def deadline(until: date, today: date) -> Deadline:
    """The deadline as seen on ``today`` (both calendar days in the user's time zone)."""
    return Deadline(until, (until - today).days)
