#!/usr/bin/env bash
# Checks a built package as it will be installed, from its own files:
#
#   packaging/check-package.sh build-package/partnership-explorer_VERSION_ARCH.deb
#
# lintian (no error, no warning); desktop-file-validate on the desktop entry; appstreamcli
# (pedantic, offline) on the AppStream metadata and on the whole tree, which also checks the
# desktop entry and icon it names; the MIME package compiled by update-mime-database; the SVG
# icon typed by its content; the files the package holds against packaging/expected-files.txt;
# the control fields.
set -euo pipefail

if (($# != 1)) || [[ ! -f $1 ]]; then
    echo "usage: packaging/check-package.sh PACKAGE.deb" >&2
    exit 2
fi
deb=$1
here=$(cd "$(dirname "$0")" && pwd)
app_id=io.github.partnership_explorer.partnership_explorer
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "$deb" "$work/root"
status=0
fail() {
    echo "FAIL: $*" >&2
    status=1
}

echo "--- control"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends
for field in Section Maintainer Description Depends; do
    [[ -n $(dpkg-deb -f "$deb" "$field") ]] || fail "no $field field"
done
# The Qt libraries come from dpkg-shlibdeps: an empty or Qt-less Depends means it did not run.
dpkg-deb -f "$deb" Depends | grep -q libqt6charts6 || fail "Depends does not name Qt Charts"

echo "--- lintian"
# --fail-on warning: a warning is fixed, or overridden in the package with a reason.
lintian --fail-on error,warning --display-info "$deb" || fail "lintian"

echo "--- desktop-file-validate"
desktop=$work/root/usr/share/applications/$app_id.desktop
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $output"
# Its hints are advice; its warnings and errors are not accepted.
echo "$output"
grep -q "error:\|warning:" <<<"$output" && fail "desktop-file-validate warns"

echo "--- appstreamcli validate"
appstreamcli validate --pedantic --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
appstreamcli validate-tree --pedantic --no-net "$work/root" || fail "appstreamcli validate-tree"

echo "--- update-mime-database"
mkdir -p "$work/mime/packages"
cp "$work/root/usr/share/mime/packages/$app_id.xml" "$work/mime/packages/"
XDG_DATA_DIRS=$work update-mime-database "$work/mime"
for type in x-partnership-explorer-dataset x-partnership-explorer-tour; do
    [[ -f $work/mime/application/$type.xml ]] || fail "the MIME package does not define $type"
done

echo "--- icon"
# gdk-pixbuf (GTK menus, panels, file managers) types an icon by its first bytes before its
# name: an SVG whose "<svg" comes too late is application/xml there, and is not drawn.
cp "$work/root/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "$work/icon-without-name"
sniffed=$(gio info -a standard::content-type "$work/icon-without-name" | sed -n 's/.*content-type: //p')
echo "the SVG icon's content is $sniffed"
[[ $sniffed == image/svg+xml ]] || fail "the SVG icon is not recognised by its content"

echo "--- files"
# Paths without the leading ./, directories with their trailing /; a new or missing file is a
# deliberate change to expected-files.txt.
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' | LC_ALL=C sort >"$work/files.txt"
if diff -u "$here/expected-files.txt" "$work/files.txt"; then
    echo "$(wc -l <"$work/files.txt") paths as expected"
else
    fail "the package's files differ from packaging/expected-files.txt (above)"
fi

exit "$status"
