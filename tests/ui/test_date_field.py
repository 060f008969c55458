"""The date field used for dates of birth: two-digit years land in the right century, and a date
shown by the app reads back as the same date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from ui.person_form import DateField


@pytest.fixture
def us_dates():
    previous = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # short format M/d/yy
    yield
    QLocale.setDefault(previous)


def test_two_digit_years_and_round_trip(qtbot, us_dates):
    field = DateField()
    qtbot.addWidget(field)
    this_year = dt.date.today().year % 100
    for text, year in (("3/24/05", 2005), ("3/24/85", 1985), (f"1/2/{this_year:02d}", dt.date.today().year),
                       ("3/24/2005", 2005), ("1985-03-24", 1985)):
        field.edit.setText(text)
        assert field.parse() == (dt.date(year, *((3, 24) if text != f"1/2/{this_year:02d}" else (1, 2))), True)
    field.set_date(dt.date(2005, 3, 24))
    assert field.edit.text() == "3/24/2005"
    assert field.parse() == (dt.date(2005, 3, 24), True)
