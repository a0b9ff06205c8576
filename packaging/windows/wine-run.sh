#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a Windows program under Wine: the test runner of the mingw preset
# (CMAKE_CROSSCOMPILING_EMULATOR in cmake/mingw-w64-x86_64.cmake).
#   WINEPREFIX  the Wine prefix (the toolchain passes one in the MinGW cache)
#   WINE        the wine64 program (default: wine64 on PATH, else /usr/lib/wine/wine64)
# Wine's debug chatter is off. The first run starts Wine's server and its background services
# detached from our output and kept for a minute: a service started by a test would hold the
# test's output open (CTest then waits for it to end), and hundreds of test runs would each pay
# for starting Wine.
set -eu
export WINEDEBUG=${WINEDEBUG:--all}
export WINEPREFIX=${WINEPREFIX:-$HOME/.wine}
wine=${WINE:-$(command -v wine64 || echo /usr/lib/wine/wine64)}
server=$(dirname "$wine")/wineserver
[ -x "$server" ] || server=$(dirname "$wine")/wineserver64

mkdir -p "$WINEPREFIX"
# Wine's server listens on <dir>/server-<device>-<inode of the prefix>/socket, <dir> being
# /tmp/.wine-<uid> (or /tmp/wine-XXXXXX in Debian's build).
running=no
name=$(stat -c '%D %i' "$WINEPREFIX" | awk '{ printf "server-%s-%x", $1, $2 }')
for socket in "/tmp/.wine-$(id -u)/$name/socket" /tmp/wine-*/"$name"/socket; do
    [ -S "$socket" ] && running=yes
done
if [ "$running" = no ]; then
    "$server" -p60 </dev/null >/dev/null 2>&1 || true
    "$wine" wineboot </dev/null >/dev/null 2>&1 || true
fi
exec "$wine" "$@"
