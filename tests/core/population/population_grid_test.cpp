// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population/population_grid.h"

#include <cmath>
#include <fstream>
#include <limits>
#include <numbers>
#include <set>
#include <utility>

#include <gtest/gtest.h>

#include "core/geo/local_frame.h"
#include "core/population/cell_geometry.h"
#include "tests/core/population/grid_files.h"
#include "tests/support/test_data.h"

namespace yike::population {
namespace {

using test::GridSpec;
using test::writeGeoTiff;
using yike::test::ScratchDir;

// ---- A lon/lat grid with known values ----

// 8 × 6 cells of 1/1024° (about 90 m × 110 m) near Wuhan. The cell size and origin are exact
// binary fractions, so every corner the reader computes can be compared exactly.
constexpr double kCell = 1.0 / 1024.0;
constexpr double kLeft = 114.25;
constexpr double kTop = 30.625;
constexpr int kColumns = 8;
constexpr int kRows = 6;
constexpr double kNoData = -99999.0;

float knownValue(int column, int row) {
    if ((column == 2 && row == 1) || (column == 5 && row == 3)) return static_cast<float>(kNoData);
    if (column == 7 && row == 5) return std::numeric_limits<float>::quiet_NaN();
    if (column == 6 && row == 0) return -4.0f;
    if (column == 0 && row == 5) return 0.0f;
    return static_cast<float>(row * kColumns + column + 1) * 0.5f;
}

bool holdsPeople(int column, int row) {
    const float v = knownValue(column, row);
    return !std::isnan(v) && v > 0.0f;
}

GridSpec knownGrid() {
    GridSpec spec;
    spec.columns = kColumns;
    spec.rows = kRows;
    for (int r = 0; r < kRows; ++r)
        for (int c = 0; c < kColumns; ++c) spec.values.push_back(knownValue(c, r));
    spec.epsg = 4326;
    spec.geoTransform = test::northUp(kLeft, kTop, kCell, kCell);
    spec.noData = kNoData;
    spec.metadata = {{"SOURCE", "hand-made test grid"}, {"UNITS", "people per cell"}};
    spec.bandDescription = "people";
    return spec;
}

geo::LonLat corner(double column, double row) {
    return {kLeft + column * kCell, kTop - row * kCell};
}

/// The box between the grid lines `firstColumn` and `lastColumn`, `firstRow` and `lastRow`
/// of the known grid (fractions cut cells; lines outside the grid are allowed).
geo::BoundingBox cellBox(double firstColumn, double firstRow, double lastColumn, double lastRow) {
    return {kLeft + firstColumn * kCell, kTop - lastRow * kCell, kLeft + lastColumn * kCell,
            kTop - firstRow * kCell};
}

const geo::BoundingBox kWholeKnownGrid = cellBox(0, 0, kColumns, kRows);

std::set<std::pair<int, int>> positionsOf(const GridWindow& window) {
    std::set<std::pair<int, int>> positions;
    for (const GridCell& cell : window.cells) positions.insert({cell.column, cell.row});
    return positions;
}

class PopulationGrid : public ::testing::Test {
protected:
    std::filesystem::path write(const std::string& name, const GridSpec& spec) {
        const auto path = m_dir / name;
        writeGeoTiff(path, spec);
        return path;
    }
    std::filesystem::path writeText(const std::string& name, const std::string& text) {
        const auto path = m_dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    ScratchDir m_dir;
};

TEST_F(PopulationGrid, ReadsEveryCellOfALonLatGridExactly) {
    const GridWindow w = readPopulationGrid(write("known.tif", knownGrid()), kWholeKnownGrid);

    EXPECT_EQ(w.cellsInWindow, kColumns * kRows);
    EXPECT_EQ(w.cellsInArea, kColumns * kRows);
    EXPECT_EQ(w.noDataCells, 3) << "two NoData cells and a NaN";
    EXPECT_EQ(w.negativeCells, 1);
    EXPECT_EQ(w.zeroCells, 1);
    ASSERT_EQ(w.cells.size(), static_cast<std::size_t>(kColumns * kRows - 5));

    double expectedTotal = 0.0;
    std::size_t i = 0;
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            if (!holdsPeople(c, r)) continue;
            expectedTotal += knownValue(c, r);
            ASSERT_LT(i, w.cells.size());
            const GridCell& cell = w.cells[i++];
            SCOPED_TRACE("cell " + std::to_string(c) + "," + std::to_string(r));
            EXPECT_EQ(cell.column, c);
            EXPECT_EQ(cell.row, r);
            EXPECT_EQ(cell.value, knownValue(c, r));
            // Counter-clockwise from the cell's top-left corner.
            const geo::Ring expected{corner(c, r), corner(c, r + 1), corner(c + 1, r + 1),
                                     corner(c + 1, r)};
            ASSERT_EQ(cell.outline.outer.size(), 4u);
            EXPECT_TRUE(cell.outline.holes.empty());
            for (std::size_t k = 0; k < 4; ++k) {
                EXPECT_NEAR(cell.outline.outer[k].lon, expected[k].lon, 1e-9) << "corner " << k;
                EXPECT_NEAR(cell.outline.outer[k].lat, expected[k].lat, 1e-9) << "corner " << k;
            }
            EXPECT_NEAR(cell.centre.lon, corner(c + 0.5, r + 0.5).lon, 1e-9);
            EXPECT_NEAR(cell.centre.lat, corner(c + 0.5, r + 0.5).lat, 1e-9);
        }
    }
    EXPECT_EQ(w.total, expectedTotal) << "summed in the order the cells are listed";
}

TEST_F(PopulationGrid, AWindowThatCutsCellsTakesEveryCellItTouchesInside) {
    // From the middle of column 2 to a quarter into column 5, from a quarter into row 0 down
    // to the middle of row 3: columns 2..5 and rows 0..3, 16 cells, two of them NoData.
    const geo::BoundingBox area = cellBox(2.5, 0.75, 5.25, 3.5);
    const GridWindow w = readPopulationGrid(write("known.tif", knownGrid()), area);

    EXPECT_EQ(w.cellsInArea, 16);
    EXPECT_EQ(w.noDataCells, 2);
    EXPECT_EQ(w.negativeCells, 0) << "the negative cell (6, 0) lies east of the area";
    std::set<std::pair<int, int>> expected;
    double total = 0.0;
    for (int r = 0; r <= 3; ++r) {
        for (int c = 2; c <= 5; ++c) {
            if (!holdsPeople(c, r)) continue;
            expected.insert({c, r});
            total += knownValue(c, r);
        }
    }
    EXPECT_EQ(positionsOf(w), expected);
    EXPECT_EQ(w.total, total);
    // The block read is the cells under the area and one more on each side, within the raster.
    EXPECT_EQ(w.window.column, 1);
    EXPECT_EQ(w.window.row, 0);
    EXPECT_EQ(w.window.columns, 6);
    EXPECT_EQ(w.window.rows, 5);
    EXPECT_EQ(w.cellsInWindow, 30);
}

TEST_F(PopulationGrid, AnAreaDrawnOnCellEdgesLeavesTheNeighboursOut) {
    const GridWindow w = readPopulationGrid(write("known.tif", knownGrid()), cellBox(1, 2, 4, 5));
    EXPECT_EQ(w.cellsInArea, 9) << "columns 1..3, rows 2..4";
    std::set<std::pair<int, int>> expected;
    for (int r = 2; r <= 4; ++r)
        for (int c = 1; c <= 3; ++c) expected.insert({c, r});
    EXPECT_EQ(positionsOf(w), expected);
}

TEST_F(PopulationGrid, AnAreaBesideTheRasterIsRefusedNamingBothBoxes) {
    const auto file = write("known.tif", knownGrid());
    const geo::BoundingBox away{116.0, 39.9, 116.1, 40.0};
    try {
        readPopulationGrid(file, away);
        FAIL() << "expected NoOverlap";
    } catch (const GridReadError& e) {
        EXPECT_EQ(e.reason(), GridReadError::Reason::NoOverlap);
        const std::string what = e.what();
        EXPECT_NE(what.find(file.string()), std::string::npos) << what;
        EXPECT_NE(what.find("lon 114.250000 to 114.257812, lat 30.619141 to 30.625000"),
                  std::string::npos)
            << what;
        EXPECT_NE(what.find("lon 116.000000 to 116.100000, lat 39.900000 to 40.000000"),
                  std::string::npos)
            << what;
        EXPECT_NE(e.detail().find("area: lon 116.000000"), std::string::npos) << e.detail();
    }
    // Touching the raster's west edge, and lying within the one cell read around an area, are
    // not overlaps either.
    for (const geo::BoundingBox& area :
         {cellBox(-2, 1, 0, 3), cellBox(-0.5, 1, -0.1, 3), geo::BoundingBox{}}) {
        try {
            readPopulationGrid(file, area);
            FAIL() << "expected NoOverlap for " << describeBox(area);
        } catch (const GridReadError& e) {
            EXPECT_EQ(e.reason(), GridReadError::Reason::NoOverlap) << e.what();
        }
    }
}

TEST_F(PopulationGrid, InfoDescribesTheRasterWithoutReadingCells) {
    const GridInfo info = readGridInfo(write("known.tif", knownGrid()));
    EXPECT_EQ(info.driver, "GTiff");
    EXPECT_EQ(info.crs, "WGS 84 (EPSG:4326)");
    EXPECT_NE(info.crsWkt.find("WGS 84"), std::string::npos);
    EXPECT_EQ(info.columns, kColumns);
    EXPECT_EQ(info.rows, kRows);
    EXPECT_EQ(info.cellWidth, kCell);
    EXPECT_EQ(info.cellHeight, kCell);
    EXPECT_EQ(info.cellUnit, "degree");
    EXPECT_FALSE(info.rotated);
    EXPECT_EQ(info.geoTransform, test::northUp(kLeft, kTop, kCell, kCell));
    EXPECT_NEAR(info.boundsWgs84.minLon, kLeft, 1e-12);
    EXPECT_NEAR(info.boundsWgs84.maxLon, kLeft + kColumns * kCell, 1e-12);
    EXPECT_NEAR(info.boundsWgs84.minLat, kTop - kRows * kCell, 1e-12);
    EXPECT_NEAR(info.boundsWgs84.maxLat, kTop, 1e-12);
    ASSERT_TRUE(info.noData.has_value());
    EXPECT_EQ(*info.noData, kNoData);
    EXPECT_EQ(info.metadata.at("SOURCE"), "hand-made test grid");
    EXPECT_EQ(info.metadata.at("UNITS"), "people per cell");
    EXPECT_EQ(info.bandCount, 1);
    EXPECT_EQ(info.bandDescription, "people");
    EXPECT_EQ(info.dataType, "Float32");
    EXPECT_TRUE(info.notes.empty());
    const geo::LocalFrame frame(corner(4, 3));
    const double expectedArea =
        kCell * frame.metresPerDegreeLon() * kCell * frame.metresPerDegreeLat();
    EXPECT_NEAR(info.approxCellAreaM2, expectedArea, expectedArea * 1e-3);
}

TEST_F(PopulationGrid, OfSeveralBandsOnlyTheFirstIsReadAndTheInfoSaysSo) {
    GridSpec spec = knownGrid();
    spec.bands = 3;
    const auto file = write("three-bands.tif", spec);
    const GridInfo info = readGridInfo(file);
    EXPECT_EQ(info.bandCount, 3);
    ASSERT_EQ(info.notes.size(), 1u);
    EXPECT_NE(info.notes[0].find("3 bands: band 1 is read"), std::string::npos) << info.notes[0];
    const GridWindow w = readPopulationGrid(file, kWholeKnownGrid);
    for (const GridCell& cell : w.cells) EXPECT_EQ(cell.value, knownValue(cell.column, cell.row));
}

TEST_F(PopulationGrid, CellsTheFilesMaskHidesCountAsNoData) {
    GridSpec spec = knownGrid();
    spec.mask.assign(kColumns * kRows, 255);
    spec.mask[1 * kColumns + 3] = 0;  // cell (3, 1)
    const auto file = write("masked.tif", spec);
    const GridWindow w = readPopulationGrid(file, kWholeKnownGrid);
    EXPECT_EQ(w.noDataCells, 4);
    EXPECT_EQ(positionsOf(w).count({3, 1}), 0u);
    EXPECT_EQ(w.cells.size(), static_cast<std::size_t>(kColumns * kRows - 6));
    EXPECT_FALSE(w.info.notes.empty());
}

TEST_F(PopulationGrid, FloatNoDataMatchesTheFloatItRoundsTo) {
    // A Float32 band whose NoData is declared as a double no float holds (1.1): the cells hold
    // the nearest float, 1.10000002. GDAL rounds NoData itself when it writes a GeoTIFF, but a
    // VRT (or another writer) keeps the double, and compared as doubles the NoData cells would
    // pass for 1.1 people each.
    GridSpec spec = knownGrid();
    spec.noData = 1.1;
    for (float& v : spec.values)
        if (v == static_cast<float>(kNoData)) v = 1.1f;
    write("cells.tif", spec);
    const std::string vrt = R"(<VRTDataset rasterXSize="8" rasterYSize="6">
  <SRS>EPSG:4326</SRS>
  <GeoTransform>114.25, 0.0009765625, 0, 30.625, 0, -0.0009765625</GeoTransform>
  <VRTRasterBand dataType="Float32" band="1">
    <NoDataValue>1.1</NoDataValue>
    <SimpleSource>
      <SourceFilename relativeToVRT="1">cells.tif</SourceFilename><SourceBand>1</SourceBand>
    </SimpleSource>
  </VRTRasterBand>
</VRTDataset>
)";
    const GridWindow w = readPopulationGrid(writeText("cells.vrt", vrt), kWholeKnownGrid);
    EXPECT_EQ(*w.info.noData, 1.1);
    EXPECT_EQ(w.noDataCells, 3) << "two 1.1f cells and a NaN";
    EXPECT_EQ(w.cells.size(), static_cast<std::size_t>(kColumns * kRows - 5));
}

