# shellcheck shell=bash
# Sourced by test-install.sh and desktop-screenshots.sh: a fresh Debian 12 to install the
# package in. Needs root (chroot, mount) and debootstrap.
#
#   debian_root_enter PACKAGE.deb   sets $root: a new copy of the system, with /proc, /dev and
#                                   apt's package cache mounted, the .deb in /tmp; it is
#                                   unmounted and removed when the script exits
#   in_root COMMAND...              runs COMMAND there, in a clean environment
#
# The system is a minimal debootstrap of bookworm (from PE_DEBIAN_MIRROR, by default
# deb.debian.org), made once and kept as a tarball beside the package (debian-12/), with the
# packages apt downloads into it; every copy is unpacked afresh, so nothing installed by an
# earlier run is there.

debian_root_enter() {
    local deb cache base mirror
    deb=$(realpath "$1")
    cache=$(dirname "$deb")/debian-12
    base=$cache/bookworm-minbase.tar
    mirror=${PE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
    mkdir -p "$cache/archives/partial"
    if [[ ! -f $base ]]; then
        echo "--- debootstrap (once; kept as $base)"
        rm -rf "$cache/bootstrap"
        debootstrap --variant=minbase bookworm "$cache/bootstrap" "$mirror"
        tar -C "$cache/bootstrap" -cf "$base.part" .
        mv "$base.part" "$base"
        rm -rf "$cache/bootstrap"
    fi

    root=$(mktemp -d "$cache/root.XXXXXX")
    debian_root_mounts=()
    trap debian_root_leave EXIT
    tar -C "$root" -xf "$base"
    debian_root_mount -t proc proc "$root/proc"
    debian_root_mount --bind /dev "$root/dev"
    debian_root_mount --bind /dev/pts "$root/dev/pts" # apt's terminal log
    debian_root_mount --bind "$cache/archives" "$root/var/cache/apt/archives"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    cat >"$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
SOURCES
    cp "$deb" "$root/tmp/"
    mkdir -m 0700 "$root/tmp/runtime"
    in_root apt-get update -q
}

debian_root_mount() {
    mount "$@"
    debian_root_mounts+=("${*: -1}")
}

debian_root_leave() {
    local i
    for ((i = ${#debian_root_mounts[@]} - 1; i >= 0; i--)); do
        umount "${debian_root_mounts[i]}" || umount -l "${debian_root_mounts[i]}" || true
    done
    rm -rf --one-file-system "$root"
}

# Nothing of the host's environment (display, Qt platform, locale) leaks in.
in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/runtime DEBIAN_FRONTEND=noninteractive "$@"
}
