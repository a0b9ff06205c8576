// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/walk_rings.h"

#include <algorithm>
#include <string>

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/geo/local_frame.h"
#include "core/geo/plane.h"
#include "core/sample/sample_district.h"

namespace yike::access {
namespace {

double areaM2(const WalkRing& ring, const geo::LocalFrame& frame) {
    double sum = 0.0;
    for (const geo::Polygon& p : ring.polygons) sum += geo::polygonAreaM2(p, frame);
    return sum;
}

bool covers(const WalkRing& ring, geo::LonLat point, const geo::LocalFrame& frame) {
    return std::any_of(ring.polygons.begin(), ring.polygons.end(), [&](const geo::Polygon& p) {
        return geo::LocalPolygon::from(p, frame).contains(frame.toLocal(point));
    });
}

/// Rings that cover their start, one per minutes in order, each larger than the one before.
void expectNested(const WalkRings& rings, const WalkRingsRequest& request,
                  const geo::LocalFrame& frame, geo::LonLat start) {
    ASSERT_TRUE(rings.complete);
    ASSERT_EQ(rings.rings.size(), request.minutes.size());
    for (std::size_t i = 0; i < rings.rings.size(); ++i) {
        EXPECT_EQ(rings.rings[i].minutes, request.minutes[i]);
        EXPECT_FALSE(rings.rings[i].polygons.empty());
        EXPECT_TRUE(covers(rings.rings[i], start, frame)) << request.minutes[i] << " min";
        if (i > 0) {
            EXPECT_LT(areaM2(rings.rings[i - 1], frame), areaM2(rings.rings[i], frame));
        }
    }
}

class SampleRings : public ::testing::Test {
protected:
    SampleRings() : session(sample::generateSampleDistrict()) { session.buildGraph(); }

    /// A gate the graph builder made a passage through.
    const project::Gate* gateWithPassage() const {
        const network::StreetGraph& graph = session.graph();
        for (std::uint32_t e = 0; e < graph.edgeCount(); ++e)
            if (const auto& gate = graph.facts(network::EdgeId(e)).gate)
                return session.project().gates().find(gate->gateId);
        return nullptr;
    }

    PlaceErrorReason reasonOf(const WalkRingsRequest& request) {
        try {
            walkRings(session, request);
        } catch (const PlaceError& e) {
            return e.reason();
        }
        ADD_FAILURE() << "no error";
        return PlaceErrorReason::NotReached;
    }

