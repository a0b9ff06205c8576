// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/nearest_times.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <stdexcept>

#include <gtest/gtest.h>

#include "tests/core/access/random_network.h"
#include "tests/support/ascii_network.h"
#include "tests/support/test_data.h"

namespace yike::access {
namespace {

using network::NodeId;
using network::Seconds;

std::vector<std::vector<SearchSource>> randomCategories(std::mt19937_64& rng,
                                                        const network::StreetGraph& g,
                                                        std::size_t categories) {
    std::uniform_int_distribution<int> count(0, 6);
    std::vector<std::vector<SearchSource>> out(categories);
    for (auto& sources : out) {
        for (int i = count(rng); i > 0; --i) sources.push_back(test::randomSource(rng, g));
        if (count(rng) == 0) sources.push_back(SearchSource());
    }
    return out;
}

bool sameBits(std::span<const float> a, std::span<const float> b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](float x, float y) {
               return std::bit_cast<std::uint32_t>(x) == std::bit_cast<std::uint32_t>(y);
           });
}

TEST(NearestTimes, IsTheMinimumOverSingleSourceSearches) {
    const std::uint64_t seed = test::testSeed();
    for (std::uint64_t round = 0; round < 15; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round);
        std::mt19937_64 rng(seed + 100 + round);
        const network::StreetGraph g = test::randomNetwork(rng, 250);
        const network::WalkCost costs(g, test::randomProfile(rng));
        const auto categories = randomCategories(rng, g, 4);
        const float budget = 500.0f;
        const NearestTimes nearest = nearestTimes(g, costs, categories, Seconds(budget));
        ASSERT_TRUE(nearest.isComplete());
        for (std::size_t c = 0; c < categories.size(); ++c) {
            std::vector<float> minimum(g.nodeCount(), network::kUnreachable);
            std::vector<std::vector<float>> single;
            for (const SearchSource& s : categories[c]) {
                single.push_back(test::referenceTimes(g, costs, {s}, budget));
                for (std::size_t v = 0; v < g.nodeCount(); ++v)
                    minimum[v] = std::min(minimum[v], single.back()[v]);
            }
            ASSERT_TRUE(sameBits(nearest.seconds(c), minimum)) << "category " << c;
            // The nearest source is one that achieves the time.
            for (std::uint32_t v = 0; v < g.nodeCount(); ++v) {
                const std::uint32_t s = nearest.nearestSource(c, NodeId(v));
                if (std::isinf(minimum[v])) {
                    EXPECT_EQ(s, NearestTimes::kNoSource);
                } else {
                    ASSERT_LT(s, single.size());
                    EXPECT_EQ(single[s][v], minimum[v]);
                }
            }
        }
    }
}

TEST(NearestTimes, ParallelEqualsSerialAndProfilesShareThePool) {
    std::mt19937_64 rng(test::testSeed() + 7);
    const network::StreetGraph g = test::randomNetwork(rng, 700, 1500.0);
    const network::WalkCost adult(g, test::randomProfile(rng));
    const network::WalkCost older(g, test::randomProfile(rng));
    const auto categories = randomCategories(rng, g, 9);
    RunControl serial;
    serial.threads = 1;
    RunControl parallel;
    parallel.threads = 4;
    const NearestTimes a(g, adult, categories, Seconds(600.0), serial);
    const NearestTimes b(g, adult, categories, Seconds(600.0), parallel);
    NearestTimes pooledAdult(NearestTimes::Deferred(), g, adult, categories, Seconds(600.0));
    NearestTimes pooledOlder(NearestTimes::Deferred(), g, older, categories, Seconds(600.0));
    EXPECT_FALSE(pooledAdult.isComplete());
    NearestTimes* both[] = {&pooledAdult, &pooledOlder};
    NearestTimes::computeAll(both, parallel);
    ASSERT_TRUE(pooledAdult.isComplete());
    ASSERT_TRUE(pooledOlder.isComplete());
    const NearestTimes o(g, older, categories, Seconds(600.0), serial);
    for (std::size_t c = 0; c < categories.size(); ++c) {
        EXPECT_TRUE(sameBits(a.seconds(c), b.seconds(c)));
        EXPECT_TRUE(sameBits(a.seconds(c), pooledAdult.seconds(c)));
        EXPECT_TRUE(sameBits(o.seconds(c), pooledOlder.seconds(c)));
    }
}

TEST(NearestTimes, TimesWithoutTheirSourcesAreTheSameTimes) {
    std::mt19937_64 rng(test::testSeed() + 9);
    const network::StreetGraph g = test::randomNetwork(rng, 500, 1200.0);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const auto categories = randomCategories(rng, g, 6);
    NearestTimes kept(g, costs, categories, Seconds(500.0));
    NearestTimes timesOnly(NearestTimes::Deferred(), g, costs, categories, Seconds(500.0), false);
    NearestTimes* one[] = {&timesOnly};
    NearestTimes::computeAll(one);
    ASSERT_TRUE(timesOnly.isComplete());
    bool anyReached = false;
    for (std::size_t c = 0; c < categories.size(); ++c) {
        EXPECT_TRUE(sameBits(kept.seconds(c), timesOnly.seconds(c))) << "category " << c;
        for (std::uint32_t v = 0; v < g.nodeCount(); ++v) {
            EXPECT_EQ(timesOnly.nearestSource(c, NodeId(v)), NearestTimes::kNoSource);
            anyReached = anyReached || kept.nearestSource(c, NodeId(v)) != NearestTimes::kNoSource;
        }
    }
    EXPECT_TRUE(anyReached);
    EXPECT_THROW(timesOnly.moveSource(0, 0, SearchSource()), std::logic_error);

    // Released times give their memory to the next category computed with the workspace.
    NearestTimes::Workspace workspace;
    timesOnly.release(0, workspace);
    EXPECT_TRUE(timesOnly.seconds(0).empty());
    EXPECT_EQ(workspace.spare.size(), g.nodeCount());
    const float* memory = workspace.spare.data();
    NearestTimes again(NearestTimes::Deferred(), g, costs, categories, Seconds(500.0), false);
    ASSERT_TRUE(again.compute(1, workspace, nullptr));
    EXPECT_EQ(again.seconds(1).data(), memory);
    EXPECT_TRUE(sameBits(again.seconds(1), kept.seconds(1)));
    NearestTimes::Workspace other;
    EXPECT_THROW(kept.release(0, other), std::logic_error);
}

