"""The Calendar area, clicked as a practitioner would: blocks on the right day and time,
navigation and titles, booking from a slot or a dragged range, opening appointments and
clients, the month's "+N more", and the .ics export with initials only by default."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from app.services import appointments as appts
from app.services import clients, practice
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from tests.ui.screens import save
from ui.appointments.booking_dialog import BookingDialog
from ui.calendar.calendar_area import CalendarArea
from ui.calendar.layout import DAY, MONTH, WEEK
from ui.main_window import MainWindow
from ui.navigation import Navigator

MADRID = ZoneInfo("Europe/Madrid")
# Far from today, so the sample client's sessions (a few weeks around today) stay out of the way.
DST_WEEK = dt.date(2031, 10, 20)  # Monday; summer time ends on Sunday the 26th


@pytest.fixture(autouse=True)
def british_dates():
    """Day-first dates and Monday-first weeks, whatever the machine's locale."""
    previous = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def ws(sample_workspace):
    practice.update_practice(sample_workspace, time_zone="Europe/Madrid")
    return sample_workspace


@pytest.fixture
def ana(ws):
    return clients.create_client(ws, PersonInput(first_name="Ana", last_name="García López"))


def _book(ws, client_id, day: dt.date, hour: int, minute: int = 0, minutes: int = 50,
          status: str | None = None) -> int:
    start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=MADRID)
    [appt_id] = appts.book(ws, AppointmentInput(client_id, start, minutes))
    if status:
        appts.set_status(ws, appt_id, status, now=start + dt.timedelta(days=400))
    return appt_id


