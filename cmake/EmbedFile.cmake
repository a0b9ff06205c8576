# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DINPUT=file -DOUTPUT=file.cpp -DSYMBOL=name -DNAMESPACE=ns -P EmbedFile.cmake
# Writes a C++ source defining `extern const std::string_view NAMESPACE::SYMBOL` with the
# bytes of INPUT (as an array, so no compiler limit on string literal length applies).
cmake_minimum_required(VERSION 3.25)
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
string(REGEX REPLACE "(('\\\\x[0-9a-f][0-9a-f]',){16})" "\\1\n    " bytes "${bytes}")
math(EXPR size "${hex_length} / 2")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT}; do not edit.
#include <string_view>
namespace ${NAMESPACE} {
namespace {
const char kData[${size} + 1] = {
    ${bytes} '\\0'};
}  // namespace
extern const std::string_view ${SYMBOL};
const std::string_view ${SYMBOL}(kData, ${size});
}  // namespace ${NAMESPACE}
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
