// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/residents.h"

#include <cmath>
#include <numeric>

#include <gtest/gtest.h>

#include "core/project/project.h"

#include <algorithm>
#include <stdexcept>

namespace yike::access {
namespace {

const geo::LocalFrame kFrame({118.78, 32.04});

geo::LonLat at(double x, double y) { return kFrame.toLonLat({x, y}); }

geo::Polygon box(double x0, double y0, double x1, double y1) {
    return {{at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)}, {}};
}

project::Building building(geo::Polygon outline, const std::string& kind, int levels) {
    project::Building b;
    b.outline = std::move(outline);
    b.kind = kind;
    b.levels = levels;
    return b;
}

TEST(Residents, HomesInsideACompoundAreEverythingButPlainNonHomes) {
    EXPECT_TRUE(isHomeBuilding("yes", true));
    EXPECT_TRUE(isHomeBuilding("apartments", true));
    EXPECT_FALSE(isHomeBuilding("garage", true));
    EXPECT_FALSE(isHomeBuilding("kindergarten", true));
    // Outside compounds only kinds that say "dwelling".
    EXPECT_FALSE(isHomeBuilding("yes", false));
    EXPECT_FALSE(isHomeBuilding("office", false));
    EXPECT_TRUE(isHomeBuilding("residential", false));
    EXPECT_TRUE(isHomeBuilding("house", false));
}

/// The home of kind `kind` with this id.
const Home& home(const Residents& r, Home::Kind kind, project::FeatureId id) {
    for (const Home& h : r.homes)
        if (h.kind == kind && h.id == id) return h;
    throw std::runtime_error("no such home");
}

std::size_t count(const Residents& r, Home::Kind kind) {
    return std::size_t(std::count_if(r.homes.begin(), r.homes.end(),
                                     [&](const Home& h) { return h.kind == kind; }));
}

TEST(Residents, EstimatesACompoundWithoutACountFromItsFloorArea) {
    project::Project p = project::Project::createDefault();
    project::Compound unknown;
    unknown.outline = box(0, 0, 100, 100);
    p.addCompound(unknown);
    project::Compound counted;
    counted.outline = box(200, 0, 300, 100);
    counted.population = 500;
    counted.residents60Plus = 90;
    counted.children0To14 = 60;
    p.addCompound(counted);

    const auto b1 = p.addBuilding(building(box(10, 10, 20, 20), "yes", 3));         // 100 m² x 3
    const auto b2 = p.addBuilding(building(box(40, 40, 60, 50), "apartments", 0));  // 200 m² x 6 assumed
    p.addBuilding(building(box(70, 70, 80, 80), "garage", 1));                       // not a home
    const auto b4 = p.addBuilding(building(box(210, 10, 230, 30), "yes", 0));        // 400 m² x 6 in "counted"
    p.addBuilding(building(box(500, 0, 510, 10), "yes", 2));                         // outside, not a home
    const auto house = p.addBuilding(building(box(520, 0, 530, 10), "house", 2));    // outside, a home

    const Residents r = locateResidents(p, kFrame);
    ASSERT_EQ(r.compounds.size(), 2u);
    const CompoundResidents& u = r.compounds[0];
    EXPECT_TRUE(u.estimated);
    EXPECT_EQ(u.source, ResidentsSource::FloorArea);
    EXPECT_EQ(u.cohortSource, CohortSource::Census);
    EXPECT_NEAR(u.floorAreaM2, 1500.0, 1.0);
    const double people = u.floorAreaM2 / 36.52;
    EXPECT_EQ(u.population, std::llround(people));
    EXPECT_EQ(u.residents60Plus, std::llround(people * 0.1870));
    EXPECT_EQ(u.children0To14, std::llround(people * 0.1795));
    EXPECT_EQ(u.buildings, 2u);
    EXPECT_NEAR(home(r, Home::Kind::Building, b1).residents, 300.0 / 36.52, 1e-9);
    EXPECT_NEAR(home(r, Home::Kind::Building, b2).residents, 1200.0 / 36.52, 1e-9);
    EXPECT_EQ(home(r, Home::Kind::Building, b1).compound, 0u);

    const CompoundResidents& c = r.compounds[1];
    EXPECT_FALSE(c.estimated);
    EXPECT_EQ(c.source, ResidentsSource::Survey);
    EXPECT_EQ(c.cohortSource, CohortSource::Survey);
    EXPECT_EQ(c.population, 500);
    EXPECT_EQ(c.residents60Plus, 90);
    EXPECT_NEAR(home(r, Home::Kind::Building, b4).residents, 500.0, 1e-9);

    // The house outside every compound has residents by the same ladder, in every total.
    const Home& h = home(r, Home::Kind::Building, house);
    EXPECT_EQ(h.compound, Home::kNone);
    EXPECT_EQ(h.source, ResidentsSource::FloorArea);
    EXPECT_NEAR(h.residents, 200.0 / 36.52, 1e-9);
    EXPECT_NEAR(h.at.x, 525.0, 0.01);
    EXPECT_EQ(count(r, Home::Kind::Building), 4u);
    EXPECT_EQ(count(r, Home::Kind::CompoundLand), 0u);
    EXPECT_NEAR(r.population, 1500.0 / 36.52 + 500.0 + 200.0 / 36.52, 1e-6);
    EXPECT_NEAR(r.outsideCompounds, 200.0 / 36.52, 1e-9);

    ResidentsOptions recordedOnly;
    recordedOnly.estimateMissingPopulation = false;
    const Residents surveyOnly = locateResidents(p, kFrame, recordedOnly);
    EXPECT_EQ(surveyOnly.compounds[0].population, 0);
    EXPECT_EQ(surveyOnly.compounds[0].source, ResidentsSource::None);
    EXPECT_NEAR(surveyOnly.population, 500.0, 1e-9);
    ResidentsOptions roomier;
    roomier.floorAreaPerPersonM2 = 50.0;
    roomier.assumedLevels = 1;
    EXPECT_EQ(locateResidents(p, kFrame, roomier).compounds[0].population,
              std::llround((300.0 + 200.0) / 50.0));
}

TEST(Residents, ABuildingInAHoleOfACompoundIsNotInIt) {
    project::Project p = project::Project::createDefault();
    project::Compound ring;
    ring.outline = box(0, 0, 100, 100);
    ring.outline.holes.push_back(box(30, 30, 70, 70).outer);
    p.addCompound(ring);
    p.addBuilding(building(box(45, 45, 55, 55), "yes", 1));
    p.addBuilding(building(box(5, 5, 15, 15), "yes", 1));
    const Residents r = locateResidents(p, kFrame);
    ASSERT_EQ(count(r, Home::Kind::Building), 1u);  // the one in the hole is a plain "yes" outside
    EXPECT_NEAR(r.homes[0].at.x, 10.0, 0.01);
}

TEST(Residents, ACompoundWithoutBuildingsIsEstimatedFromItsLandAndPlotRatio) {
    project::Project p = project::Project::createDefault();
    project::Compound plain;
    plain.outline = box(0, 0, 100, 100);  // 10,000 m²
    const auto plainId = p.addCompound(plain);
    project::Compound own;
    own.outline = box(200, 0, 300, 50);  // 5,000 m²
    own.plotRatio = 1.5;
    own.residents60Plus = 40;  // cohorts without a population are no survey
    p.addCompound(own);

    Residents r = locateResidents(p, kFrame);
    EXPECT_EQ(r.plotRatio.from, PlotRatioSetting::From::BuiltIn);
    EXPECT_DOUBLE_EQ(r.plotRatio.value, kDefaultPlotRatio);
    ASSERT_EQ(count(r, Home::Kind::CompoundLand), 2u);
    const Home& land = home(r, Home::Kind::CompoundLand, plainId);
    EXPECT_NEAR(land.at.x, 50.0, 1e-6);
    EXPECT_NEAR(land.at.y, 50.0, 1e-6);
    EXPECT_EQ(r.compounds[0].source, ResidentsSource::PlotRatio);
    EXPECT_NEAR(r.compounds[0].landAreaM2, 10000.0, 1.0);
    EXPECT_DOUBLE_EQ(r.compounds[0].plotRatio, 2.0);
    EXPECT_EQ(r.compounds[0].population, std::llround(10000.0 * 2.0 / 36.52));
    EXPECT_TRUE(r.compounds[0].estimated);
    EXPECT_DOUBLE_EQ(r.compounds[1].plotRatio, 1.5) << "the compound's own ratio wins";
    EXPECT_EQ(r.compounds[1].population, std::llround(5000.0 * 1.5 / 36.52));
    EXPECT_EQ(r.compounds[1].cohortSource, CohortSource::Census);

    // The project's setting replaces the built-in assumption; the caller's option wins over both.
    p.setMetadataValue(project::meta::kPlotRatio, "2.5");
    r = locateResidents(p, kFrame);
    EXPECT_EQ(r.plotRatio.from, PlotRatioSetting::From::Project);
    EXPECT_EQ(r.compounds[0].population, std::llround(10000.0 * 2.5 / 36.52));
    ResidentsOptions options;
    options.plotRatio = 0.8;
    r = locateResidents(p, kFrame, options);
    EXPECT_EQ(r.plotRatio.from, PlotRatioSetting::From::Options);
    EXPECT_EQ(r.compounds[0].population, std::llround(10000.0 * 0.8 / 36.52));
    p.setMetadataValue(project::meta::kPlotRatio, "not a number");
    EXPECT_EQ(locateResidents(p, kFrame).plotRatio.from, PlotRatioSetting::From::BuiltIn);
}

/// A grid of 100 m cells in the test frame, cell (i, j) spanning x 100i..100i+100,
/// y 100j..100j+100.
project::PopulationCell cell(int i, int j, double value) {
    project::PopulationCell c;
    c.outline = box(100.0 * i, 100.0 * j, 100.0 * i + 100.0, 100.0 * j + 100.0);
    c.value = value;
    return c;
}

project::PopulationGrid grid(project::PopulationGridKind kind) {
    project::PopulationGrid g;
    g.kind = kind;
    g.source = "test grid";
    g.year = 2025;
    return g;
}

TEST(Residents, AGridOfPeopleGoesToHomesByFloorAreaAndNothingIsLost) {
    project::Project p = project::Project::createDefault();
    // A: two buildings in cell (0,0). B: no buildings, over cells (1,0) and (2,0) (3/4 and 1/4
    // of its land). S: surveyed, in cell (0,2). C: buildings, no grid people on them. D: land
    // only, far from the grid.
    project::Compound a;
    a.outline = box(0, 0, 100, 100);
    const auto aId = p.addCompound(a);
    project::Compound b;
    b.outline = box(150, 0, 250, 100);
    const auto bId = p.addCompound(b);
    project::Compound s;
    s.outline = box(0, 200, 100, 300);
    s.population = 700;
    p.addCompound(s);
    project::Compound c;
    c.outline = box(1000, 0, 1100, 100);
    p.addCompound(c);
    project::Compound d;
    d.outline = box(2000, 0, 2100, 100);
    p.addCompound(d);
    const auto a1 = p.addBuilding(building(box(10, 10, 20, 20), "yes", 1));    // 100 m²
    const auto a2 = p.addBuilding(building(box(50, 50, 70, 60), "yes", 3));    // 600 m²
    p.addBuilding(building(box(10, 210, 30, 230), "yes", 2));                  // in S
    const auto c1 = p.addBuilding(building(box(1010, 10, 1030, 30), "yes", 2));
    const auto house = p.addBuilding(building(box(360, 40, 370, 50), "house", 2));  // outside, cell (3,0)
    const auto near = p.addBuilding(building(box(470, 240, 480, 250), "house", 1)); // outside, 
    p.addPopulationGrid(grid(project::PopulationGridKind::People),
                        {cell(0, 0, 140.0),   // a. A's two buildings
                         cell(1, 0, 60.0),    // b. B's land (3/4 of it lies here)
                         cell(2, 0, 20.0),    // b. B's land (1/4) — nothing else in it
                         cell(3, 0, 12.0),    // a. the house outside compounds
                         cell(4, 1, 8.0),     // c. nobody in it; the near house is 75 m away
                         cell(8, 8, 5.0),     // d. nobody within 150 m: walks from the centre
                         cell(0, 2, 30.0),    // in surveyed S: the survey wins
                         cell(5, 5, 0.0)});   // empty cells count for nothing
    const Residents r = locateResidents(p, kFrame);

    ASSERT_TRUE(r.grid);
    const GridPlacement& g = *r.grid;
    EXPECT_EQ(g.cells, 7u);
    EXPECT_NEAR(g.people, 275.0, 1e-9);
    EXPECT_NEAR(g.toBuildings, 140.0 + 12.0, 1e-9);
    EXPECT_NEAR(g.toCompoundLand, 80.0, 1e-9);
    EXPECT_NEAR(g.toNearestHome, 8.0, 1e-9);
    EXPECT_NEAR(g.atCellCentres, 5.0, 1e-9);
    EXPECT_EQ(g.cellsAtCentres, 1u);
    EXPECT_NEAR(g.replacedBySurvey, 30.0, 1e-9);
    EXPECT_NEAR(g.toBuildings + g.toCompoundLand + g.toNearestHome + g.atCellCentres
                    + g.replacedBySurvey,
                g.people, 1e-9)
        << "every person of the grid is accounted for";

    EXPECT_EQ(r.compounds[0].source, ResidentsSource::Grid);
    EXPECT_NEAR(home(r, Home::Kind::Building, a1).residents, 140.0 * 100.0 / 700.0, 1e-6);
    EXPECT_NEAR(home(r, Home::Kind::Building, a2).residents, 140.0 * 600.0 / 700.0, 1e-6);
    EXPECT_EQ(r.compounds[1].source, ResidentsSource::Grid);
    EXPECT_NEAR(home(r, Home::Kind::CompoundLand, bId).residents, 80.0, 1e-9);
    EXPECT_EQ(r.compounds[2].source, ResidentsSource::Survey);
    EXPECT_EQ(r.compounds[2].population, 700);
    EXPECT_EQ(r.compounds[3].source, ResidentsSource::FloorArea) << "no grid people on C's homes";
    EXPECT_NEAR(home(r, Home::Kind::Building, c1).residents, 800.0 / 36.52, 1e-9);
    EXPECT_EQ(r.compounds[4].source, ResidentsSource::PlotRatio);
    EXPECT_EQ(home(r, Home::Kind::Building, house).source, ResidentsSource::Grid);
    EXPECT_NEAR(home(r, Home::Kind::Building, house).residents, 12.0, 1e-9);
    EXPECT_EQ(home(r, Home::Kind::Building, near).source, ResidentsSource::Grid);
    EXPECT_NEAR(home(r, Home::Kind::Building, near).residents, 8.0, 1e-9);
    ASSERT_EQ(count(r, Home::Kind::GridCell), 1u);
    const Home& loose = r.homes.back();
    EXPECT_EQ(loose.kind, Home::Kind::GridCell);
    EXPECT_NEAR(loose.at.x, 850.0, 1e-6);
    EXPECT_NEAR(loose.at.y, 850.0, 1e-6);
    EXPECT_EQ(loose.compound, Home::kNone);
    (void)aId;

    // The project's total: the grid's people less those the survey replaced, plus the survey
    // and the estimates of C and D.
    const double expected = 275.0 - 30.0 + 700.0 + 800.0 / 36.52 + 10000.0 * 2.0 / 36.52;
    EXPECT_NEAR(r.population, expected, 1e-6);
    EXPECT_NEAR(r.outsideCompounds, 12.0 + 8.0 + 5.0, 1e-9);
}

TEST(Residents, GridPeopleFarFromEveryHomeInACompoundBelongToIt) {
    project::Project p = project::Project::createDefault();
    project::Compound big;
    big.outline = box(0, 0, 600, 600);
    const auto bigId = p.addCompound(big);
    project::Compound surveyed;
    surveyed.outline = box(1000, 0, 1600, 600);
    surveyed.population = 100;
    p.addCompound(surveyed);
    const auto corner = p.addBuilding(building(box(10, 10, 20, 20), "yes", 6));
    p.addPopulationGrid(grid(project::PopulationGridKind::People),
                        {cell(0, 0, 50.0), cell(4, 4, 30.0), cell(14, 4, 20.0)});
    const Residents r = locateResidents(p, kFrame);
    ASSERT_TRUE(r.grid);
    EXPECT_NEAR(r.grid->atCellCentres, 30.0, 1e-9);
    EXPECT_NEAR(r.grid->replacedBySurvey, 20.0, 1e-9) << "in the surveyed compound, far from homes";
    const Home& loose = home(r, Home::Kind::GridCell, p.populationCells().items()[1].id);
    EXPECT_EQ(loose.compound, 0u) << "the cell's centre lies in the big compound";
    EXPECT_EQ(r.compounds[0].source, ResidentsSource::Grid);
    EXPECT_EQ(r.compounds[0].population, 80);
    EXPECT_EQ(r.compounds[0].homes.size(), 2u);
    EXPECT_NEAR(home(r, Home::Kind::Building, corner).residents, 50.0, 1e-9);
    EXPECT_NEAR(r.outsideCompounds, 0.0, 1e-9);
    (void)bigId;
}

TEST(Residents, CohortsComeFromTheSurveyThenGridsOfSharesThenTheCensus) {
    project::Project p = project::Project::createDefault();
    project::Compound surveyed;
    surveyed.outline = box(0, 0, 100, 100);
    surveyed.population = 1000;
    surveyed.residents60Plus = 300;
    p.addCompound(surveyed);
    project::Compound gridded;
    gridded.outline = box(200, 0, 300, 100);
    p.addCompound(gridded);
    project::Compound census;
    census.outline = box(600, 0, 700, 100);
    p.addCompound(census);
    p.addPopulationGrid(grid(project::PopulationGridKind::Share60Plus),
                        {cell(0, 0, 0.5), cell(2, 0, 0.25)});
    p.addPopulationGrid(grid(project::PopulationGridKind::Share0To14), {cell(2, 0, 0.10)});
    const Residents r = locateResidents(p, kFrame);
    EXPECT_TRUE(r.cohortGrids);
    EXPECT_EQ(r.compounds[0].cohortSource, CohortSource::Survey) << "the survey beats the grid";
    EXPECT_EQ(r.compounds[0].residents60Plus, 300);
    EXPECT_EQ(r.compounds[0].children0To14, 0) << "surveyed: no children recorded";
    const double land = 10000.0 * 2.0 / 36.52;
    EXPECT_EQ(r.compounds[1].cohortSource, CohortSource::Grid);
    EXPECT_EQ(r.compounds[1].residents60Plus, std::llround(land * 0.25));
    EXPECT_EQ(r.compounds[1].children0To14, std::llround(land * 0.10));
    EXPECT_EQ(r.compounds[2].cohortSource, CohortSource::Census);
    EXPECT_EQ(r.compounds[2].residents60Plus, std::llround(land * 0.1870));
}

TEST(Residents, NothingKnownIsZeroAndSaysSo) {
    project::Project p = project::Project::createDefault();
    const Residents empty = locateResidents(p, kFrame);
    EXPECT_EQ(empty.population, 0.0);
    EXPECT_TRUE(empty.homes.empty());
    project::Compound degenerate;
    degenerate.outline = box(0, 0, 0, 0);
    p.addCompound(degenerate);
    const Residents r = locateResidents(p, kFrame);
    EXPECT_EQ(r.compounds[0].source, ResidentsSource::None);
    EXPECT_EQ(r.population, 0.0);
}

}  // namespace
}  // namespace yike::access
