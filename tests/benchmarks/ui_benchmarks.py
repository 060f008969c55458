"""UI benchmarks (offscreen Qt), registered with the same registry as the query benchmarks:
the time from unlock to the clients list being on screen, and the cost of one more typed
character in the list's filter (target: under 50 ms at 10,000 clients)."""

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
