// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/access/catchment.h"
#include "core/access/reach_search.h"
#include "core/access/run_control.h"
#include "core/geo/lon_lat.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/network/walk_cost.h"
#include "core/project/features.h"

namespace yike::access {

class AnalysisSession;
class CoverageAnalysis;

/// The streets walked from a place to a position on the network.
struct WalkRoute {
    /// In walking order, lon/lat: from where the walk starts (a snapped position on its edge,
    /// or a node) to the target position, the first and last edges in part. One point when
    /// the target is where the walk starts.
    geo::LineString line;
    /// The edges walked, in order; the first and the last may be walked in part. Edges walked
    /// for 0 m at either end (a target exactly at a node) are left out.
    std::vector<network::EdgeId> edges;
    /// The compound gates passed, in order: the gates of the passage edges among `edges`
    /// (network::WayFacts::gate).
    std::vector<project::FeatureId> gates;
    double seconds = 0.0;  ///< the walk time, PlaceWalk::secondsTo of the target
    double metres = 0.0;   ///< the length walked along the edges
};

/**
 * A walk from one place along the streets, measured the way the coverage analysis measures:
 * one bounded ReachSearch from the place's sources under a walk cost (an analysis' costs, so
 * gates closed for it stay closed), then
 *  - the walk time to any position on an edge (secondsTo), the rule of the coverage times;
 *  - the walk areas within given times (areas), the conservative CatchmentBuilder polygons;
 *  - the route to a position (routeTo), reconstructed from the search's times.
 * This is what the guide map, the probe and the walk rings share.
 *
 * The place is a position on an edge (a point snapped as a facility is) or one or more nodes
 * (the two ends of a gate's passage edge, as the coverage analysis starts from a gate).
 *
 * Keeps references to the graph and the costs, which must outlive it.
 */
class PlaceWalk {
public:
    /// @pre costs were computed for this graph; every source lies in it
    PlaceWalk(const network::StreetGraph& graph, const network::WalkCost& costs,
              std::vector<SearchSource> sources);

    /// Walks everything within the budget. @return false when stopped by `cancel`, after
    /// which nothing else may be asked
    bool run(network::Seconds budget, const std::atomic<bool>* cancel = nullptr);

    const std::vector<SearchSource>& sources() const { return m_sources; }
    const ReachSearch& search() const { return m_search; }

    /**
     * Seconds to a position on an edge: through either end of the edge, or straight along it
     * from a source on the same edge, in the float arithmetic of the coverage times
     * (CoverageAnalysis::secondsVia with the place as the only facility):
     *
     *     first o-----C------F--------o second     F reached through first (forward arc),
     *                                              through second (backward arc), or from C
     *                                              straight along the edge when both share it
     *
     * A node target gets its node's time. +infinity when not reached; a position on an edge
     * reached only in part may lie beyond the budget, which the caller compares with.
     * @pre run() returned true
     */
    double secondsTo(const SearchSource& target) const;

    /// The walk areas within each threshold (at most the budget), drawn by CatchmentBuilder
    /// from this walk's reach. @pre run() returned true
    CatchmentResult areas(std::span<const network::Seconds> thresholds,
                          const RunControl& control = {},
                          const CatchmentOptions& options = {}) const;

    /**
     * The streets walked to a target, along a fastest path: the option of secondsTo that
     * gives its time (straight along a shared edge first, then through the edge's first node,
     * then its second), and a path to that node traced back from it. The search keeps no
     * predecessors, so each step back from a node v picks the first arc u -> v with
     *     time(u) + arcSeconds(u -> v) == time(v)
     * in the search's own float sum, with u settled before v (zero-second gate passages would
     * otherwise let the trace go round in a circle), until it meets a source's seed with
     * v's time. The search set time(v) from such an arc, and a settled time never changes, so
     * the equality holds exactly: no tolerance is needed. Where paths tie, the trace takes one
     * of them.
     * @return nothing when the target is not reached (secondsTo is +infinity)
     * @pre run() returned true
     */
    std::optional<WalkRoute> routeTo(const SearchSource& target) const;

private:
    const network::StreetGraph* m_graph;
    const network::WalkCost* m_costs;
    std::vector<SearchSource> m_sources;
    ReachSearch m_search;
};

/// Why a walk from a place cannot be measured.
enum class PlaceErrorReason {
    UnknownFacility,  ///< no facility with the id
    UnknownGate,      ///< no gate with the id
    NotCounted,       ///< a planned facility, but only existing ones were asked for
    OffNetwork,       ///< no usable street within the snap distance of the place
    GateImpassable,   ///< the walk profile cannot pass the gate (vehicle gate, or closed)
    MissingProfile,   ///< the project has no walk profile with the code
    BadMinutes,       ///< no minutes, or one not finite and > 0
    NotReached        ///< the target is not reached within the budget
};

class PlaceError : public std::runtime_error {
public:
    PlaceError(PlaceErrorReason reason, const std::string& what)
        : std::runtime_error(what), m_reason(reason) {}
    PlaceErrorReason reason() const { return m_reason; }

private:
    PlaceErrorReason m_reason;
};

/**
 * The session's analysis of a walk profile, run first when the session has none (default
 * options, counting planned facilities when asked): the snapping, walk costs and budget every
 * walk from a place must share with the coverage times.
 * @return null when cancelled
 * @throws PlaceError (MissingProfile) for a code the project has no profile for: unlike
 *         AnalysisSession::run, no fallback to another profile
 */
const CoverageAnalysis* analysisOf(AnalysisSession& session, const std::string& profileCode,
                                   bool includePlanned, const RunControl& control = {});

/**
 * Where a place joins the streets, snapped as a facility is (CoverageAnalysis::snapPlace).
 * @param what names the place for the error, e.g. "the point" or "facility 12"
 * @throws PlaceError (OffNetwork) saying how far the nearest usable street is
 */
network::EdgePosition placeOnStreets(const CoverageAnalysis& analysis, geo::LonLat place,
                                     const std::string& what);

/// Whether a facility counts: existing ones always, planned ones when asked.
bool isCounted(const project::Facility& facility, bool includePlanned);

}  // namespace yike::access
