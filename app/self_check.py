"""The installation self-check behind `consulta --self-check`, Qt-free.

It proves, on this computer and with this installation (source or frozen bundle), the things the
app cannot work without: an encrypted workspace can be created, written, closed, reopened and
read (the SQLCipher library is there); nothing readable reaches the file; the shipped fonts
render a PDF with accented text; the keyring answers (available or not, without crashing); the
mail worker's libraries load and a workspace can be used from a worker thread; the database
migrations and the sample data are where the code looks for them.

Everything happens in a temporary folder that is always deleted, with synthetic data and a
random passphrase: no personal data is involved and the user's keyring is only asked whether it
exists, never written. Runs on the calling thread (plus one short-lived worker thread).
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP

OK = "ok"
WARNING = "warning"
FAILED = "failed"

# Synthetic, and chosen to need more than Latin-1 / WinAnsi (ő, ł, ğ) and the euro sign.
SAMPLE_FIRST_NAME = "Zoë Ágnes"
SAMPLE_LAST_NAME = "Ñúñez-Łukasiewicz Çağrı Bőrsz"
PDF_TEXT = "Consulta — Zoë Ñúñez-Łukasiewicz Çağrı Bőrsz · 120,00 € · ÀÉÎÕÜ àéîõü ß"


@dataclass(frozen=True)
class CheckResult:
    name: str  # English source text, marked for translation in the "Core" context
    status: str  # OK, WARNING or FAILED
    detail: str = ""  # short, technical, never personal data
    millis: float = 0.0


@dataclass
class SelfCheckReport:
    checks: list[CheckResult] = field(default_factory=list)

    @property
    def problems(self) -> list[CheckResult]:
        return [c for c in self.checks if c.status == FAILED]

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, result: CheckResult) -> None:
        self.checks.append(result)


class _Skip(Exception):
    """A check that cannot run because an earlier one failed."""


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}"[:300] if text else type(exc).__name__


def _run(report: SelfCheckReport, name: str, check: Callable[[], str | tuple[str, str]]) -> bool:
    """Run one check; it returns a detail (ok) or (status, detail), or raises (failed)."""
    start = time.perf_counter()
    try:
        outcome = check()
    except _Skip as exc:
        report.add(CheckResult(name, FAILED, f"not run: {exc}"))
        return False
    except Exception as exc:  # a self-check reports every failure, whatever its kind
        report.add(CheckResult(name, FAILED, _reason(exc), (time.perf_counter() - start) * 1000))
        return False
    status, detail = outcome if isinstance(outcome, tuple) else (OK, outcome)
    report.add(CheckResult(name, status, detail, (time.perf_counter() - start) * 1000))
    return status != FAILED


def run_checks(temp_parent: Path | None = None) -> SelfCheckReport:
    """Run every check and return the report; never raises for a failed check."""
    report = SelfCheckReport()
    folder = Path(tempfile.mkdtemp(prefix="consulta-self-check-", dir=temp_parent))
    try:
        _run_all(report, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return report


def _run_all(report: SelfCheckReport, folder: Path) -> None:
    from app.version import __version__

    state: dict[str, object] = {}
    path = folder / "self-check.consulta"
    passphrase = secrets.token_urlsafe(24)

    def version() -> str | tuple[str, str]:
        if __version__ == "0+unknown":
            return FAILED, "pyproject.toml is not in the installation"
        return __version__

    def create() -> str:
        from app.workspace import create_workspace

        ws = create_workspace(path, passphrase, practice_name="Self-check practice")
        state["ws"] = ws
        return "SQLCipher " + _cipher_version(ws)

    def write_client() -> str:
        from app.services.clients import create_client
        from app.services.people import PersonInput

        ws = _need(state, "ws")
        state["client_id"] = create_client(
            ws, PersonInput(first_name=SAMPLE_FIRST_NAME, last_name=SAMPLE_LAST_NAME)
        )
        ws.close()
        state.pop("ws")
        return "written and closed"

    def reopen() -> str:
        from app.services.clients import get_client
        from app.store import migrate
        from app.workspace import open_workspace

        client_id = _need(state, "client_id")
        with open_workspace(path, passphrase=passphrase) as ws:
            record = get_client(ws, client_id)
            current = migrate.current_revision(ws.engine)
        if (record.first_name, record.last_name) != (SAMPLE_FIRST_NAME, SAMPLE_LAST_NAME):
            raise AssertionError("the client read back differs from the one written")
        state["revision"] = current
        return "read back with the passphrase"

    def no_plaintext() -> str:
        _need(state, "revision")
        data = path.read_bytes()
        leftovers = [p.name for p in folder.iterdir() if p.name.endswith(("-wal", "-shm", "-journal"))]
        if data.startswith(b"SQLite format 3"):
            raise AssertionError("the file is a plain, unencrypted SQLite database")
        for text in (SAMPLE_LAST_NAME, "Self-check practice"):
            for encoding in ("utf-8", "utf-16-le"):
                if text.encode(encoding) in data:
                    raise AssertionError("readable text found in the workspace file")
        if leftovers:
            raise AssertionError("files left beside the workspace after close: " + ", ".join(leftovers))
        return f"{len(data) // 1024} KiB, no readable text"

    def migrations() -> str:
        from app.store import migrate

        head = migrate.head_revision()
        if not head:
            raise AssertionError("no Alembic head revision found in " + str(migrate.MIGRATIONS_DIR))
        current = state.get("revision")
        if current is not None and current != head:
            raise AssertionError(f"workspace at {current}, head is {head}")
        return f"head {head}"

    def pdf() -> str:
        return _render_pdf(folder / "self-check.pdf")

    def keyring_status() -> str | tuple[str, str]:
        from importlib import metadata

        from app.store.keys import RememberedKeys

        status = RememberedKeys().status()
        backends = metadata.entry_points(group="keyring.backends")
        if not backends:
            return FAILED, "keyring's backend list is missing from this installation"
        name = _keyring_backend_name()
        if status.available:
            return f"available ({name})"
        return WARNING, f"not available ({name}): the passphrase will be asked for each time"

    def worker() -> str:
        import ssl

        import imapclient

        ssl.create_default_context()  # the IMAP worker's TLS; proves _ssl and OpenSSL load
        client_id = _need(state, "client_id")
        outcome: dict[str, object] = {}

        def work() -> None:
            from app.services.clients import get_client
            from app.workspace import open_workspace

            try:
                with open_workspace(path, passphrase=passphrase) as ws:
                    outcome["name"] = get_client(ws, client_id).last_name
            except BaseException as exc:  # handed back to the calling thread
                outcome["error"] = exc

        thread = threading.Thread(target=work, name="self-check-worker", daemon=True)
        thread.start()
        thread.join(timeout=120)
        if thread.is_alive():
            raise AssertionError("the worker thread did not finish within 120 s")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        if outcome.get("name") != SAMPLE_LAST_NAME:
            raise AssertionError("the worker thread read something else")
        return f"imapclient {imapclient.__version__}, worker thread opened and read the workspace"

    def sample_data() -> str:
        import json

        from app.paths import data_dir
        from app.sample_data import SAMPLE_FILE

        sample = data_dir() / SAMPLE_FILE
        json.loads(sample.read_text(encoding="utf-8"))
        return "present"

    try:
        _run(report, QT_TRANSLATE_NOOP("Core", "Version"), version)
        _run(report, QT_TRANSLATE_NOOP("Core", "Create an encrypted workspace"), create)
        _run(report, QT_TRANSLATE_NOOP("Core", "Write a client"), write_client)
        _run(report, QT_TRANSLATE_NOOP("Core", "Reopen and read it back"), reopen)
        _run(report, QT_TRANSLATE_NOOP("Core", "Workspace file is encrypted"), no_plaintext)
        _run(report, QT_TRANSLATE_NOOP("Core", "Database migrations"), migrations)
        _run(report, QT_TRANSLATE_NOOP("Core", "Fonts and PDF"), pdf)
        _run(report, QT_TRANSLATE_NOOP("Core", "Keyring"), keyring_status)
        _run(report, QT_TRANSLATE_NOOP("Core", "Mail worker"), worker)
        _run(report, QT_TRANSLATE_NOOP("Core", "Sample data"), sample_data)
    finally:
        ws = state.get("ws")
        if ws is not None:
            ws.close()  # type: ignore[attr-defined]


def _need(state: dict[str, object], key: str):  # noqa: ANN202
    if key not in state:
        raise _Skip("an earlier step failed")
    return state[key]


def _cipher_version(ws) -> str:  # noqa: ANN001
    from sqlalchemy import text

    with ws.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA cipher_version")).scalar() or "?")


def _keyring_backend_name() -> str:
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:
        return type(exc).__name__
    return f"{type(backend).__module__}.{type(backend).__name__}"


def _render_pdf(target: Path) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.documents.fonts import register_fonts
    from app.documents.pdf_files import write_pdf_atomically

    family = register_fonts()
    style = ParagraphStyle("body", fontName=family, fontSize=11, leading=14)

    def build(fh) -> None:  # noqa: ANN001
        doc = SimpleDocTemplate(fh, pagesize=A4, title="Consulta self-check", author="Consulta")
        doc.build([
            Paragraph(f"<b>{PDF_TEXT}</b>", style),
            Paragraph(f"<i>{PDF_TEXT}</i>", style),
            Paragraph(PDF_TEXT, style),
        ])

    write_pdf_atomically(target, build)
    data = target.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise AssertionError("the file written is not a complete PDF")
    if b"DejaVuSans" not in data:
        raise AssertionError("the DejaVu Sans font is not embedded in the PDF")
    if not re.search(rb"/Type\s*/Page\b", data):
        raise AssertionError("the PDF has no page")
    return f"{len(data) // 1024} KiB, DejaVu Sans embedded"