TEST_F(PopulationGrid, ScaleAndOffsetAreApplied) {
    GridSpec spec = knownGrid();
    spec.scale = 2.0;
    spec.offset = 1.0;
    const GridWindow w = readPopulationGrid(write("scaled.tif", spec), kWholeKnownGrid);
    EXPECT_EQ(w.noDataCells, 3) << "NoData is matched before scaling";
    EXPECT_EQ(w.negativeCells, 1) << "-4 × 2 + 1";
    EXPECT_EQ(w.zeroCells, 0) << "0 × 2 + 1 is one person";
    for (const GridCell& cell : w.cells)
        EXPECT_EQ(cell.value, knownValue(cell.column, cell.row) * 2.0 + 1.0);
    ASSERT_EQ(w.info.notes.size(), 1u);
    EXPECT_EQ(w.info.notes[0], "values are stored scaled: people = stored value × 2 + 1");
}

// ---- Strips, blocks, cancel and progress ----

GridSpec bigGrid(int columns, int rows, int blockSize) {
    GridSpec spec;
    spec.columns = columns;
    spec.rows = rows;
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            spec.values.push_back((c * 7 + r * 3) % 11 == 0 ? -1.0f
                                                            : static_cast<float>((c + r) % 13));
    spec.geoTransform = test::northUp(kLeft, kTop, kCell, kCell);
    spec.noData = -1.0;
    spec.blockSize = blockSize;
    return spec;
}

