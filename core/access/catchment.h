// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "core/access/reach_search.h"
#include "core/access/run_control.h"
#include "core/geo/lon_lat.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/network/walk_cost.h"

namespace yike::access {

/// How catchment polygons are drawn around the reached streets.
struct CatchmentOptions {
    /// How far a resident may walk off the reached street (to a door, across a square), metres.
    /// Every polygon is the reached street pieces buffered by this distance.
    network::Meters walkOff{50.0};
    /// Vertices used for a full circle in round joins, round ends and points (>= 8).
    int pointsPerCircle = 24;
};

/// The street pieces reached within one threshold: the input of a catchment polygon.
struct CatchmentReach {
    network::Seconds threshold;
    /// Reached parts of edges, [beginM, endM] metres from the edge's first node; whole edges
    /// appear as [0, length]. At most one entry per edge would be too strict: an edge reached
    /// from both ends but not in the middle has two.
    std::vector<ReachedSpan> spans;
    /// Reached nodes that no span of positive length touches (e.g. a node whose every arc is
    /// closed); they become circles.
    std::vector<network::NodeId> loneNodes;
};

/// The catchment of one threshold.
struct Catchment {
    network::Seconds threshold;
    /// The area in lon/lat (a multipolygon): outer rings counter-clockwise, holes clockwise,
    /// first vertex not repeated. Empty when nothing was reached.
    std::vector<geo::Polygon> polygons;
};

/// The catchments of several thresholds.
struct CatchmentResult {
    std::vector<Catchment> catchments;  ///< one per threshold, in the order given
    bool complete = true;               ///< false when cancelled; unfinished entries are empty
};

/**
 * Turns the outcome of a finished ReachSearch into catchment polygons, one per threshold (e.g.
 * 300, 600 and 900 s), as Valhalla separates expansion from contouring: the search decides
 * times, this class draws. It works on the streets themselves, not on a grid:
 *
 *  1. For threshold t, an edge is reached whole when an end node with time s can walk all of
 *     it (s + arc seconds <= t). Otherwise it is reached from an end node with s <= t up to
 *     (t - s) / arcSeconds of its length, and around each source on it up to t / arcSeconds
 *     of its length in each direction (the rule of ReachSearch::partialEdges, for any t).
 *
 *           A(120 s)                       B(200 s)         t = 240 s, arc 100 s each way
 *           o=========================-----o                from A: 100 % of the edge,
 *                                                           so A-B is whole
 *           C(200 s)                       D(230 s)
 *           o==========-------------===o                    from C: 40 %, from D: 10 %
 *
 *  2. The pieces are cut along the real polyline (offsets measured like StreetGraph::length),
 *     placed in the graph's local metric frame and buffered by the walk-off distance with
 *     round joins and ends (Boost.Geometry buffer), then merged into one multipolygon. Holes
 *     (a block the catchment surrounds but cannot enter) are kept.
 *
 * Guarantee: every point of a polygon is within walkOff (straight line) of a point on a
 * reached piece, whose network time is at most t. The circle is approximated by inscribed
 * polygons, so the bound holds without slack.
 *
 * Keeps references to the graph and costs (the ones the search used), which must outlive it.
 * const methods may run from several threads.
 */
class CatchmentBuilder {
public:
    /// @pre options.walkOff >= 0
    CatchmentBuilder(const network::StreetGraph& graph, const network::WalkCost& costs,
                     CatchmentOptions options = {});

    /**
     * Takes the reached nodes and the sources of a finished search.
     * @param sources the sources added to the search, in any order (their edge positions
     *        matter; node sources are already among the settled nodes)
     * @pre search.isFinished()
     */
    void setReach(const ReachSearch& search, std::span<const SearchSource> sources);
    /// The same from the settled nodes of a search (or of ReachSet::nodes).
    void setReach(std::span<const ReachedNode> settled, std::span<const SearchSource> sources);

    /// The pieces reached within `threshold` seconds. Only meaningful up to the budget of the
    /// search the nodes came from; at exactly that budget, the partial spans equal
    /// ReachSearch::partialEdges().
    CatchmentReach reach(network::Seconds threshold) const;

    /// The polygons of one threshold (seconds).
    std::vector<geo::Polygon> build(network::Seconds threshold) const;
    /// The polygons of several thresholds; cancellable between thresholds, reports progress
    /// after each. Runs on the calling thread (RunControl::threads is ignored).
    CatchmentResult build(std::span<const network::Seconds> thresholds,
                          const RunControl& control = {}) const;

    const CatchmentOptions& options() const { return m_options; }

private:
    const network::StreetGraph* m_graph;
    const network::WalkCost* m_costs;
    CatchmentOptions m_options;
    std::vector<float> m_seconds;  // per node; +infinity when not reached
    std::vector<network::NodeId> m_reachedNodes;
    std::vector<SearchSource> m_edgeSources;  // sources on edges only
};

}  // namespace yike::access
