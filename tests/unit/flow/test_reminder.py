"""The .ics reminder, parsed back with the icalendar package."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from aspel_upgrade.flow.reminder import Reminder, escape_text, fold, reminder_ics, write_reminder

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _reminder(**kwargs: object) -> Reminder:
    values: dict[str, object] = {
        "uid": "UPG-1-fin-version-anterior@aspel-upgrade",
        "summary": "Último día para usar SAE 7.0",
        "description": "Después, el sistema quedará inactivo.\nNuevo número de serie: K7QM-4XPA; "
        "razón social: COMERCIALIZADORA DEL BAJIO, SA DE CV",
        "alarm_text": "Faltan pocos días para que SAE 7.0 deje de funcionar",
        "day": date(2026, 12, 10),
    }
    values.update(kwargs)
    return Reminder(**values)  # type: ignore[arg-type]


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


def test_escaping_and_folding() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "ñ" * 80
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_alarms_already_past_are_left_out() -> None:
    """QA: three days before the deadline, a week-before alarm would fire on import."""
    reminder = _reminder(day=date(2026, 12, 1))
    text = reminder_ics(reminder, now=NOW, product="x", today=date(2026, 11, 28))
    assert "TRIGGER:-P7D" not in text and "TRIGGER:-P1D" in text
    assert "TRIGGER" not in reminder_ics(reminder, now=NOW, product="x", today=date(2026, 12, 1))
