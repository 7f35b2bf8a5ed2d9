#!/bin/sh
# Install omnimap for the current user, from the unpacked tarball:
#
#   ./install.sh
#
# No root needed. Puts the app in ~/.local/opt/omnimap, links ~/.local/bin/omnimap,
# and registers the menu entry, the .omnimap file type and the icons under
# ~/.local/share (or $XDG_DATA_HOME). Running it again upgrades in place.
# Remove with ~/.local/opt/omnimap/uninstall.sh.
#
# OMNIMAP_PREFIX=/some/dir installs under that folder instead of ~/.local
# (app in PREFIX/opt/omnimap, link in PREFIX/bin, data in PREFIX/share).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
if [ -n "${OMNIMAP_PREFIX:-}" ]; then
    PREFIX=$OMNIMAP_PREFIX
    DATA=$PREFIX/share
else
    PREFIX=$HOME/.local
    DATA=${XDG_DATA_HOME:-$HOME/.local/share}
fi
OPT=$PREFIX/opt/omnimap
BIN=$PREFIX/bin
MIME_TYPE=application/vnd.omnimap.journey+json
MIME_ICON=application-vnd.omnimap.journey+json

if [ ! -x "$HERE/omnimap/omnimap" ]; then
    echo "install.sh: run me from the unpacked omnimap folder (omnimap/omnimap is missing)" >&2
    exit 2
fi

echo "Installing omnimap into $OPT"
mkdir -p "$PREFIX/opt" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor"
# Copy beside the old version, then swap, so a failed copy leaves it working.
rm -rf "$OPT.new"
cp -R "$HERE/omnimap" "$OPT.new"
cp "$HERE/uninstall.sh" "$OPT.new/uninstall.sh"
chmod 755 "$OPT.new/uninstall.sh"
printf 'BIN=%s\nDATA=%s\n' "$BIN" "$DATA" > "$OPT.new/install-paths"
rm -rf "$OPT"
mv "$OPT.new" "$OPT"
ln -sfn "$OPT/omnimap" "$BIN/omnimap"

# The menu entry runs the app by its full path: ~/.local/bin is not always on
# the PATH of the desktop session. The spec wants such a path in double quotes,
# which cannot hold ", `, $ or \; fall back to the PATH lookup then.
case $OPT in
    *'"'* | *'`'* | *'$'* | *'\'*) EXEC=omnimap ;;
    *) EXEC="\"$OPT/omnimap\"" ;;
esac
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec=%s %%f\n' "$EXEC" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/share/applications/omnimap.desktop" > "$DATA/applications/omnimap.desktop"
chmod 644 "$DATA/applications/omnimap.desktop"

cp "$HERE/share/mime/packages/omnimap.xml" "$DATA/mime/packages/omnimap.xml"

# App icons, and the same picture for .omnimap files in file managers.
for dir in "$HERE"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$DATA/icons/hicolor/$size/apps" "$DATA/icons/hicolor/$size/mimetypes"
    for icon in "$dir"/omnimap.*; do
        ext=${icon##*.}
        cp "$icon" "$DATA/icons/hicolor/$size/apps/omnimap.$ext"
        cp "$icon" "$DATA/icons/hicolor/$size/mimetypes/$MIME_ICON.$ext"
    done
done

# Refresh the caches when the tools are there; desktops also rescan by themselves.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || echo "warning: update-mime-database failed" >&2
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" || echo "warning: update-desktop-database failed" >&2
fi
touch "$DATA/icons/hicolor"
if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
fi
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default omnimap.desktop "$MIME_TYPE" >/dev/null 2>&1 || true
fi

echo "Installed. Start it from the applications menu, or run: $BIN/omnimap"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "Note: $BIN is not on your PATH; add it to run 'omnimap' from a terminal." ;;
esac
