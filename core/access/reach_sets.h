// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include "core/access/reach_search.h"
#include "core/access/run_control.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/network/walk_cost.h"

namespace yike::access {

/// What one source reaches within the budget.
struct ReachSet {
    std::vector<ReachedNode> nodes;  ///< in order of increasing seconds
    /// Edges reached only in part (see ReachSearch::partialEdges); empty unless asked for.
    std::vector<ReachedSpan> partialEdges;
};

struct ReachSetsResult {
    std::vector<ReachSet> sets;  ///< one per source, in the order of the sources
    bool complete = true;        ///< false when cancelled; unfinished sets are empty
};

struct ReachSetOptions {
    bool partialEdges = true;  ///< also list the partly reached edges (for catchment polygons)
};

/**
 * One bounded search per source (a facility's catchment): the nodes each reaches within the
 * budget with their times, and the partly reached edges. Sources are shared out over the
 * threads of `control`, each thread with its own ReachSearch workspace.
 * @param budget seconds
 */
ReachSetsResult reachSets(const network::StreetGraph& graph, const network::WalkCost& costs,
                          std::span<const SearchSource> sources, network::Seconds budget,
                          const RunControl& control = {}, const ReachSetOptions& options = {});

}  // namespace yike::access
