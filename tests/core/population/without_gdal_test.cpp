// SPDX-License-Identifier: GPL-3.0-or-later
// A build without GDAL (YIKE_WITH_GDAL OFF) refuses every raster with NotSupported, the reason
// the interface words as "this build cannot read rasters".
#include <string>

#include <gtest/gtest.h>

#include "core/population/population_grid.h"

namespace yike::population {
namespace {

void expectNotSupported(void (*read)()) {
    try {
        read();
        ADD_FAILURE() << "the raster was read";
    } catch (const GridReadError& e) {
        EXPECT_EQ(e.reason(), GridReadError::Reason::NotSupported);
        EXPECT_NE(std::string(e.what()).find("worldpop.tif"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("cannot read rasters"), std::string::npos)
            << e.what();
    }
}

TEST(PopulationGridWithoutGdal, EveryReadIsRefusedAsNotSupported) {
    expectNotSupported([] { readGridInfo("worldpop.tif"); });
    expectNotSupported([] {
        readPopulationGrid("worldpop.tif", geo::BoundingBox{118.7, 32.0, 118.8, 32.1});
    });
}

}  // namespace
}  // namespace yike::population
