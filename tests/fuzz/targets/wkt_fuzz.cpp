// SPDX-License-Identifier: GPL-3.0-or-later
// WKT geometry columns of CSV files: any text. parseWkt answers nothing (empty), a geometry,
// or WktError.
#include "core/exchange/wkt.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)yike::exchange::parseWkt(yike::fuzz::bytes(data, size));
    } catch (const yike::exchange::WktError&) {
    }
    return 0;
}
