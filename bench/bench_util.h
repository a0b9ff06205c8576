// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include <sys/resource.h>

/// Small helpers for the benchmark programs: wall-clock medians, percentiles and peak memory.
namespace yike::bench {

/// Runs `work` `repeats` times and returns the median wall-clock seconds.
inline double medianSeconds(int repeats, const std::function<void()>& work) {
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        times.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// The p-quantile (0..1) of the values, nearest rank; 0 when there are none.
inline double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(i, values.size() - 1)];
}

/// Peak resident memory of this process so far, in MiB.
inline double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

inline void printFigure(const std::string& name, double value, const std::string& unit,
                        const std::string& target = {}) {
    std::printf("%-58s %12.4f %-4s %s\n", name.c_str(), value, unit.c_str(), target.c_str());
}

}  // namespace yike::bench