TEST_F(PopulationGrid, TiledAndStrippedFilesGiveTheSameCells) {
    // Tiles of 16 × 16 cells: the area below crosses tile rows and columns.
    const auto tiled = write("tiled.tif", bigGrid(100, 80, 16));
    const auto stripped = write("stripped.tif", bigGrid(100, 80, 0));
    const geo::BoundingBox area = cellBox(13.5, 7.25, 61.5, 70.75);
    const GridWindow a = readPopulationGrid(tiled, area);
    const GridWindow b = readPopulationGrid(stripped, area);
    EXPECT_EQ(a.cellsInArea, 49 * 64);
    EXPECT_EQ(a.cellsInArea, b.cellsInArea);
    EXPECT_EQ(a.noDataCells, b.noDataCells);
    EXPECT_EQ(a.zeroCells, b.zeroCells);
    EXPECT_GT(a.noDataCells, 0);
    EXPECT_GT(a.zeroCells, 0);
    EXPECT_EQ(a.total, b.total);
    ASSERT_EQ(a.cells.size(), b.cells.size());
    for (std::size_t i = 0; i < a.cells.size(); ++i) {
        EXPECT_EQ(a.cells[i].column, b.cells[i].column);
        EXPECT_EQ(a.cells[i].row, b.cells[i].row);
        EXPECT_EQ(a.cells[i].value, b.cells[i].value);
        EXPECT_EQ(a.cells[i].value, static_cast<double>((a.cells[i].column + a.cells[i].row) % 13));
    }
}

