// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/coverage.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"
#include "core/geo/local_frame.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "core/sample/split_mix.h"
#include "core/sample/synthetic_city.h"
#include "tests/support/test_data.h"

namespace yike::access {
namespace {

/*
 * The test district, in metres (x east, y north), walked at 1 m/s:
 *
 *   y=200  A=========================================B
 *          |              |                          |
 *          |         +----g----+                     |      W: fenced, its only gate g (150,140)
 *          |         |    *    |          +------+   |         faces north; a path runs from
 *          |         |    |    |          |  U * |   |         the centroid * through g north
 *          |         +---------+          +------+   |      U: unfenced, centroid (450,60)
 *   y=0    C===============P======================c==D      P pharmacy (150,-5), c cafe (450,-5)
 *
 * P is 100 m from W's centroid in a straight line, but W's residents leave through g:
 * 40 m x 1.3 inside, then 60 + 150 + 200 + 150 m of street = 612 s, 10.2 min.
 * U snaps onto the south street 60 m from its centroid, 300 m along from P: 360 s, 6 min.
 */
const geo::LocalFrame kFrame({118.78, 32.04});

geo::LonLat at(double x, double y) { return kFrame.toLonLat({x, y}); }

geo::Polygon box(double x0, double y0, double x1, double y1) {
    return {{at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)}, {}};
}

catalog::Category category(const std::string& code, std::optional<double> walkMinutes) {
    catalog::Category c;
    c.code = code;
    c.nameZh = code;
    c.walkMinutes = walkMinutes;
    return c;
}

struct District {
    project::Project project;
    project::FeatureId w = 0;
    project::FeatureId u = 0;
    project::FeatureId pharmacy = 0;
    project::FeatureId cafe = 0;
    project::FeatureId gate = 0;
};

District district() {
    District d;
    project::Project& p = d.project;
    p.setCatalog(catalog::Catalog({category("pharmacy", 10.0), category("supermarket", 10.0),
                                   category("cafe", std::nullopt), category("bank", std::nullopt)}));
    auto street = [&](std::vector<geo::LonLat> line) {
        project::Street s;
        s.line = std::move(line);
        s.highway = "footway";
        p.addStreet(s);
    };
    // Vertices at x = 150 where the paths from W join (ways connect at shared vertices only).
    street({at(0, 200), at(150, 200), at(600, 200)});
    street({at(0, 0), at(150, 0), at(600, 0)});
    street({at(0, 0), at(0, 200)});
    street({at(600, 0), at(600, 200)});
    street({at(150, 100), at(150, 200)});  // W's path, through the gate

    project::Compound w;
    w.outline = box(100, 60, 200, 140);
    w.name = "W";
    w.population = 1000;
    w.residents60Plus = 300;
    w.children0To14 = 100;
    w.fenced = true;
    d.w = p.addCompound(w);
    project::Gate g;
    g.position = at(150, 140);
    g.compoundId = d.w;
    d.gate = p.addGate(g);

    project::Compound u;
    u.outline = box(400, 20, 500, 100);
    u.name = "U";
    u.population = 3000;
    u.residents60Plus = 100;
    u.children0To14 = 600;
    u.fenced = false;
    d.u = p.addCompound(u);

    project::Facility pharmacy;
    pharmacy.position = at(150, -5);
    pharmacy.categoryCode = "pharmacy";
    d.pharmacy = p.addFacility(pharmacy);
    project::Facility cafe;
    cafe.position = at(450, -5);
    cafe.categoryCode = "cafe";
    d.cafe = p.addFacility(cafe);
    return d;
}

project::WalkProfile walkingAt(double speed) {
    project::WalkProfile p;
    p.code = "test";
    p.speedMps = speed;
    return p;
}

std::size_t indexOf(const CoverageResult& r, const std::string& code) {
    for (std::size_t i = 0; i < r.categories.size(); ++i)
        if (r.categories[i].code == code) return i;
    ADD_FAILURE() << "no category " << code;
    return 0;
}

const CompoundCoverage& compound(const CoverageResult& r, project::FeatureId id) {
    for (const CompoundCoverage& c : r.compounds)
        if (c.id == id) return c;
    throw std::runtime_error("no such compound");
}

CoverageOptions smallNetwork() {
    CoverageOptions o;
    o.minComponentNodes = 0;
    return o;
}

/// The measures an incremental update left equal those of a fresh run.
void expectSameMeasures(const CoverageResult& a, const CoverageResult& b) {
    auto sameMinutes = [](const std::vector<double>& x, const std::vector<double>& y,
                          const char* what, std::size_t k) {
        ASSERT_EQ(x.size(), y.size());
        for (std::size_t c = 0; c < x.size(); ++c)
            if (std::isinf(y[c]))
                EXPECT_TRUE(std::isinf(x[c])) << what << " " << k << " category " << c;
            else
                EXPECT_NEAR(x[c], y[c], 1e-6) << what << " " << k << " category " << c;
    };
    ASSERT_EQ(a.compounds.size(), b.compounds.size());
    for (std::size_t k = 0; k < a.compounds.size(); ++k) {
        sameMinutes(a.compounds[k].minutes, b.compounds[k].minutes, "compound", k);
        EXPECT_DOUBLE_EQ(a.compounds[k].completeness, b.compounds[k].completeness);
    }
    ASSERT_EQ(a.buildings.size(), b.buildings.size());
    for (std::size_t k = 0; k < a.buildings.size(); ++k)
        sameMinutes(a.buildings[k].minutes, b.buildings[k].minutes, "building", k);
    ASSERT_EQ(a.categories.size(), b.categories.size());
    for (std::size_t c = 0; c < a.categories.size(); ++c) {
        EXPECT_EQ(a.categories[c].blindSpots, b.categories[c].blindSpots);
        for (std::size_t t = 0; t < a.categories[c].shares.size(); ++t)
            EXPECT_DOUBLE_EQ(a.categories[c].shares[t].population,
                             b.categories[c].shares[t].population);
    }
}

TEST(CoverageAnalysis, FencedCompoundLeavesThroughItsGateOnly) {
    const District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    const std::size_t pharmacy = indexOf(r, "pharmacy");
    // 40 m x 1.3 inside, 560 m of streets.
    EXPECT_NEAR(compound(r, d.w).minutes[pharmacy], (40.0 * 1.3 + 560.0) / 60.0, 0.01);
    EXPECT_NEAR(compound(r, d.u).minutes[pharmacy], 360.0 / 60.0, 0.01);
    EXPECT_NEAR(compound(r, d.u).minutes[indexOf(r, "cafe")], 1.0, 0.01);
    EXPECT_TRUE(std::isinf(compound(r, d.u).minutes[indexOf(r, "supermarket")]));
    EXPECT_TRUE(r.unsnapped.empty());
}

TEST(CoverageAnalysis, SharesArePopulationWeighted) {
    const District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    EXPECT_EQ(r.population, 4000);
    EXPECT_EQ(r.residents60Plus, 400);
    EXPECT_EQ(r.children0To14, 700);
    const CategoryCoverage& pharmacy = r.categories[indexOf(r, "pharmacy")];
    ASSERT_EQ(pharmacy.shares.size(), 3u);
    // 5 min: nobody; 10 min: U (6 min) only; 15 min: also W (10.2 min).
    EXPECT_DOUBLE_EQ(pharmacy.shares[0].population, 0.0);
    EXPECT_DOUBLE_EQ(pharmacy.shares[1].population, 3000.0 / 4000.0);
    EXPECT_DOUBLE_EQ(pharmacy.shares[1].residents60Plus, 100.0 / 400.0);
    EXPECT_DOUBLE_EQ(pharmacy.shares[1].children0To14, 600.0 / 700.0);
    EXPECT_DOUBLE_EQ(pharmacy.shares[2].population, 1.0);
    // Target 10 min from the catalogue: W is a blind spot.
    EXPECT_TRUE(pharmacy.targetFromCatalog);
    EXPECT_EQ(pharmacy.blindSpots, std::vector<project::FeatureId>{d.w});
    // The cafe has no catalogue target: 15 min by default, W at 15.2 min is beyond it.
    const CategoryCoverage& cafe = r.categories[indexOf(r, "cafe")];
    EXPECT_FALSE(cafe.targetFromCatalog);
    EXPECT_DOUBLE_EQ(cafe.targetMinutes, kDefaultTargetMinutes);
    EXPECT_EQ(cafe.blindSpots, std::vector<project::FeatureId>{d.w});
}

TEST(CoverageAnalysis, CompletenessCountsCategoriesWithAFacilityOrATarget) {
    const District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    // Relevant: pharmacy (facility, target), supermarket (target), cafe (facility); not bank.
    EXPECT_FALSE(r.categories[indexOf(r, "bank")].isRelevant);
    EXPECT_EQ(compound(r, d.u).relevantCategories, 3u);
    EXPECT_EQ(compound(r, d.u).categoriesWithinTarget, 2u);
    EXPECT_DOUBLE_EQ(compound(r, d.u).completeness, 2.0 / 3.0);
    EXPECT_EQ(compound(r, d.w).categoriesWithinTarget, 0u);
    EXPECT_DOUBLE_EQ(compound(r, d.w).completeness, 0.0);
}

TEST(CoverageAnalysis, ClosedGateCutsTheCompoundOff) {
    const District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageOptions options = smallNetwork();
    options.isGateOpen = [](const project::Gate&) { return false; };
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), options);
    ASSERT_TRUE(analysis.run());
    const CompoundCoverage& w = compound(analysis.result(), d.w);
    EXPECT_FALSE(w.hasOrigin);
    for (const double m : w.minutes) EXPECT_TRUE(std::isinf(m));
}

