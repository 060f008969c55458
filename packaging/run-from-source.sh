#!/usr/bin/env bash
# Starts Consulta from this checkout (sets it up first if needed). Arguments are passed on,
# e.g. --workspace PATH, --language es, --self-check, --version.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/bootstrap.sh
exec .venv/bin/python -m ui "$@"