TEST_F(PopulationGrid, ProgressRisesToOne) {
    const auto file = write("big.tif", bigGrid(200, 300, 32));
    std::vector<double> reported;
    readPopulationGrid(file, cellBox(0, 0, 200, 300), nullptr,
                       [&](double f) { reported.push_back(f); });
    ASSERT_GE(reported.size(), 10u);
    EXPECT_EQ(reported.front(), 0.0);
    EXPECT_EQ(reported.back(), 1.0);
    for (std::size_t i = 1; i < reported.size(); ++i) EXPECT_GT(reported[i], reported[i - 1]);
    EXPECT_LE(reported.size(), 102u) << "at most every per cent";
}

TEST_F(PopulationGrid, CancelStopsTheRead) {
    const auto file = write("big.tif", bigGrid(200, 300, 32));
    std::atomic<bool> cancel{true};
    try {
        readPopulationGrid(file, cellBox(0, 0, 200, 300), &cancel);
        FAIL() << "expected Cancelled";
    } catch (const GridReadError& e) {
        EXPECT_EQ(e.reason(), GridReadError::Reason::Cancelled);
    }
    // Cancelled halfway, from the progress callback as a UI's Cancel button would.
    cancel = false;
    double last = 0.0;
    try {
        readPopulationGrid(file, cellBox(0, 0, 200, 300), &cancel, [&](double f) {
            last = f;
            if (f >= 0.5) cancel = true;
        });
        FAIL() << "expected Cancelled";
    } catch (const GridReadError& e) {
        EXPECT_EQ(e.reason(), GridReadError::Reason::Cancelled);
        EXPECT_NE(std::string(e.what()).find("big.tif"), std::string::npos);
    }
    EXPECT_LT(last, 0.6);
}

