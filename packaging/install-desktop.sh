#!/usr/bin/env bash
# Install the built Consulta for this user only (no root), so it appears in the application menu.
#
#     packaging/install-desktop.sh [BUNDLE]     # BUNDLE defaults to packaging/dist/consulta
#
# Puts, and only puts:
#   ~/.local/share/consulta-app/                     a copy of the one-folder bundle
#   ~/.local/bin/consulta                            a symlink to its executable
#   ~/.local/share/applications/consulta.desktop     the menu entry
#   ~/.local/share/icons/hicolor/<size>/apps/consulta.png (and scalable/apps/consulta.svg)
# (XDG_DATA_HOME replaces ~/.local/share when it is set.) Running it again upgrades in place.
# The user's workspaces live elsewhere (~/.local/share/Consulta by default) and are never touched;
# uninstall-desktop.sh, copied into the install folder, removes exactly the files above.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUNDLE="$(cd "${1:-$HERE/dist/consulta}" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/consulta-app"
BIN_LINK="$HOME/.local/bin/consulta"
DESKTOP_FILE="$DATA_HOME/applications/consulta.desktop"
ICON_ROOT="$DATA_HOME/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

[ -x "$BUNDLE/consulta" ] || { echo "No built application at $BUNDLE (run packaging/build.sh)" >&2; exit 1; }
ICONS="$BUNDLE/_internal/resources/icons"
[ -d "$ICONS" ] || ICONS="$BUNDLE/resources/icons"
TEMPLATE="$HERE/consulta.desktop"
[ -f "$TEMPLATE" ] || TEMPLATE="$BUNDLE/consulta.desktop"

# The new copy goes in beside the old one and replaces it in one rename, so an interrupted
# install leaves the previous version working.
mkdir -p "$DATA_HOME"
staging="$APP_DIR.new-$$"
rm -rf "$staging"
cp -a "$BUNDLE" "$staging"
cp "$HERE/uninstall-desktop.sh" "$staging/uninstall-desktop.sh"
cp "$TEMPLATE" "$staging/consulta.desktop"
if [ -d "$APP_DIR" ]; then
    mv "$APP_DIR" "$APP_DIR.old-$$"
    mv "$staging" "$APP_DIR"
    rm -rf "$APP_DIR.old-$$"
else
    mv "$staging" "$APP_DIR"
fi

mkdir -p "$(dirname "$BIN_LINK")"
if [ -e "$BIN_LINK" ] && [ ! -L "$BIN_LINK" ]; then
    echo "Leaving $BIN_LINK alone: it is not a link made by this installer." >&2
else
    ln -sfn "$APP_DIR/consulta" "$BIN_LINK"
fi

for size in $SIZES; do
    mkdir -p "$ICON_ROOT/${size}x${size}/apps"
    cp "$ICONS/consulta-$size.png" "$ICON_ROOT/${size}x${size}/apps/consulta.png"
done
mkdir -p "$ICON_ROOT/scalable/apps"
cp "$ICONS/consulta.svg" "$ICON_ROOT/scalable/apps/consulta.svg"

mkdir -p "$(dirname "$DESKTOP_FILE")"
exec_path="$APP_DIR/consulta"
sed -e "s|@EXEC@|$exec_path|g" "$TEMPLATE" > "$DESKTOP_FILE.tmp"
chmod 644 "$DESKTOP_FILE.tmp"
mv "$DESKTOP_FILE.tmp" "$DESKTOP_FILE"

# Tell menus and icon themes that something changed (each is optional).
touch "$ICON_ROOT" 2>/dev/null || true
command -v update-desktop-database >/dev/null && update-desktop-database -q "$(dirname "$DESKTOP_FILE")" || true
command -v gtk-update-icon-cache >/dev/null && [ -f "$ICON_ROOT/index.theme" ] \
    && gtk-update-icon-cache -q -t "$ICON_ROOT" || true

echo "Consulta installed in $APP_DIR"
echo "  menu entry: $DESKTOP_FILE"
echo "  command:    $BIN_LINK"
echo "Uninstall with: $APP_DIR/uninstall-desktop.sh"