TEST(CoverageAnalysis, AGateMarkedClosedIsClosedWithoutAnHourGiven) {
    District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    std::vector<project::Gate> gates = d.project.gates().items();
    for (project::Gate& g : gates) {
        g.openHours = project::kGateClosedHours;
        d.project.updateGate(g);
    }
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    EXPECT_FALSE(compound(analysis.result(), d.w).hasOrigin);
    // An hour filter cannot open it again.
    CoverageOptions everyHour = smallNetwork();
    everyHour.isGateOpen = [](const project::Gate&) { return true; };
    CoverageAnalysis filtered(d.project, graph, walkingAt(1.0), everyHour);
    ASSERT_TRUE(filtered.run());
    EXPECT_FALSE(compound(filtered.result(), d.w).hasOrigin);
}

TEST(CoverageAnalysis, VehicleGateIsClosedToProfilesThatMayNotUseIt) {
    District d = district();
    // A second, shorter way out to the south: a vehicle gate at (150,60).
    project::Street south;
    south.line = {at(150, 100), at(150, 0)};
    south.highway = "footway";
    d.project.addStreet(south);
    project::Gate vehicle;
    vehicle.position = at(150, 60);
    vehicle.compoundId = d.w;
    vehicle.kind = project::GateKind::Vehicle;
    d.project.addGate(vehicle);
    const network::StreetGraph graph = network::buildFromProject(d.project);

    project::WalkProfile adult = walkingAt(1.0);
    CoverageAnalysis walkers(d.project, graph, adult, smallNetwork());
    ASSERT_TRUE(walkers.run());
    const std::size_t pharmacy = indexOf(walkers.result(), "pharmacy");
    EXPECT_NEAR(compound(walkers.result(), d.w).minutes[pharmacy], (40.0 * 1.3 + 60.0) / 60.0,
                0.01);

    project::WalkProfile careful = adult;
    careful.vehicleGatesPassable = false;
    CoverageAnalysis others(d.project, graph, careful, smallNetwork());
    ASSERT_TRUE(others.run());
    EXPECT_NEAR(compound(others.result(), d.w).minutes[pharmacy], (40.0 * 1.3 + 560.0) / 60.0,
                0.01);
}

