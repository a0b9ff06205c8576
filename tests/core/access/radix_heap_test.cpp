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