TEST(NearestTimes, CancelStopsEarlyAndBlanksTheResult) {
    std::mt19937_64 rng(test::testSeed() + 8);
    const network::StreetGraph g = test::randomNetwork(rng, 400);
    const network::WalkCost costs(g, test::randomProfile(rng));
    const auto categories = randomCategories(rng, g, 8);
    std::atomic<bool> cancel{false};
    int calls = 0;
    RunControl control;
    control.threads = 1;
    control.cancel = &cancel;
    control.progress = [&](double) {
        ++calls;
        cancel = true;
    };
    const NearestTimes nearest(g, costs, categories, Seconds(900.0), control);
    EXPECT_FALSE(nearest.isComplete());
    EXPECT_EQ(calls, 1);
    for (std::size_t c = 0; c < categories.size(); ++c)
        for (const float t : nearest.seconds(c)) ASSERT_TRUE(std::isinf(t));
    EXPECT_THROW(const_cast<NearestTimes&>(nearest).moveSource(0, 0, SearchSource()),
                 std::logic_error);
}

TEST(NearestTimes, IncrementalMovesEqualAFullRecompute) {
    const std::uint64_t seed = test::testSeed();
    for (std::uint64_t round = 0; round < 6; ++round) {
        SCOPED_TRACE(::testing::Message() << "seed " << seed << " round " << round);
        std::mt19937_64 rng(seed + 200 + round);
        const network::StreetGraph g = test::randomNetwork(rng, 400, 1500.0);
        const network::WalkCost costs(g, test::randomProfile(rng));
        auto categories = randomCategories(rng, g, 3);
        categories[0].push_back(test::randomSource(rng, g));
        const Seconds budget(std::uniform_real_distribution<double>(200.0, 900.0)(rng));
        NearestTimes live(g, costs, categories, budget);
        for (int move = 0; move < 40; ++move) {
            std::uniform_int_distribution<std::size_t> pickCategory(0, categories.size() - 1);
            const std::size_t c = pickCategory(rng);
            std::bernoulli_distribution grow(0.1);
            if (categories[c].empty() || grow(rng)) {
                const SearchSource added = test::randomSource(rng, g);
                categories[c].push_back(added);
                EXPECT_EQ(live.addSource(c, added), categories[c].size() - 1);
            } else {
                std::uniform_int_distribution<std::size_t> pick(0, categories[c].size() - 1);
                const std::size_t s = pick(rng);
                std::bernoulli_distribution vanish(0.1);
                const SearchSource to = vanish(rng) ? SearchSource() : test::randomSource(rng, g);
                categories[c][s] = to;
                live.moveSource(c, s, to);
            }
            const NearestTimes fresh(g, costs, categories, budget);
            for (std::size_t k = 0; k < categories.size(); ++k) {
                ASSERT_TRUE(sameBits(live.seconds(k), fresh.seconds(k)))
                    << "move " << move << " category " << k;
                ASSERT_EQ(live.sources(k), categories[k]);
            }
        }
    }
}

TEST(NearestTimes, MovingAFacilityRepairsOnlyItsSurroundings) {
    // Two clinics at the ends of a long street; moving the west one a little must not touch the
    // east one's side.
    const test::AsciiNetwork net(R"(
        A---------B---------C---------D---------E---------F---------G
    )",
                                 10.0);
    project::WalkProfile walk;
    walk.speedMps = 1.0;
    const network::WalkCost costs(net.graph(), walk);
    NearestTimes nearest(
        net.graph(), costs,
        {{SearchSource::atNode(net.node('A')), SearchSource::atNode(net.node('G'))}},
        Seconds(250.0));
    EXPECT_EQ(nearest.seconds(0)[net.node('C').value()], 200.0f);
    EXPECT_EQ(nearest.nearestSource(0, net.node('F')), 1u);
    const UpdateReport report = nearest.moveSource(0, 0, SearchSource::atNode(net.node('B')));
    EXPECT_EQ(report.nodesCleared, 3u);  // A, B, C were served from A
    EXPECT_EQ(nearest.seconds(0)[net.node('A').value()], 100.0f);
    EXPECT_EQ(nearest.seconds(0)[net.node('D').value()], 200.0f);
    EXPECT_EQ(nearest.nearestSource(0, net.node('D')), 0u);
    EXPECT_LE(report.nodesSettled, 6u);
}

}  // namespace
}  // namespace yike::access
