// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/detail/radix_heap.h"

#include <algorithm>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"

namespace yike::access::detail {
namespace {

TEST(RadixHeap, PopsInKeyOrderWhilePushingMonotonically) {
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> step(0.0f, 50.0f);
    RadixHeap heap;
    std::vector<float> reference;
    float last = 0.0f;
    for (std::uint32_t i = 0; i < 200; ++i) {
        const float key = step(rng);
        heap.push(keyOf(key), i);
        reference.push_back(key);
    }
    std::size_t popped = 0;
    while (!heap.empty()) {
        const auto smallest = std::min_element(reference.begin(), reference.end());
        const RadixHeap::Entry e = heap.pop();
        ASSERT_EQ(e.key, keyOf(*smallest));
        reference.erase(smallest);
        last = std::bit_cast<float>(e.key);
        // Dijkstra-like: new keys are never below the last popped one.
        if (popped++ < 300) {
            const float key = last + step(rng);
            heap.push(keyOf(key), 0);
            reference.push_back(key);
        }
    }
    EXPECT_TRUE(reference.empty());
}

TEST(RadixHeap, KeysDifferingInEveryByteAndTiesPopInOrder) {
    // Steps of every size move entries through every level; zero steps make ties.
    const std::uint64_t seed = test::testSeed() + 1;
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    const std::uint32_t steps[] = {0, 1, 3, 200, 256, 40'000, 65'536, 3'000'000, 1u << 24,
                                   100'000'000};
    std::uniform_int_distribution<std::size_t> pickStep(0, std::size(steps) - 1);
    std::uniform_int_distribution<int> pushes(0, 3);
    RadixHeap heap;
    std::vector<std::uint32_t> reference;  // keys in the heap
    std::uint32_t last = 0;
    std::uint32_t value = 0;
    const auto pushAbove = [&](std::uint32_t base) {
        const std::uint32_t step = steps[pickStep(rng)];
        const std::uint32_t key = base + std::min(step, 0xffffffffu - base);
        heap.push(key, value++);
        reference.push_back(key);
    };
    for (int i = 0; i < 50; ++i) pushAbove(0);
    for (int round = 0; round < 5000 && !heap.empty(); ++round) {
        const auto smallest = std::min_element(reference.begin(), reference.end());
        ASSERT_EQ(heap.top().key, *smallest);
        const RadixHeap::Entry e = heap.pop();
        ASSERT_EQ(e.key, *smallest) << "round " << round;
        ASSERT_GE(e.key, last);
        last = e.key;
        reference.erase(smallest);
        ASSERT_EQ(heap.size(), reference.size());
        if (round < 4000)
            for (int p = pushes(rng); p > 0; --p) pushAbove(last);
    }
    // Cleared half full: nothing of before is left, and the bound is 0 again.
    for (int i = 0; i < 20; ++i) pushAbove(last);
    heap.clear();
    EXPECT_TRUE(heap.empty());
    heap.push(5, 1);
    heap.push(5, 2);
    heap.push(2, 3);
    EXPECT_EQ(heap.pop().key, 2u);
    EXPECT_EQ(heap.pop().key, 5u);
    EXPECT_EQ(heap.pop().key, 5u);
    EXPECT_TRUE(heap.empty());
}

TEST(RadixHeap, LookingAheadBeforePushingKeepsTheOrder) {
    // A search pops a node, peeks at the next one to fetch its data early, then pushes the
    // node's neighbours, some below the peeked key.
    RadixHeap heap;
    heap.push(10, 1);
    heap.push(100, 2);
    heap.push(70'000, 3);
    EXPECT_EQ(heap.pop().key, 10u);
    EXPECT_EQ(heap.top().key, 100u);
    heap.push(60, 4);
    heap.push(50, 5);
    heap.push(100, 6);
    heap.push(65'000, 7);
    EXPECT_EQ(heap.top().key, 50u);
    std::vector<std::uint32_t> order;
    while (!heap.empty()) {
        const RadixHeap::Entry e = heap.pop();
        order.push_back(e.key);
        if (e.key == 50u) {
            EXPECT_EQ(heap.top().key, 60u);
            heap.push(55, 8);  // below the peeked key again
        }
    }
    EXPECT_EQ(order, (std::vector<std::uint32_t>{50, 55, 60, 100, 100, 65'000, 70'000}));

    // The same at random: peek after every pop, then push keys anywhere above the popped one.
    const std::uint64_t seed = test::testSeed() + 2;
    SCOPED_TRACE(seed);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint32_t> step(0, 5000);
    std::uniform_int_distribution<int> pushes(0, 3);
    std::vector<std::uint32_t> reference;
    heap.clear();
    for (int i = 0; i < 20; ++i) {
        const std::uint32_t key = step(rng);
        heap.push(key, 0);
        reference.push_back(key);
    }
    for (int round = 0; round < 3000 && !heap.empty(); ++round) {
        const auto smallest = std::min_element(reference.begin(), reference.end());
        const RadixHeap::Entry e = heap.pop();
        ASSERT_EQ(e.key, *smallest) << "round " << round;
        reference.erase(smallest);
        if (!heap.empty()) heap.top();
        if (round < 2500) {
            for (int p = pushes(rng); p > 0; --p) {
                const std::uint32_t key = e.key + step(rng);
                heap.push(key, 0);
                reference.push_back(key);
            }
        }
    }
}

TEST(RadixHeap, ClearResetsTheBound) {
    RadixHeap heap;
    heap.push(keyOf(10.0f), 1);
    EXPECT_EQ(heap.pop().value, 1u);
    heap.clear();
    heap.push(keyOf(0.0f), 2);
    EXPECT_EQ(heap.top().value, 2u);
    EXPECT_EQ(heap.size(), 1u);
}

}  // namespace
}  // namespace yike::access::detail
