"""Time from launching Consulta to its first window being painted, frozen or from source.

    python packaging/measure_startup.py [--runs N] -- COMMAND...

Runs COMMAND --startup-probe N times (headless: QT_QPA_PLATFORM=offscreen unless set), and for
each run measures the wall-clock time from starting the process to the moment it prints that
the window has been shown. Prints the median and the range, in milliseconds. The first run is
a warm-up (file cache) and is not counted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

MARKER = "consulta-startup-probe: window shown"


def one_run(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command + ["--startup-probe"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, text=True)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith(MARKER):
            elapsed = (time.perf_counter() - start) * 1000
            break
    proc.stdout.close()
    proc.wait(timeout=30)
    if elapsed is None:
        raise SystemExit(f"no window was shown by: {' '.join(command)} (exit {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    one_run(args.command, env)  # warm-up
    times = [one_run(args.command, env) for _ in range(args.runs)]
    print(f"{statistics.median(times):.0f} ms median (min {min(times):.0f}, max {max(times):.0f}, "
          f"{args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
