// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <new>

namespace yike::platform {

/// Blocks at least this large are worth backing with huge pages.
inline constexpr std::size_t kLargeBlockBytes = std::size_t(2) << 20;

/**
 * Memory for a large array read in random order (the per-node arrays of a walk search): where
 * the system offers transparent huge pages (Linux), the block is aligned to them and asked to
 * be backed by them, so a search over a city takes a fraction of the page faults and TLB
 * misses; elsewhere plain memory. Returns null when no memory is to be had.
 */
void* allocateLarge(std::size_t bytes) noexcept;
/// Frees a block of allocateLarge with the same size.
void freeLarge(void* block, std::size_t bytes) noexcept;

/// A std::allocator for large arrays: blocks of kLargeBlockBytes or more come from
/// allocateLarge, smaller ones from the ordinary heap.
template <class T>
struct LargeArrayAllocator {
    using value_type = T;

    LargeArrayAllocator() = default;
    template <class U>
    LargeArrayAllocator(const LargeArrayAllocator<U>&) noexcept {}

    T* allocate(std::size_t n) {
        if (n > std::size_t(-1) / sizeof(T)) throw std::bad_array_new_length();
        if (n * sizeof(T) < kLargeBlockBytes) return std::allocator<T>().allocate(n);
        void* block = allocateLarge(n * sizeof(T));
        if (block == nullptr) throw std::bad_alloc();
        return static_cast<T*>(block);
    }
    void deallocate(T* p, std::size_t n) noexcept {
        if (n * sizeof(T) < kLargeBlockBytes)
            std::allocator<T>().deallocate(p, n);
        else
            freeLarge(p, n * sizeof(T));
    }

    template <class U>
    friend bool operator==(const LargeArrayAllocator&, const LargeArrayAllocator<U>&) noexcept {
        return true;
    }
};

}  // namespace yike::platform
