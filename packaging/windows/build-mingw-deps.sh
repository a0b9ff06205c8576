#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libraries the core and yike-cli need for 64-bit Windows (MinGW-w64, POSIX threads)
# from Debian's own sources, into a cache that later runs reuse:
#
#   $YIKE_MINGW_CACHE (default ~/.cache/yike/mingw)
#     prefix/         static SQLite, expat, bzip2 and GoogleTest (headers, lib*.a, CMake files)
#     host-include/   links to the host's header-only libraries: Boost, nlohmann-json,
#                     libosmium, protozero (never all of /usr/include: glibc's headers would
#                     break a Windows build)
#     src/            the Debian source packages, unpacked
#     wine/           the Wine prefix the tests run in
#
# zlib is Debian's own MinGW package (libz-mingw-w64-dev). GDAL and CBC have no MinGW build
# in Debian and are left out; the Windows build says so where they would be used.
#
# Usage: packaging/windows/build-mingw-deps.sh        (then: cmake --preset mingw)
# Needs: g++-mingw-w64-x86-64-posix libz-mingw-w64-dev wine64 dpkg-dev tcl cmake ninja-build,
# the host's libboost-dev nlohmann-json3-dev libosmium2-dev libprotozero-dev googletest, and a
# deb-src line for bookworm (apt-get source sqlite3 must work).
set -eu

cache=${YIKE_MINGW_CACHE:-$HOME/.cache/yike/mingw}
prefix=$cache/prefix
host=x86_64-w64-mingw32
cc=$host-gcc-posix
cxx=$host-g++-posix
jobs=${JOBS:-$(nproc)}

say() { printf '%s\n' "build-mingw-deps: $*" >&2; }
die() { say "$*"; exit 1; }

for tool in "$cc" "$cxx" "$host-ar" dpkg-source apt-get tclsh cmake ninja; do
    command -v "$tool" >/dev/null 2>&1 || die "missing $tool; install with: apt-get install \
g++-mingw-w64-x86-64-posix libz-mingw-w64-dev wine64 dpkg-dev tcl cmake ninja-build"
done
[ -f "/usr/$host/include/zlib.h" ] || die "missing zlib for MinGW: apt-get install libz-mingw-w64-dev"
[ -f /usr/src/googletest/CMakeLists.txt ] || die "missing GoogleTest sources: apt-get install googletest"

mkdir -p "$cache/src" "$prefix/include" "$prefix/lib"

