// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>
#include <span>
#include <vector>

#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/platform/large_memory.h"
#include "core/project/features.h"

namespace yike::network {

/// Extra inputs of the costing beyond the walk profile.
struct WalkCostOptions {
    /// Whether a gate is open (e.g. by its opening hours at a chosen time of day). Unset: all
    /// gates are open. A closed gate makes its passage edges impassable.
    std::function<bool(project::FeatureId gateId)> isGateOpen;
};

/**
 * The seconds to walk every arc of one StreetGraph under one project::WalkProfile, in an array
 * indexed like the graph's arcs (as Valhalla's dynamic costing, the graph keeps facts and this
 * class turns them into time; a profile change never rebuilds the graph). Computing it is one
 * pass over the edges.
 *
 * Per arc: length / speedMps, times stairsFactor on steps, plus crossingDelayS on crossings with
 * signals. Impassable arcs cost +infinity: ways where walking is forbidden, passages through
 * vehicle gates when the profile has !vehicleGatesPassable, and passages through gates that
 * WalkCostOptions::isGateOpen closes. Both directions of an edge cost the same today; the per-arc
 * layout leaves room for slopes.
 *
 * Immutable after construction; any number of searches may read it at once.
 */
class WalkCost {
public:
    /// @pre profile.speedMps > 0 and profile.stairsFactor > 0
    WalkCost(const StreetGraph& graph, const project::WalkProfile& profile,
             const WalkCostOptions& options = {});

    const project::WalkProfile& profile() const { return m_profile; }
    std::size_t arcCount() const { return m_arcSeconds.size(); }

    /// Seconds to walk the arc; +infinity when impassable.
    Seconds seconds(ArcId arc) const { return Seconds(m_arcSeconds[arc.value()]); }
    /// Raw view for inner loops: seconds per arc, indexed by ArcId value.
    std::span<const float> arcSeconds() const { return m_arcSeconds; }

private:
    project::WalkProfile m_profile;
    std::vector<float, platform::LargeArrayAllocator<float>> m_arcSeconds;  // read by every search
};

}  // namespace yike::network
