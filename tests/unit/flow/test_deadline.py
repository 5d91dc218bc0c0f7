from datetime import date

from aspel_upgrade.flow.deadline import DeadlineCase, deadline


def test_future_counts_calendar_days() -> None:
    d = deadline(date(2022, 3, 10), date(2022, 2, 26))
    assert (d.case, d.days_left) == (DeadlineCase.FUTURE, 12)
    assert deadline(date(2022, 3, 10), date(2022, 3, 9)).days_left == 1


def test_the_deadline_itself_is_today() -> None:
    assert deadline(date(2022, 3, 10), date(2022, 3, 10)).case is DeadlineCase.TODAY


def test_after_the_deadline_it_has_passed_with_negative_days() -> None:
    d = deadline(date(2022, 3, 10), date(2026, 11, 28))
    assert d.case is DeadlineCase.PASSED
    assert d.days_left == -1724
    assert deadline(date(2022, 3, 10), date(2022, 3, 11)).case is DeadlineCase.PASSED
