#!/usr/bin/env bash
# Installs a built package on a fresh Debian 12 and uses it there, as a user would:
#
#   packaging/test-install.sh build-package/partnership-explorer_VERSION_ARCH.deb
#
# The system is a minimal debootstrap of bookworm, made once and cached (debian-root.sh); every
# run starts from a new copy. apt installs the .deb without recommended packages: what the
# package declares must be enough. Then, inside that system: `partnership-explorer
# --version`, a headless export to PNG, the file types and the menu entry as the system
# registered them, the window started with a tour, and removal.
# Needs root (chroot, mount) and debootstrap. PE_DEBIAN_MIRROR overrides the mirror.
set -euo pipefail

if (($# != 1)) || [[ ! -f $1 ]]; then
    echo "usage: packaging/test-install.sh PACKAGE.deb" >&2
    exit 2
fi
if ((EUID != 0)); then
    echo "test-install.sh needs root (chroot and mount)" >&2
    exit 2
fi

source_dir=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=packaging/debian-root.sh
source "$source_dir/packaging/debian-root.sh"
deb=$1
app_id=io.github.partnership_explorer.partnership_explorer
start=$SECONDS
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

debian_root_enter "$deb"
cp "$source_dir/resources/tours/thirty-years.json" "$root/tmp/lecture.petour.json"
cp "$source_dir/resources/tours/thirty-years.json" "$root/tmp/plain.json"

echo "--- apt-get install ./$(basename "$deb") (no recommended packages)"
# The tools a desktop brings with it, to read back what the package registered: the MIME
# database (shared-mime-info), the menu's MIME cache (desktop-file-utils), and gio, which
# file managers use to type a file and find the application that opens it.
in_root apt-get install -y -q --no-install-recommends \
    shared-mime-info desktop-file-utils libglib2.0-bin
in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")"

echo "--- partnership-explorer --version"
version=$(in_root partnership-explorer --version 2>&1) || fail "it does not start: $version"
echo "$version"
expected=$(dpkg-deb -f "$deb" Version)
[[ $version == *"$expected"* ]] || fail "--version says \"$version\", the package is $expected"

echo "--- headless export"
in_root env QT_QPA_PLATFORM=offscreen partnership-explorer export --view turnover --format png \
    --out /tmp/x.png 2>"$root/tmp/export.err" || fail "export: $(cat "$root/tmp/export.err")"
[[ ! -s $root/tmp/export.err ]] || fail "export complained: $(cat "$root/tmp/export.err")"
description=$(file -b "$root/tmp/x.png")
echo "/tmp/x.png: $description"
[[ $description == "PNG image data, 1200 x 675"* ]] || fail "not the expected picture"
# Text needs a font, and Qt draws boxes without a word when it finds none: fontconfig must
# find one in the fresh system, and the picture must be one with text (this chart is about
# 115 kB with its text, 35 kB of boxes without).
[[ -n $(in_root fc-list) ]] || fail "no font installed: the text would be drawn as boxes"
size=$(stat -c %s "$root/tmp/x.png")
((size > 70000)) || fail "the picture is only $size bytes: drawn without text?"
grep -q "Turnover\|turnover" "$root/tmp/x.png.alt.txt" || fail "no alt text beside the picture"

echo "--- file types and menu entry"
for file_type in "/tmp/lecture.petour.json application/x-partnership-explorer-tour" \
    "/tmp/plain.json application/json"; do
    read -r path want <<<"$file_type"
    got=$(in_root gio info -a standard::content-type "$path" | sed -n 's/.*content-type: //p')
    echo "$path: $got"
    [[ $got == "$want" ]] || fail "$path is typed $got, not $want"
done
for mime in application/x-partnership-explorer-dataset application/x-partnership-explorer-tour; do
    opener=$(in_root gio mime "$mime")
    opener=${opener%%$'\n'*}
    echo "$opener"
    [[ $opener == *"$app_id.desktop"* ]] || fail "$mime does not open with the app"
done
in_root desktop-file-validate "/usr/share/applications/$app_id.desktop"
in_root partnership-explorer validate /tmp/lecture.petour.json

echo "--- the window starts with a tour, as a file manager passes it"
# The window runs until it is closed: still running after a few seconds, with nothing on
# stderr but the offscreen platform's notes, is a start that worked (a missing library or
# plugin stops it or prints).
status=0
in_root env QT_QPA_PLATFORM=offscreen timeout 8 partnership-explorer /tmp/lecture.petour.json \
    2>"$root/tmp/gui.err" || status=$?
((status == 124)) || fail "the app exited ($status): $(cat "$root/tmp/gui.err")"
complaints=$(grep -v "^This plugin does not support" "$root/tmp/gui.err" || true)
[[ -z $complaints ]] || fail "the app complained: $complaints"

echo "--- apt-get purge"
in_root apt-get purge -y -q partnership-explorer
left=$(in_root sh -c "ls /usr/bin/partnership-explorer /usr/share/applications/$app_id.desktop \
    /usr/share/mime/application/x-partnership-explorer-tour.xml 2>/dev/null" || true)
[[ -z $left ]] || fail "left behind: $left"
in_root gio mime application/x-partnership-explorer-tour | grep -q "$app_id" &&
    fail "the tour type still opens with the removed app"

echo "installed, ran and removed on a fresh Debian 12 in $((SECONDS - start)) s"
