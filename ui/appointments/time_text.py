"""Appointment dates and times as the user reads them: in the practice's time zone, in the
interface language's formats."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qtime(moment: dt.time) -> QTime:
    return QTime(moment.hour, moment.minute)


def date_text(moment: dt.datetime, zone: ZoneInfo, fmt: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    return QLocale().toString(qdate(moment.astimezone(zone).date()), fmt)


def time_text(moment: dt.datetime, zone: ZoneInfo) -> str:
    return QLocale().toString(qtime(moment.astimezone(zone).time()), QLocale.FormatType.ShortFormat)


def time_range_text(start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> str:
    return f"{time_text(start, zone)}–{time_text(end, zone)}"


def when_text(start: dt.datetime, end: dt.datetime, zone: ZoneInfo) -> str:
    """'Tuesday, 3 June 2026, 10:00–10:50' in the interface language."""
    return QCoreApplication.translate("Appointments", "%1, %2").replace(
        "%1", date_text(start, zone)).replace("%2", time_range_text(start, end, zone))


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("Appointments", "%n min", "", minutes)
