"""The installation self-check (`consulta --self-check`), run from source.

The frozen build runs the same checks through packaging/smoke_test.sh; here we prove the
self-check passes on a working installation, fails with a non-zero exit code on a broken one,
and always cleans up after itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app import self_check
from app.documents import fonts
from app.documents.pdf_files import write_pdf_atomically

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "ui", *args], cwd=ROOT, env=full_env,
                          capture_output=True, text=True, timeout=180)


def test_source_self_check_passes():
    result = run_cli("--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "Consulta self-check: OK"
    assert not [line for line in lines if line.startswith("[FAILED]")]
    for name in ("Create an encrypted workspace", "Reopen and read it back", "Fonts and PDF",
                 "Keyring", "Mail worker", "Drawing and icons"):
        assert any(name in line for line in lines), name


def test_self_check_fails_when_the_fonts_are_missing(tmp_path):
    empty = tmp_path / "resources"
    empty.mkdir()
    result = run_cli("--self-check", CONSULTA_RESOURCES_DIR=str(empty))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[-1].startswith("Consulta self-check: FAILED (")
    assert any(line.startswith("[FAILED] Fonts and PDF") for line in lines)


def test_core_checks_pass_and_leave_nothing_behind(tmp_path):
    report = self_check.run_checks(temp_parent=tmp_path)
    assert report.ok, report.problems
    assert {c.name for c in report.checks} >= {
        "Create an encrypted workspace", "Write a client", "Reopen and read it back",
        "Workspace file is encrypted", "Database migrations", "Fonts and PDF", "Keyring",
        "Mail worker",
    }
    assert list(tmp_path.iterdir()) == []


def test_a_failed_step_skips_what_depends_on_it_and_still_cleans_up(tmp_path, monkeypatch):
    import app.workspace

    def broken(*args, **kwargs):
        raise OSError("disk on fire")

    monkeypatch.setattr(app.workspace, "create_workspace", broken)
    report = self_check.run_checks(temp_parent=tmp_path)
    failed = {c.name: c.detail for c in report.problems}
    assert "disk on fire" in failed["Create an encrypted workspace"]
    assert failed["Write a client"].startswith("not run")
    assert list(tmp_path.iterdir()) == []


def test_keyring_unavailable_is_a_warning_not_a_failure(tmp_path, no_keyring):
    report = self_check.run_checks(temp_parent=tmp_path)
    keyring = next(c for c in report.checks if c.name == "Keyring")
    assert keyring.status == self_check.WARNING
    assert report.ok


def test_fonts_register_once_from_many_threads():
    errors: list[BaseException] = []

    def register() -> None:
        try:
            assert fonts.register_fonts() == fonts.FAMILY
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=register) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    from reportlab.pdfbase import pdfmetrics

    assert fonts.BOLD_OBLIQUE in pdfmetrics.getRegisteredFontNames()


def test_pdf_writer_keeps_the_old_file_when_building_fails(tmp_path):
    target = tmp_path / "invoice.pdf"
    target.write_bytes(b"%PDF-old")

    def fails(fh) -> None:
        fh.write(b"%PDF-half")
        raise RuntimeError("stopped halfway")

    with pytest.raises(RuntimeError):
        write_pdf_atomically(target, fails)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]

    write_pdf_atomically(target, lambda fh: fh.write(b"%PDF-new"))
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]
