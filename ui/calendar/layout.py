"""The calendar's arithmetic, free of widgets so it can be tested directly: which days a view
shows, where each appointment goes in a day column (side by side when they overlap), pixel
geometry of the time grid, and localized date-pattern surgery for the period title.

Times of day are minutes from local midnight (0–1440) in the practice's time zone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

DAY, WEEK, MONTH = "day", "week", "month"
DAY_MINUTES = 24 * 60
MONTH_CELLS = 42  # six weeks of seven days: every month fits, the grid never jumps


# --- periods -----------------------------------------------------------------------------------

def week_start(day: dt.date, first_weekday: int) -> dt.date:
    """The first day of the week holding `day`; `first_weekday` as in date.weekday() (0 = Mon)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def visible_days(view: str, anchor: dt.date, first_weekday: int) -> tuple[dt.date, int]:
    """(first day shown, number of days) for the view around `anchor`."""
    if view == DAY:
        return anchor, 1
    if view == WEEK:
        return week_start(anchor, first_weekday), 7
    return week_start(anchor.replace(day=1), first_weekday), MONTH_CELLS


def step(view: str, anchor: dt.date, direction: int) -> dt.date:
    """The anchor one period earlier (-1) or later (+1). Months keep the day where they can."""
    if view == DAY:
        return anchor + dt.timedelta(days=direction)
    if view == WEEK:
        return anchor + dt.timedelta(weeks=direction)
    month = anchor.month - 1 + direction
    year, month = anchor.year + month // 12, month % 12 + 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(anchor.day, last))


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=zone)


