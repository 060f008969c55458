"""The booking dialog and the appointment menu, clicked as a practitioner would."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from app.services import appointments as appts
from app.services import clients, practice
from app.services.appointments import AppointmentInput
from app.services.people import PersonInput
from app.services.recurrence import Recurrence
from tests.ui.screens import save
from ui.appointments.appointment_actions import CancelDialog, appointment_menu
from ui.appointments.booking_dialog import BookingDialog
from ui.navigation import CREATE_INVOICE, Navigator

LISBON = ZoneInfo("Europe/Lisbon")


@pytest.fixture
def ws(sample_workspace):
    practice.update_practice(sample_workspace, time_zone="Europe/Lisbon")
    return sample_workspace


@pytest.fixture
def client(ws):
    return clients.create_client(ws, PersonInput(first_name="Ana", last_name="Silva",
                                                 emails=["ana@example.com"]))


def _dialog(qtbot, ws, **kw):
    nav = Navigator()
    changed = []
    nav.data_changed.connect(changed.append)
    dialog = BookingDialog(ws, nav, **kw)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog, changed


def _set_when(dialog, day: dt.date, hour: int, minute: int = 0):
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.time.setTime(QTime(hour, minute))


def test_book_with_a_service_fills_the_duration_and_stores_utc(qtbot, ws, client):
    dialog, changed = _dialog(qtbot, ws, client_id=client)
    assert dialog.client_name.text() == "Ana Silva"
    dialog.service.setCurrentIndex(dialog.service.findText("Initial consultation"))
    assert dialog.duration.value() == 60
    _set_when(dialog, dt.date(2027, 7, 6), 9, 30)
    dialog.location.setText("Rua Augusta 5")
    dialog.private_note.setPlainText("Bring the referral letter")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [view] = appts.client_overview(ws, client).upcoming
    assert view.starts_at == dt.datetime(2027, 7, 6, 8, 30, tzinfo=dt.UTC)  # 09:30 in Lisbon summer
    assert (view.duration_minutes, view.service_name, view.location) == (60, "Initial consultation",
                                                                         "Rua Augusta 5")
    assert changed == ["appointments"] and not dialog.isVisible()


def test_a_chosen_duration_survives_a_service_change(qtbot, ws, client):
    dialog, _ = _dialog(qtbot, ws, client_id=client)
    dialog.duration.setValue(90)
    dialog.service.setCurrentIndex(dialog.service.findText("Follow-up session"))
    assert dialog.duration.value() == 90


def test_conflict_is_named_and_booking_anyway_works(qtbot, ws, client):
    start = dt.datetime(2027, 7, 6, 10, tzinfo=LISBON)
    other = clients.create_client(ws, PersonInput(first_name="Rui", last_name="Costa"))
    appts.book(ws, AppointmentInput(other, start, 50))
    dialog, _ = _dialog(qtbot, ws, client_id=client)
    _set_when(dialog, dt.date(2027, 7, 6), 10, 15)
    dialog.check_conflicts()
    assert dialog.conflict.isVisible() and "Rui Costa" in dialog.conflict.text()
    assert dialog.save_button.text() == "Book anyway"
    save(dialog, "booking_dialog_conflict")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(appts.client_overview(ws, client).upcoming) == 1
    # Moving it clear of the other appointment removes the warning.
    dialog2, _ = _dialog(qtbot, ws, client_id=client)
    _set_when(dialog2, dt.date(2027, 7, 7), 10, 15)
    dialog2.check_conflicts()
    assert not dialog2.conflict.isVisible() and dialog2.save_button.text() == "Book"


def test_weekly_series_from_the_dialog(qtbot, ws, client):
    dialog, _ = _dialog(qtbot, ws, client_id=client)
    _set_when(dialog, dt.date(2027, 3, 16), 18)
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
    dialog.count.setValue(4)
    save(dialog, "booking_dialog_series")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    upcoming = appts.client_overview(ws, client).upcoming
    local = [a.starts_at.astimezone(LISBON).strftime("%m-%d %H:%M") for a in upcoming]
    assert local == ["03-16 18:00", "03-23 18:00", "03-30 18:00", "04-06 18:00"]  # DST on 28 March


def test_booking_from_the_calendar_picks_the_client_by_typing(qtbot, ws, client):
    start = dt.datetime(2027, 7, 8, 14, tzinfo=LISBON)
    dialog, _ = _dialog(qtbot, ws, start=start, duration_minutes=30)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.client.search, "ana sil")
    dialog.client.run_search()
    assert dialog.client.results.count() == 1
    qtbot.keyClick(dialog.client.search, Qt.Key.Key_Return)
    assert dialog.client.client_id == client and dialog.save_button.isEnabled()
    assert (dialog.time.time().hour(), dialog.duration.value()) == (14, 30)
    save(dialog, "booking_dialog_pick_client")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [view] = appts.client_overview(ws, client).upcoming
    assert view.starts_at == start and view.duration_minutes == 30


def test_bad_video_link_is_shown_on_the_field_and_nothing_is_booked(qtbot, ws, client):
    dialog, _ = _dialog(qtbot, ws, client_id=client)
    dialog.location_kind.setCurrentIndex(dialog.location_kind.findData("video"))
    assert dialog.video_url.isVisible() and not dialog.location.isVisible()
    dialog.video_url.setText("meet.example/abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "https://" in dialog.video_field.message.text()
    assert appts.client_overview(ws, client).upcoming == []


def test_editing_an_occurrence_asks_this_or_following(qtbot, ws, client):
    ids = appts.book(ws, AppointmentInput(client, dt.datetime(2027, 9, 7, 10, tzinfo=LISBON), 50),
                     Recurrence("weekly", count=3))
    dialog, _ = _dialog(qtbot, ws, appointment_id=ids[1])
    assert dialog.windowTitle() == "Edit appointment" and not dialog.repeat.isVisible()
    dialog.time.setTime(QTime(11, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "scope_question")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.findChild(type(dialog.save_button), "scope_following"), Qt.MouseButton.LeftButton)
    hours = [appts.get_appointment(ws, i).starts_at.astimezone(LISBON).hour for i in ids]
    assert hours == [10, 11, 11]


def test_menu_of_a_past_appointment_offers_invoice_note_and_rebook(qtbot, ws):
    sofia = clients.list_client_ids(ws, clients.ClientQuery())[0]
    past = appts.client_overview(ws, sofia).past
    uninvoiced = next(a for a in past if not a.invoiced)
    nav = Navigator()
    parent = BookingDialog(ws, nav, client_id=sofia)
    qtbot.addWidget(parent)
    menu = appointment_menu(parent, ws, nav, uninvoiced)
    names = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert {"create_invoice", "create_note", "rebook"} <= set(names)
    assert not names["create_invoice"].isEnabled()  # no billing part registered
    handled = []
    nav.provide(CREATE_INVOICE, lambda p, c, ids: handled.append((c, ids)))
    menu = appointment_menu(parent, ws, nav, uninvoiced)
    action = next(a for a in menu.actions() if a.objectName() == "create_invoice")
    assert action.isEnabled()
    action.trigger()
    assert handled == [(sofia, [uninvoiced.id])]
    invoiced = next(a for a in past if a.invoiced)
    menu = appointment_menu(parent, ws, nav, invoiced)
    action = next(a for a in menu.actions() if a.objectName() == "create_invoice")
    assert not action.isEnabled() and "Already" in action.toolTip()


def test_menu_rebook_opens_a_prefilled_dialog_a_week_later(qtbot, ws):
    sofia = clients.list_client_ids(ws, clients.ClientQuery())[0]
    last = appts.client_overview(ws, sofia).past[0]
    nav = Navigator()
    host = BookingDialog(ws, nav, client_id=sofia)
    qtbot.addWidget(host)
    menu = appointment_menu(host, ws, nav, last)
    next(a for a in menu.actions() if a.objectName() == "rebook").trigger()
    dialogs = [d for d in host.findChildren(BookingDialog) if d.isVisible()]
    assert len(dialogs) == 1
    rebook = dialogs[0]
    expected = appts.suggest_rebook(ws, last.id).starts_at.astimezone(LISBON)
    assert rebook.date.date() == QDate(expected.year, expected.month, expected.day)
    assert rebook.time.time() == QTime(expected.hour, expected.minute)
    assert rebook.duration.value() == last.duration_minutes
    rebook.close()


def test_cancel_dialog_needs_a_reason_and_cancels_following(qtbot, ws, client):
    ids = appts.book(ws, AppointmentInput(client, dt.datetime(2027, 9, 7, 10, tzinfo=LISBON), 50),
                     Recurrence("weekly", count=3))
    nav = Navigator()
    dialog = CancelDialog(ws, nav, appts.get_appointment(ws, ids[1]))
    qtbot.addWidget(dialog)
    dialog.open()
    save(dialog, "cancel_dialog")
    dialog.reason.setCurrentText("")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and appts.get_appointment(ws, ids[1]).status == "scheduled"
    dialog.reason.setCurrentText("Moving abroad")
    dialog.following.setChecked(True)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    statuses = [appts.get_appointment(ws, i).status for i in ids]
    assert statuses == ["scheduled", "cancelled", "cancelled"]
    assert appts.get_appointment(ws, ids[2]).cancel_reason == "Moving abroad"
