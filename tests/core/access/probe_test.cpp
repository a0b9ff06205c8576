// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/probe.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/access/reach_search.h"
#include "core/geo/local_frame.h"
#include "core/sample/sample_district.h"

namespace yike::access {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
/// Float sums along a path and along its reverse round differently; seconds.
constexpr double kToleranceS = 0.01;

/// Seconds from a facility to a position, the way the coverage analysis measures a facility's
/// reach: a search from the facility (the engine's direction, the reverse of the probe's),
/// then the position on its edge through either end, or along the edge when both share it.
double secondsFromFacility(const AnalysisSession& session, const CoverageAnalysis& analysis,
                           geo::LonLat facility, const network::EdgePosition& at, double budgetS) {
    const network::StreetGraph& graph = session.graph();
    const SearchSource source = analysis.placeFacility(facility);
    if (source.isAbsent()) return kInfinity;
    ReachSearch search = analysis.makeSearch();
    search.start(network::Seconds(budgetS + 60.0));
    search.addSource(source);
    search.run();
    const double length = graph.length(at.edge).value();
    const double fraction = length > 0.0 ? at.offset.value() / length : 0.0;
    const double forward = analysis.costs().seconds(graph.edgeArc(at.edge, true)).value();
    const double backward = analysis.costs().seconds(graph.edgeArc(at.edge, false)).value();
    double best =
        std::min(search.timeTo(graph.edgeFirst(at.edge)).value() + fraction * forward,
                 search.timeTo(graph.edgeSecond(at.edge)).value() + (1.0 - fraction) * backward);
    if (source.isOnEdge() && source.edge() == at.edge) {
        const double along = std::abs(source.offset().value() - at.offset.value());
        best = std::min(best, length > 0.0 ? along / length * forward : 0.0);
    }
    return best;
}

class SampleProbe : public ::testing::Test {
protected:
    SampleProbe() : session(sample::generateSampleDistrict()) { session.buildGraph(); }

    const project::Facility& firstOf(const std::string& category) const {
        for (const project::Facility& f : session.project().facilities().items())
            if (f.categoryCode == category && f.status == project::FacilityStatus::Existing)
                return f;
        throw std::invalid_argument("the sample has no " + category);
    }

    /// A fenced compound whose centroid snaps onto a street inside it, with that point.
    std::optional<std::pair<const project::Compound*, geo::LonLat>> insideCompound() {
        const CoverageAnalysis* analysis = analysisOf(session, "adult", false);
        const geo::LocalFrame& frame = session.graph().frame();
        for (const project::Compound& c : session.project().compounds().items()) {
            if (!c.fenced || c.outline.outer.empty()) continue;
            const geo::LonLat centre = frame.toLonLat(geo::ringCentroid(c.outline.outer, frame));
            const network::SnapResult snap = analysis->snapPlace(centre);
            if (snap.isSnapped() && session.graph().facts(snap.position.edge).compoundId == c.id)
                return std::pair(&c, centre);
        }
        return std::nullopt;
    }

