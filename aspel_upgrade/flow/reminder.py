"""«Guardar recordatorio»: the old version's deadline as an iCalendar file (RFC 5545).

Opening the file adds the event to Outlook or any calendar. Written with the ``icalendar``
library (line folding at 75 octets, CRLF, text escaping, and the VTIMEZONE block from the
time-zone database via ``zoneinfo``/``tzdata``); what is ours is what goes in: a stable UID
(saving twice updates one event instead of adding two), DTSTAMP in UTC, the event at 9:00 on
the last day, and alarms that make sense for the days left (``alarm_days``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard

DEFAULT_TZID = "America/Mexico_City"


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


def alarm_days(days_left: int) -> tuple[int, ...]:
    """Days before the last day the calendar reminds (0: that day, at the event's time).

    A week and a day before while there is time; with under 8 days left a day before and on
    the day; with one day left, on the day (a reminder for today at 9:00 may already have
    gone by, and one that is past fires the moment the file is opened); on the last day or
    after it, none: the wizard then offers no reminder at all.
    """
    if days_left >= 8:
        return (7, 1)
    if days_left >= 2:
        return (1, 0)
    if days_left == 1:
        return (0,)
    return ()


def reminder_ics(
    reminder: Reminder, *, now: datetime, product: str, today: date | None = None
) -> str:
    """The calendar file's text (CRLF line endings). ``now`` is the clock, for DTSTAMP;
    ``today`` (the flow's clock, default ``now``'s day) decides which alarms are ahead."""
    today = today or now.date()
    alarms = alarm_days((reminder.day - today).days)
    # The zone's rules from the first alarm to the event (not the whole history).
    first = reminder.day - timedelta(days=max(alarms, default=0) + 1)
    last = reminder.day + timedelta(days=1)
    start = datetime.combine(reminder.day, reminder.at)  # wall-clock time in the zone
    zone: Timezone | None = None
    for tzid in dict.fromkeys((reminder.tzid, DEFAULT_TZID)):  # the given zone, else ours
        try:
            ZoneInfo(tzid)
            zone = Timezone.from_tzid(tzid, first_date=first, last_date=last)
            break
        except (ZoneInfoNotFoundError, ValueError):
            continue
    if zone is None:  # no time-zone data on this PC at all
        tzid, zone = DEFAULT_TZID, _mexico_city()

    calendar = Calendar()
    calendar.add("prodid", f"-//Aspel//{product}//ES")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(zone)
    event = Event()
    event.add("uid", reminder.uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", start, parameters={"TZID": tzid})
    event.add("dtend", start + timedelta(minutes=reminder.minutes), parameters={"TZID": tzid})
    event.add("summary", reminder.summary)
    event.add("description", reminder.description)
    event.add("transp", "TRANSPARENT")
    for days in alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", reminder.alarm_text)
        alarm.add("trigger", timedelta(days=-days))
        event.add_component(alarm)
    calendar.add_component(event)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _mexico_city() -> Timezone:
    """America/Mexico_City without the time-zone database: UTC-6 all year since daylight
    saving ended there on 30/10/2022, one STANDARD rule (every deadline shown is later)."""
    standard = TimezoneStandard()
    standard.add("dtstart", datetime(2022, 10, 30, 2, 0))
    standard.add("tzoffsetfrom", timedelta(hours=-5))
    standard.add("tzoffsetto", timedelta(hours=-6))
    standard.add("tzname", "CST")
    zone = Timezone()
    zone.add("tzid", DEFAULT_TZID)
    zone.add_component(standard)
    return zone


def write_reminder(path: str, text: str) -> None:
    """Write the file as UTF-8 bytes, keeping the CRLF line endings as they are."""
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))
