// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/reach_sets.h"

#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "tests/core/access/random_network.h"
#include "tests/support/test_data.h"

namespace yike::access {
namespace {

using network::NodeId;
using network::Seconds;

std::vector<SearchSource> someSources(std::mt19937_64& rng, const network::StreetGraph& g,
                                      std::size_t n) {
    std::vector<SearchSource> sources;
    for (std::size_t i = 0; i < n; ++i) sources.push_back(test::randomSource(rng, g));
    sources.push_back(SearchSource());  // an unsnapped facility reaches nothing
    return sources;
}

TEST(ReachSets, EachSetIsTheSearchFromItsSource) {
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    const network::StreetGraph g = test::randomNetwork(rng, 800, 2000.0);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const std::vector<SearchSource> sources = someSources(rng, g, 12);
    const ReachSetsResult result = reachSets(g, costs, sources, Seconds(400.0));
    ASSERT_TRUE(result.complete);
    ASSERT_EQ(result.sets.size(), sources.size());
    EXPECT_TRUE(result.sets.back().nodes.empty());

    ReachSearch search(g, costs);
    for (std::size_t s = 0; s < sources.size(); ++s) {
        const std::vector<float> expected = test::referenceTimes(g, costs, {sources[s]}, 400.0f);
        std::size_t finite = 0;
        for (const float t : expected) finite += std::isfinite(t) ? 1u : 0u;
        ASSERT_EQ(result.sets[s].nodes.size(), finite) << "source " << s;
        for (const ReachedNode& n : result.sets[s].nodes)
            EXPECT_EQ(n.seconds, expected[n.node.value()]);
        EXPECT_TRUE(std::is_sorted(
            result.sets[s].nodes.begin(), result.sets[s].nodes.end(),
            [](const ReachedNode& a, const ReachedNode& b) { return a.seconds < b.seconds; }));
        search.start(Seconds(400.0));
        search.addSource(sources[s]);
        search.run();
        EXPECT_EQ(result.sets[s].partialEdges, search.partialEdges());
    }
}

TEST(ReachSets, ParallelEqualsSerial) {
    std::mt19937_64 rng(test::testSeed() + 1);
    const network::StreetGraph g = test::randomNetwork(rng, 600, 1500.0);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const std::vector<SearchSource> sources = someSources(rng, g, 40);
    RunControl serial;
    serial.threads = 1;
    RunControl parallel;
    parallel.threads = 4;
    const ReachSetsResult a = reachSets(g, costs, sources, Seconds(300.0), serial);
    const ReachSetsResult b = reachSets(g, costs, sources, Seconds(300.0), parallel);
    ASSERT_EQ(a.sets.size(), b.sets.size());
    for (std::size_t s = 0; s < a.sets.size(); ++s) {
        EXPECT_EQ(a.sets[s].nodes, b.sets[s].nodes);
        EXPECT_EQ(a.sets[s].partialEdges, b.sets[s].partialEdges);
    }
}

TEST(ReachSets, CancelLeavesTheRestUndone) {
    std::mt19937_64 rng(test::testSeed() + 2);
    const network::StreetGraph g = test::randomNetwork(rng, 300);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const std::vector<SearchSource> sources = someSources(rng, g, 20);
    std::atomic<bool> cancel{false};
    int calls = 0;
    RunControl control;
    control.threads = 1;
    control.cancel = &cancel;
    control.progress = [&](double) {
        ++calls;
        cancel = true;
    };
    const ReachSetsResult result = reachSets(g, costs, sources, Seconds(300.0), control);
    EXPECT_FALSE(result.complete);
    EXPECT_EQ(calls, 1);
}

TEST(ReachSets, ProgressEndsAtOne) {
    std::mt19937_64 rng(test::testSeed() + 3);
    const network::StreetGraph g = test::randomNetwork(rng, 200);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const std::vector<SearchSource> sources = someSources(rng, g, 10);
    std::vector<double> seen;
    RunControl control;
    control.threads = 2;
    control.progress = [&](double f) { seen.push_back(f); };
    EXPECT_TRUE(reachSets(g, costs, sources, Seconds(300.0), control).complete);
    ASSERT_EQ(seen.size(), sources.size());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);
}

}  // namespace
}  // namespace yike::access
