// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

#include "core/project/project.h"

/// Projects shared by the project store tests and their helper program.
namespace yike::test {

/**
 * A project with something in every layer: a polygon with a hole, idle spaces with and without
 * a footprint, Chinese names, free attributes and street tags, a catalogue with sources and
 * optional fields, walk profiles, scenarios, print layouts, living circles (an outline of two
 * parts, a facility and a point as centres, survey figures present, absent and zero), metadata,
 * and id counters ahead of the largest id (features were removed), so a round trip must keep the
 * counters, not recompute them.
 */
project::Project fullSampleProject();

/// The same project without what a file of an older schema version cannot hold (version 1: no
/// green areas; version 2: no population grids or plot ratios; version 3: no catalogue areas
/// beyond the minimum, no lifts or proposals in idle spaces; version 4: no print layouts;
/// version 5: no living circles), so it round-trips through one.
project::Project sampleProjectForVersion(int schemaVersion);
project::Project versionOneSampleProject();

/// The state written by generation `g` of the crash tests: state A for even generations,
/// state B (more facilities and streets) for odd ones. The metadata holds "generation" and
/// "facility_count", and one facility's name carries the generation, so a file that mixes two
/// generations never equals any state.
project::Project crashTestState(std::int64_t generation);

/// The "generation" metadata value; -1 when absent or malformed.
std::int64_t generationOf(const project::Project& project);

}  // namespace yike::test
