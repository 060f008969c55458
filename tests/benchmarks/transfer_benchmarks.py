"""Import and export benchmarks: a 5,000-row client CSV (Windows-1252, semicolons, day-first
dates, tags, a notes column) read, mapped and checked (the dry run), then imported as one
batch; and one client's record exported as a zip. Rows per second = 5,000 / the time shown.

The generated benchmark workspace must not change between runs, so each engine gets a small
temporary workspace (built once, during the untimed warm-up) already holding 2,000 clients,
which the dry run compares every row with; each timed import is undone afterwards (untimed).
The plain side is a sqlcipher_export copy, opened the way run_benchmarks opens its plain copy.
Everything is deleted when the process exits.
"""

from __future__ import annotations

import atexit
import csv
import io
import shutil
import tempfile
from pathlib import Path

from app.transfer import csv_mapping, export
from app.transfer.csv_import import DryRun, plan_import
from app.transfer.csv_sniff import parse_csv
from app.transfer.import_batches import ImportResult, run_import, undo_import
from app.workspace import Workspace, create_workspace
from tests.benchmarks.generate import DEFAULT_PASSPHRASE
from tests.benchmarks.run_benchmarks import (
    ENCRYPTED,
    benchmark,
    connection_pragmas,
    export_plain_copy,
    open_plain,
)

ROWS = 5_000
EXISTING = 2_000
HEADER = ["Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Fecha de nacimiento",
          "Ciudad", "Etiquetas", "Notas"]
FIRST = ["María", "José", "Lucía", "Íñigo", "Carmen", "Álvaro", "Zoë", "Nuño", "Inês", "João"]
LAST = ["García López", "Núñez", "Martins", "Dupont", "Peña", "Ibáñez", "Moreau", "Silva"]
_temp: dict[str, tuple[Workspace, int]] = {}
_folder: Path | None = None


def client_csv(count: int, start: int = 0) -> bytes:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(HEADER)
    for i in range(start, start + count):
        w.writerow([FIRST[i % len(FIRST)], f"{LAST[i % len(LAST)]} {i}",
                    f"cliente{i}@import-bench.example", f"+34 6{i % 100:02d} {i:06d}",
                    f"{1 + i % 28:02d}/{1 + i % 12:02d}/{1940 + i % 60}", "Sevilla",
                    ["Adultos", "Parejas", "Adultos; Seguro"][i % 3],
                    f"Derivada por su médico; {i} sesiones, \"urgente\"\nsegunda línea"])
    return buf.getvalue().encode("cp1252")


DATA = client_csv(ROWS, start=EXISTING)


def _dry_run(ws: Workspace) -> DryRun:
    parsed = parse_csv(DATA, name="clientes.csv")
    mapping = csv_mapping.auto_map(ws, parsed, "client", locale="es_ES")
    return plan_import(ws, parsed, mapping)


def _fill(ws: Workspace) -> int:
    parsed = parse_csv(client_csv(EXISTING), name="existing.csv")
    plan = plan_import(ws, parsed, csv_mapping.auto_map(ws, parsed, "client", locale="es_ES"))
    run_import(ws, plan)
    return 1  # the first client: export benchmark


def _workspace_for(ws: Workspace) -> tuple[Workspace, int]:
    """The temporary transfer workspace on the same engine (encrypted or plain) as `ws`."""
    global _folder
    label = "plain" if getattr(ws, "_key", None) is None else "encrypted"
    if label in _temp:
        return _temp[label]
    if _folder is None:
        _folder = Path(tempfile.mkdtemp(prefix="consulta-bench-transfer-"))
        atexit.register(_cleanup)
    enc_path = _folder / "transfer.consulta"
    if "encrypted" not in _temp:
        enc = create_workspace(enc_path, DEFAULT_PASSPHRASE, practice_name="Transfer benchmark")
        _temp["encrypted"] = (enc, _fill(enc))
    if label == "plain":
        enc, cid = _temp["encrypted"]
        pragmas = connection_pragmas(enc.engine)
        enc.close()
        plain_path = _folder / "transfer-plain.sqlite"
        export_plain_copy(enc_path, DEFAULT_PASSPHRASE, plain_path)
        from app.workspace import open_workspace

        _temp["encrypted"] = (open_workspace(enc_path, passphrase=DEFAULT_PASSPHRASE), cid)
        _temp["plain"] = (open_plain(plain_path, pragmas), cid)
    return _temp[label]


