// SPDX-License-Identifier: GPL-3.0-or-later
// The raster reader of a build without GDAL (YIKE_WITH_GDAL OFF): every read is refused with
// Reason::NotSupported, which the interface and yike-cli word as "this build cannot read
// rasters". population_grid.cpp is the reader.
#include "core/platform/utf8_path.h"
#include "core/population/population_grid.h"

namespace yike::population {
namespace {

[[noreturn]] void refuse(const std::filesystem::path& file) {
    throw GridReadError(GridReadError::Reason::NotSupported,
                        "cannot read '" + platform::utf8FromPath(file)
                            + "': this build of Yike cannot read rasters (it was built without "
                              "GDAL)");
}

}  // namespace

GridWindow readPopulationGrid(const std::filesystem::path& file, const geo::BoundingBox&,
                              const std::atomic<bool>*, const std::function<void(double)>&) {
    refuse(file);
}

GridInfo readGridInfo(const std::filesystem::path& file) {
    refuse(file);
}

}  // namespace yike::population
