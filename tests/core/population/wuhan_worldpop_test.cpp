// SPDX-License-Identifier: GPL-3.0-or-later
// The real WorldPop grid of Wuhan (people aged 20 and over, 3 arc-second cells), checked against
// the figures in shared/data/population/PROVENANCE.md, which were taken with gdalinfo and
// gdallocationinfo.
#include <chrono>
#include <cmath>

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"
#include "core/population/population_grid.h"
#include "tests/support/test_data.h"

namespace yike::population {
namespace {

std::filesystem::path wuhanGrid() {
    return yike::test::sharedPath(
        "data/population/wuhan-worldpop-age20plus/wuhan_pop_age20plus_sum.tif");
}

/// The box `halfSideM` metres around `centre` on every side.
geo::BoundingBox around(geo::LonLat centre, double halfSideM) {
    const geo::LocalFrame frame(centre);
    const geo::LonLat sw = frame.toLonLat({-halfSideM, -halfSideM});
    const geo::LonLat ne = frame.toLonLat({halfSideM, halfSideM});
    return {sw.lon, sw.lat, ne.lon, ne.lat};
}

/// The cell of `window` whose outline holds `p`, or null.
const GridCell* cellAt(const GridWindow& window, geo::LonLat p) {
    for (const GridCell& cell : window.cells) {
        const geo::BoundingBox box = geo::boundsOf(cell.outline);
        if (p.lon >= box.minLon && p.lon < box.maxLon && p.lat > box.minLat && p.lat <= box.maxLat)
            return &cell;
    }
    return nullptr;
}

/// The cell holding `p` has the value gdallocationinfo gave there (rounded to 0.1) and lies at
/// the column and row it reported.
void expectCellAt(const GridWindow& window, geo::LonLat p, double value, int column, int row) {
    const GridCell* cell = cellAt(window, p);
    ASSERT_NE(cell, nullptr) << "no cell with people at " << p.lon << ", " << p.lat;
    EXPECT_NEAR(cell->value, value, 0.05);
    EXPECT_EQ(cell->column, column);
    EXPECT_EQ(cell->row, row);
}

TEST(WuhanWorldPop, HeaderMatchesItsProvenance) {
    const auto file = wuhanGrid();
    YIKE_REQUIRE_SHARED_FILE(file);
    const GridInfo info = readGridInfo(file);
    EXPECT_EQ(info.crs, "WGS 84 (EPSG:4326)");
    EXPECT_EQ(info.columns, 1662);
    EXPECT_EQ(info.rows, 1668);
    EXPECT_NEAR(info.cellWidth, 0.000833333, 1e-9);
    EXPECT_NEAR(info.cellHeight, 0.000833333, 1e-9);
    EXPECT_EQ(info.cellUnit, "degree");
    EXPECT_NEAR(info.boundsWgs84.minLon, 113.6920829, 1e-7);
    EXPECT_NEAR(info.boundsWgs84.maxLon, 115.0770829, 1e-7);
    EXPECT_NEAR(info.boundsWgs84.minLat, 29.9720834, 1e-7);
    EXPECT_NEAR(info.boundsWgs84.maxLat, 31.3620834, 1e-7);
    ASSERT_TRUE(info.noData.has_value());
    EXPECT_NEAR(*info.noData, -3.4e38, 1e32);
    EXPECT_NEAR(info.approxCellAreaM2, 7400.0, 200.0) << "about 80 m × 93 m";
    EXPECT_EQ(info.bandCount, 1);
    EXPECT_EQ(info.bandDescription, "pop_age20plus_sum");
    EXPECT_EQ(info.dataType, "Float32");
    EXPECT_EQ(info.metadata.count("SOURCE"), 1u);
    EXPECT_EQ(info.metadata.count("LICENSE"), 1u);
    EXPECT_EQ(info.metadata.at("UNITS"), "persons aged 20+ per grid cell");
}

TEST(WuhanWorldPop, TwoKilometresAroundJianghanReadOnlyTheirBlock) {
    const auto file = wuhanGrid();
    YIKE_REQUIRE_SHARED_FILE(file);
    const geo::LonLat centre{114.27, 30.59};
    const auto start = std::chrono::steady_clock::now();
    const GridWindow w = readPopulationGrid(file, around(centre, 1000.0));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    // About 25 × 22 cells of 80 m × 93 m, and one more around: never the 2.8 million of the file.
    EXPECT_LT(w.cellsInWindow, 800);
    EXPECT_GT(w.cellsInArea, 500);
    EXPECT_LT(seconds, 5.0) << "loose: a window of a few hundred cells, even under ASan";
    EXPECT_EQ(w.cellsInArea, static_cast<std::int64_t>(w.cells.size()) + w.noDataCells
                                 + w.negativeCells + w.zeroCells);
    EXPECT_EQ(w.negativeCells, 0);
    double total = 0.0;
    for (const GridCell& cell : w.cells) {
        EXPECT_GE(cell.value, 1.6);
        EXPECT_LE(cell.value, 180.0);
        total += cell.value;
    }
    EXPECT_EQ(w.total, total);

    expectCellAt(w, centre, 111.1, 693, 926);
}

TEST(WuhanWorldPop, TheHuananMarketCellHoldsItsSpotCheckValue) {
    const auto file = wuhanGrid();
    YIKE_REQUIRE_SHARED_FILE(file);
    const geo::LonLat market{114.257, 30.619};
    expectCellAt(readPopulationGrid(file, around(market, 150.0)), market, 163.5, 677, 891);
}

TEST(WuhanWorldPop, NoDataCellsAreCountedNotReturned) {
    const auto file = wuhanGrid();
    YIKE_REQUIRE_SHARED_FILE(file);
    // 113.80 E 31.30 N is NoData in the provenance's spot checks: nobody is placed there.
    const geo::LonLat empty{113.80, 31.30};
    const GridWindow w = readPopulationGrid(file, around(empty, 30.0));
    EXPECT_GE(w.cellsInArea, 1);
    EXPECT_EQ(cellAt(w, empty), nullptr);
    EXPECT_GE(w.noDataCells, 1);
}

TEST(WuhanWorldPop, TheWholeRasterSumsToItsProvenanceTotal) {
    const auto file = wuhanGrid();
    YIKE_REQUIRE_SHARED_FILE(file);
    const GridWindow w = readPopulationGrid(file, readGridInfo(file).boundsWgs84);
    EXPECT_EQ(w.cellsInArea, 1662 * 1668);
    EXPECT_EQ(w.cells.size(), 494676u) << "17.84 % of the cells";
    EXPECT_EQ(w.noDataCells, 1662 * 1668 - 494676);
    EXPECT_NEAR(w.total, 9491334.0, 1.0) << "people aged 20 and over";
}

}  // namespace
}  // namespace yike::population
