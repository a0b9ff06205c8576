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

// The push of a search's inner loop: inlined there, where a call costs as much as the push.
#if defined(__GNUC__) || defined(__clang__)
#define YIKE_RADIX_INLINE [[gnu::always_inline]] inline
#else
#define YIKE_RADIX_INLINE inline
#endif

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
 * A monotone priority queue over 32-bit keys: a radix heap (Ahuja, Mehlhorn, Orlin and Tarjan,
 * "Faster algorithms for the shortest path problem", J. ACM 37(2), 1990) whose buckets go by
 * bytes rather than bits. A key equal to the last popped one waits in the `equal` list; any
 * other key goes to bucket (level, digit), where level is the highest byte in which it differs
 * from the last popped key and digit its own value of that byte. All keys of a level agree with
 * the last popped key above that byte and exceed it in that byte, so the lowest non-empty
 * bucket of the lowest non-empty level holds the smallest keys. Popping with `equal` empty
 * takes that bucket, makes its smallest key the new last popped key and spreads its entries
 * over `equal` and the levels below. An entry therefore moves at most four times (a bucket per
 * bit would move it up to 32 times: on the float keys of a walk search, about nine times per
 * entry on average), and pushes and pops are plain vector operations.
 *
 * Monotone: every pushed key must be >= the last popped key (true in Dijkstra with
 * non-negative arc costs). top() may look ahead, between a pop and the pushes that follow it
 * (a search fetching the next node's data early): it moves the buckets' bound up to the next
 * key, and a key then pushed below that bound waits in a small binary heap of its own, popped
 * first, so the order stays exact. Keys are float bit patterns (keyOf), exact for non-negative
 * floats. Entries are never updated; a search pushes again and skips stale entries when
 * popping.
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
        assert(key >= m_popped);
        ++m_size;
        if (key < m_last) [[unlikely]] {
            m_below.push_back({key, value});
            std::push_heap(m_below.begin(), m_below.end(), laterKey);
            return;
        }
        place({key, value});
    }

    /// The entry with the smallest key. @pre !empty()
    const Entry& top() {
        if (!m_below.empty()) return m_below.front();
        if (m_equal.empty()) refill();
        return m_equal.back();
    }

    /// Removes and returns the entry with the smallest key. @pre !empty()
    Entry pop() {
        Entry entry;
        if (!m_below.empty()) [[unlikely]] {
            std::pop_heap(m_below.begin(), m_below.end(), laterKey);
            entry = m_below.back();
            m_below.pop_back();
        } else {
            if (m_equal.empty()) refill();
            entry = m_equal.back();
            m_equal.pop_back();
        }
        --m_size;
        m_popped = entry.key;
        return entry;
    }

    /// Empties the queue and resets the monotone bound to 0; keeps the memory.
    void clear() {
        m_below.clear();
        m_equal.clear();
        for (std::size_t level = 0; level < kLevels; ++level) {
            for (std::size_t word = 0; word < kWords; ++word) {
                std::uint64_t bits = m_occupied[level][word];
                while (bits != 0) {
                    const auto bit = std::size_t(std::countr_zero(bits));
                    m_buckets[level * kDigits + word * 64 + bit].clear();
                    bits &= bits - 1;
                }
                m_occupied[level][word] = 0;
            }
        }
        m_levels = 0;
        m_last = 0;
        m_popped = 0;
        m_size = 0;
    }

private:
    static constexpr std::size_t kLevels = 4;    // bytes of a key
    static constexpr std::size_t kDigits = 256;  // values of a byte
    static constexpr std::size_t kWords = kDigits / 64;

    static bool laterKey(const Entry& a, const Entry& b) { return a.key > b.key; }

    YIKE_RADIX_INLINE void place(const Entry& e) {
        const std::uint32_t differ = e.key ^ m_last;
        if (differ == 0) {
            m_equal.push_back(e);
            return;
        }
        const auto level = std::size_t(31 - std::countl_zero(differ)) / 8;
        const std::size_t digit = (e.key >> (8 * level)) & 0xffu;
        m_buckets[level * kDigits + digit].push_back(e);
        m_occupied[level][digit / 64] |= std::uint64_t(1) << (digit % 64);
        m_levels |= 1u << level;
    }

    // Spreads the lowest non-empty bucket; its smallest key becomes the new bound, so at least
    // that entry lands in `equal`. Every entry of the bucket agrees with the new bound in the
    // bucket's byte and above, so each lands in `equal` or a lower level.
    void refill() {
        const auto level = std::size_t(std::countr_zero(m_levels));
        std::array<std::uint64_t, kWords>& words = m_occupied[level];
        std::size_t word = 0;
        while (words[word] == 0) ++word;
        const std::size_t digit = word * 64 + std::size_t(std::countr_zero(words[word]));
        words[word] &= words[word] - 1;
        if ((words[0] | words[1] | words[2] | words[3]) == 0) m_levels &= ~(1u << level);

        std::vector<Entry>& source = m_buckets[level * kDigits + digit];
        std::uint32_t smallest = source[0].key;
        for (const Entry& e : source) smallest = std::min(smallest, e.key);
        m_last = smallest;
        for (const Entry& e : source) place(e);
        source.clear();
    }

    std::vector<Entry> m_below;  // a binary heap of keys pushed below m_last after a top()
    std::vector<Entry> m_equal;  // keys equal to m_last
    std::array<std::vector<Entry>, kLevels * kDigits> m_buckets;
    std::array<std::array<std::uint64_t, kWords>, kLevels> m_occupied{};  // non-empty buckets
    unsigned m_levels = 0;  // bit l set when level l has a non-empty bucket
    std::uint32_t m_last = 0;    // the bound the buckets are relative to
    std::uint32_t m_popped = 0;  // the last popped key
    std::size_t m_size = 0;
};

}  // namespace yike::access::detail

#undef YIKE_RADIX_INLINE
