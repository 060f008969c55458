#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu checkout to run Consulta from source:
#   1. the Debian packages Qt and the test suite need (installed when run as root,
#      otherwise the exact apt-get line is printed and the script stops);
#   2. a virtual environment in .venv with the Python dependencies (`--dev` adds the test tools).
# Re-running it is cheap: nothing is reinstalled that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# Qt's offscreen/xcb platforms, fonts, venv support, and tools the suite uses
# (dovecot for the IMAP tests, poppler-utils to look at PDFs).
DEB_PACKAGES=(python3-venv python3-pip libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
  libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0
  libxcb-image0 poppler-utils dovecot-imapd)
# dovecot-imapd: the tests run their own unprivileged instance on a free loopback port with its
# own base_dir, so a system dovecot that the package may start (ports 143/993) does not matter.

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEB_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
      echo "Installing Debian packages: ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "These Debian packages are needed. Install them, then run this again:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.consulta-deps${extras}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  touch "$stamp"
fi

# Compiled translations (*.qm) are build products: make them from the .ts sources whenever a
# .ts is newer (packaging/update_translations.sh refreshes the .ts files themselves).
shopt -s nullglob
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
