#!/usr/bin/env bash
# Draws docs/screenshots/desktop-*.png: the installed package on a desktop, in a fresh
# Debian 12 (debian-root.sh) on a virtual display:
#
#   packaging/desktop-screenshots.sh build-package/partnership-explorer_VERSION_ARCH.deb
#
#   desktop-menu.png          the menu entry with its icon, as an application launcher (rofi)
#                             finds it
#   desktop-file-manager.png  a folder of tours and a dataset in a file manager (PCManFM):
#                             their types, and the app offered to open a tour
#   desktop-open-tour.png     the app as a double-click on the tour opens it
#
# Needs root (chroot, mount) and debootstrap; about two minutes and 150 MB of packages the
# first time. Look at the pictures before committing them.
set -euo pipefail

if (($# != 1)) || [[ ! -f $1 ]]; then
    echo "usage: packaging/desktop-screenshots.sh PACKAGE.deb" >&2
    exit 2
fi
if ((EUID != 0)); then
    echo "desktop-screenshots.sh needs root (chroot and mount)" >&2
    exit 2
fi

source_dir=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=packaging/debian-root.sh
source "$source_dir/packaging/debian-root.sh"
out=$source_dir/docs/screenshots

debian_root_enter "$1"
# A small desktop: an X server, a window manager, a launcher, a file manager, icon themes
# (the file types' generic icons), xdotool to click, xwd and netpbm to take the pictures.
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$1")" \
    xvfb openbox rofi pcmanfm adwaita-icon-theme hicolor-icon-theme librsvg2-common \
    shared-mime-info desktop-file-utils xdotool x11-apps netpbm
mkdir -p "$root/root/Lectures"
cp "$source_dir/resources/tours/thirty-years.json" "$root/root/Lectures/thirty-years.petour.json"
cp "$source_dir/resources/tours/assembly-plants.json" \
    "$root/root/Lectures/assembly-plants.petour.json"
cp "$source_dir/tests/data/small.json" "$root/root/Lectures/regional-figures.pedata.json"

cat >"$root/tmp/screenshots.sh" <<'EOF'
#!/bin/sh
# Runs inside the Debian root. Each picture: a virtual screen of the size given, a window
# manager, the program, a few seconds for it to draw, xwd.
set -e
export DISPLAY=:7 NO_AT_BRIDGE=1
shoot() { xwd -root -silent | xwdtopnm 2>/dev/null | pnmtopng >"/tmp/$1"; }
screen() {
    Xvfb :7 -screen 0 "$1" -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 2
    openbox >/dev/null 2>&1 &
    wm=$!
    sleep 1
}
close() { kill "$@" "$wm" "$xvfb"; wait 2>/dev/null || true; }

screen 800x300x24
rofi -show drun -show-icons -filter partnership -theme Arc-Dark -font 'DejaVu Sans 13' \
    -theme-str 'window {width: 640px;} element-icon {size: 2em;} listview {lines: 3;}' \
    >/dev/null 2>&1 &
launcher=$!
sleep 3
shoot desktop-menu.png
close "$launcher"

screen 1440x900x24
pcmanfm --no-desktop /root/Lectures >/dev/null 2>&1 &
files=$!
sleep 4
window=$(xdotool search --sync --onlyvisible --class pcmanfm | head -n 1)
xdotool windowsize "$window" 860 520 windowmove "$window" 20 20
sleep 1
xdotool windowactivate --sync "$window" key ctrl+4 # the detailed list: the types' names
sleep 1
xdotool mousemove 300 200 click 1 # the third row: thirty-years.petour.json
sleep 1
xdotool click 3
sleep 1
shoot desktop-file-manager-full.png
xdotool key Escape
sleep 1
xdotool mousemove 300 200 click --repeat 2 --delay 120 1
sleep 8
shoot desktop-open-tour.png
close "$files"
EOF
chmod +x "$root/tmp/screenshots.sh"
in_root /tmp/screenshots.sh
# The file manager's part of its screen.
in_root sh -c 'pngtopnm /tmp/desktop-file-manager-full.png | pnmcut 0 0 900 560 |
    pnmtopng >/tmp/desktop-file-manager.png'
for picture in desktop-menu.png desktop-file-manager.png desktop-open-tour.png; do
    cp "$root/tmp/$picture" "$out/$picture"
    echo "$out/$picture"
done