    AnalysisSession session;
};

TEST_F(SampleProbe, MinutesAreTheEnginesForEveryProfile) {
    // A point a little way from the community service station.
    const project::Facility& near = firstOf("community_service_station");
    ProbeRequest request;
    request.point = {near.position.lon + 0.0004, near.position.lat + 0.0003};
    const ProbeResult result = probe(session, request);
    ASSERT_TRUE(result.complete);
    ASSERT_EQ(result.profiles.size(), 3u);
    EXPECT_EQ(result.profiles[0].profileCode, "adult");
    EXPECT_EQ(result.profiles[1].profileCode, "older");
    EXPECT_EQ(result.profiles[2].profileCode, "child");

    std::size_t found = 0;
    for (const ProbeProfile& p : result.profiles) {
        SCOPED_TRACE(p.profileCode);
        const CoverageAnalysis* analysis = session.analysis(p.profileCode);
        ASSERT_NE(analysis, nullptr);
        EXPECT_EQ(p.budgetMinutes, analysis->options().budgetMinutes);
        EXPECT_EQ(p.snapped, analysis->snapPlace(request.point).position);
        const double budget = p.budgetMinutes * 60.0;
        ASSERT_EQ(p.categories.size(), analysis->result().categories.size());
        for (std::size_t i = 0; i < p.categories.size(); ++i) {
            const ProbeCategory& c = p.categories[i];
            SCOPED_TRACE(c.code);
            EXPECT_EQ(c.code, analysis->result().categories[i].code);
            // The nearest by an independent search from every facility of the category.
            double best = kInfinity;
            for (const project::Facility& f : session.project().facilities().items()) {
                if (f.categoryCode != c.code || f.status != project::FacilityStatus::Existing)
                    continue;
                best = std::min(
                    best, secondsFromFacility(session, *analysis, f.position, p.snapped, budget));
            }
            if (!c.found()) {
                EXPECT_EQ(c.minutes, kInfinity);
                EXPECT_GT(best, budget - kToleranceS);
                continue;
            }
            ++found;
            EXPECT_NEAR(c.minutes * 60.0, best, kToleranceS);
            const project::Facility* f = session.project().facilities().find(c.facilityId);
            ASSERT_NE(f, nullptr);
            EXPECT_EQ(f->categoryCode, c.code);
            EXPECT_EQ(f->name, c.facilityName);
        }
    }
    EXPECT_GE(found, 3u * 10u);
}

TEST_F(SampleProbe, SaysNoneWhereACategoryHasNoFacility) {
    ProbeRequest request;
    request.point = firstOf("community_service_station").position;
    request.profileCodes = {"older"};
    const ProbeResult result = probe(session, request);
    ASSERT_EQ(result.profiles.size(), 1u);
    std::set<std::string> present;
    for (const project::Facility& f : session.project().facilities().items())
        if (f.status == project::FacilityStatus::Existing) present.insert(f.categoryCode);
    std::size_t none = 0;
    for (const ProbeCategory& c : result.profiles.front().categories) {
        if (present.contains(c.code)) continue;
        ++none;
        EXPECT_FALSE(c.found()) << c.code;
        EXPECT_EQ(c.minutes, kInfinity) << c.code;
        EXPECT_EQ(c.facilityId, 0) << c.code;
    }
    EXPECT_GT(none, 0u) << "the sample leaves deliberate gaps";
    // The station itself is 0 minutes away.
    const ProbeCategory* station = result.profiles.front().category("community_service_station");
    ASSERT_NE(station, nullptr);
    EXPECT_EQ(station->minutes, 0.0);
}

TEST_F(SampleProbe, RouteLengthOverSpeedIsTheMinutes) {
    const project::Facility& station = firstOf("community_service_station");
    ProbeRequest request;
    request.point = {station.position.lon - 0.0015, station.position.lat + 0.001};
    const ProbeResult result = probe(session, request);
    std::size_t plain = 0;
    for (const ProbeProfile& p : result.profiles) {
        const project::WalkProfile* walker = session.project().walkProfile(p.profileCode);
        for (const ProbeCategory& c : p.categories) {
            if (!c.found()) continue;
            SCOPED_TRACE(p.profileCode + " " + c.code);
            const std::optional<ProbeRoute> route =
                probeRoute(session, request.point, p.profileCode, c.facilityId);
            ASSERT_TRUE(route.has_value());
            EXPECT_EQ(route->walk.seconds / 60.0, c.minutes);
            EXPECT_EQ(route->from, p.snapped);
            ASSERT_FALSE(route->walk.line.empty());
            EXPECT_LT(network::segmentLengthM(route->walk.line.front(), p.snapped.point), 0.01);
            EXPECT_LT(network::segmentLengthM(route->walk.line.back(), route->to.point), 0.01);
            // Length over speed, but for stairs (slower) and signalised crossings (waits).
            const auto& graph = session.graph();
            const bool slowed =
                std::any_of(route->walk.edges.begin(), route->walk.edges.end(), [&](auto e) {
                    return graph.facts(e).steps
                           || graph.facts(e).crossing == network::Crossing::Signals;
                });
            const double flatMinutes = route->walk.metres / walker->speedMps / 60.0;
            if (slowed) {
                EXPECT_LT(flatMinutes, c.minutes + 1e-4);
            } else {
                EXPECT_NEAR(flatMinutes, c.minutes, 1e-4 * c.minutes + 1e-5);
                ++plain;
            }
        }
    }
    EXPECT_GT(plain, 10u);
}

TEST_F(SampleProbe, ARouteOutOfAGatedCompoundListsItsGate) {
    const auto inside = insideCompound();
    ASSERT_TRUE(inside.has_value()) << "no fenced compound with a street inside";
    const auto [compound, point] = *inside;
    ProbeRequest request;
    request.point = point;
    request.profileCodes = {"adult"};
    const ProbeResult result = probe(session, request);
    std::size_t checked = 0;
    for (const ProbeCategory& c : result.profiles.front().categories) {
        if (!c.found()) continue;
        const project::Facility* f = session.project().facilities().find(c.facilityId);
        const network::SnapResult at = session.analysis("adult")->snapPlace(f->position);
        if (session.graph().facts(at.position.edge).compoundId == compound->id) continue;
        const std::optional<ProbeRoute> route = probeRoute(session, point, "adult", c.facilityId);
        ASSERT_TRUE(route.has_value());
        ASSERT_FALSE(route->walk.gates.empty()) << c.code;
        const project::Gate* gate = session.project().gates().find(route->walk.gates.front());
        ASSERT_NE(gate, nullptr);
        EXPECT_EQ(gate->compoundId, compound->id) << c.code;
        ++checked;
    }
    EXPECT_GT(checked, 0u);
}

TEST_F(SampleProbe, RefusesAPointOffTheNetworkOrAnUnknownProfile) {
    const geo::LonLat inside = session.project().facilities().items().front().position;
    ProbeRequest far;
    far.point = {inside.lon + 0.5, inside.lat};
    try {
        probe(session, far);
        ADD_FAILURE() << "no error for a point 50 km away";
    } catch (const PlaceError& e) {
        EXPECT_EQ(e.reason(), PlaceErrorReason::OffNetwork);
        EXPECT_NE(std::string(e.what()).find("usable street"), std::string::npos) << e.what();
    }
    ProbeRequest unknown;
    unknown.point = inside;
    unknown.profileCodes = {"adult", "cyclist"};
    try {
        probe(session, unknown);
        ADD_FAILURE() << "no error for profile cyclist";
    } catch (const PlaceError& e) {
        EXPECT_EQ(e.reason(), PlaceErrorReason::MissingProfile);
    }
    try {
        probeRoute(session, inside, "adult", 987654321);
        ADD_FAILURE() << "no error for an unknown facility";
    } catch (const PlaceError& e) {
        EXPECT_EQ(e.reason(), PlaceErrorReason::UnknownFacility);
    }
}

TEST_F(SampleProbe, CountsPlannedFacilitiesOnlyWhenAsked) {
    const project::Facility& station = firstOf("community_service_station");
    project::Project copy = session.project();
    project::Facility planned;
    planned.position = {station.position.lon + 0.0002, station.position.lat};
    planned.categoryCode = "pharmacy";
    planned.name = "规划药房";
    planned.status = project::FacilityStatus::Planned;
    const project::FeatureId id = copy.addFacility(planned);
    AnalysisSession withPlan(std::move(copy));
    withPlan.buildGraph();

    ProbeRequest request;
    request.point = station.position;
    request.profileCodes = {"adult"};
    EXPECT_NE(probe(withPlan, request).profiles.front().category("pharmacy")->facilityId, id);
    EXPECT_THROW(probeRoute(withPlan, station.position, "adult", id), PlaceError);
    request.includePlanned = true;
    EXPECT_EQ(probe(withPlan, request).profiles.front().category("pharmacy")->facilityId, id);
    EXPECT_TRUE(probeRoute(withPlan, station.position, "adult", id, true).has_value());
}

}  // namespace
}  // namespace yike::access
