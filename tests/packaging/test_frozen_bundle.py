"""Builds the packaged one-folder application and runs the built executable headless:
--version, --self-check (and that a broken installation fails it), start-up time.

It takes about 1 min 40 s, which fits the CI budget, so it runs with the suite. Set
CONSULTA_SKIP_BUNDLE=1 to leave it out of a quick local run.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.skipif(os.environ.get("CONSULTA_SKIP_BUNDLE") == "1",
                    reason="CONSULTA_SKIP_BUNDLE=1: the packaged build was not asked for")
def test_built_executable_passes_its_self_check():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RUNS="3")
    result = subprocess.run(["bash", str(ROOT / "packaging" / "smoke_test.sh"), "--rebuild"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=880)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "Consulta self-check: OK" in output
    assert "SMOKE TEST PASSED" in output
    print(output[-1500:])  # start-up figures and bundle size, for the CI log
