#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging check, outside the README's test command: builds the Debian package from a
# stripped Release build (the `package` preset), checks it with lintian and the desktop,
# AppStream and MIME validators, then installs it with apt into a clean Debian 12 root made by
# debootstrap (cached between runs) and there writes the sample district with yike-cli and
# opens the window under Xvfb in Chinese, saving a screenshot.
#
#   packaging/check-package.sh [--no-root]     (as root: debootstrap and chroot need it)
#
# Environment: YIKE_ROOT_CACHE (default ~/.cache/yike/bookworm-root), YIKE_MIRROR (default
# http://deb.debian.org/debian).
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."

log() { printf '[package] %s\n' "$*"; }
need() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] || apt-get install -y --no-install-recommends "${missing[@]}"
}

with_root=1
[ "${1:-}" = "--no-root" ] && with_root=0

./yike.sh deps
need lintian desktop-file-utils appstream shared-mime-info libxml2-utils debootstrap
cmake --preset package >/dev/null
cmake --build --preset package
rm -f build/package/yike_*.deb
(cd build/package && cpack -G DEB >/dev/null)
deb=$(ls build/package/yike_*.deb)
log "built $deb ($(du -h "$deb" | cut -f1); installed size $(dpkg-deb -f "$deb" Installed-Size) KiB)"
log "Depends: $(dpkg-deb -f "$deb" Depends)"

log "lintian (errors fail the check)"
lintian --fail-on error "$deb" || { log "lintian found errors"; exit 1; }
desktop-file-validate packaging/org.yike.Yike.desktop
appstreamcli validate --no-net build/package/packaging/org.yike.Yike.metainfo.xml
xmllint --noout packaging/org.yike.Yike.mime.xml
log "desktop entry, AppStream metadata and MIME type validate"

[ "$with_root" = 1 ] || exit 0
[ "$(id -u)" = 0 ] || { log "the clean-root install needs root; run with --no-root to skip it"; exit 1; }
cache=${YIKE_ROOT_CACHE:-$HOME/.cache/yike/bookworm-root}
mirror=${YIKE_MIRROR:-http://deb.debian.org/debian}
if [ ! -x "$cache/usr/bin/apt-get" ]; then
    log "making a clean Debian 12 root in $cache (once; cached)"
    rm -rf "$cache.tmp"
    debootstrap --variant=minbase bookworm "$cache.tmp" "$mirror" >/dev/null
    mv "$cache.tmp" "$cache"
fi
root=$(mktemp -d /tmp/yike-root.XXXXXX)
cleanup() {
    for m in proc sys dev; do umount -l "$root/$m" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
cp -a "$cache/." "$root/"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
log "apt install ./$(basename "$deb") in the clean root"
chroot "$root" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; exit 1; }"
chroot "$root" yike-cli sample --out /tmp/sample.yike
chroot "$root" yike-cli info /tmp/sample.yike
chroot "$root" bash -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq shared-mime-info >/dev/null
    grep "application/x-yike-project" /usr/share/mime/globs2'
log "opening the window under Xvfb in Chinese"
chroot "$root" bash -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth imagemagick >/dev/null"
chroot "$root" bash -c 'export HOME=/tmp/home; mkdir -p $HOME; xvfb-run -a -s "-screen 0 1400x900x24" bash -c "yike --lang zh /tmp/sample.yike & sleep 8; import -window root /tmp/window.png; kill %1"'
cp "$root/tmp/window.png" build/package/clean-root-window.png
log "screenshot: build/package/clean-root-window.png"
