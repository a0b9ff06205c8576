// SPDX-License-Identifier: GPL-3.0-or-later
// A population raster into a project: which cells are kept, that the grid's total in the area
// survives the import and the placement onto homes, and the refusals.
#include "core/population/grid_import.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/access/residents.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"
#include "tests/core/population/grid_files.h"
#include "tests/support/test_data.h"

namespace yike::population {
namespace {

using test::GridSpec;
using yike::test::ScratchDir;

// 6 × 6 cells of 1/1024° near Wuhan; cell (c, r) holds 10 + c + 6r people, one cell NoData.
constexpr double kCell = 1.0 / 1024.0;
constexpr double kLeft = 114.25;
constexpr double kTop = 30.625;

GridSpec lonLatGrid() {
    GridSpec spec;
    spec.columns = 6;
    spec.rows = 6;
    for (int r = 0; r < 6; ++r)
        for (int c = 0; c < 6; ++c)
            spec.values.push_back(c == 4 && r == 1 ? -9999.0f : static_cast<float>(10 + c + 6 * r));
    spec.geoTransform = test::northUp(kLeft, kTop, kCell, kCell);
    spec.noData = -9999.0;
    spec.metadata = {{"UNITS", "people per cell"}};
    return spec;
}

geo::LonLat cellCentre(int column, int row) {
    return {kLeft + (column + 0.5) * kCell, kTop - (row + 0.5) * kCell};
}

geo::Polygon rectangle(geo::LonLat a, geo::LonLat b) {
    return {{a, {b.lon, a.lat}, b, {a.lon, b.lat}}, {}};
}

/// A project whose study area takes the centres of cells (1..3, 1..3), with a compound and a
/// building in it.
project::Project districtWithStudyArea() {
    project::Project p = project::Project::createDefault();
    const geo::LonLat a = cellCentre(1, 4), b = cellCentre(3, 1);
    // 0.7 cell beyond the outer centres: the neighbouring cells overlap the area, but their
    // centres lie outside it.
    p.setStudyArea(rectangle({a.lon - 0.7 * kCell, a.lat - 0.7 * kCell},
                             {b.lon + 0.7 * kCell, b.lat + 0.7 * kCell}));
    project::Compound compound;
    compound.outline = rectangle(cellCentre(1, 3), cellCentre(2, 2));
    p.addCompound(compound);
    project::Building home;
    home.outline = rectangle({cellCentre(2, 2).lon - 0.0001, cellCentre(2, 2).lat - 0.0001},
                             {cellCentre(2, 2).lon + 0.0001, cellCentre(2, 2).lat + 0.0001});
    home.kind = "apartments";
    home.levels = 12;
    p.addBuilding(home);
    return p;
}

double sumPlaced(const access::GridPlacement& g) {
    return g.toBuildings + g.toCompoundLand + g.toNearestHome + g.atCellCentres + g.replacedBySurvey;
}

access::Residents residentsOf(const project::Project& p) {
    return access::locateResidents(p, geo::LocalFrame(cellCentre(3, 3)));
}

TEST(GridImport, KeepsTheCellsCentredInTheStudyAreaAndTheirTotal) {
    ScratchDir dir;
    const auto file = dir / "worldpop.tif";
    test::writeGeoTiff(file, lonLatGrid());
    project::Project p = districtWithStudyArea();
    GridImportOptions options;
    options.year = 2020;
    options.importedAt = "2026-12-02T10:00:00Z";
    const GridImportPlan plan = planGridImport(file, p, options);

    EXPECT_EQ(plan.area, GridImportPlan::Area::StudyArea);
    // Columns 1..3 of rows 1..4 are centred in the area (the NoData cell, column 4, is not): 12
    // cells, whose people are the grid's total in the area.
    ASSERT_EQ(plan.cells.size(), 12u);
    double expected = 0.0;
    for (int c = 1; c <= 3; ++c)
        for (int r = 1; r <= 4; ++r) expected += 10 + c + 6 * r;
    EXPECT_DOUBLE_EQ(plan.total, expected);
    EXPECT_EQ(plan.cellsOutside, 5 * 6 - 1 - 12) << "overlapping the area, centred outside it";
    EXPECT_EQ(plan.grid.source, "worldpop") << "the file's name when no source is given";
    EXPECT_EQ(plan.grid.notes, "people per cell") << "the raster's UNITS";
    EXPECT_EQ(plan.grid.year, 2020);
    EXPECT_EQ(plan.grid.fileName, "worldpop.tif");
    EXPECT_NE(plan.grid.crs.find("4326"), std::string::npos) << plan.grid.crs;
    EXPECT_FALSE(plan.replaces);

    // Into the project: every person of the grid in the area is placed somewhere.
    p.addPopulationGrid(plan.grid, plan.cells);
    const access::Residents r = residentsOf(p);
    ASSERT_TRUE(r.grid);
    EXPECT_NEAR(r.grid->people, expected, 1e-6);
    EXPECT_NEAR(sumPlaced(*r.grid), expected, 1e-6);
    EXPECT_NEAR(r.population, expected, 1e-6) << "no survey: the residents are the grid's people";
    EXPECT_EQ(r.compounds[0].source, access::ResidentsSource::Grid);

    // A second import of the same kind says what it replaces.
    const GridImportPlan again = planGridImport(file, p, options);
    ASSERT_TRUE(again.replaces);
    EXPECT_EQ(again.replaces->importedAt, "2026-12-02T10:00:00Z");
}

TEST(GridImport, AProjectedGridKeepsItsTotalThroughPlacement) {
    ScratchDir dir;
    const auto file = dir / "utm.tif";
    // 100 m cells in UTM zone 50N around (114.27 E, 30.59 N).
    const test::Reprojection toUtm(4326, 32650);
    const auto origin = toUtm(geo::LonLat{114.265, 30.595});
    GridSpec spec;
    spec.columns = 8;
    spec.rows = 8;
    spec.epsg = 32650;
    for (int i = 0; i < 64; ++i) spec.values.push_back(static_cast<float>(5 + i % 7));
    spec.geoTransform = test::northUp(std::floor(origin[0] / 100) * 100, std::floor(origin[1] / 100) * 100, 100.0, 100.0);
    test::writeGeoTiff(file, spec);

    // No study area: the box of the project's features decides; compounds with and without
    // buildings and a street.
    project::Project p = project::Project::createDefault();
    const test::Reprojection toLonLat(32650, 4326);
    const double left = (*spec.geoTransform)[0], top = (*spec.geoTransform)[3];
    const auto at = [&](double x, double y) { return toLonLat.toLonLat(left + x, top - y); };
    project::Compound withBuilding;
    withBuilding.outline = {{at(120, 120), at(380, 120), at(380, 380), at(120, 380)}, {}};
    p.addCompound(withBuilding);
    project::Compound land;
    land.outline = {{at(420, 420), at(680, 420), at(680, 680), at(420, 680)}, {}};
    p.addCompound(land);
    project::Building b;
    b.outline = {{at(240, 240), at(260, 240), at(260, 260), at(240, 260)}, {}};
    b.kind = "yes";
    p.addBuilding(b);
    project::Street street;
    street.line = {at(50, 750), at(750, 50)};
    street.highway = "residential";
    p.addStreet(street);

    const GridImportPlan plan = planGridImport(file, p, {});
    EXPECT_EQ(plan.area, GridImportPlan::Area::ProjectExtent);
    ASSERT_FALSE(plan.cells.empty());
    double kept = 0.0;
    for (const project::PopulationCell& c : plan.cells) {
        EXPECT_EQ(c.outline.outer.size(), 4u);
        kept += c.value;
    }
    EXPECT_DOUBLE_EQ(plan.total, kept);
    p.addPopulationGrid(plan.grid, plan.cells);
    const access::Residents r = residentsOf(p);
    ASSERT_TRUE(r.grid);
    EXPECT_NEAR(sumPlaced(*r.grid), plan.total, 1e-6) << "the grid's total survives placement";
    EXPECT_GT(r.grid->toCompoundLand, 0.0) << "cells over the compound without buildings";
    EXPECT_GT(r.grid->toBuildings, 0.0);
    EXPECT_EQ(r.compounds[1].source, access::ResidentsSource::Grid);
}

TEST(GridImport, ShareGridsHoldSharesAndReplaceTheCensus) {
    ScratchDir dir;
    GridSpec spec = lonLatGrid();
    for (float& v : spec.values)
        if (v > 0) v = 0.25f;
    const auto shares = dir / "older.tif";
    test::writeGeoTiff(shares, spec);
    project::Project p = districtWithStudyArea();
    GridImportOptions options;
    options.kind = project::PopulationGridKind::Share60Plus;
    const GridImportPlan plan = planGridImport(shares, p, options);
    p.addPopulationGrid(plan.grid, plan.cells);
    const access::Residents r = residentsOf(p);
    EXPECT_TRUE(r.cohortGrids);
    EXPECT_EQ(r.compounds[0].cohortSource, access::CohortSource::Grid);
    EXPECT_NEAR(double(r.compounds[0].residents60Plus), 0.25 * double(r.compounds[0].population), 1.0);

    // People counts are no shares.
    const auto people = dir / "people.tif";
    test::writeGeoTiff(people, lonLatGrid());
    try {
        planGridImport(people, p, options);
        ADD_FAILURE() << "counts taken for shares";
    } catch (const GridImportError& e) {
        EXPECT_EQ(e.reason(), GridImportError::Reason::NotShares);
    }
}

TEST(GridImport, RefusesWithoutAnAreaOrOverlap) {
    ScratchDir dir;
    const auto file = dir / "grid.tif";
    test::writeGeoTiff(file, lonLatGrid());
    try {
        planGridImport(file, project::Project::createDefault(), {});
        ADD_FAILURE() << "imported for an empty project";
    } catch (const GridImportError& e) {
        EXPECT_EQ(e.reason(), GridImportError::Reason::NoArea);
    }
    project::Project nanjing = project::Project::createDefault();
    nanjing.setStudyArea(rectangle({118.77, 32.03}, {118.79, 32.05}));
    try {
        planGridImport(file, nanjing, {});
        ADD_FAILURE() << "a Wuhan grid imported for Nanjing";
    } catch (const GridReadError& e) {
        EXPECT_EQ(e.reason(), GridReadError::Reason::NoOverlap);
    }
}

TEST(GridImport, TheWuhanWorldPopGridIntoADistrict) {
    const auto file =
        yike::test::sharedPath("data/population/wuhan-worldpop-age20plus/wuhan_pop_age20plus_sum.tif");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project p = project::Project::createDefault();
    p.setStudyArea(rectangle({114.265, 30.585}, {114.275, 30.595}));
    project::Compound compound;
    compound.outline = rectangle({114.268, 30.588}, {114.272, 30.592});
    p.addCompound(compound);
    GridImportOptions options;
    options.source = "WorldPop";
    const GridImportPlan plan = planGridImport(file, p, options);
    EXPECT_EQ(plan.grid.notes, "persons aged 20+ per grid cell");
    EXPECT_GT(plan.cells.size(), 100u);
    EXPECT_GT(plan.noDataCells, 0) << "NoData outside built-up cells";
    p.addPopulationGrid(plan.grid, plan.cells);
    const access::Residents r = residentsOf(p);
    ASSERT_TRUE(r.grid);
    EXPECT_NEAR(sumPlaced(*r.grid), plan.total, 1e-6);
    EXPECT_NEAR(r.population, plan.total, 1e-6);
    EXPECT_EQ(r.compounds[0].source, access::ResidentsSource::Grid);
    EXPECT_GT(r.compounds[0].population, 0);
}

}  // namespace
}  // namespace yike::population