def _area(qtbot, ws, nav=None) -> CalendarArea:
    area = CalendarArea(ws, nav or Navigator())
    qtbot.addWidget(area)
    area.resize(1100, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


def _blocks(area):
    return {(b.view.client_name, b.day, b.placed.start): b for b in area.grid_view.canvas.blocks}


def _click(qtbot, widget, pos: QPoint, button=Qt.MouseButton.LeftButton) -> None:
    qtbot.mouseClick(widget, button, pos=pos)


def test_week_view_shows_the_sample_appointments_on_their_days_and_times(qtbot, sample_workspace):
    area = _area(qtbot, sample_workspace)
    assert area.view_kind == WEEK and area.view_buttons[WEEK].isChecked()
    today = dt.date.today()
    area.go_to(today + dt.timedelta(days=7))  # the sample's next session: a week from today
    first = area.grid_view.canvas.first
    blocks = area.grid_view.canvas.blocks
    assert [(b.view.client_name, b.view.service_name) for b in blocks] == [
        ("Sofia Martins (Sofi)", "Follow-up session")]
    block = blocks[0]
    assert first + dt.timedelta(days=block.day) == today + dt.timedelta(days=7)
    grid = area.grid_view.canvas.grid()
    assert grid.day_at(block.rect.center().x()) == block.day
    assert abs(block.rect.top() - grid.y_of(10 * 60)) <= 2  # 10:00, 50 minutes long
    assert abs(block.rect.height() - grid.y_of(50)) <= 3
    assert area.summary.text().startswith("1 appointment")
    save(area, "calendar-week-sample")
    # Two weeks back: the no-show, in its own colour.
    area.go(-1)
    area.go(-1)
    [past] = area.grid_view.canvas.blocks
    assert past.view.status == "no_show"


def test_blocks_in_the_practice_zone_across_a_dst_change_and_side_by_side(qtbot, ws, ana):
    monday, sunday = DST_WEEK, DST_WEEK + dt.timedelta(days=6)
    _book(ws, ana, monday, 10)
    _book(ws, ana, sunday, 10)  # after the clocks went back: still 10:00 on the wall
    sofia = clients.list_client_ids(ws, clients.ClientQuery(text="Sofia"))[0]
    _book(ws, sofia, monday, 10, 30, status="completed")  # overlaps Ana's
    appts.cancel(ws, _book(ws, sofia, monday + dt.timedelta(days=1), 14), "Ill")
    area = _area(qtbot, ws)
    area.go_to(DST_WEEK)
    assert area.title.text() == "20 – 26 October 2031"
    blocks = _blocks(area)
    assert set(blocks) == {("Ana García López", 0, 600), ("Ana García López", 6, 600),
                           ("Sofia Martins (Sofi)", 0, 630), ("Sofia Martins (Sofi)", 1, 840)}
    assert blocks[("Sofia Martins (Sofi)", 1, 840)].view.status == "cancelled"
    assert area.summary.text().startswith("3 appointment"), "cancelled ones are not counted"
    left, right = blocks[("Ana García López", 0, 600)], blocks[("Sofia Martins (Sofi)", 0, 630)]
    assert left.rect.right() < right.rect.left(), "overlapping appointments sit side by side"
    assert left.placed.columns == right.placed.columns == 2
    alone = blocks[("Ana García López", 6, 600)]
    assert alone.rect.width() > 2 * left.rect.width()


def test_navigation_buttons_keys_and_views_change_the_title(qtbot, ws):
    area = _area(qtbot, ws)
    area.go_to(dt.date(2031, 10, 15))
    assert area.title.text() == "13 – 19 October 2031"
    _click(qtbot, area.next_button, QPoint(5, 5))
    assert area.title.text() == "20 – 26 October 2031"
    _click(qtbot, area.next_button, QPoint(5, 5))
    assert area.title.text() == "27 October – 2 November 2031"
    _click(qtbot, area.prev_button, QPoint(5, 5))
    _click(qtbot, area.view_buttons[MONTH], QPoint(5, 5))
    assert area.title.text() == "October 2031"
    assert area.stack.currentWidget() is area.month_view
    _click(qtbot, area.next_button, QPoint(5, 5))
    assert area.title.text() == "November 2031"
    _click(qtbot, area.view_buttons[DAY], QPoint(5, 5))
    assert area.title.text() == "Saturday, 22 November 2031"  # a month on from the 22nd
    assert area.grid_view.canvas.days == 1
    area.go_to(dt.date(2031, 12, 31), WEEK)
    assert area.title.text() == "29 December 2031 – 4 January 2032"
    _click(qtbot, area.today_button, QPoint(5, 5))
    assert area.anchor == dt.datetime.now(MADRID).date()

    # The keyboard, with the focus in the calendar.
    with qtbot.waitActive(area):
        area.activateWindow()
    area.grid_view.canvas.setFocus()
    area.go_to(dt.date(2031, 11, 19))
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_Right)
    assert area.title.text() == "24 – 30 November 2031"
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_PageUp)
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_Left)
    assert area.title.text() == "10 – 16 November 2031"
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_M)
    assert area.view_kind == MONTH and area.view_buttons[MONTH].isChecked()
    qtbot.keyClick(area.month_view, Qt.Key.Key_D)
    assert area.title.text() == "Wednesday, 12 November 2031"
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_W)
    qtbot.keyClick(area.grid_view.canvas, Qt.Key.Key_T)
    assert area.view_kind == WEEK and area.anchor == dt.datetime.now(MADRID).date()


