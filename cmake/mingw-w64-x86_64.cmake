# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compiling the core and yike-cli for 64-bit Windows with Debian's MinGW-w64 (the POSIX
# threads variant, for std::thread), against the libraries that
# packaging/windows/build-mingw-deps.sh builds into its cache. Executables are linked
# statically, so they run without MinGW's DLLs beside them; ctest runs the tests under Wine.
# Used by the `mingw` preset: cmake --preset mingw && cmake --build --preset mingw &&
# ctest --preset mingw.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

if(DEFINED ENV{YIKE_MINGW_CACHE})
    set(yike_mingw_default "$ENV{YIKE_MINGW_CACHE}")
else()
    set(yike_mingw_default "$ENV{HOME}/.cache/yike/mingw")
endif()
set(YIKE_MINGW_CACHE "${yike_mingw_default}" CACHE PATH
    "Libraries built by packaging/windows/build-mingw-deps.sh")
if(NOT EXISTS "${YIKE_MINGW_CACHE}/prefix/lib/libsqlite3.a")
    message(FATAL_ERROR "No MinGW libraries in ${YIKE_MINGW_CACHE}: run "
        "packaging/windows/build-mingw-deps.sh first")
endif()

# Libraries and headers for Windows only: MinGW's own and the cache's, never the host's.
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 "${YIKE_MINGW_CACHE}/prefix")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(ENV{PKG_CONFIG_LIBDIR} "${YIKE_MINGW_CACHE}/prefix/lib/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

# The host's header-only libraries (Boost, nlohmann-json, libosmium, protozero), through the
# cache's folder of links to them: all of /usr/include would bring glibc's headers along.
set(CMAKE_CXX_STANDARD_INCLUDE_DIRECTORIES "${YIKE_MINGW_CACHE}/host-include")
set(Boost_INCLUDE_DIR "${YIKE_MINGW_CACHE}/host-include" CACHE PATH "Boost headers (host)")
set(Boost_NO_BOOST_CMAKE ON)
set(ZLIB_USE_STATIC_LIBS ON)

# expat and bzip2 are static libraries here: their headers must not expect a DLL. windows.h
# (which bzlib.h includes) must leave min and max alone.
set(CMAKE_C_FLAGS_INIT "-DXML_STATIC -DBZ_EXPORT -DNOMINMAX")
set(CMAKE_CXX_FLAGS_INIT "-DXML_STATIC -DBZ_EXPORT -DNOMINMAX")
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")

# Tests (and gtest_discover_tests) run the .exe files under Wine, in the cache's own prefix.
find_program(YIKE_WINE NAMES wine64 PATHS /usr/lib/wine NO_CMAKE_FIND_ROOT_PATH)
if(YIKE_WINE)
    set(CMAKE_CROSSCOMPILING_EMULATOR env "WINEPREFIX=${YIKE_MINGW_CACHE}/wine"
        "WINE=${YIKE_WINE}" "${CMAKE_CURRENT_LIST_DIR}/../packaging/windows/wine-run.sh")
endif()