// ---- Files that are not population grids ----

/// Runs `read`, which must throw GridReadError, with stderr captured: GDAL must say nothing.
template <typename Read>
GridReadError expectRefusal(Read&& read) {
    ::testing::internal::CaptureStderr();
    try {
        read();
    } catch (const GridReadError& e) {
        const std::string printed = ::testing::internal::GetCapturedStderr();
        EXPECT_EQ(printed, "") << "GDAL printed to stderr";
        return e;
    } catch (...) {
        ::testing::internal::GetCapturedStderr();
        ADD_FAILURE() << "another exception than GridReadError";
        throw;
    }
    ::testing::internal::GetCapturedStderr();
    ADD_FAILURE() << "no exception";
    return GridReadError(GridReadError::Reason::Unreadable, "none");
}

/// Both readGridInfo and readPopulationGrid refuse `file` for `reason`, saying its name.
void expectBothRefuse(const std::filesystem::path& file, GridReadError::Reason reason) {
    SCOPED_TRACE(file.filename().string());
    const GridReadError info = expectRefusal([&] { readGridInfo(file); });
    EXPECT_EQ(info.reason(), reason) << info.what();
    EXPECT_NE(std::string(info.what()).find(file.string()), std::string::npos) << info.what();
    const GridReadError read = expectRefusal([&] { readPopulationGrid(file, kWholeKnownGrid); });
    EXPECT_EQ(read.reason(), reason) << read.what();
}