def test_a_click_on_a_free_slot_books_there_and_a_drag_gives_the_length(qtbot, ws):
    area = _area(qtbot, ws)
    area.go_to(DST_WEEK)
    canvas = area.grid_view.canvas
    wednesday = DST_WEEK + dt.timedelta(days=2)
    slot = dt.datetime.combine(wednesday, dt.time(14, 40), tzinfo=MADRID)
    _click(qtbot, canvas, canvas.point_of(slot))
    dialog = area.dialog
    assert isinstance(dialog, BookingDialog) and dialog.isVisible()
    assert dialog.start() == dt.datetime.combine(wednesday, dt.time(14, 30), tzinfo=MADRID)
    assert dialog.client.isVisibleTo(dialog), "from the calendar the client is picked in the dialog"
    assert dialog.existing is None
    dialog.reject()

    start = canvas.point_of(dt.datetime.combine(wednesday, dt.time(9, 5), tzinfo=MADRID))
    end = canvas.point_of(dt.datetime.combine(wednesday, dt.time(10, 20), tzinfo=MADRID))
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for y in range(start.y(), end.y() + 1, 8):
        qtbot.mouseMove(canvas, QPoint(start.x(), y))
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    dialog = area.dialog
    assert dialog.start() == dt.datetime.combine(wednesday, dt.time(9, 0), tzinfo=MADRID)
    assert dialog.duration.value() == 90  # 09:00 to 10:30: the quarter hours the drag touched
    dialog.reject()


def test_click_opens_the_appointment_double_click_the_client_right_click_the_menu(qtbot, ws, ana):
    appt_id = _book(ws, ana, DST_WEEK + dt.timedelta(days=1), 11)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    window.show_area("calendar")
    area = window.calendar
    area.go_to(DST_WEEK)
    canvas = area.grid_view.canvas
    [block] = canvas.blocks
    centre = block.rect.center().toPoint()

    _click(qtbot, canvas, centre)
    qtbot.waitUntil(lambda: isinstance(area.dialog, BookingDialog), timeout=3000)
    assert area.dialog.existing.id == appt_id and area.dialog.isVisible()
    area.dialog.reject()
    area.dialog = None

    # A real double-click: press, release, then the double-click. It opens the client only.
    _click(qtbot, canvas, centre)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre)
    assert window.stack.currentWidget() is window.clients
    assert window.clients.record.name.text() == "Ana García López"
    qtbot.wait(QApplication.styleHints().mouseDoubleClickInterval() + 50)
    assert area.dialog is None, "the first click of a double-click opens nothing"

    window.show_area("calendar")
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, canvas.mapToGlobal(centre))
    QApplication.sendEvent(canvas, event)
    menu = area.menu
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert "open_client" in names and "cancel" in names
    menu.close()


def test_changes_elsewhere_show_up_and_the_book_button_asks_for_a_client(qtbot, ws, ana):
    nav = Navigator()
    area = _area(qtbot, ws, nav)
    area.go_to(DST_WEEK)
    assert area.grid_view.canvas.blocks == []
    _book(ws, ana, DST_WEEK + dt.timedelta(days=3), 16)
    nav.changed("appointments")
    assert [b.view.client_name for b in area.grid_view.canvas.blocks] == ["Ana García López"]
    _click(qtbot, area.book_button, QPoint(5, 5))
    assert isinstance(area.dialog, BookingDialog) and area.dialog.client.isVisibleTo(area.dialog)
    area.dialog.reject()


def test_month_view_lists_the_first_entries_and_more_and_opens_a_day(qtbot, ws, ana):
    busy = dt.date(2031, 11, 18)
    for hour in range(8, 18):
        _book(ws, ana, busy, hour)
    sofia = clients.list_client_ids(ws, clients.ClientQuery(text="Sofia"))[0]
    _book(ws, sofia, dt.date(2031, 11, 3), 9, status="no_show")
    area = _area(qtbot, ws)
    area.go_to(busy, MONTH)
    month = area.month_view
    lines, hidden = month.visible_entries(busy)
    assert lines[0] == "08:00 A. García López"
    assert hidden == 10 - len(lines) and hidden > 0
    assert month.visible_entries(dt.date(2031, 11, 3)) == (["09:00 S. Martins"], 0)
    assert area.summary.text().startswith("11 appointment")
    save(area, "calendar-month")

    # "+N more" (like any part of the day) opens that day.
    more_rect = next(rect for rect, index in month._more if month.date_of(index) == busy)
    _click(qtbot, month, more_rect.center().toPoint())
    assert area.view_kind == DAY and area.anchor == busy
    assert area.title.text() == "Tuesday, 18 November 2031"
    assert len(area.grid_view.canvas.blocks) == 10

    # A double-click on an entry opens the client.
    area.go_to(busy, MONTH)
    opened = []
    area._nav.client_requested.connect(opened.append)
    entry_rect, view = month._entries[0]
    _click(qtbot, month, entry_rect.center().toPoint())
    qtbot.mouseDClick(month, Qt.MouseButton.LeftButton, pos=entry_rect.center().toPoint())
    assert opened == [view.client_id]