# fetch <source package>: downloads and unpacks the newest bookworm version the mirror serves
# into src/, once; prints the unpacked folder.
fetch() {
    versions=$(apt-cache showsrc "$1" 2>/dev/null | sed -n 's/^Version: //p' | sort -Vr | uniq)
    [ -n "$versions" ] || die "apt knows no source of $1: add a deb-src line for bookworm \
(Types: deb-src in /etc/apt/sources.list.d/) and run apt-get update"
    for version in $versions; do
        upstream=${version#*:}
        upstream=${upstream%-*}
        dir=$cache/src/$1-$upstream
        [ -d "$dir" ] && { printf '%s\n' "$dir"; return; }
        say "fetching $1 $version"
        if (cd "$cache/src" && apt-get source --download-only -qq "$1=$version" >&2); then
            (cd "$cache/src" && dpkg-source --no-check -x "$1_${version#*:}.dsc" "$dir" >&2)
            printf '%s\n' "$dir"
            return
        fi
        say "the mirror does not serve $1 $version; trying an older version"
    done
    die "no source of $1 could be downloaded"
}

# built <name> <version>: true when that version is already in the prefix.
built() { [ -f "$prefix/.built-$1" ] && [ "$(cat "$prefix/.built-$1")" = "$2" ]; }
mark() { printf '%s\n' "$2" > "$prefix/.built-$1"; }

cmake_cross() {
    cmake -G Ninja -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_SYSTEM_PROCESSOR=x86_64 \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_COMPILER="$cxx" \
        -DCMAKE_RC_COMPILER="$host-windres" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DBUILD_SHARED_LIBS=OFF "$@"
}

# SQLite: the amalgamation is generated from Debian's source tree (with the host's tclsh), then
# compiled with the options of Debian's own build (debian/rules), so a project file behaves
# alike (R*Tree for GeoPackage spatial indexes, JSON, secure delete, ...).
src=$(fetch sqlite3)
if ! built sqlite3 "$src"; then
    say "building SQLite"
    rm -rf "$src/build-mingw" && mkdir "$src/build-mingw"
    # The amalgamation is the same C source for every platform: generate it with a native
    # configuration, then cross-compile it.
    (cd "$src/build-mingw" && ../configure --disable-tcl >/dev/null \
        && make -j"$jobs" sqlite3.c >/dev/null)
    "$cc" -O2 -fno-strict-aliasing -c "$src/build-mingw/sqlite3.c" \
        -o "$src/build-mingw/sqlite3.o" \
        -DSQLITE_SECURE_DELETE -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
        -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_RTREE=1 -DSQLITE_SOUNDEX=1 \
        -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_OMIT_LOOKASIDE=1 -DSQLITE_ENABLE_DBSTAT_VTAB \
        -DSQLITE_ALLOW_ROWID_IN_VIEW -DSQLITE_ENABLE_UPDATE_DELETE_LIMIT=1 \
        -DSQLITE_ENABLE_LOAD_EXTENSION -DSQLITE_ENABLE_JSON1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
        -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_FTS3_TOKENIZER=1 -DSQLITE_USE_URI=1 \
        -DSQLITE_MAX_SCHEMA_RETRY=25 -DSQLITE_ENABLE_PREUPDATE_HOOK -DSQLITE_ENABLE_SESSION \
        -DSQLITE_ENABLE_STMTVTAB -DSQLITE_MAX_VARIABLE_NUMBER=250000 \
        -DSQLITE_ENABLE_MATH_FUNCTIONS
    rm -f "$prefix/lib/libsqlite3.a"
    "$host-ar" rcs "$prefix/lib/libsqlite3.a" "$src/build-mingw/sqlite3.o"
    cp "$src/build-mingw/sqlite3.h" "$src/src/sqlite3ext.h" "$prefix/include/"
    mark sqlite3 "$src"
fi

# expat: its own CMake build, static (users define XML_STATIC, see the toolchain file).
src=$(fetch expat)
if ! built expat "$src"; then
    say "building expat"
    top=$src
    [ -f "$top/CMakeLists.txt" ] || top=$src/expat
    cmake_cross -S "$top" -B "$src/build-mingw" -DEXPAT_SHARED_LIBS=OFF \
        -DEXPAT_BUILD_TOOLS=OFF -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF \
        -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_PKGCONFIG=OFF >/dev/null
    # Debian's security patches test "#if XML_DTD == 1", as autotools defines it; CMake's
    # configuration defines XML_DTD empty.
    sed -i 's/^#define XML_DTD$/#define XML_DTD 1/' "$src/build-mingw/expat_config.h"
    cmake --build "$src/build-mingw" -j "$jobs" >/dev/null
    cmake --install "$src/build-mingw" >/dev/null
    mark expat "$src"
fi

# bzip2: the library's seven sources (users define BZ_EXPORT, see the toolchain file).
src=$(fetch bzip2)
if ! built bzip2 "$src"; then
    say "building bzip2"
    rm -rf "$src/build-mingw" && mkdir "$src/build-mingw"
    for unit in blocksort huffman crctable randtable compress decompress bzlib; do
        "$cc" -O2 -DBZ_EXPORT -c "$src/$unit.c" -o "$src/build-mingw/$unit.o"
    done
    rm -f "$prefix/lib/libbz2.a"
    "$host-ar" rcs "$prefix/lib/libbz2.a" "$src"/build-mingw/*.o
    cp "$src/bzlib.h" "$prefix/include/"
    mark bzip2 "$src"
fi

# GoogleTest and GoogleMock from Debian's googletest package (/usr/src/googletest).
gtest_version=$(dpkg-query -W -f '${Version}' googletest)
if ! built googletest "$gtest_version"; then
    say "building GoogleTest $gtest_version"
    rm -rf "$cache/src/googletest-build"
    cmake_cross -S /usr/src/googletest -B "$cache/src/googletest-build" -DBUILD_GMOCK=ON \
        -DINSTALL_GTEST=ON >/dev/null
    cmake --build "$cache/src/googletest-build" -j "$jobs" >/dev/null
    cmake --install "$cache/src/googletest-build" >/dev/null
    mark googletest "$gtest_version"
fi

# The host's header-only libraries, each linked on its own.
mkdir -p "$cache/host-include"
for lib in boost nlohmann osmium protozero; do
    [ -d "/usr/include/$lib" ] || die "missing /usr/include/$lib (install the host's -dev package)"
    ln -sfn "/usr/include/$lib" "$cache/host-include/$lib"
done

# nlohmann-json's CMake package, pointing at the linked headers instead of /usr/include.
json_dir=$prefix/lib/cmake/nlohmann_json
mkdir -p "$json_dir"
cp /usr/share/cmake/nlohmann_json/nlohmann_jsonConfigVersion.cmake "$json_dir/"
cat > "$json_dir/nlohmann_jsonConfig.cmake" <<CONFIG
# Written by packaging/windows/build-mingw-deps.sh: the host's header-only nlohmann-json.
if(NOT TARGET nlohmann_json::nlohmann_json)
    add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
    set_target_properties(nlohmann_json::nlohmann_json PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "$cache/host-include")
endif()
CONFIG

say "done: $prefix"
