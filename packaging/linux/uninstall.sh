#!/bin/sh
# Remove what install.sh put in place:
#
#   ~/.local/opt/omnimap/uninstall.sh
#
# Journey files (.omnimap) and settings are left alone. Reads the folders used
# at install time from install-paths beside it; with OMNIMAP_PREFIX set (as for
# install.sh) it removes from that prefix.
set -eu

if [ -n "${OMNIMAP_PREFIX:-}" ]; then
    PREFIX=$OMNIMAP_PREFIX
    DATA=$PREFIX/share
else
    PREFIX=$HOME/.local
    DATA=${XDG_DATA_HOME:-$HOME/.local/share}
fi
OPT=$PREFIX/opt/omnimap
BIN=$PREFIX/bin
if [ -f "$OPT/install-paths" ]; then
    while IFS='=' read -r key value; do
        case $key in
            BIN) BIN=$value ;;
            DATA) DATA=$value ;;
        esac
    done < "$OPT/install-paths"
fi
MIME_ICON=application-vnd.omnimap.journey+json

# Only our own link: never a different omnimap someone put there.
if [ -L "$BIN/omnimap" ] && [ "$(readlink "$BIN/omnimap")" = "$OPT/omnimap" ]; then
    rm -f "$BIN/omnimap"
fi
rm -f "$DATA/applications/omnimap.desktop" "$DATA/mime/packages/omnimap.xml"
for dir in "$DATA"/icons/hicolor/*; do
    [ -d "$dir" ] || continue
    rm -f "$dir/apps/omnimap.png" "$dir/apps/omnimap.svg" \
        "$dir/mimetypes/$MIME_ICON.png" "$dir/mimetypes/$MIME_ICON.svg"
done

if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA/mime/packages" ]; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA/applications" ]; then
    update-desktop-database -q "$DATA/applications" || true
fi
[ -d "$DATA/icons/hicolor" ] && touch "$DATA/icons/hicolor"

# Last, as this script may be running from inside it.
rm -rf "$OPT"
echo "omnimap removed. Your .omnimap files were not touched."
