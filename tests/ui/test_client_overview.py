"""The client record's Overview tab, on the sample workspace (Sofia Martins: 3 past and 2 upcoming
appointments, one invoice partly paid): lists, summary, the ⋮ menu and its actions, booking,
marking past ones completed, refreshing, and a long history."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.services import appointments as appts
from app.services import clients, practice, service_catalog
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.store.models import Appointment
from tests.ui.record_helpers import make_harness, open_sofia
from tests.ui.screens import save, save_with_popup
from ui.appointments.booking_dialog import BookingDialog
from ui.clients.record.appointment_list import AppointmentTableModel
from ui.navigation import APPOINTMENTS, CREATE_INVOICE

LEFT = Qt.MouseButton.LeftButton
# Not the computer's zone (the sample's hours are the computer's): times must be shown in this one.
TOKYO = ZoneInfo("Asia/Tokyo")
MENU = AppointmentTableModel.MENU


@pytest.fixture
def window(qtbot, sample_workspace):
    practice.update_practice(sample_workspace, time_zone="Asia/Tokyo")
    return make_harness(qtbot, sample_workspace)


def overview(window):
    record = open_sofia(window)
    record.tabs.setCurrentIndex(0)
    return record.overview


def column(table, col: int) -> list[str]:
    model = table.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def time_text(moment: dt.datetime) -> str:
    local = moment.astimezone(TOKYO)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def click_menu_button(qtbot, table, row: int):
    rect = table.visualRect(table.model().index(row, MENU))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def click_action(qtbot, menu, name: str) -> None:
    action = next(a for a in menu.actions() if a.objectName() == name)
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def open_dialogs(tab) -> list[BookingDialog]:
    return [d for d in tab.findChildren(BookingDialog) if d.isVisible()]


def services(ws):
    return service_catalog.list_services(ws, with_usage=False)


def test_lists_and_summary_in_the_practice_zone(qtbot, window):
    tab = overview(window)
    ws = window._ws
    data = appts.client_overview(ws, tab.client_id)
    assert column(tab.upcoming, 4) == ["Scheduled", "Scheduled"]
    assert column(tab.past, 4) == ["No-show", "Completed", "Completed"]
    up = [v.starts_at for v in (tab.upcoming.model().view(r) for r in range(2))]
    past = [v.starts_at for v in (tab.past.model().view(r) for r in range(3))]
    assert up == sorted(up) and past == sorted(past, reverse=True) and up[0] > past[0]
    first = data.upcoming[0]
    assert column(tab.upcoming, 1)[0] == f"{time_text(first.starts_at)}–{time_text(first.ends_at)}"
    local_day = first.starts_at.astimezone(TOKYO).date()
    assert str(local_day.day) in column(tab.upcoming, 0)[0]
    assert column(tab.past, 2) == ["Follow-up session", "Follow-up session", "Initial consultation"]
    assert column(tab.past, 3) == ["In person"] * 3
    badges = column(tab.past, 5)  # the sample invoices the first two; the first has a note
    assert badges[0] == "" and badges[1] == "Invoiced"
    assert badges[2].startswith("Invoiced · 1 note")
    assert tab.upcoming_title.text() == "Upcoming (2)" and tab.past_title.text() == "Past (3)"
    assert not tab.banner.isVisible() and not tab.upcoming_empty.isVisible()
    save(window.clients, "client-overview")
    # The summary strip.
    summary = tab.summary
    nxt = data.upcoming[0]
    assert str(nxt.starts_at.astimezone(TOKYO).day) in summary.next.value.text()
    detail = summary.next.detail.text()
    assert time_text(nxt.starts_at) in detail and "Follow-up session" in detail
    days = (nxt.starts_at.astimezone(TOKYO).date() - dt.datetime.now(TOKYO).date()).days
    assert f"in {days} day" in detail  # a week ahead in the sample (6–8 days across zones)
    completed = [a for a in data.past if a.status == "completed"]
    assert str(completed[0].starts_at.astimezone(TOKYO).day) in summary.last_seen.value.text()
    assert "ago" in summary.last_seen.detail.text()
    year = dt.datetime.now(TOKYO).year
    this_year = sum(1 for a in completed if a.starts_at.astimezone(TOKYO).year == year)
    assert summary.sessions.value.text() == str(this_year)
    # Invoice of 80 + 65, of which 80 paid.
    assert summary.balance.isVisible() and summary.balance.value.text() == "€65.00"
    # A cancelled appointment: dimmed, its reason on hover, no longer "next".
    appts.cancel(ws, tab.upcoming.model().view(0).id, "Illness")
    window.navigator.changed(APPOINTMENTS)
    qtbot.waitUntil(lambda: column(tab.upcoming, 4)[0] == "Cancelled", timeout=2000)
    index = tab.upcoming.model().index(0, 4)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Cancelled: Illness"
    assert tab.upcoming.model().index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert tab.upcoming.model().index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    # Cancelled is not "next": the summary moves on to the following appointment.
    second = tab.upcoming.model().view(1)
    assert str(second.starts_at.astimezone(TOKYO).day) in tab.summary.next.value.text()


def test_new_client_sees_friendly_empty_lines_and_can_book_from_them(qtbot, window):
    ws = window._ws
    new = clients.create_client(ws, PersonInput(first_name="Inês", last_name="Rocha"))
    window.navigator.open_client(new)
    tab = window.clients.record.overview
    assert tab.upcoming_empty.isVisible() and "No upcoming appointments" in tab.upcoming_empty.text()
    assert tab.past_empty.isVisible() and not tab.upcoming.isVisible() and not tab.past.isVisible()
    assert tab.summary.next.value.text() == "None booked"
    assert tab.summary.last_seen.value.text() == "Not yet"
    assert tab.summary.balance.value.text() == "€0.00"
    save(window.clients, "client-overview-empty")
    tab.upcoming_empty.linkActivated.emit("book")  # the "Book one…" link
    assert tab.dialog is not None and tab.dialog.isVisible()
    assert tab.dialog.client_name.text() == "Inês Rocha"


def test_menus_of_past_and_upcoming_rows(qtbot, window):
    handled = []
    window.navigator.provide(CREATE_INVOICE, lambda parent, client, ids: handled.append((client, ids)))
    tab = overview(window)
    click_menu_button(qtbot, tab.past, 0)
    menu = tab.menu
    assert menu is not None and menu.isVisible()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Create invoice", "Create note", "Rebook…"]
    # The menu drops from the ⋮ button, right edges aligned (kept on the offscreen screen,
    # which is narrower than the window).
    cell = tab.past.visualRect(tab.past.model().index(0, MENU))
    corner = tab.past.viewport().mapToGlobal(cell.bottomRight())
    right = min(corner.x(), menu.screen().geometry().right())
    assert abs(menu.geometry().right() - right) <= 2 and abs(menu.geometry().top() - corner.y()) <= 2
    save_with_popup(window.clients, menu, "client-overview-menu",
                    at=QPoint(corner.x() - menu.width(), corner.y()))
    no_show = tab.past.model().view(0)
    click_action(qtbot, menu, "create_invoice")
    assert handled == [(tab.client_id, [no_show.id])]
    # Upcoming: edit, reschedule, cancel; nothing to invoice yet.
    click_menu_button(qtbot, tab.upcoming, 0)
    names = [a.objectName() for a in tab.menu.actions() if not a.isSeparator()]
    assert names[:3] == ["edit", "reschedule", "cancel"] and "create_invoice" not in names
    tab.menu.close()


def test_rebook_is_prefilled_a_week_later_and_booking_refreshes_the_tab(qtbot, window):
    ws = window._ws
    tab = overview(window)
    # Two days ago at a whole hour: "a week later" is then still ahead.
    start = (dt.datetime.now(TOKYO) - dt.timedelta(days=2)).replace(hour=9, minute=0, second=0,
                                                                     microsecond=0)
    service = next(s for s in services(ws) if s.name == "Initial consultation")
    appts.book(ws, AppointmentInput(tab.client_id, start, 60, service.id))
    window.navigator.changed(APPOINTMENTS)
    qtbot.waitUntil(lambda: tab.past.model().rowCount() == 4, timeout=2000)
    row = next(r for r in range(4) if tab.past.model().view(r).starts_at == start)
    click_menu_button(qtbot, tab.past, row)
    click_action(qtbot, tab.menu, "rebook")
    [dialog] = open_dialogs(tab)
    week_later = start + dt.timedelta(days=7)
    assert dialog.date.date() == QDate(week_later.year, week_later.month, week_later.day)
    assert dialog.time.time() == QTime(9, 0) and dialog.duration.value() == 60
    assert dialog.service.currentText() == "Initial consultation"
    assert dialog.client_name.text() == "Sofia Martins (Sofi)"
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.upcoming.model().rowCount() == 3, timeout=2000)
    assert tab.upcoming_title.text() == "Upcoming (3)"
    new_first = tab.upcoming.model().view(0)  # 5 days ahead: before the sample's week-ahead one
    assert new_first.starts_at == week_later and new_first.service_name == "Initial consultation"
    assert column(tab.upcoming, 2)[0] == "Initial consultation"


def test_book_appointment_button_books_for_this_client(qtbot, window):
    tab = overview(window)
    qtbot.mouseClick(tab.book_button, LEFT)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.client_name.text() == "Sofia Martins (Sofi)"
    day = dt.datetime.now(TOKYO).date() + dt.timedelta(days=30)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.time.setTime(QTime(15, 30))
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: tab.upcoming.model().rowCount() == 3, timeout=2000)
    last = tab.upcoming.model().view(2)  # the furthest ahead comes last
    assert last.starts_at.astimezone(TOKYO).date() == day
    assert column(tab.upcoming, 1)[2].startswith(QLocale().toString(QTime(15, 30),
                                                                    QLocale.FormatType.ShortFormat))


def test_double_click_or_enter_opens_the_appointment_and_the_menu_key_pops_the_menu(qtbot, window):
    tab = overview(window)
    rect = tab.upcoming.visualRect(tab.upcoming.model().index(0, 2))
    qtbot.mouseClick(tab.upcoming.viewport(), LEFT, pos=rect.center())  # a real double-click:
    qtbot.mouseDClick(tab.upcoming.viewport(), LEFT, pos=rect.center())  # press, then the second
    [dialog] = open_dialogs(tab)
    assert dialog.windowTitle() == "Edit appointment"
    assert dialog.existing.id == tab.upcoming.model().view(0).id
    dialog.close()
    # The keyboard: the menu key pops the menu, Enter opens.
    tab.past.setFocus()
    tab.past.selectRow(1)
    tab.past.setCurrentIndex(tab.past.model().index(1, 0))
    qtbot.keyClick(tab.past, Qt.Key.Key_Menu)
    assert tab.menu is not None and tab.menu.isVisible()
    tab.menu.close()
    qtbot.keyClick(tab.past, Qt.Key.Key_Return)
    [dialog] = open_dialogs(tab)
    assert dialog.existing.id == tab.past.model().view(1).id
    dialog.close()


def test_past_scheduled_banner_marks_all_completed(qtbot, window):
    ws = window._ws
    tab = overview(window)
    assert not tab.banner.isVisible()
    base = dt.datetime.now(TOKYO).replace(hour=8, minute=0, second=0, microsecond=0)
    for days in (3, 4, 5):
        appts.book(ws, AppointmentInput(tab.client_id, base - dt.timedelta(days=days), 50))
    window.navigator.changed(APPOINTMENTS)
    qtbot.waitUntil(tab.banner.isVisible, timeout=2000)
    assert tab.banner_text.text().startswith("3 past appointment")
    assert column(tab.past, 4).count("Scheduled") == 3
    save(window.clients, "client-overview-banner")
    qtbot.mouseClick(tab.complete_button, LEFT)
    [box] = [b for b in tab.findChildren(QMessageBox) if b.isVisible()]
    assert "3 past appointment" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "confirm_yes"), LEFT)
    qtbot.waitUntil(lambda: not tab.banner.isVisible(), timeout=2000)
    assert column(tab.past, 4).count("Scheduled") == 0
    assert column(tab.past, 4).count("Completed") == 5


def test_refresh_waits_until_shown_and_bursts_cost_one_read(qtbot, window, monkeypatch):
    ws = window._ws
    record = open_sofia(window)  # on the Personal tab: Overview is hidden
    tab = record.overview
    reads = []
    real = appts.client_overview
    monkeypatch.setattr(appts, "client_overview", lambda *a, **k: reads.append(1) or real(*a, **k))
    start = dt.datetime.now(TOKYO) + dt.timedelta(days=40)
    appts.book(ws, AppointmentInput(tab.client_id, start, 50))
    for _ in range(5):
        window.navigator.changed(APPOINTMENTS)
    qtbot.wait(50)
    assert reads == [] and tab.upcoming.model().rowCount() == 2  # hidden: not read yet
    record.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tab.upcoming.model().rowCount() == 3, timeout=2000)
    for _ in range(5):  # visible now: a burst is read once
        window.navigator.changed(APPOINTMENTS)
    qtbot.wait(50)
    assert len(reads) == 2
    window.navigator.changed("contacts")  # unrelated kinds do not read
    qtbot.wait(20)
    assert len(reads) == 2


def test_long_history_stays_a_light_table(qtbot, window):
    ws = window._ws
    tab = overview(window)
    first = dt.datetime(2015, 1, 5, 9, tzinfo=dt.UTC)
    with ws.write() as s:
        for week in range(500):
            start = first + dt.timedelta(weeks=week)
            s.add(Appointment(client_id=tab.client_id, starts_at=start,
                              ends_at=start + dt.timedelta(minutes=50), status="completed"))
    buttons = len(tab.findChildren(QPushButton))
    tab.refresh()
    QApplication.processEvents()
    assert tab.past.model().rowCount() == 503 and tab.past_title.text() == "Past (503)"
    assert len(tab.findChildren(QPushButton)) == buttons  # no widget per row
    # The past list scrolls; the upcoming one keeps room for its scroll bar: columns line up.
    qtbot.waitUntil(tab.past.scrolls, timeout=2000)
    assert not tab.upcoming.scrolls()
    for col in (3, 4, MENU):
        assert tab.upcoming.columnViewportPosition(col) == tab.past.columnViewportPosition(col)
    save(window.clients, "client-overview-long-history")
    # Scrolled to the end, the oldest is last and its ⋮ still works.
    tab.past.scrollToBottom()
    QApplication.processEvents()
    click_menu_button(qtbot, tab.past, 502)
    assert tab.menu is not None and tab.menu.isVisible()
    assert tab.past.model().view(502).starts_at == first
    tab.menu.close()


