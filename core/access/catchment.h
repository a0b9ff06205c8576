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

/// How the buffer around the reached pieces is turned into polygons (see CatchmentBuilder).
enum class CatchmentMethod {
    /// Cells of a square grid that lie wholly within the walk-off distance, outlined along cell
    /// edges. Fast; the area is slightly smaller than the exact buffer (its rim lies at most
    /// 1.55 cells inside).
    Raster,
    /// The exact buffer (round joins and ends) from Boost.Geometry, merged piece by piece. About
    /// forty times slower on 15-minute catchments in a city.
    Exact,
};

/// How catchment polygons are drawn around the reached streets.
struct CatchmentOptions {
    /// How far a resident may walk off the reached street (to a door, across a square), metres.
    /// Every polygon is the reached street pieces buffered by this distance.
    network::Meters walkOff{50.0};
    CatchmentMethod method = CatchmentMethod::Raster;
    /// Raster: the cell side as a fraction of walkOff, clamped to [0.01, 0.35] (at most 0.35 keeps
    /// every reached node at least one whole cell inside the outline).
    double cellFraction = 0.25;
    /// Raster: the most cells a grid may have; larger grids (a walk-off tiny against the reached
    /// area) use the exact method instead.
    std::size_t maxCells = std::size_t{1} << 22;
    /// Exact: vertices used for a full circle in round joins, round ends and points (>= 8).
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
 * times, this class draws. It works from the reached streets themselves:
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
 *  2. The pieces are cut along the real polyline (offsets measured like StreetGraph::length)
 *     and placed in the graph's local metric frame. Pieces too short to have a direction, and
 *     reached nodes no piece touches, count as points.
 *
 *  3. Raster (the default): a square grid with cell side c = cellFraction * walkOff, aligned
 *     to multiples of c in the local frame, marks a cell when its centre lies within
 *     walkOff - c / sqrt(2) of a piece, i.e. when the whole cell lies within walkOff of it.
 *     Only cells in each segment's bounding box grown by that distance are tested. The outline
 *     of the marked cells is traced along cell edges (marked cells join only through a shared
 *     edge); where two marked cells meet only at a corner, each cut that corner by c / 8 so
 *     that no two rings touch. Collinear vertices are dropped. Each edge-connected group of
 *     marked cells is one polygon, its inner outlines its holes (a block the catchment
 *     surrounds but cannot enter). Since a reached node lies in a cell whose 3 x 3 neighbours
 *     are all marked (c <= 0.35 walkOff), every reached node is strictly inside. Because the
 *     grid does not move with the threshold, a longer threshold covers a shorter one, but for
 *     corner cuts of c * c / 128 each.
 *
 *     Exact: the pieces are buffered by the walk-off distance with round joins and ends
 *     (Boost.Geometry buffer), then merged into one multipolygon; holes are kept.
 *
 * Guarantee (both methods): every point of a polygon is within walkOff (straight line) of a
 * point on a reached piece, whose network time is at most t. The raster takes only whole
 * cells, the exact method approximates circles by inscribed polygons, so the bound holds
 * without slack. Conversely the raster covers every point within walkOff - 1.55 c of a
 * piece; the exact method every point within walkOff * cos(pi / pointsPerCircle).
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