def utc_range(first: dt.date, days: int, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The instants [start, end) covering those local days (DST days are 23 or 25 hours)."""
    start = local_midnight(first, zone).astimezone(dt.UTC)
    end = local_midnight(first + dt.timedelta(days=days), zone).astimezone(dt.UTC)
    return start, end


def day_segments(starts_at: dt.datetime, ends_at: dt.datetime, zone: ZoneInfo, first: dt.date,
                 days: int) -> list[tuple[int, int, int]]:
    """(day index, start minute, end minute) of each visible local day the appointment covers,
    on the wall clock: an appointment past midnight shows on both days."""
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    found = []
    day = max(start.date(), first)
    last = min(end.date(), first + dt.timedelta(days=days - 1))
    while day <= last:
        s = start.hour * 60 + start.minute if day == start.date() else 0
        e = end.hour * 60 + end.minute if day == end.date() else DAY_MINUTES
        if day == end.date() and e <= s and end > start and day == start.date():
            # The clock went back inside it (end of summer time): keep its real length.
            e = min(DAY_MINUTES, s + int((ends_at - starts_at).total_seconds() // 60))
        if e > s:
            found.append(((day - first).days, s, e))
        day += dt.timedelta(days=1)
    return found


def snap(minutes: float, step_minutes: int = 15, *, up: bool = False) -> int:
    """Round down (or up) to the grid: clicks land on the quarter hour they fall in."""
    steps = math.ceil(minutes / step_minutes) if up else math.floor(minutes / step_minutes)
    whole = steps * step_minutes
    return max(0, min(DAY_MINUTES, whole))


# --- side-by-side placement ----------------------------------------------------------------------

@dataclass(frozen=True)
class Placed:
    key: int  # whatever the caller uses to find the item again (an index, an id)
    start: int
    end: int
    column: int  # 0-based, from the left
    columns: int  # columns in its group of overlapping items
    span: int = 1  # how many columns it covers (it widens into free columns on its right)


def place_side_by_side(items: Sequence[tuple[int, int, int]]) -> list[Placed]:
    """Lay out (key, start, end) intervals of one day: overlapping ones go side by side, each
    in the leftmost column free at its start; a group of transitively overlapping items shares
    one column count, and an item widens to the right over columns that stay free beside it."""
    order = sorted(items, key=lambda it: (it[1], -it[2], it[0]))
    placed: list[Placed] = []
    group: list[tuple[int, int, int, int]] = []  # key, start, end, column
    column_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        count = len(column_ends)
        by_column: dict[int, list[tuple[int, int]]] = {}
        for _key, s, e, col in group:
            by_column.setdefault(col, []).append((s, e))
        for key, s, e, col in group:
            span = 1
            while col + span < count and not any(
                    os < e and s < oe for os, oe in by_column.get(col + span, ())):
                span += 1
            placed.append(Placed(key, s, e, col, count, span))

    for key, start, end in order:
        end = max(end, start + 1)
        if group and start >= group_end:
            close_group()
            group, column_ends = [], []
        for col, col_end in enumerate(column_ends):
            if col_end <= start:
                column_ends[col] = end
                break
        else:
            col = len(column_ends)
            column_ends.append(end)
        group.append((key, start, end, col))
        group_end = max(group_end, end) if len(group) > 1 else end
    if group:
        close_group()
    return placed


# --- geometry -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class TimeGrid:
    """Pixel geometry of the day/week canvas: a time gutter on the left, then equal day columns,
    24 hours high."""

    days: int
    width: float
    hour_height: float
    gutter: float
    gap: float = 2.0  # between side-by-side blocks and before a column's right edge

    @property
    def height(self) -> float:
        return 24 * self.hour_height

    @property
    def day_width(self) -> float:
        return max(1.0, (self.width - self.gutter) / self.days)

    def day_left(self, day: int) -> float:
        return self.gutter + day * self.day_width

    def y_of(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def minutes_at(self, y: float) -> float:
        return max(0.0, min(float(DAY_MINUTES), y * 60 / self.hour_height))

    def day_at(self, x: float) -> int | None:
        if x < self.gutter or x >= self.width:
            return None
        return min(self.days - 1, int((x - self.gutter) // self.day_width))

    def block_rect(self, day: int, placed: Placed, min_height: float = 0.0
                   ) -> tuple[float, float, float, float]:
        """(x, y, width, height) of an appointment block inside its day column."""
        inner = self.day_width - self.gap
        col_w = inner / placed.columns
        x = self.day_left(day) + placed.column * col_w + 1
        w = col_w * placed.span - self.gap
        y = self.y_of(placed.start) + 1
        h = max(min_height, self.y_of(placed.end) - self.y_of(placed.start) - 2)
        return x, y, max(4.0, w), h


def visual_end(start: int, end: int, min_minutes: int) -> int:
    """A short appointment still gets a readable block; placement uses that visible length."""
    return min(DAY_MINUTES, max(end, start + min_minutes))


def month_rows(count: int, capacity: int) -> tuple[int, int]:
    """(entries shown, hidden) for a month cell with room for `capacity` lines: when some are
    hidden, the last line says "+N more" instead of showing one more entry."""
    if count <= capacity:
        return count, 0
    shown = max(0, capacity - 1)
    return shown, count - shown


def short_name(display_name: str) -> str:
    """'Sofia Martins (Sofi)' → 'S. Martins': enough to recognise someone in a month cell."""
    words = display_name.split(" (")[0].split()
    if len(words) < 2:
        return words[0] if words else display_name
    return f"{words[0][0]}. {' '.join(words[1:])}"


# --- date patterns (Qt's format letters) ------------------------------------------------------

_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^'A-Za-z]+")


def _tokens(pattern: str) -> list[str]:
    return [m.group(0) for m in _TOKEN.finditer(pattern)]


def _is_field(token: str, letters: str | None = None) -> bool:
    return token[:1].isalpha() and (letters is None or token[0] in letters)


def without_field(pattern: str, letter: str, *, exact: int | None = None) -> str:
    """The pattern minus one field (e.g. 'dddd' the weekday, 'y' the year) and the separators
    and literals that tie it to its neighbour: 'dddd, d 'de' MMMM 'de' yyyy' minus the year is
    'dddd, d 'de' MMMM'."""
    tokens = _tokens(pattern)
    idx = next((i for i, t in enumerate(tokens) if _is_field(t, letter)
                and (exact is None or len(t) == exact)), None)
    if idx is None:
        return pattern
    after = idx + 1
    while after < len(tokens) and not _is_field(tokens[after]):
        after += 1
    if after < len(tokens):  # a field follows: drop ours and what leads to the next one
        del tokens[idx:after]
    else:  # last field: drop what joins it to the previous one
        before = idx
        while before > 0 and not _is_field(tokens[before - 1]):
            before -= 1
        del tokens[before:]
    return "".join(tokens).strip()


def date_pattern(long_pattern: str) -> str:
    """A locale's long date pattern without the weekday: 'd MMMM yyyy', 'MMMM d, yyyy'."""
    return without_field(long_pattern, "d", exact=4)


def day_range_pattern(pattern: str, first_day: int) -> str:
    """A pattern for the last day of a range in one month that writes the first day before its
    own day number: '17 – 23 November 2026', 'November 17 – 23, 2026'."""
    tokens = _tokens(pattern)
    for i, t in enumerate(tokens):
        if _is_field(t, "d") and len(t) <= 2:
            tokens[i] = f"'{first_day:0{len(t)}d} – '{t}"
            break
    return "".join(tokens)
