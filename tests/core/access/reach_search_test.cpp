// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/reach_search.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

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

project::WalkProfile walkingAt(double speed) {
    project::WalkProfile p;
    p.speedMps = speed;
    p.stairsFactor = 2.0;
    p.crossingDelayS = 0.0;
    return p;
}

/// A source `metres` from node `from` along the edge `ends` (e.g. "AB").
SearchSource along(const AsciiNetwork& net, const char* ends, double metres) {
    const EdgeId e = net.edge(ends);
    const auto& g = net.graph();
    const double offset =
        g.edgeFirst(e) == net.node(ends[0]) ? metres : g.length(e).value() - metres;
    return SearchSource::onEdge(e, Meters(offset));
}

/// A span as seen from node `from`: [begin, end] metres from that end of the edge.
std::pair<double, double> spanFrom(const AsciiNetwork& net, char from, const ReachedSpan& span) {
    const auto& g = net.graph();
    if (g.edgeFirst(span.edge) == net.node(from)) return {span.beginM, span.endM};
    const double length = g.length(span.edge).value();
    return {length - span.endM, length - span.beginM};
}

TEST(ReachSearch, MatchesBruteForceOnRandomNetworks) {
    const std::uint64_t seed = test::testSeed();
    for (std::uint64_t round = 0; round < 40; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round);
        std::mt19937_64 rng(seed + round);
        const network::StreetGraph g = test::randomNetwork(rng, 150 + 10 * round);
        const network::WalkCost costs(g, test::randomProfile(rng));
        std::uniform_int_distribution<int> sourceCount(1, 4);
        std::vector<SearchSource> sources;
        for (int s = sourceCount(rng); s > 0; --s) sources.push_back(test::randomSource(rng, g));
        const float budget = std::uniform_real_distribution<float>(60.0f, 900.0f)(rng);

        ReachSearch search(g, costs);
        search.start(Seconds(budget));
        for (const SearchSource& s : sources) search.addSource(s);
        ASSERT_TRUE(search.run());
        const std::vector<float> expected = test::referenceTimes(g, costs, sources, budget);
        std::size_t reached = 0;
        for (std::uint32_t v = 0; v < g.nodeCount(); ++v) {
            const auto t = static_cast<float>(search.timeTo(NodeId(v)).value());
            ASSERT_EQ(t, expected[v]) << "node " << v;
            if (std::isfinite(t)) ++reached;
        }
        EXPECT_EQ(search.settled().size(), reached);
    }
}

TEST(ReachSearch, SettlesStepByStepInOrderOfTime) {
    std::mt19937_64 rng(test::testSeed());
    const network::StreetGraph g = test::randomNetwork(rng, 300);
    const network::WalkCost costs(g, walkingAt(1.2));
    ReachSearch search(g, costs);
    search.start(Seconds(600.0));
    search.addSource(SearchSource::atNode(NodeId(0)));
    float last = 0.0f;
    std::size_t count = 0;
    while (!search.isFinished()) {
        const std::optional<ReachedNode> n = search.settleNext();
        ASSERT_TRUE(n.has_value());
        EXPECT_GE(n->seconds, last);
        EXPECT_EQ(n->seconds, static_cast<float>(search.timeTo(n->node).value()));
        EXPECT_EQ(search.sourceOf(n->node), 0u);
        last = n->seconds;
        ++count;
    }
    EXPECT_FALSE(search.settleNext().has_value());
    EXPECT_EQ(search.settled().size(), count);
    EXPECT_EQ(search.settled().front().node, NodeId(0));
}

// A-B is 100 m, B-C 50 m; walking at 1 m/s, seconds equal metres.
constexpr const char* kLine = R"(
    A---------B----C
)";

TEST(ReachSearch, SourceMidEdgeReachesBothEnds) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    ReachSearch search(net.graph(), costs);
    search.start(Seconds(1000.0));
    search.addSource(along(net, "AB", 30.0));
    search.run();
    EXPECT_NEAR(search.timeTo(net.node('A')).value(), 30.0, 1e-3);
    EXPECT_NEAR(search.timeTo(net.node('B')).value(), 70.0, 1e-3);
    EXPECT_NEAR(search.timeTo(net.node('C')).value(), 120.0, 1e-3);
}

TEST(ReachSearch, SeedsAreFractionsOfTheArcs) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.25));
    const SourceSeeds seeds = sourceSeeds(net.graph(), costs, along(net, "AB", 30.0));
    ASSERT_EQ(seeds.count, 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        const double expected = seeds.seeds[i].node == net.node('A') ? 30.0 / 1.25 : 70.0 / 1.25;
        EXPECT_NEAR(seeds.seeds[i].seconds, expected, 1e-3);
    }
    // At the very end of an edge the seed is the node itself, at zero.
    const SourceSeeds atA = sourceSeeds(net.graph(), costs, along(net, "AB", 0.0));
    bool zeroAtA = false;
    for (std::size_t i = 0; i < atA.count; ++i)
        zeroAtA |= atA.seeds[i].node == net.node('A') && atA.seeds[i].seconds == 0.0f;
    EXPECT_TRUE(zeroAtA);
}

