// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/place_walk.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <ranges>
#include <vector>

#include <gtest/gtest.h>

#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"
#include "tests/core/access/random_network.h"
#include "tests/support/ascii_network.h"
#include "tests/support/test_data.h"

namespace yike::access {
namespace {

using network::EdgeId;
using network::Meters;
using network::NodeId;
using network::Seconds;
using test::AsciiNetwork;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

project::WalkProfile walkingAt(double speed) {
    project::WalkProfile p;
    p.speedMps = speed;
    p.stairsFactor = 2.0;
    p.crossingDelayS = 0.0;
    return p;
}

/// A position `metres` from node `ends[0]` along the edge `ends` (e.g. "AB").
SearchSource along(const AsciiNetwork& net, const char* ends, double metres) {
    const EdgeId e = net.edge(ends);
    const auto& g = net.graph();
    const double offset =
        g.edgeFirst(e) == net.node(ends[0]) ? metres : g.length(e).value() - metres;
    return SearchSource::onEdge(e, Meters(offset));
}

/// Where a source lies on the ground.
geo::LonLat pointOf(const network::StreetGraph& g, const SearchSource& s) {
    if (s.isNode()) return g.lonLat(s.node());
    return network::edgePart(g, s.edge(), s.offset(), s.offset()).front();
}

double metresBetween(geo::LonLat a, geo::LonLat b) {
    return network::segmentLengthM(a, b);
}

TEST(EdgePart, CutsThePolylineInWalkingOrder) {
    const AsciiNetwork net(R"(
        A-------B
    )",
                           10.0);
    const network::StreetGraph& g = net.graph();
    const EdgeId ab = net.edge("AB");
    const bool aFirst = g.edgeFirst(ab) == net.node('A');
    const double length = g.length(ab).value();
    auto fromA = [&](double m) { return Meters(aFirst ? m : length - m); };
    const geo::LineString part = network::edgePart(g, ab, fromA(20.0), fromA(50.0));
    ASSERT_EQ(part.size(), 2u);
    EXPECT_NEAR(metresBetween(part.front(), net.position('A')), 20.0, 1e-6);
    EXPECT_NEAR(metresBetween(part.back(), net.position('A')), 50.0, 1e-6);
    const geo::LineString back = network::edgePart(g, ab, fromA(50.0), fromA(20.0));
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back.front(), part.back());
    EXPECT_EQ(back.back(), part.front());
    EXPECT_EQ(network::edgePart(g, ab, fromA(30.0), fromA(30.0)).size(), 1u);
    // Offsets beyond the ends are clamped to them.
    const geo::LineString whole = network::edgePart(g, ab, Meters(-5.0), Meters(length + 5.0));
    ASSERT_EQ(whole.size(), 2u);
    EXPECT_EQ(whole.front(), g.lonLat(g.edgeFirst(ab)));
    EXPECT_EQ(whole.back(), g.lonLat(g.edgeSecond(ab)));
}

TEST(PlaceWalk, RoutesAlongTheFastestStreets) {
    //  The walk starts 10 m from A on A-B and ends 5 m from C on C-E: through B and C
    //  (30 + 40 + 5 = 75 m), not round by D and E (10 + 20 + 80 + 15 = 125 m).
    const AsciiNetwork net(R"(
        A---B---C
        |       |
        D-------E
    )",
                           10.0);
    const network::StreetGraph& g = net.graph();
    const network::WalkCost costs(g, walkingAt(1.0));
    const SearchSource start = along(net, "AB", 10.0);
    PlaceWalk walk(g, costs, {start});
    ASSERT_TRUE(walk.run(Seconds(600.0)));

    const SearchSource target = along(net, "CE", 5.0);
    EXPECT_NEAR(walk.secondsTo(target), 75.0, 1e-3);
    const std::optional<WalkRoute> route = walk.routeTo(target);
    ASSERT_TRUE(route.has_value());
    EXPECT_EQ(route->seconds, walk.secondsTo(target));
    EXPECT_NEAR(route->metres, 75.0, 1e-3);
    EXPECT_EQ(route->edges, (std::vector<EdgeId>{net.edge("AB"), net.edge("BC"), net.edge("CE")}));
    EXPECT_TRUE(route->gates.empty());
    ASSERT_EQ(route->line.size(), 4u);
    EXPECT_NEAR(metresBetween(route->line[0], pointOf(g, start)), 0.0, 1e-6);
    EXPECT_EQ(route->line[1], net.position('B'));
    EXPECT_EQ(route->line[2], net.position('C'));
    EXPECT_NEAR(metresBetween(route->line[3], pointOf(g, target)), 0.0, 1e-6);
}

TEST(PlaceWalk, RoutesStraightAlongASharedEdge) {
    const AsciiNetwork net(R"(
        A----------B
    )",
                           10.0);
    const network::StreetGraph& g = net.graph();
    const network::WalkCost costs(g, walkingAt(1.25));
    PlaceWalk walk(g, costs, {along(net, "AB", 80.0)});
    ASSERT_TRUE(walk.run(Seconds(600.0)));
    const SearchSource target = along(net, "AB", 30.0);
    const std::optional<WalkRoute> route = walk.routeTo(target);
    ASSERT_TRUE(route.has_value());
    EXPECT_NEAR(route->seconds, 50.0 / 1.25, 1e-3);
    EXPECT_NEAR(route->metres, 50.0, 1e-3);
    EXPECT_EQ(route->edges, std::vector<EdgeId>{net.edge("AB")});
    ASSERT_EQ(route->line.size(), 2u);
    EXPECT_NEAR(metresBetween(route->line.back(), net.position('A')), 30.0, 1e-6);

    // Where the walk starts, the route is that one point.
    const std::optional<WalkRoute> here = walk.routeTo(along(net, "AB", 80.0));
    ASSERT_TRUE(here.has_value());
    EXPECT_EQ(here->seconds, 0.0);
    EXPECT_EQ(here->line.size(), 1u);
    EXPECT_TRUE(here->edges.empty());
}

