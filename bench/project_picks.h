// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <random>
#include <string>

#include "core/geo/lon_lat.h"
#include "core/project/project.h"

namespace yike::bench {

/// A point on a random street of the project: a random vertex pair, a random fraction along it.
/// @pre the project has a street of two points or more
inline geo::LonLat randomStreetPoint(const project::Project& p, std::mt19937& random) {
    const auto& streets = p.streets().items();
    for (;;) {
        const project::Street& s =
            streets[std::uniform_int_distribution<std::size_t>(0, streets.size() - 1)(random)];
        if (s.line.size() < 2) continue;
        const std::size_t i =
            std::uniform_int_distribution<std::size_t>(0, s.line.size() - 2)(random);
        const double t = std::uniform_real_distribution<double>(0.0, 1.0)(random);
        const geo::LonLat a = s.line[i];
        const geo::LonLat b = s.line[i + 1];
        return {a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
    }
}

/// The first existing facility of the most common category (named in `category`); 0 when the
/// project has no facility or none of that category exists yet.
inline project::FeatureId commonFacility(const project::Project& p, std::string& category) {
    std::map<std::string, int> counts;
    for (const project::Facility& f : p.facilities().items()) ++counts[f.categoryCode];
    if (counts.empty()) return 0;
    category = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
                   return a.second < b.second;
               })->first;
    for (const project::Facility& f : p.facilities().items())
        if (f.categoryCode == category && f.status == project::FacilityStatus::Existing)
            return f.id;
    return 0;
}

}  // namespace yike::bench
