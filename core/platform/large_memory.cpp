// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/large_memory.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace yike::platform {

namespace {

std::size_t roundUp(std::size_t bytes, std::size_t unit) { return (bytes + unit - 1) / unit * unit; }

}  // namespace

#if defined(__linux__)

void* allocateLarge(std::size_t bytes) noexcept {
    const std::size_t size = roundUp(bytes, kLargeBlockBytes);
    void* block = std::aligned_alloc(kLargeBlockBytes, size);
    // Only a hint: without transparent huge pages the block is ordinary memory.
    if (block != nullptr) ::madvise(block, size, MADV_HUGEPAGE);
    return block;
}

void freeLarge(void* block, std::size_t) noexcept { std::free(block); }

#else

void* allocateLarge(std::size_t bytes) noexcept {
    return ::operator new(bytes, std::nothrow);
}

void freeLarge(void* block, std::size_t) noexcept { ::operator delete(block); }

#endif

}  // namespace yike::platform