TEST(ReachSearch, TwoSourcesOnOneEdge) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    ReachSearch search(net.graph(), costs);
    search.start(Seconds(50.0));
    search.addSource(along(net, "AB", 30.0));
    search.addSource(along(net, "AB", 80.0));
    search.run();
    EXPECT_NEAR(search.timeTo(net.node('A')).value(), 30.0, 1e-3);
    EXPECT_NEAR(search.timeTo(net.node('B')).value(), 20.0, 1e-3);
    EXPECT_EQ(search.sourceOf(net.node('A')), 0u);
    EXPECT_EQ(search.sourceOf(net.node('B')), 1u);
    EXPECT_FALSE(search.isReached(net.node('C')));  // 70 s away
    // A-B is covered end to end by the two sources; B-C only up to 30 m from B.
    const std::vector<ReachedSpan> partial = search.partialEdges();
    ASSERT_EQ(partial.size(), 1u);
    EXPECT_EQ(partial[0].edge, net.edge("BC"));
    const auto [begin, end] = spanFrom(net, 'B', partial[0]);
    EXPECT_NEAR(begin, 0.0, 1e-3);
    EXPECT_NEAR(end, 30.0, 1e-3);
}

TEST(ReachSearch, PartialEdgesAroundASourceAndFromNodes) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    ReachSearch search(net.graph(), costs);
    search.start(Seconds(50.0));
    search.addSource(along(net, "AB", 30.0));
    search.run();
    // From the source: 30 m back to A and 50 m on; from A nothing more (20 s left, dead end).
    const std::vector<ReachedSpan> partial = search.partialEdges();
    ASSERT_EQ(partial.size(), 1u);
    const auto [begin, end] = spanFrom(net, 'A', partial[0]);
    EXPECT_NEAR(begin, 0.0, 1e-3);
    EXPECT_NEAR(end, 80.0, 1e-3);

    search.start(Seconds(40.0));
    search.addSource(SearchSource::atNode(net.node('A')));
    search.run();
    const std::vector<ReachedSpan> fromA = search.partialEdges();
    ASSERT_EQ(fromA.size(), 1u);
    const auto [b2, e2] = spanFrom(net, 'A', fromA[0]);
    EXPECT_NEAR(b2, 0.0, 1e-3);
    EXPECT_NEAR(e2, 40.0, 1e-3);
    EXPECT_EQ(search.settled().size(), 1u);
}

TEST(ReachSearch, NodeExactlyAtTheBudgetIsReached) {
    const AsciiNetwork net(R"(
        A---------B---------C
    )",
                           10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    ReachSearch search(net.graph(), costs);
    search.start(Seconds(200.0));
    search.addSource(SearchSource::atNode(net.node('A')));
    search.run();
    ASSERT_TRUE(search.isReached(net.node('C')));
    EXPECT_EQ(search.timeTo(net.node('C')).value(), 200.0);
    EXPECT_TRUE(search.partialEdges().empty());

    search.start(Seconds(199.99));
    search.addSource(SearchSource::atNode(net.node('A')));
    search.run();
    EXPECT_FALSE(search.isReached(net.node('C')));
    EXPECT_TRUE(std::isinf(search.timeTo(net.node('C')).value()));
}

TEST(ReachSearch, ClosedGatesBlock) {
    network::WayFacts vehicleGate;
    vehicleGate.gate = network::GatePassage{5, 1, project::GateKind::Vehicle};
    const AsciiNetwork net(kLine, 10.0, {{"BC", vehicleGate}});
    project::WalkProfile older = walkingAt(1.0);
    older.vehicleGatesPassable = false;
    const network::WalkCost costs(net.graph(), older);
    ReachSearch search(net.graph(), costs);
    search.start(Seconds(std::numeric_limits<double>::infinity()));
    search.addSource(SearchSource::atNode(net.node('A')));
    search.run();
    EXPECT_TRUE(search.isReached(net.node('B')));
    EXPECT_FALSE(search.isReached(net.node('C')));
}

TEST(ReachSearch, CancelStopsEarly) {
    const network::StreetGraph g = test::gridNetwork(60, 50.0);
    const network::WalkCost costs(g, walkingAt(1.2));
    ReachSearch search(g, costs);
    search.start(Seconds(std::numeric_limits<double>::infinity()));
    search.addSource(SearchSource::atNode(NodeId(0)));
    ASSERT_TRUE(search.run());
    const std::size_t all = search.settled().size();
    ASSERT_GT(all, 2048u);

    const std::atomic<bool> cancel{true};
    search.start(Seconds(std::numeric_limits<double>::infinity()));
    search.addSource(SearchSource::atNode(NodeId(0)));
    EXPECT_FALSE(search.run(&cancel));
    EXPECT_LT(search.settled().size(), all);
}

TEST(ReachSearch, NothingIsReachedBeforeOrAfterAnEmptyStart) {
    const AsciiNetwork net(kLine, 10.0);
    const network::WalkCost costs(net.graph(), walkingAt(1.0));
    ReachSearch search(net.graph(), costs);
    EXPECT_FALSE(search.isReached(net.node('A')));
    search.start(Seconds(100.0));
    search.addSource(SearchSource());  // absent: reaches nothing
    EXPECT_TRUE(search.isFinished());
    EXPECT_FALSE(search.isReached(net.node('A')));
    EXPECT_EQ(search.sourceOf(net.node('A')), ReachSearch::kNoSource);
    EXPECT_TRUE(search.partialEdges().empty());
}

TEST(ReachSearch, RejectsCostsOfAnotherGraph) {
    const AsciiNetwork small(kLine, 10.0);
    const AsciiNetwork other(R"(
        A-B-C-D
    )",
                             10.0);
    const network::WalkCost costs(other.graph(), walkingAt(1.0));
    EXPECT_THROW(ReachSearch(small.graph(), costs), std::invalid_argument);
}

}  // namespace
}  // namespace yike::access
