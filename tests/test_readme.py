"""The README's scripting example runs as written and prints what the README says it prints."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_example() -> tuple[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    after = text.split("<!-- example: scripting -->", 1)[1]
    blocks = re.findall(r"```(\w*)\n(.*?)```", after, flags=re.S)
    code = next(body for lang, body in blocks if lang == "python")
    printed = next(body for lang, body in blocks if lang == "")
    return code, printed


def test_readme_scripting_example(tmp_path):
    code, expected = _readme_example()
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n") == expected.split("\n")
    assert (tmp_path / "example.consulta").is_file()


def test_quick_start_commands_exist_and_ci_runs_the_test_command():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in quick.strip().splitlines()]
    assert commands == ["packaging/run-from-source.sh", "tests/run.sh"]
    for command in commands:
        assert os.access(ROOT / command, os.X_OK)
    assert "tests/run.sh" in (ROOT / ".ci" / "run").read_text()