def test_ics_export_writes_initials_only_by_default(qtbot, ws, ana, tmp_path):
    future = dt.datetime.now(MADRID).date() + dt.timedelta(days=3)
    _book(ws, ana, future, 9)
    area = _area(qtbot, ws)
    target = tmp_path / "phone.ics"
    area.export_path = target
    _click(qtbot, area.export_button, QPoint(5, 5))
    dialog = area.dialog
    assert not dialog.include_names.isChecked()
    save(dialog, "calendar-export-ics")
    _click(qtbot, dialog.export_button, QPoint(5, 5))
    qtbot.waitUntil(lambda: area.notice is not None, timeout=5000)
    assert area.notice.text().startswith("Exported 3 appointment")  # Ana's and the sample's two
    events = [e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert "A.G.L." in summaries and any(s.startswith("S.M. · ") for s in summaries)
    assert not any("Ana" in s or "Sofia" in s for s in summaries)
    area.notice.close()


def test_ics_export_through_the_save_dialog_with_names(qtbot, ws, ana, tmp_path):
    _book(ws, ana, dt.datetime.now(MADRID).date() + dt.timedelta(days=2), 9)
    area = _area(qtbot, ws)
    dialog = area.export_ics()
    dialog.include_names.setChecked(True)
    _click(qtbot, dialog.export_button, QPoint(5, 5))
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog) and files.isVisible()
    target = tmp_path / "with-names.ics"
    files.selectFile(str(target))
    files.accept()
    qtbot.waitUntil(target.exists, timeout=5000)
    summaries = [str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert "Ana García López" in summaries


def test_a_busy_week_with_every_status_for_review(qtbot, sample_workspace):
    from tests.ui.calendar_demo import book_demo_week

    ws = sample_workspace
    monday = dt.date(2031, 3, 10)
    count = book_demo_week(ws, monday, now=dt.datetime(2031, 3, 14, 13, 0, tzinfo=dt.UTC))
    area = _area(qtbot, ws)
    area.resize(1200, 720)
    area.go_to(monday)
    blocks = area.grid_view.canvas.blocks
    assert len(blocks) == count
    statuses = {b.view.status for b in blocks}
    assert statuses == {"completed", "scheduled", "cancelled", "no_show"}
    # Every block shows at least its client's name line: no block is too small for text.
    for block in blocks:
        assert block.rect.height() >= 30 and block.rect.width() >= 60
    save(area, "calendar-week")


def test_past_appointments_still_scheduled_can_all_be_marked_completed(qtbot, ws, ana):
    from tests.ui.helpers_people import click_confirm

    nav = Navigator()
    area = _area(qtbot, ws, nav)
    assert not area.complete_past_button.isVisible()  # the sample's past sessions are settled
    yesterday = dt.date.today() - dt.timedelta(days=1)
    past = [_book(ws, ana, yesterday, 9), _book(ws, ana, yesterday, 11)]
    nav.changed("appointments")
    qtbot.waitUntil(lambda: area.complete_past_button.isVisible())
    assert area.complete_past_button.text().startswith("2 past appointment")
    area.complete_past_button.click()
    from PySide6.QtWidgets import QMessageBox
    click_confirm(qtbot, area.findChild(QMessageBox, "confirm"))
    assert {appts.get_appointment(ws, i).status for i in past} == {"completed"}
    qtbot.waitUntil(lambda: not area.complete_past_button.isVisible())
