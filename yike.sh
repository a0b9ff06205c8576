#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   ./yike.sh demo   install what is missing, build, run the app on the built-in sample district
#                    (headless: run the command-line pipeline on it and print where outputs are)
#   ./yike.sh test   install what is missing, build, run the whole test suite
#   ./yike.sh build  install what is missing and build (developer build in build/dev)
#   ./yike.sh deps   only install the Debian packages
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

# Debian 12 packages: toolchain, libraries (libgdal-dev reads population rasters, CBC proves
# proposals optimal, libqrencode draws QR codes on printed pages), fonts for Chinese text
# (WenQuanYi Micro Hei is the face of printed pages and proposal reports: PDF readers extract
# its text correctly), and what the tests use (gdal-bin for ogrinfo, poppler-utils to read PDFs,
# Xvfb for real-window checks, networkx/igraph for the benchmark comparison).
DEPS=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-svg-dev
    qt6-positioning-dev qt6-charts-dev qt6-translations-l10n libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libboost-dev nlohmann-json3-dev libgtest-dev libgmock-dev
    libosmium2-dev libprotozero-dev zlib1g-dev libbz2-dev libexpat1-dev liblz4-dev libgdal-dev
    coinor-libcbc-dev libqrencode-dev
    gdal-bin fonts-noto-cjk fonts-wqy-microhei poppler-utils xvfb xauth python3 python3-networkx python3-igraph python3-gdal
)

log() { printf '[yike] %s\n' "$*"; }

install_deps() {
    local missing=()
    for pkg in "${DEPS[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { log "need root or sudo to install: ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

ncpu() { nproc 2>/dev/null || echo 2; }

build_preset() {  # build_preset NAME [extra cmake args...]
    local preset=$1; shift
    cmake --preset "$preset" "$@" >/dev/null
    cmake --build --preset "$preset" -j "$(ncpu)"
}

cmd_build() {
    install_deps
    build_preset dev
}

cmd_demo() {
    install_deps
    build_preset dev
    local bin=build/dev/app
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        log "starting the workstation on the built-in sample district"
        exec "$bin/yike/yike" "$@"
    fi
    log "no display: running the command-line pipeline on the sample district"
    local out=build/demo
    mkdir -p "$out"
    "$bin/cli/yike-cli" sample --out "$out/sample.yike" --force
    "$bin/cli/yike-cli" info "$out/sample.yike"
    log "outputs:"
    log "  project file (GeoPackage, opens in QGIS): $PWD/$out/sample.yike"
}

cmd_test() {
    install_deps
    # 1. Core under AddressSanitizer + UndefinedBehaviorSanitizer.
    log "core tests under ASan + UBSan"
    build_preset asan
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build/asan -L core --output-on-failure -j "$(ncpu)"
    # 2. Everything, warnings as errors. Its CTest summary is the last thing printed.
    log "full suite (warnings are errors)"
    build_preset ci
    ctest --test-dir build/ci --output-on-failure -j "$(ncpu)"
}

case "${1:-}" in
    demo) shift; cmd_demo "$@" ;;
    test) shift; cmd_test "$@" ;;
    build) shift; cmd_build "$@" ;;
    deps) shift; install_deps ;;
    *) echo "usage: $0 demo|test|build|deps" >&2; exit 2 ;;
esac
