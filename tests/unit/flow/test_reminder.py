"""The .ics reminder, parsed back with the icalendar package."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

from aspel_upgrade.flow.reminder import Reminder, alarm_days, reminder_ics, write_reminder

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _reminder(**changes: Any) -> Reminder:
    reminder = Reminder(
        uid="UPG-1-fin-version-anterior@aspel-upgrade",
        summary="Último día para usar SAE 7.0",
        description="Después, el sistema quedará inactivo.\nNuevo número de serie: K7QM-4XPA; "
        "razón social: COMERCIALIZADORA DEL BAJIO, SA DE CV",
        alarm_text="Faltan pocos días para que SAE 7.0 deje de funcionar",
        day=date(2026, 12, 10),
    )
    return replace(reminder, **changes)


def test_the_file_parses_back_with_date_zone_and_two_alarms(tmp_path: Path) -> None:
    path = tmp_path / "recordatorio.ics"
    write_reminder(str(path), reminder_ics(_reminder(), now=NOW, product="aspel-upgrade 1.0"))
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # CRLF everywhere
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(raw)
    [event] = calendar.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start.date() == date(2026, 12, 10)
    assert (start.hour, start.minute) == (9, 0)
    assert str(start.tzinfo) == "America/Mexico_City"
    assert start.utcoffset() == timedelta(hours=-6)
    assert event.decoded("DTEND") - start == timedelta(minutes=30)
    assert str(event["SUMMARY"]) == "Último día para usar SAE 7.0"
    assert str(event["DESCRIPTION"]).startswith("Después, el sistema quedará inactivo.\n")
    assert "COMERCIALIZADORA DEL BAJIO, SA DE CV" in str(event["DESCRIPTION"])
    assert str(event["UID"]) == "UPG-1-fin-version-anterior@aspel-upgrade"
    assert event.decoded("DTSTAMP") == NOW
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in event.walk("VALARM"))
    assert triggers == [timedelta(days=-7), timedelta(days=-1)]
    assert {str(a["ACTION"]) for a in event.walk("VALARM")} == {"DISPLAY"}
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "America/Mexico_City"


def _has_zone(name: str) -> bool:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except ZoneInfoNotFoundError:
        return False
    return True


@pytest.mark.skipif(not _has_zone("America/Tijuana"), reason="no tz database here")
def test_another_time_zone_gets_its_own_offset() -> None:
    text = reminder_ics(_reminder(tzid="America/Tijuana"), now=NOW, product="x")
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=-8)


def test_an_unknown_time_zone_falls_back_to_mexico_city() -> None:
    text = reminder_ics(_reminder(tzid="Nowhere/Atlantis"), now=NOW, product="x")
    assert "DTSTART;TZID=America/Mexico_City:20261210T090000" in text


def test_text_is_escaped_and_long_lines_folded_at_75_octets() -> None:
    """RFC 5545 §3.3.11 and §3.1, checked on the file itself (the library writes them)."""
    text = reminder_ics(
        _reminder(description="a,b;c\\d\ne " + "ñ" * 80), now=NOW, product="x",
        today=date(2026, 11, 28),
    )  # fmt: skip
    raw = text.encode()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "DESCRIPTION:a\\,b\\;c\\\\d\\ne " + "ñ" * 80 + "\r\n" in unfolded


def test_the_uid_is_stable_and_the_stamp_in_utc() -> None:
    """Saving twice updates one event in the calendar instead of adding a second."""
    first = reminder_ics(_reminder(), now=NOW, product="x", today=date(2026, 11, 28))
    later = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    second = reminder_ics(_reminder(), now=later, product="x", today=date(2026, 11, 29))
    uid = "UID:UPG-1-fin-version-anterior@aspel-upgrade\r\n"
    assert uid in first and uid in second
    assert "DTSTAMP:20261128T120000Z\r\n" in first


@pytest.mark.parametrize(
    ("days_left", "alarms"),
    [(40, (7, 1)), (8, (7, 1)), (7, (1, 0)), (2, (1, 0)), (1, (0,)), (0, ()), (-3, ())],
)
def test_alarms_make_sense_for_the_days_left(days_left: int, alarms: tuple[int, ...]) -> None:
    """Issue 18 C7: a week and a day before while there is time; with under 8 days a day
    before and on the day; with one day left, on the day; none on the last day itself (the
    wizard then offers no reminder: the page says it is the last day)."""
    assert alarm_days(days_left) == alarms


def test_the_file_holds_the_alarms_the_days_left_allow() -> None:
    """QA: three days before the deadline, a week-before alarm would fire on import."""
    reminder = _reminder(day=date(2026, 12, 1))
    text = reminder_ics(reminder, now=NOW, product="x", today=date(2026, 11, 28))
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    triggers = sorted(a.decoded("TRIGGER") for a in event.walk("VALARM"))
    assert triggers == [timedelta(days=-1), timedelta(0)]
    tomorrow = reminder_ics(reminder, now=NOW, product="x", today=date(2026, 11, 30))
    [event] = icalendar.Calendar.from_ical(tomorrow).walk("VEVENT")
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [timedelta(0)]


def test_without_any_time_zone_data_the_file_is_still_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A PC without the tz database (a Windows build missing tzdata): the deadline is still
    at 9:00 in Mexico City, UTC-6 all year since 2022, not an error on «Guardar»."""
    import zoneinfo

    def nowhere(key: str) -> zoneinfo.ZoneInfo:
        raise zoneinfo.ZoneInfoNotFoundError(key)

    monkeypatch.setattr("zoneinfo.ZoneInfo", nowhere)
    text = reminder_ics(_reminder(), now=NOW, product="x", today=date(2026, 11, 28))
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    start = event.decoded("DTSTART")
    assert (start.hour, start.utcoffset()) == (9, timedelta(hours=-6))
    assert "TZID=America/Mexico_City" in text.replace("\r\n ", "")
