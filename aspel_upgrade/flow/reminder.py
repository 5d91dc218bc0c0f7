"""«Guardar recordatorio»: the old version's deadline as an iCalendar file (RFC 5545).

Opening the file adds the event to Outlook or any calendar. Written by hand (no
dependency): CRLF line endings, lines folded at 75 octets, text escaped, a stable UID (so
saving twice updates one event instead of adding two), DTSTAMP in UTC, the time zone as a
VTIMEZONE block, and two alarms, a week and a day before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

DEFAULT_TZID = "America/Mexico_City"

# Mexico City has kept UTC-6 all year since daylight saving ended on 30/10/2022, so one
# STANDARD rule describes every deadline the wizard can show (they are all in the future).
_MEXICO_CITY = (
    "BEGIN:VTIMEZONE",
    "TZID:America/Mexico_City",
    "X-LIC-LOCATION:America/Mexico_City",
    "BEGIN:STANDARD",
    "DTSTART:20221030T020000",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0600",
    "TZNAME:CST",
    "END:STANDARD",
    "END:VTIMEZONE",
)


@dataclass(frozen=True)
class Reminder:
    uid: str  # stable for one upgrade, e.g. "UPG-…-fin-version-anterior@aspel-upgrade"
    summary: str
    description: str
    alarm_text: str
    day: date  # the last day the old version can be used
    at: time = time(9, 0)  # when, that day, in ``tzid``
    tzid: str = DEFAULT_TZID
    minutes: int = 30


def escape_text(value: str) -> str:
    """RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """RFC 5545 §3.1: lines over 75 octets continue on the next line after CRLF + space."""
    out: list[str] = []
    current = b""
    limit = 75
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > limit:
            out.append(current.decode("utf-8"))
            current = b""
            limit = 74  # the leading space of a continuation counts
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def _vtimezone(tzid: str, day: date) -> tuple[str, ...]:
    if tzid == DEFAULT_TZID:
        return _MEXICO_CITY
    # Another zone: its offset on that day, as one STANDARD rule (enough for one event).
    from zoneinfo import ZoneInfo

    offset = datetime.combine(day, time(12), ZoneInfo(tzid)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    text = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    return (
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{text}",
        f"TZOFFSETTO:{text}",
        "END:STANDARD",
        "END:VTIMEZONE",
    )


def reminder_ics(
    reminder: Reminder, *, now: datetime, product: str, today: date | None = None
) -> str:
    """The calendar file's text (CRLF line endings). ``now`` is the clock, for DTSTAMP;
    ``today`` (the flow's clock, default ``now``'s day) decides which alarms are ahead."""
    from zoneinfo import ZoneInfoNotFoundError

    tzid = reminder.tzid
    try:
        zone = _vtimezone(tzid, reminder.day)
    except (ZoneInfoNotFoundError, ValueError):  # no tzdata for it: the default zone
        tzid, zone = DEFAULT_TZID, _MEXICO_CITY
    start = datetime.combine(reminder.day, reminder.at)
    end = start + timedelta(minutes=reminder.minutes)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    def alarm(trigger: str) -> list[str]:
        return [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape_text(reminder.alarm_text)}",
            f"TRIGGER:{trigger}",
            "END:VALARM",
        ]

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Aspel//{escape_text(product)}//ES",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *zone,
        "BEGIN:VEVENT",
        f"UID:{reminder.uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{escape_text(reminder.summary)}",
        f"DESCRIPTION:{escape_text(reminder.description)}",
        "TRANSP:TRANSPARENT",
        # Only alarms still ahead: one already past would fire the moment it is imported.
        *(
            line
            for days in (7, 1)
            if reminder.day - timedelta(days=days) > (today or now.date())
            for line in alarm(f"-P{days}D")
        ),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def write_reminder(path: str, text: str) -> None:
    """Write the file as UTF-8 bytes, keeping the CRLF line endings as they are."""
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))
