"""The core is Qt-free: `app` and every module under it import with PySide6 made unimportable."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Alembic's env.py is a script Alembic runs inside a migration context, not an importable module.
NOT_MODULES = ("app.store.migrations.env",)

PROBE = textwrap.dedent("""
    import importlib, importlib.abc, pkgutil, sys

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"):
                raise ImportError(f"blocked for this test: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    try:
        import PySide6  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker does not work")

    import app
    failed, count = [], 0
    def onerror(name):
        failed.append((name, repr(sys.exc_info()[1])))
    for info in pkgutil.walk_packages(app.__path__, "app.", onerror=onerror):
        if info.name in NOT_MODULES:
            continue
        try:
            importlib.import_module(info.name)
            count += 1
        except Exception as exc:
            failed.append((info.name, repr(exc)))
    leaked = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
    print(count)
    for name, err in failed:
        print("FAILED", name, err)
    for name in leaked:
        print("LEAKED", name)
""")


def test_app_imports_without_pyside6():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    probe = f"NOT_MODULES = {NOT_MODULES!r}\n{PROBE}"
    proc = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line for line in lines[1:] if line.startswith(("FAILED", "LEAKED"))] == []
    assert int(lines[0]) >= 30  # every module was really imported, not skipped


def test_importing_app_creates_no_engine_or_files(tmp_path):
    """No globals: importing the whole core touches nothing on disk."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    code = ("import importlib, pkgutil, app\n"
            "[importlib.import_module(m.name) for m in pkgutil.walk_packages(app.__path__, 'app.')"
            f" if m.name not in {NOT_MODULES!r}]")
    proc = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert list(tmp_path.iterdir()) == []
