"""Long transfers run off the GUI thread: progress arrives, cancel stops the work and says so,
and a failure reaches the GUI thread with a message the user can read."""

from __future__ import annotations

import errno
import threading

from PySide6.QtCore import QThread

from app.errors import ValidationError
from app.transfer.progress import Tracker
from ui.transfer.progress_panel import ProgressPanel, failure_text
from ui.transfer.progress_task import ProgressTask


def _collect(task: ProgressTask) -> dict:
    seen: dict = {"progress": [], "outcome": None}
    task.progress.connect(lambda d, t: seen["progress"].append((d, t)))
    task.succeeded.connect(lambda r: seen.update(outcome=("ok", r)))
    task.failed.connect(lambda e: seen.update(outcome=("failed", e)))
    task.cancelled.connect(lambda: seen.update(outcome=("cancelled", None)))
    return seen


def test_work_runs_off_the_gui_thread_and_reports_its_last_step(qtbot):
    gui = QThread.currentThread()
    where: list = []

    def work(report, cancel):
        where.append(QThread.currentThread())
        tracker = Tracker(500, report, cancel)
        for _ in range(500):
            tracker.step()
        return "done"

    task = ProgressTask(work)
    seen = _collect(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert seen["outcome"] == ("ok", "done")
    assert where and where[0] is not gui
    assert seen["progress"][-1] == (500, 500)
    # Throttled: 501 reports from the worker, far fewer signals on the GUI thread.
    assert len(seen["progress"]) < 50
    assert not task.running


def test_cancel_stops_the_work_between_items(qtbot):
    started, steps = threading.Event(), []

    def work(report, cancel):
        tracker = Tracker(10_000, report, cancel)
        started.set()
        for _ in range(10_000):
            cancel.wait(0.001)
            tracker.check()
            steps.append(1)
            tracker.step()
        return "finished anyway"

    task = ProgressTask(work)
    seen = _collect(task)
    panel = ProgressPanel()
    panel.cancel_clicked.connect(task.cancel)
    panel.start("Exporting")
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
        assert started.wait(5)
        panel.cancel_button.click()
    assert seen["outcome"] == ("cancelled", None)
    assert len(steps) < 10_000
    assert not panel.cancel_button.isEnabled()


def test_failures_reach_the_gui_thread_in_words(qtbot):
    def work(report, cancel):
        raise OSError(errno.ENOSPC, "No space left on device")

    task = ProgressTask(work)
    seen = _collect(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    kind, exc = seen["outcome"]
    assert kind == "failed"
    assert failure_text(exc) == "The disk is full. Free some space, then try again."
    assert failure_text(ValidationError("“{name}” is empty.", name="a.csv")) == "“a.csv” is empty."
    assert "PermissionError" not in failure_text(PermissionError(errno.EACCES, "denied"))


def test_panel_counts_in_the_users_numbers(qtbot):
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.start("Importing")
    assert panel.bar.maximum() == 0  # busy until a total is known
    panel.set_progress(1200, 5000)
    assert panel.bar.maximum() == 5000 and panel.bar.value() == 1200
    assert panel.count.text() == "1,200 of 5,000"
