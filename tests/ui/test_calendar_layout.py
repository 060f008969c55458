"""The calendar's arithmetic without widgets: periods, side-by-side placement, geometry,
day segments across midnight and DST, and the localized title patterns."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ui.calendar.layout import (
    DAY,
    MONTH,
    WEEK,
    TimeGrid,
    date_pattern,
    day_range_pattern,
    day_segments,
    month_rows,
    place_side_by_side,
    short_name,
    snap,
    step,
    utc_range,
    visible_days,
    without_field,
)

MADRID = ZoneInfo("Europe/Madrid")
MON, SUN = 0, 6


def test_visible_days_follow_the_locale_first_weekday():
    tuesday = dt.date(2026, 11, 17)
    assert visible_days(WEEK, tuesday, MON) == (dt.date(2026, 11, 16), 7)
    assert visible_days(WEEK, tuesday, SUN) == (dt.date(2026, 11, 15), 7)
    assert visible_days(DAY, tuesday, MON) == (tuesday, 1)
    # Six full weeks from the week holding the 1st: 1 November 2026 is a Sunday.
    assert visible_days(MONTH, tuesday, MON) == (dt.date(2026, 10, 26), 42)
    assert visible_days(MONTH, tuesday, SUN) == (dt.date(2026, 11, 1), 42)


def test_step_moves_by_the_view_and_months_keep_the_day_where_they_can():
    assert step(DAY, dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 1)
    assert step(WEEK, dt.date(2026, 1, 3), -1) == dt.date(2025, 12, 27)
    assert step(MONTH, dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert step(MONTH, dt.date(2026, 1, 15), -1) == dt.date(2025, 12, 15)
    assert step(MONTH, dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)


def test_utc_range_covers_local_days_including_a_25_hour_one():
    start, end = utc_range(dt.date(2026, 10, 25), 1, MADRID)  # summer time ends that night
    assert start == dt.datetime(2026, 10, 24, 22, tzinfo=dt.UTC)
    assert end - start == dt.timedelta(hours=25)


def test_day_segments_on_the_wall_clock_and_across_midnight():
    first = dt.date(2026, 10, 19)
    at = lambda d, h, m=0: dt.datetime(2026, 10, d, h, m, tzinfo=MADRID)  # noqa: E731
    assert day_segments(at(25, 10), at(25, 10, 50), MADRID, first, 7) == [(6, 600, 650)]
    assert day_segments(at(20, 23, 30), at(21, 0, 30), MADRID, first, 7) == [
        (1, 1410, 1440), (2, 0, 30)]
    # Outside the visible days: nothing; partly inside: the visible part.
    assert day_segments(at(26, 9), at(26, 10), MADRID, first, 7) == []
    assert day_segments(at(18, 23), at(19, 1), MADRID, first, 7) == [(0, 0, 60)]
    # 02:30 summer time to 02:10 winter time (the hour repeats): still 40 minutes long.
    start = dt.datetime(2026, 10, 25, 2, 30, tzinfo=MADRID)
    end = start + dt.timedelta(minutes=40)
    assert day_segments(start, end, MADRID, first, 7) == [(6, 150, 190)]


def test_overlapping_items_sit_side_by_side_and_widen_into_free_columns():
    placed = {p.key: p for p in place_side_by_side([
        (1, 600, 660), (2, 630, 700), (3, 660, 720), (4, 900, 950), (5, 600, 780), (6, 760, 800)])}
    # 5 (longest) first at 10:00, 1 beside it; 2 starts while both run: a third column.
    assert (placed[5].column, placed[1].column, placed[2].column) == (0, 1, 2)
    assert {placed[k].columns for k in (1, 2, 3, 5, 6)} == {3}
    assert placed[3].column == 1  # 1 ended at 11:00, so its column is free again
    assert placed[6].column == 1 and placed[6].span == 2  # nothing beside it after 12:40
    assert placed[4].columns == 1 and placed[4].span == 1  # alone: full width
    assert place_side_by_side([]) == []


def test_grid_geometry_round_trips_and_snaps_to_quarter_hours():
    grid = TimeGrid(days=7, width=760, hour_height=48, gutter=60)
    assert grid.day_width == 100
    assert grid.day_at(59) is None and grid.day_at(60) == 0 and grid.day_at(759) == 6
    assert grid.y_of(90) == 72 and grid.minutes_at(72) == 90
    assert snap(14 * 60 + 40) == 14 * 60 + 30
    assert snap(10 * 60 + 20, up=True) == 10 * 60 + 30 and snap(600, up=True) == 600
    placed = place_side_by_side([(1, 600, 660), (2, 600, 660)])
    a, b = (grid.block_rect(2, p) for p in placed)
    assert a[0] + a[2] <= b[0] and a[1] == b[1], "side by side, same top"
    assert 260 <= a[0] and b[0] + b[2] <= 360, "inside Wednesday's column"


def test_month_cells_say_how_many_more():
    assert month_rows(3, 4) == (3, 0)
    assert month_rows(4, 4) == (4, 0)
    assert month_rows(10, 4) == (3, 7)
    assert short_name("Sofia Martins (Sofi)") == "S. Martins"
    assert short_name("Ana García López") == "A. García López"
    assert short_name("Cher") == "Cher"


def test_title_patterns_from_each_language_long_date():
    patterns = {
        "en_US": "dddd, MMMM d, yyyy", "en_GB": "dddd, d MMMM yyyy",
        "es": "dddd, d 'de' MMMM 'de' yyyy", "fr": "dddd d MMMM yyyy",
    }
    plain = {k: date_pattern(v) for k, v in patterns.items()}
    assert plain == {"en_US": "MMMM d, yyyy", "en_GB": "d MMMM yyyy",
                     "es": "d 'de' MMMM 'de' yyyy", "fr": "d MMMM yyyy"}
    assert without_field(plain["es"], "y") == "d 'de' MMMM"  # the 'de' in quotes is no day
    assert without_field(plain["es"], "d") == "MMMM 'de' yyyy"
    assert without_field(plain["en_US"], "d") == "MMMM yyyy"
    assert without_field(plain["en_US"], "y") == "MMMM d"
    assert day_range_pattern(plain["en_GB"], 17) == "'17 – 'd MMMM yyyy"
    assert day_range_pattern(plain["en_US"], 7) == "MMMM '7 – 'd, yyyy"
    assert day_range_pattern(plain["es"], 17) == "'17 – 'd 'de' MMMM 'de' yyyy"