TEST_F(PopulationGrid, FilesThatAreNotRastersAreRefusedQuietly) {
    expectBothRefuse(writeText("notes.txt", "people live here, many of them\n"),
                     GridReadError::Reason::NotRaster);
    expectBothRefuse(
        writeText("survey.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                                    R"("properties":{"name":"x"},"geometry":{"type":"Point",)"
                                    R"("coordinates":[114.27,30.59]}}]})"),
        GridReadError::Reason::NotRaster);
    expectBothRefuse(writeText("empty.tif", ""), GridReadError::Reason::NotRaster);
    expectBothRefuse(m_dir / "missing.tif", GridReadError::Reason::NotFound);
    expectBothRefuse(m_dir.path(), GridReadError::Reason::NotRaster);
}

TEST_F(PopulationGrid, EmptyFileSaysItIsEmpty) {
    const GridReadError e = expectRefusal([&] { readGridInfo(writeText("empty.tif", "")); });
    EXPECT_NE(std::string(e.what()).find("is empty"), std::string::npos) << e.what();
}

TEST_F(PopulationGrid, RastersWithoutGeoreferenceAreRefusedQuietly) {
    GridSpec none = knownGrid();
    none.epsg.reset();
    none.geoTransform.reset();
    expectBothRefuse(write("plain.tif", none), GridReadError::Reason::NoGeoreference);

    GridSpec noCrs = knownGrid();
    noCrs.epsg.reset();
    const GridReadError e1 = expectRefusal([&] { readGridInfo(write("no-crs.tif", noCrs)); });
    EXPECT_EQ(e1.reason(), GridReadError::Reason::NoGeoreference);
    EXPECT_NE(std::string(e1.what()).find("no coordinate system"), std::string::npos) << e1.what();

    GridSpec noTransform = knownGrid();
    noTransform.geoTransform.reset();
    const GridReadError e2 =
        expectRefusal([&] { readGridInfo(write("no-transform.tif", noTransform)); });
    EXPECT_EQ(e2.reason(), GridReadError::Reason::NoGeoreference);
    EXPECT_NE(std::string(e2.what()).find("no geotransform"), std::string::npos) << e2.what();
}

TEST_F(PopulationGrid, ATruncatedFileIsUnreadableWithGdalsWords) {
    const auto whole = write("whole.tif", bigGrid(300, 300, 0));
    const auto cut = m_dir / "cut.tif";
    std::filesystem::copy_file(whole, cut);
    std::filesystem::resize_file(cut, std::filesystem::file_size(whole) / 2);
    const GridReadError e =
        expectRefusal([&] { readPopulationGrid(cut, cellBox(0, 0, 300, 300)); });
    EXPECT_EQ(e.reason(), GridReadError::Reason::Unreadable) << e.what();
    EXPECT_NE(std::string(e.what()).find("cut.tif"), std::string::npos) << e.what();
    EXPECT_FALSE(e.detail().empty()) << "GDAL's own message is kept";
}

// ---- Projected grids ----

/// A grid in EPSG:`epsg` of 20 × 15 cells of 100 × 100 units with its top-left corner at (or
/// near) `topLeft`, some of it NoData.
/// The point of the 100-unit grid of EPSG:`epsg` nearest `p`.
std::array<double, 2> nearestGridPoint(int epsg, geo::LonLat p) {
    const std::array<double, 2> xy = test::Reprojection(4326, epsg)(p);
    return {std::round(xy[0] / 100.0) * 100.0, std::round(xy[1] / 100.0) * 100.0};
}

struct ProjectedGrid {
    int epsg = 0;
    int columns = 20;
    int rows = 15;
    test::Reprojection toWgs84;
    test::Reprojection fromWgs84;
    std::array<double, 6> geoTransform{};
    GridSpec spec;

    ProjectedGrid(int code, geo::LonLat topLeft, double rotationDeg = 0.0)
        : ProjectedGrid(code, nearestGridPoint(code, topLeft), rotationDeg) {}

    ProjectedGrid(int code, std::array<double, 2> topLeft, double rotationDeg = 0.0)
        : epsg(code), toWgs84(code, 4326), fromWgs84(4326, code) {
        const double x0 = topLeft[0], y0 = topLeft[1];
        const double a = rotationDeg * std::numbers::pi / 180.0;
        // Columns run along (cos a, sin a), rows down along (sin a, -cos a).
        geoTransform = {x0, 100.0 * std::cos(a), 100.0 * std::sin(a),
                        y0, 100.0 * std::sin(a), -100.0 * std::cos(a)};
        spec.columns = columns;
        spec.rows = rows;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const bool noData = (c + 2 * r) % 9 == 4;
                spec.values.push_back(
                    noData ? -9999.0f : static_cast<float>(c + 1) + 0.25f * static_cast<float>(r));
            }
        }
        spec.epsg = epsg;
        spec.geoTransform = geoTransform;
        spec.noData = -9999.0;
    }

    std::array<double, 2> xy(double column, double row) const {
        const auto& g = geoTransform;
        return {g[0] + column * g[1] + row * g[2], g[3] + column * g[4] + row * g[5]};
    }
    double value(int column, int row) const {
        return spec.values[static_cast<std::size_t>(row * columns + column)];
    }
    bool holdsPeople(int column, int row) const { return value(column, row) > 0.0; }
    /// The cell's corners in WGS 84 through GDAL directly, as a quad.
    Quad quad(int column, int row) const {
        const std::array<double, 2> a = xy(column, row), b = xy(column + 1, row),
                                    c = xy(column + 1, row + 1), d = xy(column, row + 1);
        return {toWgs84.toLonLat(a[0], a[1]), toWgs84.toLonLat(b[0], b[1]),
                toWgs84.toLonLat(c[0], c[1]), toWgs84.toLonLat(d[0], d[1])};
    }
};

