// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/project/features.h"

namespace yike::network {

/// What a way is, from the walker's point of view (after OSM `highway=*`).
enum class WayKind : std::uint8_t {
    Footway,
    Path,
    Pedestrian,
    LivingStreet,
    Residential,
    Service,
    Tertiary,
    Secondary,
    Primary,
    Steps,
    Crossing,
    Other
};

/// How a way crosses a carriageway (after OSM `crossing=*`).
enum class Crossing : std::uint8_t { None, Unmarked, Marked, Signals };

/// The gate an edge passes through, for edges that lead through a compound's fence.
struct GatePassage {
    project::FeatureId gateId = 0;
    project::FeatureId compoundId = 0;
    project::GateKind kind = project::GateKind::Pedestrian;

    friend bool operator==(const GatePassage&, const GatePassage&) = default;
};

/**
 * The facts of a way and of every edge made from it. Facts describe the street, never a cost:
 * WalkCost turns them into seconds for one walk profile, so a profile change never touches the
 * graph. Every field can be filled from OSM tags (wayFactsFromTags).
 */
struct WayFacts {
    WayKind kind = WayKind::Other;
    Crossing crossing = Crossing::None;
    bool steps = false;          ///< stairs (`highway=steps`)
    bool bridge = false;         ///< on a bridge (`bridge=*` other than `no`)
    bool footForbidden = false;  ///< walking not allowed (`foot=no`, or `access=no|private` without
                                 ///< a foot permission)
    std::optional<GatePassage> gate;    ///< set on the passage edge through a compound gate
    project::FeatureId compoundId = 0;  ///< the fenced compound the edge lies inside; 0 = none

    bool isInsideCompound() const { return compoundId != 0; }
    bool isGatePassage() const { return gate.has_value(); }

    friend bool operator==(const WayFacts&, const WayFacts&) = default;
};

/// OSM-style key/value tags.
using TagMap = std::map<std::string, std::string>;

/**
 * Facts from OSM tags: `highway` (kind; `steps` also sets steps), `footway=crossing` or
 * `highway=crossing` (kind Crossing), `crossing` (`traffic_signals` -> Signals;
 * `marked`, `zebra`, `uncontrolled` -> Marked; `unmarked` -> Unmarked), `crossing:signals=yes`,
 * `bridge` (anything but `no`), `foot` and `access` (footForbidden). Unknown values give
 * WayKind::Other. Compound and gate facts are not tags: the graph builder sets them from the
 * fences.
 */
WayFacts wayFactsFromTags(const TagMap& tags);

/// The kind for an OSM `highway` value; WayKind::Other when unknown.
WayKind wayKindFromHighway(const std::string& highway);

/// Stable text code of a kind ("footway", "living_street", ...), as in OSM.
const char* toCode(WayKind kind);

}  // namespace yike::network
