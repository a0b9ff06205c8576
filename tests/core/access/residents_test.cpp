// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/residents.h"

#include <cmath>

#include <gtest/gtest.h>

#include "core/project/project.h"

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

TEST(Residents, EstimatesACompoundWithoutACountFromItsFloorArea) {
    project::Project p = project::Project::createDefault();
    project::Compound unknown;
    unknown.outline = box(0, 0, 100, 100);
    const project::FeatureId unknownId = p.addCompound(unknown);
    project::Compound counted;
    counted.outline = box(200, 0, 300, 100);
    counted.population = 500;
    counted.residents60Plus = 90;
    counted.children0To14 = 60;
    p.addCompound(counted);

    p.addBuilding(building(box(10, 10, 20, 20), "yes", 3));         // 100 m² x 3
    p.addBuilding(building(box(40, 40, 60, 50), "apartments", 0));  // 200 m² x 6 assumed
    p.addBuilding(building(box(70, 70, 80, 80), "garage", 1));      // not a home
    p.addBuilding(building(box(210, 10, 230, 30), "yes", 0));       // 400 m² x 6 in "counted"
    p.addBuilding(building(box(500, 0, 510, 10), "yes", 2));        // outside, not said to be a home
    p.addBuilding(building(box(520, 0, 530, 10), "house", 2));      // outside, a home

    const Residents r = locateResidents(p, kFrame);
    ASSERT_EQ(r.compounds.size(), 2u);
    const CompoundResidents& u = r.compounds[0];
    EXPECT_TRUE(u.estimated);
    EXPECT_NEAR(u.floorAreaM2, 1500.0, 1.0);
    const double people = u.floorAreaM2 / 36.52;
    EXPECT_EQ(u.population, std::llround(people));
    EXPECT_EQ(u.residents60Plus, std::llround(people * 0.1870));
    EXPECT_EQ(u.children0To14, std::llround(people * 0.1795));
    ASSERT_EQ(u.buildings.size(), 2u);
    EXPECT_NEAR(r.buildings[u.buildings[0]].residents, double(u.population) * 300.0 / 1500.0, 0.01);
    EXPECT_NEAR(r.buildings[u.buildings[1]].residents, double(u.population) * 1200.0 / 1500.0, 0.01);

    const CompoundResidents& c = r.compounds[1];
    EXPECT_FALSE(c.estimated);
    EXPECT_EQ(c.population, 500);
    EXPECT_EQ(c.residents60Plus, 90);
    ASSERT_EQ(c.buildings.size(), 1u);
    EXPECT_NEAR(r.buildings[c.buildings[0]].residents, 500.0, 1e-9);

    ASSERT_EQ(r.buildings.size(), 4u);
    const HomeBuilding& house = r.buildings.back();
    EXPECT_EQ(house.compound, HomeBuilding::kNone);
    EXPECT_EQ(house.residents, 0.0);
    EXPECT_NEAR(house.centroid.x, 525.0, 0.01);
    EXPECT_EQ(r.buildings[u.buildings[0]].compound, 0u);
    (void)unknownId;

    ResidentsOptions recordedOnly;
    recordedOnly.estimateMissingPopulation = false;
    EXPECT_EQ(locateResidents(p, kFrame, recordedOnly).compounds[0].population, 0);
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
    ASSERT_EQ(r.buildings.size(), 1u);  // the one in the hole is a plain "yes" outside
    EXPECT_NEAR(r.buildings[0].centroid.x, 10.0, 0.01);
}

}  // namespace
}  // namespace yike::access
