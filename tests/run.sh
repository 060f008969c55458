#!/usr/bin/env bash
# Installs everything the tests need (see packaging/bootstrap.sh) and runs the whole suite.
# Extra arguments go to pytest, e.g. `tests/run.sh -k backup`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/bootstrap.sh --dev
export QT_QPA_PLATFORM=offscreen
# One worker per core (at most 4): the suite is mostly single-threaded, and each worker has its
# own Qt application, Dovecot and temporary workspaces.
exec .venv/bin/python -m pytest -q -n auto --maxprocesses 4 "$@"
