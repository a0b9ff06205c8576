// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/geo/local_frame.h"
#include "core/project/features.h"

namespace yike::project {
class Project;
}

/// Where a project's residents live: in which buildings of which compound, and how many there
/// are where the survey gives no count. The figures are estimates and say so (see
/// ResidentsOptions for every assumption and its source).
namespace yike::access {

/// The assumptions behind estimated residents. Every figure can be changed by the caller.
struct ResidentsOptions {
    /// Residential floor area per person, m². China's 2020 census (七普): 36.52 m² of housing
    /// floor area per person in urban family households (城市家庭户人均住房建筑面积).
    double floorAreaPerPersonM2 = 36.52;
    /// Storeys assumed where a building's levels are unknown: 6, the common walk-up
    /// (多层) block of Chinese compounds. An assumption, not a statistic.
    int assumedLevels = 6;
    /// Shares of residents aged 60+ and 0–14 for estimated compounds: 2020 census national
    /// figures, 18.70 % and 17.95 %.
    double share60Plus = 0.1870;
    double share0To14 = 0.1795;
    /// Estimate a compound's residents from its buildings when its population is 0.
    bool estimateMissingPopulation = true;
};

/// A building people live in.
struct HomeBuilding {
    project::FeatureId id = 0;
    geo::LocalXY centroid;     ///< in the frame passed to locateResidents
    double floorAreaM2 = 0.0;  ///< footprint × levels (assumed levels when unknown)
    /// Index into Project::compounds() of the compound the building stands in, or kNone.
    std::size_t compound = kNone;
    /// Residents allotted to the building: its compound's by floor-area share; 0 outside.
    double residents = 0.0;

    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
};

/// The residents of one compound (same order as Project::compounds()).
struct CompoundResidents {
    long long population = 0;
    long long residents60Plus = 0;
    long long children0To14 = 0;
    /// True when the counts are estimated from buildings (the compound records none).
    bool estimated = false;
    double floorAreaM2 = 0.0;            ///< of its home buildings
    std::vector<std::size_t> buildings;  ///< indices into Residents::buildings
};

struct Residents {
    std::vector<HomeBuilding> buildings;
    std::vector<CompoundResidents> compounds;
};

/**
 * Whether a building of this OSM `building` kind is lived in. Inside a compound every building
 * counts except those that plainly are not homes (garages, sheds, shops, schools, ...), because
 * most compound buildings are mapped as plain `yes`; outside compounds only kinds that say
 * "dwelling" (residential, apartments, house, dormitory, ...) count.
 */
bool isHomeBuilding(std::string_view kind, bool insideCompound);

/**
 * Assigns every home building to the compound its centroid lies in (the first in project order
 * when compounds overlap), shares each compound's residents among its buildings by floor area,
 * and estimates the residents of compounds that record none: floor area / floorAreaPerPersonM2,
 * with the census shares for 60+ and 0–14. A compound with neither a count nor buildings keeps 0.
 */
Residents locateResidents(const project::Project& project, const geo::LocalFrame& frame,
                          const ResidentsOptions& options = {});

}  // namespace yike::access
