// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

/// Which OpenStreetMap ways a pedestrian may use, decided from their tags. All the rules are
/// in one table (walk_rules.cpp) so they can be read, discussed and tested one by one.
namespace yike::osm {

using Tags = std::map<std::string, std::string, std::less<>>;

/// The outcome for one way, with the id of the rule that decided it (for reports and tests).
struct WalkDecision {
    bool walkable = false;
    std::string rule;  ///< e.g. "highway=footway", "foot=no", "trunk-without-sidewalk"
};

/**
 * Decides whether a way is part of the pedestrian network.
 *
 * Order of the rules (the first that applies decides):
 *  1. Not a highway (and not a pedestrian platform / steps alias) → not walkable.
 *  2. Lifecycle values (construction, proposed, abandoned, disused, razed) → not walkable.
 *  3. foot=no|private|use_sidepath|discouraged → not walkable (the road's sidewalks, if any,
 *     are mapped as separate footways which are walkable on their own).
 *  4. foot=yes|designated|permissive|destination → walkable.
 *  5. access=no|private (and no foot permission) → not walkable.
 *  6. The highway value's default from the table: always (footway, path, steps, pedestrian,
 *     living_street, residential, service, unclassified, tertiary, secondary, primary and their
 *     links, track, corridor, bridleway, cycleway, elevator), with-sidewalk-only (trunk,
 *     trunk_link: walkable only with a sidewalk tag other than no/none/separate), never
 *     (motorway, motorway_link, raceway, bus_guideway, busway, escape).
 *  7. Unknown highway values → not walkable (reported by the importer).
 */
WalkDecision decideWalkable(const Tags& tags);

/// The highway values the table knows, with their default ("always", "with-sidewalk", "never").
const std::vector<std::pair<std::string_view, std::string_view>>& highwayDefaults();

/// The tag keys kept on imported streets because walking rules or costs read them.
const std::vector<std::string_view>& walkRelevantKeys();

}  // namespace yike::osm
