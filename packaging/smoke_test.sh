#!/usr/bin/env bash
# Smoke test of the built application: build it if needed, then run the frozen executable
# headless through --version and --self-check, check that a broken installation fails the
# self-check with a non-zero exit code, and measure start-up (launch → window shown) for the
# frozen app and the source run.
#
#     packaging/smoke_test.sh            # uses packaging/dist/consulta if it is there
#     packaging/smoke_test.sh --rebuild  # builds first in any case
#
# Exit code 0 when every step passed.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
APP="$HERE/dist/consulta/consulta"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
cd "$ROOT"

if [ "${1:-}" = "--rebuild" ] || [ ! -x "$APP" ]; then
    "$HERE/build.sh"
fi

fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

echo "== consulta --version"
expected=$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
version_line=$("$APP" --version)
echo "$version_line"
[ "$version_line" = "Consulta $expected" ] || fail "expected 'Consulta $expected'"

echo "== consulta --self-check"
start=$(date +%s%N)
"$APP" --self-check | tee "$HERE/build/self-check.txt" || fail "the self-check reported problems"
echo "(self-check took $(( ($(date +%s%N) - start) / 1000000 )) ms)"
grep -q "Consulta self-check: OK" "$HERE/build/self-check.txt" || fail "no OK line"

echo "== a broken installation must fail the self-check"
empty=$(mktemp -d)
trap 'rm -rf "$empty"' EXIT
if CONSULTA_RESOURCES_DIR="$empty" "$APP" --self-check >"$HERE/build/self-check-broken.txt"; then
    fail "the self-check passed without fonts"
fi
grep -q "Consulta self-check: FAILED" "$HERE/build/self-check-broken.txt" || fail "no FAILED line"
echo "failed as expected: $(tail -n 1 "$HERE/build/self-check-broken.txt")"

echo "== start-up, launch to window shown"
echo -n "frozen: "; "$VENV/bin/python" "$HERE/measure_startup.py" --runs "${RUNS:-9}" -- "$APP"
echo -n "source: "; "$VENV/bin/python" "$HERE/measure_startup.py" --runs "${RUNS:-9}" -- "$VENV/bin/python" -m ui

echo "== bundle"
echo "size: $(du -sm "$HERE/dist/consulta" | cut -f1) MB, $(find "$HERE/dist/consulta" -type f | wc -l) files"
echo "SMOKE TEST PASSED"