TEST(PlaceWalk, ListsTheGatesPassed) {
    network::WayFacts gate;
    gate.gate = network::GatePassage{7, 3, project::GateKind::Pedestrian};
    network::WayFacts inside;
    inside.compoundId = 3;
    const AsciiNetwork net(R"(
        A---B---C---D
    )",
                           10.0, {{"BC", gate}, {"CD", inside}});
    const network::StreetGraph& g = net.graph();
    const network::WalkCost costs(g, walkingAt(1.0));
    PlaceWalk walk(g, costs, {along(net, "CD", 30.0)});
    ASSERT_TRUE(walk.run(Seconds(600.0)));
    const std::optional<WalkRoute> out = walk.routeTo(along(net, "AB", 10.0));
    ASSERT_TRUE(out.has_value());
    EXPECT_EQ(out->gates, std::vector<project::FeatureId>{7});
    EXPECT_NEAR(out->metres, 30.0 + 40.0 + 30.0, 1e-3);
    // A walk that stays inside passes no gate.
    const std::optional<WalkRoute> stay = walk.routeTo(along(net, "CD", 5.0));
    ASSERT_TRUE(stay.has_value());
    EXPECT_TRUE(stay->gates.empty());
}

TEST(PlaceWalk, StartsFromNodesAndMeetsClosedStreets) {
    network::WayFacts forbidden;
    forbidden.footForbidden = true;
    const AsciiNetwork net(R"(
        A---B---C---D
    )",
                           10.0, {{"BC", forbidden}});
    const network::StreetGraph& g = net.graph();
    const network::WalkCost costs(g, walkingAt(1.0));
    PlaceWalk walk(g, costs, {SearchSource::atNode(net.node('A'))});
    ASSERT_TRUE(walk.run(Seconds(600.0)));
    const std::optional<WalkRoute> toB = walk.routeTo(SearchSource::atNode(net.node('B')));
    ASSERT_TRUE(toB.has_value());
    EXPECT_EQ(toB->line, (geo::LineString{net.position('A'), net.position('B')}));
    EXPECT_EQ(walk.secondsTo(along(net, "CD", 10.0)), kInfinity);
    EXPECT_FALSE(walk.routeTo(along(net, "CD", 10.0)).has_value());
}

TEST(PlaceWalk, RouteTimesAreTheWalkTimesOnRandomNetworks) {
    const std::uint64_t seed = test::testSeed();
    std::size_t routes = 0;
    for (std::uint64_t round = 0; round < 20; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round);
        std::mt19937_64 rng(seed + round);
        const network::StreetGraph g = test::randomNetwork(rng, 120 + 10 * round);
        const project::WalkProfile profile = test::randomProfile(rng);
        const network::WalkCost costs(g, profile);
        std::vector<SearchSource> sources;
        for (int s = std::uniform_int_distribution<int>(1, 3)(rng); s > 0; --s)
            sources.push_back(test::randomSource(rng, g));
        PlaceWalk walk(g, costs, sources);
        ASSERT_TRUE(walk.run(Seconds(std::uniform_real_distribution<double>(120.0, 900.0)(rng))));

        for (int k = 0; k < 100; ++k) {
            const SearchSource target = test::randomSource(rng, g);
            const double seconds = walk.secondsTo(target);
            const std::optional<WalkRoute> route = walk.routeTo(target);
            ASSERT_EQ(route.has_value(), seconds < kInfinity);
            if (!route) continue;
            ++routes;
            EXPECT_EQ(route->seconds, seconds);
            ASSERT_FALSE(route->line.empty());
            // From a source's position to the target's.
            const double fromSource =
                std::ranges::min(sources | std::views::transform([&](const SearchSource& s) {
                                     return metresBetween(route->line.front(), pointOf(g, s));
                                 }));
            EXPECT_LT(fromSource, 1e-3);
            EXPECT_LT(metresBetween(route->line.back(), pointOf(g, target)), 1e-3);
            // Consecutive edges meet.
            for (std::size_t i = 1; i < route->edges.size(); ++i) {
                const EdgeId a = route->edges[i - 1];
                const EdgeId b = route->edges[i];
                const bool meet =
                    g.edgeFirst(a) == g.edgeFirst(b) || g.edgeFirst(a) == g.edgeSecond(b)
                    || g.edgeSecond(a) == g.edgeFirst(b) || g.edgeSecond(a) == g.edgeSecond(b);
                EXPECT_TRUE(meet) << "edges " << a.value() << " and " << b.value();
            }
            // Walking time is length over speed, plus stairs and crossings where walked.
            const bool plain =
                std::none_of(route->edges.begin(), route->edges.end(), [&](EdgeId e) {
                    return g.facts(e).steps || g.facts(e).crossing == network::Crossing::Signals;
                });
            const double flat = route->metres / profile.speedMps;
            if (plain) {
                EXPECT_NEAR(flat, seconds, 1e-4 * seconds + 1e-3);
            } else {
                EXPECT_LE(flat, seconds + 1e-4 * seconds + 1e-3);
            }
            for (const project::FeatureId gateId : route->gates) {
                const bool passed = std::any_of(
                    route->edges.begin(), route->edges.end(),
                    [&](EdgeId e) { return g.facts(e).gate && g.facts(e).gate->gateId == gateId; });
                EXPECT_TRUE(passed);
            }
        }
    }
    EXPECT_GT(routes, 200u);
}

}  // namespace
}  // namespace yike::access