def _cleanup() -> None:
    for ws, _cid in _temp.values():
        ws.close()
    _temp.clear()
    if _folder is not None:
        shutil.rmtree(_folder, ignore_errors=True)


@benchmark(f"import: {ROWS:,}-row CSV, read + map + dry run",
           describe=lambda p: f"{p.to_create:,} to create, {len(p.duplicates)} duplicates")
def _plan(ws: Workspace) -> DryRun:
    tws, _cid = _workspace_for(ws)
    return _dry_run(tws)


def _undo(result: tuple[Workspace, ImportResult]) -> None:
    undo_import(result[0], result[1].batch_id)


@benchmark(f"import: {ROWS:,}-row CSV, whole import", runs=5,
           cleanup=_undo, describe=lambda r: f"{r[1].created:,} created")
def _import(ws: Workspace) -> tuple[Workspace, ImportResult]:
    tws, _cid = _workspace_for(ws)
    return tws, run_import(tws, _dry_run(tws))


def _export_target() -> Path:
    assert _folder is not None
    target = _folder / "record.zip"
    target.unlink(missing_ok=True)
    return target


@benchmark("export: one client record as a zip", runs=7,
           cleanup=lambda p: p.unlink(), describe=lambda p: p.suffix)
def _export_one(ws: Workspace) -> Path:
    tws, cid = _workspace_for(ws)
    return export.export_client(tws, cid, _export_target())


# --- the UI while the import runs -------------------------------------------------------------

TICK_MS = 5
_stalls: list[float] = []


def _stall_describe(result: tuple[Workspace, ImportResult, float, int]) -> str:
    _tws, imported, longest, over = result
    _stalls.append(longest)
    return (f"{imported.created:,} created; longest UI stall {longest:.0f} ms (worst of runs "
            f"{max(_stalls):.0f}; target < 50); {over} gaps over 50 ms")


@benchmark(f"import: UI stall while {ROWS:,} rows import in the background", runs=3,
           engines=(ENCRYPTED,), cleanup=lambda r: _undo((r[0], r[1])), describe=_stall_describe)
def _import_stall(ws: Workspace) -> tuple[Workspace, ImportResult, float, int]:
    """The wizard's Import step: ui/transfer ProgressTask on a pool thread, its ProgressPanel
    shown, a 5 ms timer on the GUI thread recording the gaps between its ticks."""
    import gc
    import time

    from PySide6.QtCore import QEventLoop, Qt, QTimer

    from tests.benchmarks.ui_benchmarks import _qt
    from ui.transfer.progress_panel import ProgressPanel
    from ui.transfer.progress_task import ProgressTask

    _qt()
    tws, _cid = _workspace_for(ws)
    plan = _dry_run(tws)
    panel = ProgressPanel()
    panel.resize(600, 160)  # not shown: the offscreen platform would warn on every run
    panel.start("Importing")
    task = ProgressTask(lambda report, cancel: run_import(tws, plan, on_progress=report,
                                                          cancel_event=cancel))
    task.progress.connect(panel.set_progress)
    outcome: list = []
    task.succeeded.connect(outcome.append)
    task.failed.connect(outcome.append)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    gc.freeze()  # as the app does after start-up (ui/application.py)
    gc.enable()
    try:
        timer.start()
        last[0] = time.perf_counter()
        task.start()
        loop.exec()
        timer.stop()
    finally:
        gc.disable()
        gc.unfreeze()
        panel.close()
        panel.deleteLater()
    if not isinstance(outcome[0], ImportResult):
        raise outcome[0]
    return tws, outcome[0], max(gaps, default=0.0), sum(1 for g in gaps if g > 50)
