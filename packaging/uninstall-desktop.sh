#!/usr/bin/env bash
# Remove the per-user Consulta installation made by install-desktop.sh: the application folder,
# the command link, the menu entry and the icons. Nothing else.
#
# Never removed: the workspaces and settings (~/.local/share/Consulta, ~/.config/Consulta and
# wherever the user saved a .consulta file), nor the passphrases remembered in the keyring.
set -euo pipefail

DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/consulta-app"
BIN_LINK="$HOME/.local/bin/consulta"
DESKTOP_FILE="$DATA_HOME/applications/consulta.desktop"
ICON_ROOT="$DATA_HOME/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

removed=0
gone() { echo "removed $1"; removed=$((removed + 1)); }

# The application folder, only if it is the one the installer made (it holds the executable
# and never a workspace), whatever it is called by a link.
if [ -d "$APP_DIR" ] && [ ! -L "$APP_DIR" ]; then
    if [ -x "$APP_DIR/consulta" ] && ! find "$APP_DIR" -name '*.consulta' -print -quit | grep -q .; then
        rm -rf "$APP_DIR"
        gone "$APP_DIR"
    else
        echo "Not removing $APP_DIR: it does not look like a Consulta installation (or holds a workspace)." >&2
    fi
fi

if [ -L "$BIN_LINK" ]; then
    case "$(readlink "$BIN_LINK")" in
        "$APP_DIR"/*) rm -f "$BIN_LINK"; gone "$BIN_LINK" ;;
        *) echo "Not removing $BIN_LINK: it points elsewhere." >&2 ;;
    esac
fi

if [ -f "$DESKTOP_FILE" ]; then
    rm -f "$DESKTOP_FILE"
    gone "$DESKTOP_FILE"
fi

for size in $SIZES; do
    icon="$ICON_ROOT/${size}x${size}/apps/consulta.png"
    if [ -f "$icon" ]; then rm -f "$icon"; gone "$icon"; fi
done
if [ -f "$ICON_ROOT/scalable/apps/consulta.svg" ]; then
    rm -f "$ICON_ROOT/scalable/apps/consulta.svg"
    gone "$ICON_ROOT/scalable/apps/consulta.svg"
fi

touch "$ICON_ROOT" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$DESKTOP_FILE")" || true

echo "Consulta uninstalled ($removed items). Your workspaces were not touched."
