"""Appointment benchmarks over the generated workspace (50,000 appointments at default scale):
the Overview read and the Overview tab of the client with the most appointments, and the
conflict check a booking runs as the user types."""

from __future__ import annotations

import atexit
import datetime as dt
import functools

from sqlalchemy import func, select

from app.services import appointments
from app.store.models import Appointment
from tests.benchmarks.run_benchmarks import benchmark


@functools.cache
def _busiest(ws) -> int:
    with ws.read() as s:
        return s.execute(select(Appointment.client_id).group_by(Appointment.client_id)
                         .order_by(func.count().desc()).limit(1)).scalar_one()


def _counts(overview) -> str:
    return f"{len(overview[0]):,} upcoming + {len(overview[1]):,} past"


@benchmark("appointments: Overview read, busiest client", describe=_counts)
def _overview_read(ws):
    ov = appointments.client_overview(ws, _busiest(ws))
    return ov.upcoming, ov.past


@benchmark("appointments: conflict check for a 50-min booking", describe=lambda n: f"{n} conflicts")
def _conflicts(ws):
    start = dt.datetime.now(dt.UTC).replace(hour=10, minute=0, second=0, microsecond=0)
    return len(appointments.find_conflicts(ws, start, 50))


_tabs: dict[int, object] = {}


@atexit.register
def _drop_tabs() -> None:
    # Widgets left to the interpreter's final garbage collection can crash PySide6 on exit.
    from PySide6.QtWidgets import QApplication

    for tab in _tabs.values():
        tab.close()
        tab.deleteLater()
    _tabs.clear()
    if QApplication.instance() is not None:
        QApplication.processEvents()


@benchmark("UI: client Overview tab, busiest client (read + layout + paint)", describe=_counts)
def _overview_tab(ws):
    from tests.benchmarks.ui_benchmarks import _qt
    from ui.clients.record.overview_tab import OverviewTab
    from ui.navigation import Navigator

    app = _qt()
    old = _tabs.pop(id(ws), None)
    if old is not None:
        old.deleteLater()
    tab = OverviewTab(ws, Navigator(), _busiest(ws))
    tab.resize(1000, 700)
    tab.show()
    app.processEvents()
    tab.refresh()  # the tab reads on show through a zero-delay timer; read now, in the timing
    tab.grab()
    _tabs[id(ws)] = tab
    return tab.overview.upcoming, tab.overview.past
