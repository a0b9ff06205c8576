// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace yike::sample {

/**
 * splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014) with our own conversions, so a seed gives the same output with every compiler
 * and standard library (the std:: distributions are not specified bit for bit). Shared by the
 * generators of core/sample.
 */
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        m_state += 0x9E3779B97F4A7C15ULL;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1), 53 random bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }

    /// Uniform in [0, n); n > 0. The modulo bias is below 2^-40 for n below 2^24.
    std::size_t index(std::size_t n) { return static_cast<std::size_t>(next() % n); }

    /// Uniform in [lo, hi], inclusive.
    int between(int lo, int hi) {
        return lo + static_cast<int>(index(static_cast<std::size_t>(hi - lo) + 1));
    }

    template <typename T>
    void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[index(i)]);
    }

private:
    std::uint64_t m_state;
};

}  // namespace yike::sample
