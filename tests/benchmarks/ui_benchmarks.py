"""UI benchmarks (offscreen Qt), registered with the same registry as the query benchmarks:
the time from unlock to the clients list being on screen, and the cost of one more typed
character in the list's filter (target: under 50 ms at 10,000 clients), and the calendar's week
and month views (read the visible range, lay it out, paint) at 50,000 appointments."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.benchmarks.run_benchmarks import Target, benchmark  # noqa: E402

_app = None
_views: dict[int, object] = {}


def _qt() -> QApplication:
    global _app
    if _app is None:
        from ui.application import make_application

        _app = make_application()
    return _app


def _shown_window(ws):
    from ui.main_window import MainWindow

    window = MainWindow(ws)
    window.resize(1200, 760)
    window.show()
    # The list is on screen once its first rows have been painted.
    window.clients.list.table.viewport().repaint()
    _qt().processEvents()
    return window


def _close(pair) -> None:
    window, ws = pair
    window.close()
    window.deleteLater()
    _qt().processEvents()
    ws.close()


@benchmark("UI: unlock → clients list shown", lifecycle=True, runs=5, cleanup=_close,
           describe=lambda pair: f"{pair[0].clients.list.model.rowCount():,} rows")
def _unlock_to_list(target: Target):
    _qt()
    ws = target.open()
    return _shown_window(ws), ws


def _list_view(ws):
    from ui.clients.client_list_view import ClientListView

    view = _views.get(id(ws))
    if view is None:
        _qt()
        view = ClientListView(ws)
        view.resize(1000, 700)
        view.show()
        _views[id(ws)] = view
    return view


def _type_mar(ws) -> None:
    view = _list_view(ws)
    view.search.setText("mar")
    view.apply_filters()
    _qt().processEvents()


def _one_more_character(ws):
    view = _list_view(ws)
    view.search.setText("mart")  # the user types "t" after "mar"
    view._debounce.stop()  # measure the filter itself, not the typing pause
    view.apply_filters()
    view.table.viewport().repaint()
    return view.model.rowCount()


@benchmark("UI: filter, one more typed character", setup=_type_mar,
           describe=lambda n: f"{n:,} rows")
def _filter_keystroke(ws):
    return _one_more_character(ws)


# --- the calendar: one week (or month) read, laid out and painted ---------------------------------

_calendars: dict[int, object] = {}


def _calendar(ws):
    """A calendar area on screen for this workspace, made once (like the list view above)."""
    from ui.calendar.calendar_area import CalendarArea
    from ui.navigation import Navigator

    area = _calendars.get(id(ws))
    if area is None:
        _qt()
        area = CalendarArea(ws, Navigator())
        area.resize(1200, 760)
        area.show()
        _qt().processEvents()
        _calendars[id(ws)] = area
    return area


def _this_week(ws) -> None:
    from ui.calendar.layout import WEEK

    area = _calendar(ws)
    area.go_to(area.today(), WEEK)


def _shown(area) -> int:
    area.grab()  # paints the whole area: toolbar, header, visible hours, blocks
    return len(area.items)


def _appointments_shown(n: int) -> str:
    return f"{n:,} appointments"


@benchmark("UI: calendar week view (read + layout + paint)", describe=_appointments_shown)
def _calendar_week(ws):
    from ui.calendar.layout import WEEK

    area = _calendar(ws)
    area.go_to(area.today(), WEEK)
    return _shown(area)


@benchmark("UI: calendar week view, next week", setup=_this_week, describe=_appointments_shown)
def _calendar_next_week(ws):
    area = _calendar(ws)
    area.go(1)
    return _shown(area)


@benchmark("UI: calendar month view (read + layout + paint)", describe=_appointments_shown)
def _calendar_month(ws):
    from ui.calendar.layout import MONTH

    area = _calendar(ws)
    area.go_to(area.today(), MONTH)
    return _shown(area)
