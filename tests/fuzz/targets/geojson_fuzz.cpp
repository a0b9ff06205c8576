// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON from other tools: any bytes. A refusal (ExchangeError) is the reader's answer.
#include "core/exchange/exchange_error.h"
#include "core/exchange/geojson_reader.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        (void)yike::exchange::readGeoJson(yike::fuzz::bytes(data, size));
    } catch (const yike::exchange::ExchangeError&) {
    }
    return 0;
}