    AnalysisSession session;
};

TEST_F(SampleRings, GrowWithTheMinutesAroundAFacility) {
    const project::Facility& f = session.project().facilities().items().front();
    WalkRingsRequest request = WalkRingsRequest::atFacility(f.id);
    request.minutes = {5.0, 10.0, 15.0};
    const WalkRings rings = walkRings(session, request);
    EXPECT_EQ(rings.profileCode, "adult");
    EXPECT_EQ(rings.centreKind, RingCentreKind::Facility);
    EXPECT_EQ(rings.centreId, f.id);
    EXPECT_EQ(rings.centreName, f.name);
    ASSERT_EQ(rings.start.size(), 1u);
    EXPECT_EQ(rings.start.front(), session.prepared("adult").placeFacility(f.position));
    const network::SnapResult snap = session.prepared("adult").snapPlace(f.position);
    expectNested(rings, request, session.graph().frame(), snap.position.point);
}

TEST_F(SampleRings, StartOnBothSidesOfAGate) {
    const project::Gate* gate = gateWithPassage();
    ASSERT_NE(gate, nullptr);
    WalkRingsRequest request = WalkRingsRequest::atGate(gate->id);
    request.profileCode = "older";
    request.minutes = {3.0, 6.0};
    const WalkRings rings = walkRings(session, request);
    EXPECT_EQ(rings.centreKind, RingCentreKind::Gate);
    EXPECT_EQ(rings.centre, gate->position);
    ASSERT_GE(rings.start.size(), 2u);
    const network::StreetGraph& graph = session.graph();
    bool inside = false;
    bool outside = false;
    for (const SearchSource& s : rings.start) {
        ASSERT_TRUE(s.isNode());
        for (const network::ArcId arc : graph.arcs(s.node())) {
            const network::WayFacts& facts = graph.facts(graph.arcEdge(arc));
            if (facts.isGatePassage()) continue;
            (facts.compoundId == gate->compoundId ? inside : outside) = true;
        }
    }
    EXPECT_TRUE(inside);
    EXPECT_TRUE(outside);
    expectNested(rings, request, graph.frame(), gate->position);
}

TEST_F(SampleRings, RefuseWhatCannotBeWalkedFrom) {
    EXPECT_EQ(reasonOf(WalkRingsRequest::atFacility(987654321)), PlaceErrorReason::UnknownFacility);
    EXPECT_EQ(reasonOf(WalkRingsRequest::atGate(987654321)), PlaceErrorReason::UnknownGate);
    const geo::LonLat inside = session.project().facilities().items().front().position;
    EXPECT_EQ(reasonOf(WalkRingsRequest::atPoint({inside.lon + 0.5, inside.lat})),
              PlaceErrorReason::OffNetwork);
    WalkRingsRequest noProfile = WalkRingsRequest::atPoint(inside);
    noProfile.profileCode = "cyclist";
    EXPECT_EQ(reasonOf(noProfile), PlaceErrorReason::MissingProfile);
    WalkRingsRequest noMinutes = WalkRingsRequest::atPoint(inside);
    noMinutes.minutes = {10.0, -5.0};
    EXPECT_EQ(reasonOf(noMinutes), PlaceErrorReason::BadMinutes);
    noMinutes.minutes.clear();
    EXPECT_EQ(reasonOf(noMinutes), PlaceErrorReason::BadMinutes);

    // A gate closed for the analysis of the profile.
    const project::Gate* gate = gateWithPassage();
    ASSERT_NE(gate, nullptr);
    CoverageOptions closed;
    closed.isGateOpen = [id = gate->id](const project::Gate& g) { return g.id != id; };
    ASSERT_NE(session.run("child", closed), nullptr);
    WalkRingsRequest atGate = WalkRingsRequest::atGate(gate->id);
    atGate.profileCode = "child";
    EXPECT_EQ(reasonOf(atGate), PlaceErrorReason::GateImpassable);
}

TEST(WalkRings, RefuseAVehicleGateForWalkersWhoCannotUseIt) {
    project::Project district = sample::generateSampleDistrict();
    std::vector<project::WalkProfile> profiles = district.walkProfiles();
    for (project::WalkProfile& p : profiles)
        if (p.code == "older") p.vehicleGatesPassable = false;
    district.setWalkProfiles(profiles);
    AnalysisSession session(std::move(district));
    session.buildGraph();
    const auto& gates = session.project().gates().items();
    const auto vehicle = std::find_if(gates.begin(), gates.end(), [](const project::Gate& g) {
        return g.kind == project::GateKind::Vehicle;
    });
    ASSERT_NE(vehicle, gates.end());
    WalkRingsRequest request = WalkRingsRequest::atGate(vehicle->id);
    EXPECT_NO_THROW(walkRings(session, request));
    request.profileCode = "older";
    try {
        walkRings(session, request);
        ADD_FAILURE() << "no error";
    } catch (const PlaceError& e) {
        EXPECT_EQ(e.reason(), PlaceErrorReason::GateImpassable);
    }
}

TEST(WalkRings, APlannedFacilityOnlyWhenAsked) {
    project::Project district = sample::generateSampleDistrict();
    project::Facility planned = district.facilities().items().front();
    planned.id = 0;
    planned.name = "规划站点";
    planned.status = project::FacilityStatus::Planned;
    const project::FeatureId id = district.addFacility(planned);
    AnalysisSession session(std::move(district));
    session.buildGraph();
    WalkRingsRequest request = WalkRingsRequest::atFacility(id);
    try {
        walkRings(session, request);
        ADD_FAILURE() << "no error";
    } catch (const PlaceError& e) {
        EXPECT_EQ(e.reason(), PlaceErrorReason::NotCounted);
    }
    request.includePlanned = true;
    EXPECT_EQ(walkRings(session, request).rings.size(), 3u);
}

}  // namespace
}  // namespace yike::access
