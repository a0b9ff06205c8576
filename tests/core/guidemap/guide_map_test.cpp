// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guidemap/guide_map.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/access/probe.h"
#include "core/access/reach_search.h"
#include "core/access/walk_rings.h"
#include "core/geo/local_frame.h"
#include "core/geo/plane.h"
#include "core/osm/osm_import.h"
#include "core/sample/sample_district.h"
#include "tests/support/test_data.h"

namespace yike::guidemap {
namespace {

/// Float sums along a path and along its reverse round differently; seconds.
constexpr double kToleranceS = 0.01;

/// Seconds from a facility to the centre's position, the way the coverage analysis measures a
/// facility's reach: a search from the facility (the engine's direction), then the centre's
/// position on its edge through either end, or along the edge when both share it. Costs are
/// the same both ways, so this must equal the guide map's walk from the centre.
double secondsFromFacility(const access::AnalysisSession& session,
                           const access::CoverageAnalysis& analysis, geo::LonLat facility,
                           const network::EdgePosition& centre, double budgetS) {
    const network::StreetGraph& graph = session.graph();
    const access::SearchSource source = analysis.placeFacility(facility);
    if (source.isAbsent()) return std::numeric_limits<double>::infinity();
    access::ReachSearch search = analysis.makeSearch();
    search.start(network::Seconds(budgetS + 60.0));
    search.addSource(source);
    search.run();
    const double length = graph.length(centre.edge).value();
    const double fraction = length > 0.0 ? centre.offset.value() / length : 0.0;
    const double forward = analysis.costs().seconds(graph.edgeArc(centre.edge, true)).value();
    const double backward = analysis.costs().seconds(graph.edgeArc(centre.edge, false)).value();
    double best = std::min(
        search.timeTo(graph.edgeFirst(centre.edge)).value() + fraction * forward,
        search.timeTo(graph.edgeSecond(centre.edge)).value() + (1.0 - fraction) * backward);
    if (source.isOnEdge() && source.edge() == centre.edge) {
        const double along = std::abs(source.offset().value() - centre.offset.value());
        best = std::min(best, length > 0.0 ? along / length * forward : 0.0);
    }
    return best;
}

const project::Facility* firstOf(const project::Project& project, const std::string& category) {
    for (const project::Facility& f : project.facilities().items())
        if (f.categoryCode == category && f.status == project::FacilityStatus::Existing) return &f;
    return nullptr;
}

double areaM2(const WalkArea& area, const geo::LocalFrame& frame) {
    double sum = 0.0;
    for (const geo::Polygon& p : area.polygons) sum += geo::polygonAreaM2(p, frame);
    return sum;
}

bool covers(const WalkArea& area, geo::LonLat point, const geo::LocalFrame& frame) {
    return std::any_of(area.polygons.begin(), area.polygons.end(), [&](const geo::Polygon& p) {
        return geo::LocalPolygon::from(p, frame).contains(frame.toLocal(point));
    });
}

/// The checks every guide map must pass: minutes as the engine measures them, the directory
/// complete, ordered and numbered, the walk areas nested.
void expectConsistent(access::AnalysisSession& session, const GuideMapRequest& request,
                      const GuideMapContent& map) {
    ASSERT_TRUE(map.complete);
    const access::CoverageAnalysis* analysis = session.analysis(request.profileCode);
    ASSERT_NE(analysis, nullptr);
    const geo::LocalFrame& frame = session.graph().frame();
    const double largest = *std::max_element(request.minutes.begin(), request.minutes.end());

    std::map<project::FeatureId, const DirectoryEntry*> listed;
    for (std::size_t i = 0; i < map.directory.size(); ++i) {
        const DirectoryEntry& e = map.directory[i];
        EXPECT_EQ(e.number, int(i) + 1);
        EXPECT_LE(e.minutes, largest);
        EXPECT_GE(e.minutes, 0.0);
        listed[e.facilityId] = &e;
        if (i > 0) {
            const DirectoryEntry& p = map.directory[i - 1];
            const CategoryGroups& g = builtinCategoryGroups();
            EXPECT_LE(std::tuple(g.rank(p.groupCode), p.minutes, p.facilityId),
                      std::tuple(g.rank(e.groupCode), e.minutes, e.facilityId))
                << "entries " << p.number << " and " << e.number << " out of order";
        }
    }
    EXPECT_EQ(listed.size(), map.directory.size()) << "a facility is listed twice";

    // Every counted facility: listed with the engine's minutes, or beyond the largest minutes.
    for (const project::Facility& f : session.project().facilities().items()) {
        if (f.status != project::FacilityStatus::Existing) {
            EXPECT_FALSE(listed.contains(f.id)) << "planned facility " << f.id << " listed";
            continue;
        }
        const double seconds =
            secondsFromFacility(session, *analysis, f.position, map.snappedCentre, largest * 60.0);
        const auto it = listed.find(f.id);
        if (it == listed.end()) {
            EXPECT_GT(seconds, largest * 60.0 - kToleranceS) << "facility " << f.id << " missing";
            continue;
        }
        EXPECT_NEAR(it->second->minutes * 60.0, seconds, kToleranceS) << "facility " << f.id;
        EXPECT_EQ(it->second->categoryCode, f.categoryCode);
        EXPECT_EQ(it->second->groupCode,
                  builtinCategoryGroups().groupOf(f.categoryCode, session.project().catalog()));
        // The street point the facility joins is reached in time, so the conservative
        // polygon of the largest minutes covers it.
        const network::SnapResult snap = analysis->snapPlace(f.position);
        const auto widest = std::max_element(
            map.walkAreas.begin(), map.walkAreas.end(),
            [](const WalkArea& a, const WalkArea& b) { return a.minutes < b.minutes; });
        EXPECT_TRUE(covers(*widest, snap.position.point, frame)) << "facility " << f.id;
    }

    ASSERT_EQ(map.walkAreas.size(), request.minutes.size());
    for (std::size_t i = 0; i < map.walkAreas.size(); ++i) {
        EXPECT_EQ(map.walkAreas[i].minutes, request.minutes[i]);
        EXPECT_FALSE(map.walkAreas[i].polygons.empty());
        EXPECT_TRUE(covers(map.walkAreas[i], map.snappedCentre.point, frame));
        if (i > 0) {
            EXPECT_LT(areaM2(map.walkAreas[i - 1], frame), areaM2(map.walkAreas[i], frame))
                << request.minutes[i - 1] << " min against " << request.minutes[i] << " min";
        }
    }
}

class SampleGuideMap : public ::testing::Test {
protected:
    SampleGuideMap() : session(sample::generateSampleDistrict()) { session.buildGraph(); }
    access::AnalysisSession session;
};

TEST_F(SampleGuideMap, ListsWhatTheEngineReachesFromTheServiceStation) {
    const project::Facility* station = firstOf(session.project(), "community_service_station");
    ASSERT_NE(station, nullptr);
    const GuideMapRequest request = GuideMapRequest::atFacility(station->id);
    const GuideMapContent map = buildGuideMap(session, request);
    EXPECT_EQ(map.profileCode, "older");
    EXPECT_EQ(map.centre, station->position);
    ASSERT_FALSE(map.directory.empty());
    expectConsistent(session, request, map);

    // The station itself opens its group at 0 minutes.
    const auto self =
        std::find_if(map.directory.begin(), map.directory.end(),
                     [&](const DirectoryEntry& e) { return e.facilityId == station->id; });
    ASSERT_NE(self, map.directory.end());
    EXPECT_EQ(self->minutes, 0.0);
    EXPECT_EQ(self->groupCode, "yiye");
}

TEST_F(SampleGuideMap, OlderWalkersReachLessThanAdults) {
    const project::Facility* station = firstOf(session.project(), "community_service_station");
    ASSERT_NE(station, nullptr);
    GuideMapRequest request = GuideMapRequest::atFacility(station->id);
    const GuideMapContent older = buildGuideMap(session, request);
    request.profileCode = "adult";
    const GuideMapContent adult = buildGuideMap(session, request);
    expectConsistent(session, request, adult);
    EXPECT_LE(older.directory.size(), adult.directory.size());
    const geo::LocalFrame& frame = session.graph().frame();
    EXPECT_LT(areaM2(older.walkAreas.back(), frame), areaM2(adult.walkAreas.back(), frame));
}

TEST_F(SampleGuideMap, CentresOnACompoundOrAPoint) {
    ASSERT_FALSE(session.project().compounds().items().empty());
    const GuideMapRequest byCompound =
        GuideMapRequest::atCompound(session.project().compounds().items().front().id);
    const GuideMapContent map = buildGuideMap(session, byCompound);
    expectConsistent(session, byCompound, map);

    // A point at the same place gives the same map.
    const GuideMapContent atPoint = buildGuideMap(session, GuideMapRequest::atPoint(map.centre));
    EXPECT_EQ(atPoint.snappedCentre, map.snappedCentre);
    ASSERT_EQ(atPoint.directory.size(), map.directory.size());
    for (std::size_t i = 0; i < map.directory.size(); ++i)
        EXPECT_EQ(atPoint.directory[i].facilityId, map.directory[i].facilityId);
}

TEST_F(SampleGuideMap, ListsPlannedFacilitiesOnlyWhenAsked) {
    const project::Facility* station = firstOf(session.project(), "community_service_station");
    ASSERT_NE(station, nullptr);
    // A planned pharmacy next to the station.
    project::Project copy = session.project();
    project::Facility planned;
    planned.position = {station->position.lon + 0.0002, station->position.lat};
    planned.categoryCode = "pharmacy";
    planned.name = "规划药房";
    planned.status = project::FacilityStatus::Planned;
    const project::FeatureId id = copy.addFacility(planned);
    access::AnalysisSession withPlan(std::move(copy));
    withPlan.buildGraph();

    GuideMapRequest request = GuideMapRequest::atFacility(station->id);
    auto lists = [&](const GuideMapContent& map) {
        return std::any_of(map.directory.begin(), map.directory.end(),
                           [&](const DirectoryEntry& e) { return e.facilityId == id; });
    };
    EXPECT_FALSE(lists(buildGuideMap(withPlan, request)));
    request.includePlanned = true;
    const GuideMapContent map = buildGuideMap(withPlan, request);
    ASSERT_TRUE(lists(map));
    for (const DirectoryEntry& e : map.directory)
        if (e.facilityId == id) {
            EXPECT_EQ(e.status, project::FacilityStatus::Planned);
            EXPECT_EQ(e.groupCode, "yiyang");
        }
}

TEST_F(SampleGuideMap, RefusesAnUnknownCentreOrProfile) {
    auto reasonOf = [&](const GuideMapRequest& request) {
        try {
            buildGuideMap(session, request);
        } catch (const GuideMapError& e) {
            return std::optional(e.reason());
        }
        return std::optional<GuideMapErrorReason>();
    };
    EXPECT_EQ(reasonOf(GuideMapRequest::atFacility(987654321)),
              GuideMapErrorReason::UnknownFacility);
    EXPECT_EQ(reasonOf(GuideMapRequest::atCompound(987654321)),
              GuideMapErrorReason::UnknownCompound);
    // Far out of the district: no street within the snap distance.
    const geo::LonLat inside = session.project().facilities().items().front().position;
    EXPECT_EQ(reasonOf(GuideMapRequest::atPoint({inside.lon + 0.5, inside.lat})),
              GuideMapErrorReason::CentreOffNetwork);
    GuideMapRequest noProfile = GuideMapRequest::atPoint(inside);
    noProfile.profileCode = "cyclist";
    EXPECT_EQ(reasonOf(noProfile), GuideMapErrorReason::MissingProfile);
    GuideMapRequest noMinutes = GuideMapRequest::atPoint(inside);
    noMinutes.minutes = {5.0, 0.0};
    EXPECT_EQ(reasonOf(noMinutes), GuideMapErrorReason::BadMinutes);
}

TEST_F(SampleGuideMap, TheProbeGivesTheDirectoryMinutes) {
    const project::Facility* station = firstOf(session.project(), "community_service_station");
    ASSERT_NE(station, nullptr);
    for (const char* profile : {"adult", "older", "child"}) {
        SCOPED_TRACE(profile);
        GuideMapRequest request = GuideMapRequest::atFacility(station->id);
        request.profileCode = profile;
        request.minutes = {20.0};
        const GuideMapContent map = buildGuideMap(session, request);
        access::ProbeRequest at;
        at.point = station->position;
        at.profileCodes = {profile};
        const access::ProbeResult probed = access::probe(session, at);
        ASSERT_EQ(probed.profiles.size(), 1u);
        EXPECT_EQ(probed.profiles.front().snapped, map.snappedCentre);
        std::size_t listed = 0;
        for (const access::ProbeCategory& c : probed.profiles.front().categories) {
            // The directory is sorted by minutes, then id, within a group: the first entry of
            // the category is the nearest.
            const auto first =
                std::find_if(map.directory.begin(), map.directory.end(),
                             [&](const DirectoryEntry& e) { return e.categoryCode == c.code; });
            if (first == map.directory.end()) {
                EXPECT_GT(c.minutes, 20.0) << c.code;
                continue;
            }
            ++listed;
            EXPECT_EQ(c.minutes, first->minutes) << c.code;
            EXPECT_EQ(c.facilityId, first->facilityId) << c.code;
        }
        EXPECT_GT(listed, 5u);
    }
}

TEST_F(SampleGuideMap, WalkRingsAreTheWalkAreas) {
    const project::Facility* station = firstOf(session.project(), "community_service_station");
    ASSERT_NE(station, nullptr);
    const geo::LonLat point{station->position.lon + 0.003, station->position.lat - 0.002};
    for (const bool atFacility : {true, false}) {
        SCOPED_TRACE(atFacility ? "facility" : "point");
        GuideMapRequest request =
            atFacility ? GuideMapRequest::atFacility(station->id) : GuideMapRequest::atPoint(point);
        request.minutes = {5.0, 12.5, 10.0};
        access::WalkRingsRequest ringsRequest =
            atFacility ? access::WalkRingsRequest::atFacility(station->id)
                       : access::WalkRingsRequest::atPoint(point);
        ringsRequest.profileCode = request.profileCode;
        ringsRequest.minutes = request.minutes;
        const GuideMapContent map = buildGuideMap(session, request);
        const access::WalkRings rings = access::walkRings(session, ringsRequest);
        ASSERT_EQ(rings.rings.size(), map.walkAreas.size());
        for (std::size_t i = 0; i < rings.rings.size(); ++i) {
            EXPECT_EQ(rings.rings[i].minutes, map.walkAreas[i].minutes);
            EXPECT_FALSE(rings.rings[i].polygons.empty());
            EXPECT_EQ(rings.rings[i].polygons, map.walkAreas[i].polygons) << request.minutes[i];
        }
    }
}

TEST(GuideMap, ListsWhatTheEngineReachesInNanjing) {
    const auto file = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(file);
    project::Project project = project::Project::createDefault();
    osm::importOsm(file, project);
    ASSERT_FALSE(project.facilities().items().empty());
    // The community service station if the extract maps one, else the first facility.
    const project::Facility* station = firstOf(project, "community_service_station");
    const project::FeatureId centre =
        station ? station->id : project.facilities().items().front().id;
    access::AnalysisSession session(std::move(project));
    session.buildGraph();
    const GuideMapRequest request = GuideMapRequest::atFacility(centre);
    const GuideMapContent map = buildGuideMap(session, request);
    EXPECT_FALSE(map.directory.empty());
    expectConsistent(session, request, map);
}

}  // namespace
}  // namespace yike::guidemap