TEST(CoverageAnalysis, ReportsFacilitiesItCannotSnapAndSkipsPlannedOnes) {
    District d = district();
    project::Facility far;
    far.position = at(300, 1000);
    far.categoryCode = "bank";
    const project::FeatureId farId = d.project.addFacility(far);
    project::Facility planned;
    planned.position = at(150, 205);
    planned.categoryCode = "pharmacy";
    planned.status = project::FacilityStatus::Planned;
    d.project.addFacility(planned);
    const network::StreetGraph graph = network::buildFromProject(d.project);

    CoverageAnalysis existing(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(existing.run());
    const CoverageResult& r = existing.result();
    ASSERT_EQ(r.unsnapped.size(), 1u);
    EXPECT_EQ(r.unsnapped[0].id, farId);
    EXPECT_EQ(r.unsnapped[0].status, network::SnapStatus::TooFar);
    EXPECT_NEAR(r.unsnapped[0].distanceM, 800.0, 1.0);
    EXPECT_EQ(r.categories[indexOf(r, "bank")].facilities, 1u);
    EXPECT_EQ(r.categories[indexOf(r, "bank")].facilitiesSnapped, 0u);
    EXPECT_EQ(r.categories[indexOf(r, "pharmacy")].facilities, 1u);

    CoverageOptions withPlanned = smallNetwork();
    withPlanned.includePlanned = true;
    CoverageAnalysis planning(d.project, graph, walkingAt(1.0), withPlanned);
    ASSERT_TRUE(planning.run());
    const CoverageResult& q = planning.result();
    EXPECT_EQ(q.categories[indexOf(q, "pharmacy")].facilities, 2u);
    // The planned pharmacy sits where W's path meets the north street: 60 m + 52 m inside.
    EXPECT_NEAR(compound(q, d.w).minutes[indexOf(q, "pharmacy")], (52.0 + 60.0) / 60.0, 0.05);
}

TEST(CoverageAnalysis, MovingAFacilityRecomputesOnlyItsCategory) {
    District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const std::size_t pharmacyIndex = indexOf(analysis.result(), "pharmacy");
    const std::vector<double> cafeBefore = compound(analysis.result(), d.w).minutes;

    project::Facility moved = *d.project.facilities().find(d.pharmacy);
    moved.position = at(450, 205);
    const std::vector<std::size_t> touched = analysis.updateFacility(moved);
    EXPECT_EQ(touched, std::vector<std::size_t>{pharmacyIndex});

    d.project.updateFacility(moved);
    CoverageAnalysis fresh(d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(fresh.run());
    const CoverageResult& a = analysis.result();
    expectSameMeasures(a, fresh.result());
    EXPECT_EQ(compound(a, d.w).minutes[indexOf(a, "cafe")], cafeBefore[indexOf(a, "cafe")]);

    // Removing the only cafe leaves the category without facilities: no longer relevant.
    EXPECT_EQ(analysis.removeFacility(d.cafe), std::vector<std::size_t>{indexOf(a, "cafe")});
    EXPECT_FALSE(analysis.result().categories[indexOf(a, "cafe")].isRelevant);
    EXPECT_EQ(compound(analysis.result(), d.u).relevantCategories, 2u);
}

/// W gets two home buildings: A next to its gate, B in the far corner with three times A's
/// floor area. Outside every compound, a house north of the north street.
struct HomesDistrict {
    District d = district();
    project::FeatureId a = 0;
    project::FeatureId b = 0;
    project::FeatureId house = 0;
    HomesDistrict() {
        auto add = [&](geo::Polygon outline, const char* kind, int levels) {
            project::Building building;
            building.outline = std::move(outline);
            building.kind = kind;
            building.levels = levels;
            return d.project.addBuilding(building);
        };
        a = add(box(145, 120, 155, 130), "yes", 1);    // centroid (150,125): 15 m from g
        b = add(box(105, 65, 115, 75), "yes", 3);      // centroid (110,70): 80.6 m from g
        house = add(box(295, 230, 305, 240), "house", 2);  // 35 m north of the north street
        add(box(180, 65, 190, 75), "garage", 1);       // in W, not a home
    }
};

const BuildingCoverage& building(const CoverageResult& r, project::FeatureId id) {
    for (const BuildingCoverage& b : r.buildings)
        if (b.id == id) return b;
    throw std::runtime_error("no such building");
}

TEST(CoverageAnalysis, ResidentsWalkFromTheirOwnBuilding) {
    const HomesDistrict h;
    const network::StreetGraph graph = network::buildFromProject(h.d.project);
    CoverageAnalysis analysis(h.d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    const std::size_t pharmacy = indexOf(r, "pharmacy");
    ASSERT_EQ(r.buildings.size(), 3u);  // A, B and the house; not the garage
    const double fromA = (15.0 * 1.3 + 560.0) / 60.0;
    const double fromB = (std::hypot(40.0, 70.0) * 1.3 + 560.0) / 60.0;
    EXPECT_NEAR(building(r, h.a).minutes[pharmacy], fromA, 0.01);
    EXPECT_NEAR(building(r, h.b).minutes[pharmacy], fromB, 0.01);
    EXPECT_EQ(building(r, h.a).compoundId, h.d.w);
    EXPECT_NEAR(building(r, h.a).residents, 250.0, 1e-9);
    EXPECT_NEAR(building(r, h.b).residents, 750.0, 1e-9);
    // W's minutes: the residents-weighted median, here B's (three quarters live there).
    EXPECT_NEAR(compound(r, h.d.w).minutes[pharmacy], fromB, 0.01);
    EXPECT_EQ(compound(r, h.d.w).homeBuildings, 2u);
    EXPECT_FALSE(compound(r, h.d.w).populationEstimated);
    // U has no buildings and still walks from its centroid.
    EXPECT_EQ(compound(r, h.d.u).homeBuildings, 0u);
    EXPECT_NEAR(compound(r, h.d.u).minutes[pharmacy], 6.0, 0.01);

    // The house lies outside every compound: its residents are estimated from its floor area
    // (100 m² x 2 levels at 36.52 m² per person) and count in every total. It snaps 35 m onto
    // the north street at (300,200); W's path ends inside W, so the way to P is west, south and
    // east: 300 + 200 + 150 m.
    const BuildingCoverage& house = building(r, h.house);
    const double inHouse = 200.0 / 36.52;
    EXPECT_EQ(house.compoundId, 0);
    EXPECT_NEAR(house.residents, inHouse, 1e-3);  // the analysis frame measures 200 m² to 0.01 %
    EXPECT_EQ(house.residentsSource, ResidentsSource::FloorArea);
    EXPECT_TRUE(house.hasOrigin);
    EXPECT_NEAR(house.minutes[pharmacy], (35.0 + 650.0) / 60.0, 0.01);
    EXPECT_EQ(r.population, std::llround(4000.0 + inHouse));
    EXPECT_EQ(r.residents.homesOutsideCompounds, 1u);
    EXPECT_NEAR(r.residents.residentsOutsideCompounds, inHouse, 1e-3);

    // At 10 min A's quarter of W is covered (9.66 min), B's not (11.08 min), nor the house.
    ASSERT_LT(fromA, 10.0);
    ASSERT_GT(fromB, 10.0);
    const CategoryCoverage& c = r.categories[pharmacy];
    EXPECT_NEAR(c.shares[1].population, (3000.0 + 250.0) / (4000.0 + inHouse), 1e-7);
    EXPECT_NEAR(c.shares[1].residents60Plus,
                (100.0 + 0.25 * 300.0) / (400.0 + inHouse * 0.1870), 1e-7);
}

TEST(CoverageAnalysis, CompoundsWithoutACountAreEstimatedFromTheirBuildings) {
    HomesDistrict h;
    project::Compound w = *h.d.project.compounds().find(h.d.w);
    w.population = 0;
    w.residents60Plus = 0;
    w.children0To14 = 0;
    h.d.project.updateCompound(w);
    const network::StreetGraph graph = network::buildFromProject(h.d.project);
    CoverageAnalysis analysis(h.d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    const CompoundCoverage& estimated = compound(r, h.d.w);
    EXPECT_TRUE(estimated.populationEstimated);
    // A: 100 m² x 1 level, B: 100 m² x 3 levels; 36.52 m² per person.
    EXPECT_EQ(estimated.population, std::llround(400.0 / 36.52));
    EXPECT_EQ(estimated.residentsSource, ResidentsSource::FloorArea);
    EXPECT_EQ(r.population, std::llround(3000.0 + 400.0 / 36.52 + 200.0 / 36.52))
        << "U's survey, W's floor area and the house outside";
    EXPECT_FALSE(compound(r, h.d.u).populationEstimated);
}

TEST(CoverageAnalysis, MovingAFacilityNearHomesMatchesAFullRun) {
    HomesDistrict h;
    const network::StreetGraph graph = network::buildFromProject(h.d.project);
    CoverageAnalysis analysis(h.d.project, graph, walkingAt(1.0), smallNetwork());
    ASSERT_TRUE(analysis.run());
    for (const geo::LonLat to : {at(300, 205), at(150, 195), at(600, 100)}) {
        project::Facility moved = *h.d.project.facilities().find(h.d.pharmacy);
        moved.position = to;
        analysis.updateFacility(moved);
        h.d.project.updateFacility(moved);
        CoverageAnalysis fresh(h.d.project, graph, walkingAt(1.0), smallNetwork());
        ASSERT_TRUE(fresh.run());
        expectSameMeasures(analysis.result(), fresh.result());
    }
}

/// What a facility not yet in the project would reach is what a full run measures once it is
/// there: every home's time becomes min(before, from the new one), to the bit.
void expectWhatIfMatchesAFullRun(const project::Project& project,
                                 const project::WalkProfile& profile, const CoverageOptions& options,
                                 const std::string& code, const std::vector<geo::LonLat>& places) {
    const network::StreetGraph graph = network::buildFromProject(project);
    CoverageAnalysis before(project, graph, profile, options);
    ASSERT_TRUE(before.run());
    const std::size_t c = indexOf(before.result(), code);
    ReachSearch search = before.makeSearch();
    constexpr double kLimitMinutes = 20.0;
    std::size_t reachedSomewhere = 0;
    for (const geo::LonLat place : places) {
        const SearchSource source = before.placeFacility(place);
        ASSERT_FALSE(source.isAbsent());
        std::vector<double> fromNew(before.homeCount(), std::numeric_limits<double>::infinity());
        for (const HomeTime& t : before.homesReachedFrom(source, kLimitMinutes * 60.0, search)) {
            EXPECT_LE(t.seconds, kLimitMinutes * 60.0);
            fromNew[t.home] = t.seconds / 60.0;
        }
        project::Project after = project;
        project::Facility added;
        added.position = place;
        added.categoryCode = code;
        after.addFacility(added);
        CoverageAnalysis fresh(after, graph, profile, options);
        ASSERT_TRUE(fresh.run());
        ASSERT_EQ(fresh.homeCount(), before.homeCount());
        for (std::size_t h = 0; h < before.homeCount(); ++h) {
            const double expected = std::min(before.homeMinutes(h, c), fromNew[h]);
            if (expected <= kLimitMinutes)
                EXPECT_EQ(fresh.homeMinutes(h, c), expected) << "home " << h;
            else
                EXPECT_FALSE(fresh.homeMinutes(h, c) <= kLimitMinutes) << "home " << h;
            if (fromNew[h] <= kLimitMinutes) ++reachedSomewhere;
            EXPECT_EQ(fresh.homeResidents(h).residents, before.homeResidents(h).residents);
        }
    }
    EXPECT_GT(reachedSomewhere, 0u);
}

TEST(CoverageAnalysis, WhatIfAFacilityWereAddedMatchesAFullRun) {
    HomesDistrict h;
    expectWhatIfMatchesAFullRun(h.d.project, walkingAt(1.0), smallNetwork(), "pharmacy",
                                {at(300, 205), at(150, 195), at(600, 100), at(450, 5)});
    expectWhatIfMatchesAFullRun(h.d.project, walkingAt(1.0), smallNetwork(), "bank",
                                {at(150, 195), at(20, 100)});
}

TEST(CoverageAnalysis, WhatIfOnNanjingMatchesAFullRun) {
    const auto file = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project project = project::Project::createDefault();
    osm::importOsm(file, project);
    // Places spread over the district: every 150th building's corner.
    std::vector<geo::LonLat> places;
    const auto& buildings = project.buildings().items();
    for (std::size_t i = 0; i < buildings.size(); i += 150) places.push_back(buildings[i].outline.outer.front());
    ASSERT_GE(places.size(), 5u);
    const project::WalkProfile older = project.walkProfiles()[1];
    expectWhatIfMatchesAFullRun(project, older, {}, "pharmacy", places);
    expectWhatIfMatchesAFullRun(project, older, {}, "nursery", places);
}

TEST(CoverageAnalysis, StopsWhenCancelled) {
    const District d = district();
    const network::StreetGraph graph = network::buildFromProject(d.project);
    CoverageAnalysis analysis(d.project, graph, walkingAt(1.0), smallNetwork());
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    EXPECT_FALSE(analysis.run(control));
    EXPECT_FALSE(analysis.result().complete);

    std::vector<double> fractions;
    RunControl watched;
    watched.progress = [&](double f) { fractions.push_back(f); };
    EXPECT_TRUE(analysis.run(watched));
    ASSERT_FALSE(fractions.empty());
    EXPECT_TRUE(std::is_sorted(fractions.begin(), fractions.end()));
    EXPECT_DOUBLE_EQ(fractions.back(), 1.0);
}

TEST(CoverageAnalysis, AnalysesNanjingEndToEnd) {
    const auto file = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project project = project::Project::createDefault();
    osm::importOsm(file, project);
    ASSERT_FALSE(project.compounds().items().empty());
    ASSERT_FALSE(project.walkProfiles().empty());
    const network::StreetGraph graph = network::buildFromProject(project);
    const project::WalkProfile adult = project.walkProfiles().front();
    CoverageAnalysis analysis(project, graph, adult);
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    EXPECT_TRUE(r.complete);
    EXPECT_EQ(r.compounds.size(), project.compounds().size());
    std::size_t snapped = 0;
    for (const CategoryCoverage& c : r.categories) {
        snapped += c.facilitiesSnapped;
        ASSERT_EQ(c.shares.size(), 3u);
        for (std::size_t t = 0; t < 3; ++t) {
            EXPECT_GE(c.shares[t].population, 0.0);
            EXPECT_LE(c.shares[t].population, 1.0);
            if (t > 0) {
                EXPECT_GE(c.shares[t].population, c.shares[t - 1].population) << c.code;
            }
        }
    }
    EXPECT_GT(snapped, 0u);
    for (const CompoundCoverage& k : r.compounds) {
        EXPECT_GE(k.completeness, 0.0);
        EXPECT_LE(k.completeness, 1.0);
    }
    // OpenStreetMap records no residents: they are estimated from the buildings inside the
    // residential areas, and walk from those buildings; the two areas without mapped buildings
    // are estimated from their land and plot ratio.
    EXPECT_FALSE(r.buildings.empty());
    std::size_t fromFloorArea = 0, fromLand = 0;
    for (const CompoundCoverage& k : r.compounds) {
        EXPECT_TRUE(k.populationEstimated);
        EXPECT_GT(k.population, 0);
        if (k.residentsSource == ResidentsSource::FloorArea) {
            ++fromFloorArea;
            EXPECT_GT(k.homeBuildings, 0u);
        } else {
            ++fromLand;
            EXPECT_EQ(k.residentsSource, ResidentsSource::PlotRatio);
            EXPECT_EQ(k.homeBuildings, 0u);
            EXPECT_DOUBLE_EQ(k.plotRatio, kDefaultPlotRatio);
        }
    }
    EXPECT_EQ(fromFloorArea, 9u);
    EXPECT_EQ(fromLand, 2u);
    EXPECT_GT(r.residents.homesOutsideCompounds, 0u) << "houses and dormitories outside compounds";
    EXPECT_GT(r.population, 0);
}

// A Chinese district as OpenStreetMap often has it: residential areas mapped, building
// footprints not (rebuilt from Nanjing by leaving its buildings out). Every compound still gets
// residents, labelled as estimated from its land and plot ratio, and the shares mean something.
TEST(CoverageAnalysis, ADistrictWithoutBuildingFootprintsStillHasResidents) {
    const auto file = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project imported = project::Project::createDefault();
    osm::importOsm(file, imported);
    project::Project project = project::Project::createDefault();
    for (const project::Street& s : imported.streets().items()) project.addStreet(s);
    for (const project::Facility& f : imported.facilities().items()) project.addFacility(f);
    for (const project::Compound& c : imported.compounds().items()) project.addCompound(c);
    ASSERT_TRUE(project.buildings().items().empty());
    ASSERT_GE(project.compounds().size(), 4u);

    const network::StreetGraph graph = network::buildFromProject(project);
    CoverageAnalysis analysis(project, graph, project.walkProfiles().front());
    ASSERT_TRUE(analysis.run());
    const CoverageResult& r = analysis.result();
    EXPECT_GT(r.population, 0);
    for (const CompoundCoverage& k : r.compounds) {
        EXPECT_EQ(k.residentsSource, ResidentsSource::PlotRatio) << k.name;
        EXPECT_TRUE(k.populationEstimated);
        EXPECT_GT(k.population, 0) << k.name;
        EXPECT_DOUBLE_EQ(k.plotRatio, kDefaultPlotRatio);
        EXPECT_EQ(k.homeBuildings, 0u);
    }
    EXPECT_EQ(r.residents.compounds(ResidentsSource::PlotRatio), r.compounds.size());
    EXPECT_EQ(r.residents.plotRatio.from, PlotRatioSetting::From::BuiltIn);
    double best = 0.0;
    for (const CategoryCoverage& c : r.categories) best = std::max(best, c.shares.back().population);
    EXPECT_GT(best, 0.5) << "some service reaches most residents within 15 minutes";
}


/// Every measure of two results, to the bit.
void expectIdenticalMeasures(const CoverageResult& a, const CoverageResult& b) {
    ASSERT_EQ(a.buildings.size(), b.buildings.size());
    for (std::size_t k = 0; k < a.buildings.size(); ++k)
        ASSERT_EQ(a.buildings[k].minutes, b.buildings[k].minutes) << "building " << k;
    ASSERT_EQ(a.compounds.size(), b.compounds.size());
    for (std::size_t k = 0; k < a.compounds.size(); ++k) {
        EXPECT_EQ(a.compounds[k].minutes, b.compounds[k].minutes) << "compound " << k;
        EXPECT_EQ(a.compounds[k].completeness, b.compounds[k].completeness);
    }
    ASSERT_EQ(a.categories.size(), b.categories.size());
    for (std::size_t c = 0; c < a.categories.size(); ++c) {
        const CategoryCoverage& x = a.categories[c];
        const CategoryCoverage& y = b.categories[c];
        EXPECT_EQ(x.blindSpots, y.blindSpots) << x.code;
        EXPECT_EQ(x.facilities, y.facilities) << x.code;
        EXPECT_EQ(x.isRelevant, y.isRelevant) << x.code;
        ASSERT_EQ(x.shares.size(), y.shares.size());
        for (std::size_t t = 0; t < x.shares.size(); ++t) {
            EXPECT_EQ(x.shares[t].population, y.shares[t].population) << x.code;
            EXPECT_EQ(x.shares[t].residents60Plus, y.shares[t].residents60Plus) << x.code;
            EXPECT_EQ(x.shares[t].children0To14, y.shares[t].children0To14) << x.code;
        }
    }
}

// Repairs time again only the homes near what changed; a long run of moves, removals, changes
// of category and additions in a city of gated compounds must still agree with full runs.
TEST(CoverageAnalysis, RepairsInACityMatchFullRuns) {
    // Big enough that a store's catchment is a small part of the city, so most repairs time
    // only some homes again.
    project::Project city = sample::generateSyntheticCity({.scale = 0.01});
    const network::StreetGraph graph = network::buildFromProject(city);
    const project::WalkProfile older = *city.walkProfile("older");
    CoverageAnalysis analysis(city, graph, older);
    ASSERT_TRUE(analysis.run());
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE(seed);
    sample::SplitMix64 random(seed);
    const geo::BoundingBox box = city.bounds();
    const std::vector<std::string> codes{"convenience_store", "kindergarten", "pharmacy"};
    for (int step = 0; step < 24; ++step) {
        const auto& all = city.facilities().items();
        project::Facility f = all[random.index(all.size())];
        switch (step % 4) {
            case 0:  // a store moved a few hundred metres
                for (const project::Facility& g : all)
                    if (g.categoryCode == "convenience_store" && random.chance(0.3)) f = g;
                f.position.lon += random.uniform(-0.003, 0.003);
                f.position.lat += random.uniform(-0.003, 0.003);
                break;
            case 1:  // moved anywhere in the city, off the streets or not
                f.position = {random.uniform(box.minLon, box.maxLon),
                              random.uniform(box.minLat, box.maxLat)};
                break;
            case 2:  // another category, or no longer counted
                if (random.chance(0.5))
                    f.categoryCode = codes[random.index(codes.size())];
                else
                    f.status = project::FacilityStatus::Planned;
                break;
            default: {  // a new one beside an existing one
                f.id = 0;
                f.position.lon += 0.0003;
                f.categoryCode = codes[random.index(codes.size())];
                f.id = city.addFacility(f);
                break;
            }
        }
        if (step % 4 != 3) city.updateFacility(f);
        analysis.updateFacility(f);
        if (step % 6 == 5) {
            const auto& now = city.facilities().items();
            const project::FeatureId gone = now[random.index(now.size())].id;
            analysis.removeFacility(gone);
            city.removeFacility(gone);
        }
        CoverageAnalysis fresh(city, graph, older);
        ASSERT_TRUE(fresh.run());
        SCOPED_TRACE(step);
        expectIdenticalMeasures(analysis.result(), fresh.result());
    }
}

}  // namespace
}  // namespace yike::access
