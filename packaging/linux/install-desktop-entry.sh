#!/bin/sh
# Install the desktop entry and icon for the current user and make Personal Cabinet the
# handler of personal-cabinet:// links (L1, P3). Run it after installing the application
# (so that `personal-cabinet` is on PATH); run it with --uninstall to undo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor/scalable/apps

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$apps/personal-cabinet.desktop" "$icons/personal-cabinet.svg"
else
    mkdir -p "$apps" "$icons"
    cp "$here/personal-cabinet.desktop" "$apps/personal-cabinet.desktop"
    cp "$here/../../resources/icons/app-icon.svg" "$icons/personal-cabinet.svg"
    xdg-mime default personal-cabinet.desktop x-scheme-handler/personal-cabinet || true
fi
update-desktop-database "$apps" 2>/dev/null || true
gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "done; test with: xdg-open 'personal-cabinet://licenses'"
