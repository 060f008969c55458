#!/usr/bin/env bash
# Build the self-contained one-folder Consulta application with PyInstaller (Linux).
#
#     packaging/build.sh            # → packaging/dist/consulta/consulta
#
# Uses the project's virtual environment (.venv, created if missing), installs the project with
# its `packaging` extra (PyInstaller), compiles the translations if there are .ts sources, runs
# PyInstaller with packaging/consulta.spec, and prints the bundle's size and the build time.
# Environment: PYTHON (interpreter for a new venv, default python3.11 or python3),
#              VENV (default <repo>/.venv).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
cd "$ROOT"

start=$(date +%s)
if [ ! -x "$VENV/bin/python" ]; then
    PYTHON="${PYTHON:-$(command -v python3.11 || command -v python3)}"
    echo "Creating the virtual environment $VENV with $PYTHON"
    "$PYTHON" -m venv "$VENV"
fi
PY="$VENV/bin/python"
mkdir -p "$HERE/build"
if ! "$PY" -m pip install --quiet --disable-pip-version-check -e ".[packaging]" >"$HERE/build/pip.log" 2>&1; then
    cat "$HERE/build/pip.log" >&2
    echo "pip install failed (log above)" >&2
    exit 1
fi

# Compiled translations (*.qm) are build products; make them from the .ts sources if any.
shopt -s nullglob
ts_files=(resources/translations/*.ts)
if [ ${#ts_files[@]} -gt 0 ]; then
    LRELEASE="$VENV/bin/pyside6-lrelease"
    for ts in "${ts_files[@]}"; do
        "$LRELEASE" -silent "$ts" -qm "${ts%.ts}.qm"
    done
    echo "Compiled ${#ts_files[@]} translation(s)"
fi

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$HERE/dist" --workpath "$HERE/build" "$HERE/consulta.spec"

end=$(date +%s)
bundle="$HERE/dist/consulta"
size_mb=$(du -sm "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "Built $bundle/consulta"
echo "Bundle size: ${size_mb} MB in ${files} files; build took $((end - start)) s"
