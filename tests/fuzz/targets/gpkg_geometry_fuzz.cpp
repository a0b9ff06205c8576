// SPDX-License-Identifier: GPL-3.0-or-later
// GeoPackage geometry blobs as any tool (or a damaged file) may hold them: header and
// well-known binary, lying envelopes and counts. A refusal (GpkgGeometryError) is the answer.
#include <span>

#include "core/geo/gpkg_geometry.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace yike::geo;
    const std::span<const std::uint8_t> blob(data, size);
    try {
        (void)readGpkgHeader(blob);
    } catch (const GpkgGeometryError&) {
    }
    try {
        (void)decodeGpkgGeometry(blob);
    } catch (const GpkgGeometryError&) {
    }
    try {
        (void)gpkgExtent(blob);
    } catch (const GpkgGeometryError&) {
    }
    return 0;
}
