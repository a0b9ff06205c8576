// SPDX-License-Identifier: GPL-3.0-or-later
// The heuristic's bookkeeping against a count from scratch: merged groups, the gains and packs
// kept up to date through random additions and removals, and the feasibility shortcuts.
#include "core/proposals/detail/coverage_state.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"

namespace yike::proposals::detail {
namespace {

/// Spaces of 20-200 m², five categories of 20-80 m², elements of one category each, options
/// covering a random set of nearby elements of their category: many share coverers, as homes
/// of one block do.
Instance randomInstance(std::mt19937_64& rng) {
    Instance in;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    for (int c = 0; c < 5; ++c) {
        CategoryInfo category;
        category.code = "c" + std::to_string(c);
        category.minAreaM2 = 20.0 + 15.0 * c;
        in.categories.push_back(category);
    }
    for (int s = 0; s < 12; ++s) {
        SpaceInfo space;
        space.space.floorAreaM2 = 20.0 + 180.0 * unit(rng);
        space.space.estimatedCostYuan = 1000.0 + 9000.0 * unit(rng);
        in.spaces.push_back(space);
    }
    for (std::uint32_t e = 0; e < 300; ++e) {
        Element element;
        element.weight = e % 17 == 0 ? 0.0 : 1.0 + 9.0 * unit(rng);
        element.category = e % 5;
        in.elements.push_back(element);
    }
    for (std::uint32_t s = 0; s < in.spaces.size(); ++s)
        for (std::uint32_t c = 0; c < in.categories.size(); ++c) {
            if (in.categories[c].minAreaM2 > in.spaces[s].space.floorAreaM2) continue;
            Option option;
            option.space = s;
            option.category = c;
            // Elements are laid out in blocks of 20; a space reaches the blocks near it.
            for (std::uint32_t e = c; e < in.elements.size(); e += 5) {
                const double distance = std::abs(double(e / 20) - double(s) * 15.0 / 12.0);
                if (distance < 3.0 && unit(rng) < 0.9) option.elements.push_back(e);
            }
            for (const std::uint32_t e : option.elements) option.value += in.elements[e].weight;
            in.options.push_back(option);
        }
    in.budgetYuan = 30000.0;
    in.maxSpaces = 5;
    return in;
}

/// What the option would newly cover, counted from the elements.
double gainFromScratch(const Instance& in, const std::vector<char>& chosen, std::uint32_t o) {
    if (chosen[o]) return 0.0;
    std::vector<char> covered(in.elements.size(), 0);
    for (std::uint32_t other = 0; other < in.options.size(); ++other)
        if (chosen[other])
            for (const std::uint32_t e : in.options[other].elements) covered[e] = 1;
    double gain = 0.0;
    for (const std::uint32_t e : in.options[o].elements)
        if (!covered[e]) gain += in.elements[e].weight;
    return gain;
}

TEST(CoverageState, GroupsKeepEveryOptionsWeight) {
    std::mt19937_64 rng(test::testSeed());
    const Instance in = randomInstance(rng);
    const Index index(in);
    EXPECT_LT(index.weight.size(), in.elements.size()) << "nothing merged";
    for (std::uint32_t o = 0; o < in.options.size(); ++o) {
        double weight = 0.0;
        for (const std::uint32_t g : index.groupsOf[o]) {
            weight += index.weight[g];
            const auto coverers = index.coverers[g];
            EXPECT_TRUE(std::find(coverers.begin(), coverers.end(), o) != coverers.end());
        }
        EXPECT_NEAR(weight, in.options[o].value, 1e-9);
    }
    for (const double w : index.weight) EXPECT_GT(w, 0.0);
}

TEST(CoverageState, KeptGainsAndPacksMatchACountFromScratch) {
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    const Instance in = randomInstance(rng);
    const Index index(in);
    State state(in, index);
    std::vector<char> chosen(in.options.size(), 0);
    std::uniform_int_distribution<std::uint32_t> pick(0, std::uint32_t(in.options.size() - 1));
    for (int move = 0; move < 400; ++move) {
        // Additions and removals at random, the constraints aside: the bookkeeping must hold
        // whatever the search does.
        const std::uint32_t o = pick(rng);
        if (chosen[o]) {
            state.remove(o);
        } else {
            state.add(o);
        }
        chosen[o] = !chosen[o];
        if (move % 20 != 19) continue;
        std::vector<std::uint32_t> list;
        for (std::uint32_t i = 0; i < chosen.size(); ++i)
            if (chosen[i]) list.push_back(i);
        EXPECT_EQ(state.chosen(), list);
        EXPECT_NEAR(state.objective(), objectiveOf(in, list), 1e-9);
        for (std::uint32_t i = 0; i < in.options.size(); ++i)
            ASSERT_NEAR(state.gain(i), gainFromScratch(in, chosen, i), 1e-9) << "option " << i;
        // The same choice made afresh packs every space alike.
        State fresh(in, index);
        for (const std::uint32_t i : list) fresh.add(i);
        const std::vector<double> none(in.options.size(), 0.0);
        for (std::uint32_t s = 0; s < in.spaces.size(); ++s) {
            if (state.spaceUsed(s)) continue;
            EXPECT_NEAR(state.pack(s).gain, fresh.pack(s).gain, 1e-9) << "space " << s;
            EXPECT_NEAR(state.packWith(s, none).gain, state.pack(s).gain, 1e-9);
        }
    }
}

TEST(CoverageState, FeasibilityShortcutsMatchTheMovesTheyStandFor) {
    std::mt19937_64 rng(test::testSeed());
    const Instance in = randomInstance(rng);
    const Index index(in);
    State state(in, index);
    // A few spaces in use, some of them with more than one service.
    std::uniform_int_distribution<std::uint32_t> pick(0, std::uint32_t(in.options.size() - 1));
    for (int i = 0; i < 40; ++i) {
        const std::uint32_t o = pick(rng);
        if (state.canAdd(o)) state.add(o);
    }
    ASSERT_GE(state.spacesUsed(), 2u);
    for (const std::uint32_t x : state.chosen())
        for (std::uint32_t y = 0; y < in.options.size(); ++y) {
            state.remove(x);
            const bool canAdd = y != x && state.canAdd(y);
            state.add(x);
            EXPECT_EQ(state.canSwap(x, y), canAdd) << x << " for " << y;
        }
    for (std::uint32_t x = 0; x < in.spaces.size(); ++x) {
        if (!state.spaceUsed(x)) continue;
        std::vector<std::uint32_t> held;
        for (const std::uint32_t o : index.bySpace[x])
            if (state.isChosen(o)) held.push_back(o);
        for (std::uint32_t y = 0; y < in.spaces.size(); ++y) {
            if (y == x) continue;
            for (const std::uint32_t o : held) state.remove(o);
            const bool canOpen = state.canOpen(y);
            for (const std::uint32_t o : held) state.add(o);
            EXPECT_EQ(state.canOpenInstead(x, y), canOpen) << x << " for " << y;
        }
    }
}

}  // namespace
}  // namespace yike::proposals::detail
