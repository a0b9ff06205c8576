// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "core/project/project.h"

namespace yike::sample {

struct SampleOptions {
    std::uint64_t seed = 20261123;  ///< same seed, same district, on every platform
};

/**
 * Generates the built-in sample district: a fictional, plausible ~2 x 2 km Chinese urban
 * sub-district (arterial grid at 400-600 m, branch streets and footpaths, gated compounds with
 * 1-4 gates, a river with few bridges, ~30 facilities with deliberate gaps, ~25 idle spaces,
 * populations with age structure). Deterministic: depends only on the options.
 */
project::Project generateSampleDistrict(const SampleOptions& options = {});

}  // namespace yike::sample
