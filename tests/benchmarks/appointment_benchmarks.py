"""Appointment benchmarks over the generated workspace (50,000 appointments at default scale):
the Overview read and the Overview tab of the client with the most appointments, and the
conflict check a booking runs as the user types."""

from __future__ import annotations

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


def _drop_tab(result) -> None:
    from tests.benchmarks.ui_benchmarks import _qt

    tab = result[2]
    tab.close()
    tab.deleteLater()
    _qt().processEvents()


@benchmark("UI: client Overview tab, busiest client (read + layout + paint)", describe=_counts,
           cleanup=_drop_tab)
def _overview_tab(ws):
    from tests.benchmarks.ui_benchmarks import _qt
    from ui.clients.record.overview_tab import OverviewTab
    from ui.navigation import Navigator

    app = _qt()
    tab = OverviewTab(ws, Navigator(), _busiest(ws))
    tab.resize(1000, 700)
    tab.show()
    app.processEvents()
    tab.refresh()  # the tab reads on show through a zero-delay timer; read now, in the timing
    tab.grab()
    return tab.overview.upcoming, tab.overview.past, tab