const geo::LonLat kWuhanTopLeft{114.26, 30.60};

/// Every cell of the whole grid: values, total, corners that go back to the grid's corners,
/// and the area each cell covers on the ground.
void checkWholeProjectedGrid(const ProjectedGrid& grid, const GridWindow& w, double cellAreaM2,
                             double areaTolerance) {
    EXPECT_EQ(w.cellsInArea, grid.columns * grid.rows);
    double total = 0.0;
    std::size_t i = 0;
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            if (!grid.holdsPeople(c, r)) continue;
            total += grid.value(c, r);
            ASSERT_LT(i, w.cells.size());
            const GridCell& cell = w.cells[i++];
            SCOPED_TRACE("cell " + std::to_string(c) + "," + std::to_string(r));
            EXPECT_EQ(cell.column, c);
            EXPECT_EQ(cell.row, r);
            EXPECT_EQ(cell.value, grid.value(c, r));
            const geo::Ring& ring = cell.outline.outer;
            ASSERT_EQ(ring.size(), 4u);
            // The corners go back to the grid's own corners, counter-clockwise from the top
            // left (the grid is north-up or turned less than a quarter).
            const std::array<std::array<double, 2>, 4> expected{
                grid.xy(c, r), grid.xy(c, r + 1), grid.xy(c + 1, r + 1), grid.xy(c + 1, r)};
            for (std::size_t k = 0; k < 4; ++k) {
                const std::array<double, 2> back = grid.fromWgs84(ring[k]);
                EXPECT_NEAR(back[0], expected[k][0], 1e-6) << "corner " << k;
                EXPECT_NEAR(back[1], expected[k][1], 1e-6) << "corner " << k;
            }
            const std::array<double, 2> centre = grid.fromWgs84(cell.centre);
            const std::array<double, 2> expectedCentre = grid.xy(c + 0.5, r + 0.5);
            EXPECT_NEAR(centre[0], expectedCentre[0], 1e-6);
            EXPECT_NEAR(centre[1], expectedCentre[1], 1e-6);
            const double area = geo::polygonAreaM2(cell.outline, geo::LocalFrame(cell.centre));
            EXPECT_NEAR(area, cellAreaM2, cellAreaM2 * areaTolerance);
        }
    }
    EXPECT_EQ(i, w.cells.size());
    EXPECT_EQ(w.total, total) << "the total of the raster is kept to the last bit";
}

/// A small area inside the grid gives exactly the cells whose quads (made by GDAL directly)
/// overlap it: the window found for the area misses none.
void checkPartialProjectedWindow(const ProjectedGrid& grid, const std::filesystem::path& file,
                                 const geo::BoundingBox& area) {
    const GridWindow w = readPopulationGrid(file, area);
    std::set<std::pair<int, int>> expected;
    std::int64_t inArea = 0;
    for (int r = 0; r < grid.rows; ++r) {
        for (int c = 0; c < grid.columns; ++c) {
            if (!quadOverlapsBox(grid.quad(c, r), area)) continue;
            ++inArea;
            if (grid.holdsPeople(c, r)) expected.insert({c, r});
        }
    }
    EXPECT_EQ(w.cellsInArea, inArea);
    EXPECT_EQ(positionsOf(w), expected);
    EXPECT_LT(w.cellsInWindow, grid.columns * grid.rows) << "only a block of the raster is read";
}

