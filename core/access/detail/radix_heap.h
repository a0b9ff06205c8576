// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace yike::access::detail {

/// A budget in seconds as the searches compare it: an infinite budget becomes the largest
/// float, so that impassable (+infinity) arcs stay out of reach even then.
inline float budgetOf(double seconds) {
    return static_cast<float>(std::min(seconds, double(std::numeric_limits<float>::max())));
}

/// The inverse of budgetOf, for reporting.
inline double secondsOfBudget(float budget) {
    return budget == std::numeric_limits<float>::max() ? std::numeric_limits<double>::infinity()
                                                       : double(budget);
}

/// The bit pattern of a non-negative float; it orders like the float itself.
inline std::uint32_t keyOf(float seconds) {
    return std::bit_cast<std::uint32_t>(seconds);
}

/**
 * A monotone priority queue over 32-bit keys: the radix heap of Ahuja, Mehlhorn, Orlin and
 * Tarjan, "Faster algorithms for the shortest path problem" (J. ACM 37(2), 1990), in its
 * one-level form. Bucket i holds the keys whose highest bit differing from the last popped key
 * is bit i-1; popping refills bucket 0 from the lowest non-empty bucket. Each entry moves down
 * at most 32 times, and pushes and pops are plain vector operations, which is what makes it
 * faster than a binary heap for Dijkstra.
 *
 * Monotone: every pushed key must be >= the last popped key (true in Dijkstra with
 * non-negative arc costs). Keys are float bit patterns (keyOf), exact for non-negative floats.
 * Entries are never updated; a search pushes again and skips stale entries when popping.
 */
class RadixHeap {
public:
    struct Entry {
        std::uint32_t key;
        std::uint32_t value;
    };

    bool empty() const { return m_size == 0; }
    std::size_t size() const { return m_size; }

    /// @pre key >= the last popped key
    void push(std::uint32_t key, std::uint32_t value) {
        assert(key >= m_last);
        const std::size_t bucket = bucketOf(key);
        m_buckets[bucket].push_back({key, value});
        m_occupied |= std::uint64_t(1) << bucket;
        ++m_size;
    }

    /// The entry with the smallest key. @pre !empty()
    const Entry& top() {
        if (m_buckets[0].empty()) refill();
        return m_buckets[0].back();
    }

    /// Removes and returns the entry with the smallest key. @pre !empty()
    Entry pop() {
        if (m_buckets[0].empty()) refill();
        const Entry entry = m_buckets[0].back();
        m_buckets[0].pop_back();
        if (m_buckets[0].empty()) m_occupied &= ~std::uint64_t(1);
        --m_size;
        return entry;
    }

    /// Empties the queue and resets the monotone bound to 0; keeps the memory.
    void clear() {
        for (auto& bucket : m_buckets) bucket.clear();
        m_occupied = 0;
        m_last = 0;
        m_size = 0;
    }

private:
    std::size_t bucketOf(std::uint32_t key) const {
        return key == m_last ? 0 : std::size_t(32 - std::countl_zero(key ^ m_last));
    }

    // Moves the lowest non-empty bucket down; its smallest key becomes the new bound, so at
    // least that entry lands in bucket 0.
    void refill() {
        const auto i = std::size_t(std::countr_zero(m_occupied));
        std::vector<Entry>& source = m_buckets[i];
        std::uint32_t smallest = source[0].key;
        for (const Entry& e : source) smallest = std::min(smallest, e.key);
        m_last = smallest;
        m_occupied &= ~(std::uint64_t(1) << i);
        for (const Entry& e : source) {
            const std::size_t bucket = bucketOf(e.key);
            m_buckets[bucket].push_back(e);
            m_occupied |= std::uint64_t(1) << bucket;
        }
        source.clear();
    }

    std::array<std::vector<Entry>, 33> m_buckets;
    std::uint64_t m_occupied = 0;  // bit i set when bucket i is not empty
    std::uint32_t m_last = 0;
    std::size_t m_size = 0;
};

}  // namespace yike::access::detail
