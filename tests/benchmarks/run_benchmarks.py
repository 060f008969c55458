"""The benchmark command: encrypted workspace vs. an unencrypted copy of the same data.

    python -m tests.benchmarks.run_benchmarks [--scale small|default] [--workspace PATH]
        [--passphrase P] [--seed N] [--regenerate] [--runs N] [--only TEXT] [--json PATH]

1. Gets a workspace: `--workspace PATH` (used as it is if it exists, else generated there), or a
   generated one cached under `$CONSULTA_BENCH_CACHE` (default: <tmp>/consulta-benchmarks), keyed
   by scale, seed, generator version and schema revision; `--regenerate` rebuilds the cached one.
2. Makes an UNENCRYPTED copy with SQLCipher's documented export (ATTACH ... KEY '' +
   sqlcipher_export) into a private temporary folder, deleted at the end.
3. Runs every registered benchmark on both, interleaved: one untimed warm-up, then N timed runs;
   prints the median (ms) on each engine and the ratio encrypted/plain.

Both sides run the very same service functions: the plain side is an `app.workspace.Workspace`
built by the real constructor, only with an engine that has no key (see `plain_workspace`), so
`read()`, `write()` and `close()` are the application's own.

Adding a benchmark: decorate a function taking the open workspace handle (or, with
`lifecycle=True`, a `Target`, for benchmarks that open and close workspaces themselves):

    @benchmark("search 'ana'")
    def _search_ana(ws):
        return _search(ws, "ana")          # the return value is compared across engines

"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, func, select

import app.workspace as workspace_module
from app.services import audit, clients
from app.services.clients import ClientQuery
from app.store import migrate
from app.store.engine import SQLITE_HEADER, checkpoint, register_functions
from app.store.keys import KDF_ITERATIONS, derive_key, read_salt
from app.store.lock import WorkspaceLock
from app.store.models import Appointment, Note, Person, PersonKind
from app.workspace import Workspace, open_workspace
from tests.benchmarks import generate as gen

SCALES: dict[str, dict[str, int]] = {
    "small": {"clients": 1_000, "contacts": 200, "appointments": 5_000, "notes": 10_000},
    "default": dict(gen.DEFAULTS),
}
DEFAULT_RUNS = 15
LIFECYCLE_RUNS = 7  # each unlock derives a key (~0.15 s): fewer runs keep the total short
ENCRYPTED, PLAIN = "encrypted", "plain"


# --- the registry -----------------------------------------------------------------------------


@dataclass
class Target:
    """One side of the comparison: how to open it, and (for query benchmarks) the open handle."""

    label: str  # ENCRYPTED or PLAIN
    path: Path
    passphrase: str | None
    open: Callable[[], Workspace]
    ws: Workspace | None = None


@dataclass(frozen=True)
class Benchmark:
    name: str
    fn: Callable[[Any], Any]  # gets the open Workspace, or the Target when lifecycle=True
    lifecycle: bool = False  # needs the workspace closed: it opens (and closes) it itself
    engines: tuple[str, ...] = (ENCRYPTED, PLAIN)
    runs: int | None = None
    setup: Callable[[Any], None] | None = None  # untimed, before each run
    cleanup: Callable[[Any], None] | None = None  # untimed, after each run, gets fn's result
    describe: Callable[[Any], str] = str  # what a run found; must match across engines


REGISTRY: list[Benchmark] = []


def benchmark(name: str, **options: Any) -> Callable[[Callable], Callable]:
    def register(fn: Callable) -> Callable:
        if any(b.name == name for b in REGISTRY):
            raise ValueError(f"benchmark {name!r} registered twice")
        REGISTRY.append(Benchmark(name=name, fn=fn, **options))
        return fn

    return register


# --- the benchmarks ---------------------------------------------------------------------------


def _list_workload(ws: Workspace, query: ClientQuery, page: int = 100) -> tuple[int, int]:
    """What the client list does when the filter changes: count, all ids in order, first page."""
    n = clients.count_clients(ws, query)
    ids = clients.list_client_ids(ws, query)
    rows = clients.client_rows(ws, ids[:page])
    return n, len(rows)


def _matches(result: tuple[int, int]) -> str:
    return f"{result[0]:,} matches, {result[1]} rows"


@benchmark(f"key derivation (PBKDF2-SHA512 x{KDF_ITERATIONS:,})", lifecycle=True,
           engines=(ENCRYPTED,), runs=LIFECYCLE_RUNS, describe=lambda _r: "")
def _kdf(target: Target) -> None:
    derive_key(target.passphrase or "", read_salt(target.path))


@benchmark("unlock + open (KDF, connect, migration check)", lifecycle=True, runs=LIFECYCLE_RUNS,
           cleanup=lambda ws: ws.close(), describe=lambda _ws: "")
def _open(target: Target) -> Workspace:
    return target.open()


@benchmark("list: all current clients", describe=_matches)
def _list_all(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery())


@benchmark("search 'm' (1 char)", describe=_matches)
def _search_1(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery(text="m"))


@benchmark("search 'mar' (3 chars)", describe=_matches)
def _search_3(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery(text="mar"))


@benchmark("search 'mart'", describe=_matches)
def _search_mart(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery(text="mart"))


@benchmark("  'mart': count_clients", describe=lambda n: f"{n:,}")
def _mart_count(ws: Workspace) -> int:
    return clients.count_clients(ws, ClientQuery(text="mart"))


@benchmark("  'mart': list_client_ids", describe=lambda ids: f"{len(ids):,} ids")
def _mart_ids(ws: Workspace) -> list[int]:
    return clients.list_client_ids(ws, ClientQuery(text="mart"))


_MART_IDS: dict[str, list[int]] = {}


def _first_mart_ids(ws: Workspace) -> list[int]:
    key = str(ws.path)
    if key not in _MART_IDS:
        _MART_IDS[key] = clients.list_client_ids(ws, ClientQuery(text="mart"))[:100]
    return _MART_IDS[key]


@benchmark("  'mart': client_rows (first 100)", describe=lambda rows: f"{len(rows)} rows")
def _mart_rows(ws: Workspace) -> list[clients.ClientRow]:
    return clients.client_rows(ws, _first_mart_ids(ws))


@benchmark("search 'mart', cold page cache", setup=lambda ws: ws.engine.dispose(),
           describe=_matches)
def _search_mart_cold(ws: Workspace) -> tuple[int, int]:
    # A new connection starts with an empty page cache: every page is read (and, encrypted,
    # decrypted and authenticated) again. The OS file cache stays warm.
    return _list_workload(ws, ClientQuery(text="mart"))


@benchmark("search 'núñez' (accents folded)", describe=_matches)
def _search_accents(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery(text="Núñez"))


@benchmark("search 'mart', sorted by next appointment", describe=_matches)
def _search_sorted(ws: Workspace) -> tuple[int, int]:
    return _list_workload(ws, ClientQuery(text="mart", sort="next_appointment"))


@benchmark("open 10 client records (get_client)",
           describe=lambda recs: f"{sum(len(r.emails) for r in recs)} emails")
def _records(ws: Workspace) -> list:
    return [clients.get_client(ws, cid) for cid in _first_mart_ids(ws)[:10]]


# --- the unencrypted side ---------------------------------------------------------------------


def export_plain_copy(path: Path, passphrase: str, dest: Path) -> None:
    """SQLCipher's documented way to decrypt: ATTACH a plaintext db with an empty key, export."""
    key = derive_key(passphrase, read_salt(path))
    lock = WorkspaceLock(path)  # nobody else may be writing while we copy
    lock.acquire()
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        try:
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(dest),))
            conn.execute("SELECT sqlcipher_export('plaintext')").fetchall()
            conn.execute("DETACH DATABASE plaintext")
        finally:
            conn.close()
    finally:
        lock.release()
    with open(dest, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise RuntimeError(f"{dest} is not a plain SQLite file after export")


def connection_pragmas(engine: Engine) -> list[str]:
    """The per-connection settings the workspace engine applies (read back from a live
    connection), so the plain engine is configured identically except for the key."""
    names = ("journal_mode", "synchronous", "temp_store", "secure_delete", "foreign_keys",
             "busy_timeout", "cache_size")
    with engine.connect() as conn:
        return [f"PRAGMA {name} = {conn.exec_driver_sql(f'PRAGMA {name}').scalar()}"
                for name in names]


def make_plain_engine(path: Path, pragmas: list[str]) -> Engine:
    """Same driver (sqlcipher3, hence the same SQLite build), same pragmas and BEGIN handling as
    app.store.engine.make_engine; no key, so the file is plain SQLite."""
    engine = create_engine(f"sqlite+pysqlite:///{path}", module=sqlcipher3,
                           connect_args={"check_same_thread": False}, pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        dbapi_conn.isolation_level = None
        for pragma in pragmas:
            dbapi_conn.execute(pragma).fetchall()
        register_functions(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def plain_workspace(path: Path, lock: WorkspaceLock, pragmas: list[str]) -> Workspace:
    """A real `Workspace` (its own read/write/close) whose engine has no key."""
    with mock.patch.object(workspace_module, "make_engine",
                           lambda p, _key: make_plain_engine(p, pragmas)):
        return Workspace(path, None, lock)  # type: ignore[arg-type]


def open_plain(path: Path, pragmas: list[str]) -> Workspace:
    """open_workspace's steps minus the key derivation: lock, engine, first connection,
    migration check, the "unlock" audit event."""
    lock = WorkspaceLock(path)
    lock.acquire()
    try:
        ws = plain_workspace(path, lock, pragmas)
        with ws.engine.connect():
            pass
        workspace_module._upgrade_if_needed(ws)
        with ws.write() as s:
            audit.record(s, "workspace.unlock", "workspace")
        return ws
    except BaseException:
        lock.release()
        raise


# --- getting the workspace --------------------------------------------------------------------


def cache_dir() -> Path:
    return Path(os.environ.get("CONSULTA_BENCH_CACHE")
                or Path(tempfile.gettempdir()) / "consulta-benchmarks")


def cached_path(scale: str, seed: int) -> Path:
    return cache_dir() / (f"{scale}-seed{seed}-gen{gen.GENERATOR_VERSION}"
                          f"-schema{migrate.head_revision()}.consulta")


def _remove_workspace_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def ensure_workspace(path: Path, passphrase: str, scale: str, seed: int, *,
                     regenerate: bool = False) -> tuple[Path, gen.GenerationStats | None]:
    """The workspace to measure, generated if missing. Generation goes to a temporary name that
    is renamed when complete, so an interrupted run never leaves a half-filled cached file."""
    if regenerate:
        _remove_workspace_files(path)
    if path.exists():
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.stem}.generating{path.suffix}")
    _remove_workspace_files(partial)
    print(f"Generating the {scale} workspace (seed {seed}) at {path} ...", flush=True)
    try:
        stats = gen.generate(partial, passphrase, seed=seed, **SCALES[scale])
    except BaseException:
        _remove_workspace_files(partial)
        raise
    os.replace(partial, path)
    Path(f"{partial}.lock").unlink(missing_ok=True)
    stats.path = path
    print(stats.summary(), flush=True)
    return path, stats


def data_scale(ws: Workspace) -> dict[str, int]:
    with ws.read() as s:
        kinds = dict(s.execute(select(Person.kind, func.count()).group_by(Person.kind)).all())
        return {
            "clients": kinds.get(PersonKind.CLIENT.value, 0),
            "contacts": kinds.get(PersonKind.CONTACT.value, 0),
            "appointments": s.scalar(select(func.count(Appointment.id))) or 0,
            "notes": s.scalar(select(func.count(Note.id))) or 0,
        }


# --- running ----------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    times_ms: dict[str, list[float]] = field(default_factory=dict)
    found: dict[str, str] = field(default_factory=dict)

    def median(self, engine: str) -> float | None:
        t = self.times_ms.get(engine)
        return statistics.median(t) if t else None

    def minimum(self, engine: str) -> float | None:
        t = self.times_ms.get(engine)
        return min(t) if t else None

    def ratio(self, of: Callable[[str], float | None] | None = None) -> float | None:
        of = of or self.median
        enc, plain = of(ENCRYPTED), of(PLAIN)
        return enc / plain if enc is not None and plain else None

    def consistent(self) -> bool:
        return len(set(self.found.values())) <= 1


def _time_one(bench: Benchmark, arg: Any) -> tuple[float, Any]:
    if bench.setup:
        bench.setup(arg)
    gc.disable()  # as timeit does: a collection landing in one run is noise, not the workload
    try:
        start = time.perf_counter()
        value = bench.fn(arg)
        elapsed = (time.perf_counter() - start) * 1000
    finally:
        gc.enable()
    if bench.cleanup:
        bench.cleanup(value)
    return elapsed, value


def run_one(bench: Benchmark, targets: dict[str, Target], runs: int) -> Result:
    """One untimed warm-up per engine, then timed runs alternating between the engines (and
    their order), so that a burst of load elsewhere on the machine hits both sides alike."""
    res = Result(bench.name)
    args = {label: targets[label] if bench.lifecycle else targets[label].ws
            for label in bench.engines}
    for label, arg in args.items():
        _time_one(bench, arg)  # imports, statement caches, the page cache
        res.times_ms[label] = []
    order = list(args)
    for i in range(bench.runs or runs):
        for label in order if i % 2 == 0 else reversed(order):
            ms, value = _time_one(bench, args[label])
            res.times_ms[label].append(ms)
            res.found[label] = bench.describe(value)
    return res


def run_all(targets: dict[str, Target], benches: list[Benchmark], runs: int) -> list[Result]:
    """Lifecycle benchmarks first (workspaces closed), then the rest on open handles."""
    results = []
    lifecycle = [b for b in benches if b.lifecycle]
    queries = [b for b in benches if not b.lifecycle]
    for group in (lifecycle, queries):
        if not group:
            continue
        if group is queries:
            for t in targets.values():
                t.ws = t.open()
        try:
            for bench in group:
                res = run_one(bench, targets, runs)
                results.append(res)
                print(f"  {_row(res)}", flush=True)
        finally:
            if group is queries:
                for t in targets.values():
                    if t.ws is not None:
                        t.ws.close()
                        t.ws = None
    return results


NAME_W = 48


def _fmt(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms:,.1f}" if ms < 1000 else f"{ms:,.0f}"


def _row(r: Result) -> str:
    ratio, ratio_min = r.ratio(), r.ratio(r.minimum)
    found = r.found.get(ENCRYPTED, "") or r.found.get(PLAIN, "")
    if not r.consistent():
        found = "MISMATCH: " + " / ".join(f"{k}={v}" for k, v in r.found.items())
    return (f"{r.name:<{NAME_W}}{_fmt(r.median(ENCRYPTED)):>11}{_fmt(r.median(PLAIN)):>10}"
            f"{(f'{ratio:.2f}x' if ratio else '—'):>9}{(f'{ratio_min:.2f}x' if ratio_min else '—'):>11}"
            f"   {found}")


def _header() -> str:
    return f"{'benchmark':<{NAME_W}}{'encrypted':>11}{'plain':>10}{'ratio':>9}{'(of mins)':>11}   result"


def main(argv: list[str] | None = None) -> int:
    # Run as a script, this module is __main__: let the UI benchmarks register here, not in a
    # second copy of it.
    sys.modules.setdefault("tests.benchmarks.run_benchmarks", sys.modules[__name__])
    # Importing each module registers its benchmarks.
    from tests.benchmarks import (  # noqa: F401
        appointment_benchmarks,
        billing_benchmarks,
        documentation_benchmarks,
        mail_benchmarks,  # on a local Dovecot
        transfer_benchmarks,  # CSV import, export
        ui_benchmarks,
    )

    parser = argparse.ArgumentParser(description="Consulta benchmarks: encrypted vs plain SQLite.")
    parser.add_argument("--workspace", type=Path,
                        help="measure this workspace (generated there at --scale if missing)")
    parser.add_argument("--scale", choices=sorted(SCALES), default="default")
    parser.add_argument("--passphrase", default=gen.DEFAULT_PASSPHRASE)
    parser.add_argument("--seed", type=int, default=gen.DEFAULT_SEED)
    parser.add_argument("--regenerate", action="store_true",
                        help="rebuild the cached generated workspace")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS,
                        help=f"timed runs per benchmark and engine (default {DEFAULT_RUNS}; "
                             f"unlock benchmarks use {LIFECYCLE_RUNS})")
    parser.add_argument("--only", help="run only benchmarks whose name contains this text")
    parser.add_argument("--json", type=Path, help="also write the raw timings here")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)

    if args.list:
        for b in REGISTRY:
            print(b.name.strip())
        return 0
    benches = [b for b in REGISTRY if not args.only or args.only.lower() in b.name.lower()]
    if not benches:
        parser.error(f"no benchmark matches {args.only!r}")

    t0 = time.perf_counter()
    if args.workspace:
        if args.regenerate and args.workspace.exists():
            parser.error("--regenerate only rebuilds the cached workspace; "
                         "it never deletes a file given with --workspace")
        path, gen_stats = ensure_workspace(args.workspace.absolute(), args.passphrase,
                                           args.scale, args.seed)
    else:
        path, gen_stats = ensure_workspace(cached_path(args.scale, args.seed), args.passphrase,
                                           args.scale, args.seed, regenerate=args.regenerate)
    if gen_stats is None:
        age = dt.datetime.now() - dt.datetime.fromtimestamp(path.stat().st_mtime)
        print(f"Reusing {path} (last written {age.days} days ago; --regenerate to rebuild)")

    with open_workspace(path, passphrase=args.passphrase) as ws:
        scale = data_scale(ws)
        pragmas = connection_pragmas(ws.engine)
        with ws.engine.connect() as conn:
            versions = (conn.exec_driver_sql("PRAGMA cipher_version").scalar(),
                        conn.exec_driver_sql("SELECT sqlite_version()").scalar())
        checkpoint(ws.engine)

    plain_dir = Path(tempfile.mkdtemp(prefix="consulta-bench-plain-"))
    plain_path = plain_dir / "plain.sqlite"
    try:
        t_export = time.perf_counter()
        export_plain_copy(path, args.passphrase, plain_path)
        export_s = time.perf_counter() - t_export
        targets = {
            ENCRYPTED: Target(ENCRYPTED, path, args.passphrase,
                              lambda: open_workspace(path, passphrase=args.passphrase)),
            PLAIN: Target(PLAIN, plain_path, None, lambda: open_plain(plain_path, pragmas)),
        }
        size_mb = path.stat().st_size / 1e6
        print()
        print(f"Data: {scale['clients']:,} clients, {scale['contacts']:,} contacts, "
              f"{scale['appointments']:,} appointments, {scale['notes']:,} notes "
              f"({args.scale} scale, seed {args.seed}; file {size_mb:.1f} MB)")
        print(f"SQLCipher {versions[0]} on SQLite {versions[1]}, Python "
              f"{platform.python_version()}, {os.cpu_count()} CPUs; plain copy exported in "
              f"{export_s:.1f} s")
        print(f"Median of {args.runs} runs ({LIFECYCLE_RUNS} for unlock), after one warm-up, "
              f"in ms; ratio = encrypted / plain (of medians, and of the fastest runs)")
        print()
        print("  " + _header())
        t_bench = time.perf_counter()
        results = run_all(targets, benches, args.runs)
        bench_s = time.perf_counter() - t_bench
    finally:
        shutil.rmtree(plain_dir, ignore_errors=True)

    print()
    print(f"Benchmarks took {bench_s:.1f} s; whole command {time.perf_counter() - t0:.1f} s. "
          f"The plaintext copy was deleted.")
    bad = [r.name for r in results if not r.consistent()]
    if bad:
        print(f"ERROR: the two engines returned different results for: {', '.join(bad)}")
    if args.json:
        args.json.write_text(json.dumps({
            "scale": args.scale, "seed": args.seed, "data": scale, "workspace": str(path),
            "sqlcipher": versions[0], "sqlite": versions[1], "runs": args.runs,
            "results": [dataclasses.asdict(r) | {"median_ms": {e: r.median(e) for e in r.times_ms},
                                                 "ratio": r.ratio(),
                                                 "ratio_of_minimums": r.ratio(r.minimum)}
                        for r in results],
        }, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