TEST_F(PopulationGrid, UtmGridBecomesSlightlyRotatedQuadsThatKeepTheTotal) {
    const ProjectedGrid grid(32650, kWuhanTopLeft);
    const auto file = write("utm.tif", grid.spec);
    const GridInfo info = readGridInfo(file);
    EXPECT_EQ(info.crs, "WGS 84 / UTM zone 50N (EPSG:32650)");
    EXPECT_EQ(info.cellUnit, "metre");
    EXPECT_EQ(info.cellWidth, 100.0);
    EXPECT_EQ(info.cellHeight, 100.0);
    EXPECT_NEAR(info.approxCellAreaM2, 10000.0, 50.0);

    const GridWindow w = readPopulationGrid(file, info.boundsWgs84);
    // UTM's scale near 114.3° E, 2.7° west of zone 50's central meridian, is 0.99960 × 1.0008:
    // a 100 m grid cell is 99.92 m on the ground.
    checkWholeProjectedGrid(grid, w, 10000.0, 0.005);
    // North on the grid is not north on the ground here (meridian convergence, about 1.4°):
    // the top edge of a cell climbs or falls by a couple of metres.
    const geo::Ring& ring = w.cells.front().outline.outer;
    EXPECT_GT(std::abs(ring[0].lat - ring[3].lat), 1e-5);

    checkPartialProjectedWindow(grid, file, {114.2665, 30.5935, 114.2735, 30.5985});
}

TEST_F(PopulationGrid, WebMercatorGridKeepsTheTotal) {
    const ProjectedGrid grid(3857, kWuhanTopLeft);
    const auto file = write("mercator.tif", grid.spec);
    const GridInfo info = readGridInfo(file);
    EXPECT_EQ(info.crs, "WGS 84 / Pseudo-Mercator (EPSG:3857)");
    const GridWindow w = readPopulationGrid(file, info.boundsWgs84);
    // Web Mercator stretches by 1 / cos(latitude): a 100 m cell is about 86 m on the ground.
    const double side = 100.0 * std::cos(30.59 * std::numbers::pi / 180.0);
    checkWholeProjectedGrid(grid, w, side * side, 0.005);
    checkPartialProjectedWindow(grid, file, {114.2665, 30.5935, 114.2735, 30.5985});
}

TEST_F(PopulationGrid, RotatedGridsAreReadAsParallelograms) {
    const ProjectedGrid grid(32650, kWuhanTopLeft, 30.0);
    const auto file = write("rotated.tif", grid.spec);
    const GridInfo info = readGridInfo(file);
    EXPECT_TRUE(info.rotated);
    EXPECT_NEAR(info.cellWidth, 100.0, 1e-9);
    EXPECT_NEAR(info.cellHeight, 100.0, 1e-9);
    const GridWindow w = readPopulationGrid(file, info.boundsWgs84);
    checkWholeProjectedGrid(grid, w, 10000.0, 0.005);
    checkPartialProjectedWindow(grid, file, {114.2665, 30.5895, 114.2735, 30.5945});
}

TEST_F(PopulationGrid, TheAreasWholeOutlineFindsCellsUnderItsBulge) {
    // A box 2° wide centred on UTM zone 50's central meridian (117° E): its southern edge, a
    // parallel, sags about 425 m south of its corners in UTM. A grid lying just south of the
    // corners, under the sag, overlaps the area although the box of the four corners misses
    // it by more than the one cell of margin.
    const geo::BoundingBox area{116.0, 30.59, 118.0, 30.70};
    const test::Reprojection toUtm(4326, 32650);
    const double cornerY = toUtm(geo::LonLat{area.minLon, area.minLat})[1];
    const ProjectedGrid grid(
        32650, std::array<double, 2>{499000.0, std::floor(cornerY / 100.0) * 100.0 - 100.0});
    const auto file = write("under-the-sag.tif", grid.spec);
    const GridWindow w = readPopulationGrid(file, area);
    EXPECT_GE(w.cellsInArea, 3 * grid.columns) << "the sag holds three rows or more";
    checkPartialProjectedWindow(grid, file, area);
}

}  // namespace
}  // namespace yike::population
