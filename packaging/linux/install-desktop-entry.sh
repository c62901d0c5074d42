#!/bin/sh
# Install Personal Cabinet into the current user's desktop (L1, P3): the desktop entry, the
# icon in the hicolor theme, the AppStream metadata, and Personal Cabinet as the handler of
# personal-cabinet:// links. Nothing outside the user's own folders is touched.
#
#   install-desktop-entry.sh [--exec PATH]   # PATH: the personal-cabinet to start
#                                            # (default: the one on PATH), e.g. the
#                                            # frozen build's dist/personal-cabinet/personal-cabinet
#   install-desktop-entry.sh --uninstall     # removes all of it again
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
apps=$data/applications
icons=$data/icons/hicolor/scalable/apps
metainfo=$data/metainfo
entry=personal-cabinet.desktop
scheme=x-scheme-handler/personal-cabinet

command=personal-cabinet
case "${1:-}" in
--uninstall)
    rm -f "$apps/$entry" "$icons/personal-cabinet.svg" "$metainfo/com.example.personal_cabinet.metainfo.xml"
    if [ -f "$config/mimeapps.list" ]; then  # xdg-mime can set a handler, not unset one
        sed -i "\|^$scheme=$entry;*\$|d" "$config/mimeapps.list"
    fi
    update-desktop-database "$apps" 2>/dev/null || true
    echo "removed"
    exit 0
    ;;
--exec)
    case "$2" in
    /*) command=$2 ;;
    *) command=$(pwd)/$2 ;;
    esac
    ;;
"") ;;
*)
    echo "usage: $0 [--exec PATH | --uninstall]" >&2
    exit 2
    ;;
esac

mkdir -p "$apps" "$icons" "$metainfo"
case "$command" in
*[[:space:]\"\`\$\\]*)  # quoted, as the desktop entry specification says
    exec_line="\"$(printf '%s' "$command" | sed 's/["`$\\]/\\\\&/g')\" %u" ;;
*) exec_line="$command %u" ;;  # plain: some launchers (xdg-open's own) take no quotes
esac
sed -e "s|^Exec=.*|Exec=$exec_line|" -e "s|^TryExec=.*|TryExec=$command|" \
    "$here/$entry" > "$apps/$entry"
cp "$here/../../resources/icons/app-icon.svg" "$icons/personal-cabinet.svg"
cp "$here/personal-cabinet.metainfo.xml" "$metainfo/com.example.personal_cabinet.metainfo.xml"
xdg-mime default "$entry" "$scheme"
update-desktop-database "$apps" 2>/dev/null || true
gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "installed; try: xdg-open 'personal-cabinet://licenses'"
