// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/large_memory.h"

#include <cstdint>
#include <numeric>
#include <vector>

#include <gtest/gtest.h>

namespace yike::platform {
namespace {

using LargeVector = std::vector<std::uint32_t, LargeArrayAllocator<std::uint32_t>>;

TEST(LargeMemory, LargeAndSmallArraysHoldWhatIsPutInThem) {
    LargeVector small(100, 7u);
    LargeVector large(3'000'000);  // 12 MB: from allocateLarge
    std::iota(large.begin(), large.end(), 0u);
    EXPECT_EQ(small.back(), 7u);
    EXPECT_EQ(large[2'999'999], 2'999'999u);
#if defined(__linux__)
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(large.data()) % kLargeBlockBytes, 0u)
        << "aligned to huge pages";
#endif
    // Growing past the threshold moves a small array into a large block, contents kept.
    for (std::uint32_t i = 0; i < 1'000'000; ++i) small.push_back(i);
    EXPECT_EQ(small[99], 7u);
    EXPECT_EQ(small[100 + 999'999], 999'999u);
    large.assign(10, 1u);
    large.shrink_to_fit();
    EXPECT_EQ(large.size(), 10u);
    const LargeVector copy = small;
    EXPECT_EQ(copy, small);
}

TEST(LargeMemory, RawBlocksAreUsableToTheLastByte) {
    const std::size_t bytes = kLargeBlockBytes + 12345;
    auto* block = static_cast<unsigned char*>(allocateLarge(bytes));
    ASSERT_NE(block, nullptr);
    block[0] = 1;
    block[bytes - 1] = 2;
    EXPECT_EQ(block[0] + block[bytes - 1], 3);
    freeLarge(block, bytes);
}

}  // namespace
}  // namespace yike::platform
