// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/project/project.h"

namespace yike::sample {

struct SyntheticCityOptions {
    std::uint64_t seed = 20261203;  ///< same seed and scale, same city, on every platform
    /// Size relative to the full city: 1 gives about 1,000,000 walk-graph nodes, 3,000
    /// compounds, 300,000 home buildings and 20,000 facilities; every count scales with it.
    /// @pre 0 < scale <= kMaxCityScale
    double scale = 1.0;
};

/// The largest scale generateSyntheticCity accepts (a city of some 8 million nodes).
inline constexpr double kMaxCityScale = 8.0;

/// The counts a city of this scale is made with (the walk-graph nodes follow from them).
struct SyntheticCityCounts {
    std::size_t compounds = 0;         ///< round(3000 × scale), at least 1
    std::size_t homesPerCompound = 0;  ///< 100
    std::size_t facilities = 0;        ///< round(20000 × scale), at least 1
    std::size_t gridColumns = 0;       ///< blocks west to east
    std::size_t gridRows = 0;          ///< blocks south to north
};

/// The counts of a city of `scale`. @throws std::invalid_argument for a scale out of range.
SyntheticCityCounts syntheticCityCounts(double scale);

/**
 * Generates a fictional city for testing at scale: a grid of streets 420 m apart (经/纬 roads,
 * every eighth an avenue) whose blocks hold one fenced compound each, or a park. A compound is
 * a 380 m square fence with 1-4 gates, each on the fence where a footway from the street
 * passes through it; inside, a grid of footpaths 36 m apart and 100 home buildings (4-7
 * storeys mostly, some towers), each with a footway to its door. Compounds carry survey
 * figures (households, residents, aged 60+ and 0-14). Facilities of every catalogue category
 * stand along the streets, inside compounds (kindergartens, elderly services, community
 * stations) or in parks, the everyday shops most often.
 *
 * Everything is joined into one walk network: every street and path meets the others at shared
 * vertices. Deterministic: depends only on the options (no libm beyond the frame's linear
 * conversion, compiled without fused multiply-add).
 * @throws std::invalid_argument for a scale out of range
 */
project::Project generateSyntheticCity(const SyntheticCityOptions& options = {});

}  // namespace yike::sample
