"""Recurring appointment dates: every week, every two weeks or every month, for N occurrences or
until a date. Pure functions over aware datetimes; no storage.

Occurrences keep the *wall-clock* time in the practice's time zone, so a 10:00 weekly session stays
at 10:00 when daylight saving starts or ends (its UTC instant moves by an hour).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

MAX_OCCURRENCES = 200
MAX_SPAN_DAYS = 3 * 366


class Frequency(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    frequency: str
    count: int | None = None  # total occurrences, the first included
    until: dt.date | None = None  # last possible local date, inclusive

    def validated(self, first_local_date: dt.date) -> Recurrence:
        if self.frequency not in set(Frequency):
            raise ValidationError(QT_TRANSLATE_NOOP("Core", "Choose how often the appointment repeats."),
                                  field="frequency")
        if (self.count is None) == (self.until is None):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "Say how many times it repeats, or until which date."), field="count")
        if self.count is not None and not 2 <= self.count <= MAX_OCCURRENCES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Core", "A series has between 2 and {max} appointments."), field="count",
                max=MAX_OCCURRENCES)
        if self.until is not None:
            if self.until <= first_local_date:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Core", "The end date must be after the first appointment."), field="until")
            if (self.until - first_local_date).days > MAX_SPAN_DAYS:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Core", "A series can span at most three years."), field="until")
        return self


def add_months(day: dt.date, months: int, anchor_day: int) -> dt.date:
    """`day` moved by whole months, on `anchor_day` or the month's last day when it is shorter
    (a series on the 31st falls on 30 April, 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(anchor_day, calendar.monthrange(year, month)[1]))


def local_dates(first: dt.date, rule: Recurrence) -> list[dt.date]:
    dates: list[dt.date] = []
    i = 0
    while True:
        if rule.frequency == Frequency.MONTHLY:
            day = add_months(first, i, first.day)
        else:
            day = first + dt.timedelta(weeks=i * (2 if rule.frequency == Frequency.BIWEEKLY else 1))
        if rule.until is not None and day > rule.until:
            break
        dates.append(day)
        i += 1
        if len(dates) >= (rule.count or MAX_OCCURRENCES):
            break
    return dates


def at_wall_time(day: dt.date, wall: dt.time, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of `wall` on `day` in `zone`. A time skipped by a spring-forward change
    (02:30 on that Sunday) lands an hour later, as a person's clock would read it."""
    # fold=0 (PEP 495) maps a non-existent local time with the offset before the change.
    return dt.datetime.combine(day, wall, tzinfo=zone).astimezone(dt.UTC)


def occurrences(first_start: dt.datetime, rule: Recurrence, zone: ZoneInfo) -> list[dt.datetime]:
    """UTC start instants of every occurrence, the first one included."""
    local = first_start.astimezone(zone)
    rule.validated(local.date())
    wall = local.time().replace(tzinfo=None)
    return [at_wall_time(day, wall, zone) for day in local_dates(local.date(), rule)]


def shift_wall_time(start: dt.datetime, days: int, new_wall: dt.time | None,
                    zone: ZoneInfo) -> dt.datetime:
    """`start` moved by `days` calendar days and, if given, to the wall time `new_wall`."""
    local = start.astimezone(zone)
    wall = new_wall if new_wall is not None else local.time().replace(tzinfo=None)
    return at_wall_time(local.date() + dt.timedelta(days=days), wall, zone)
