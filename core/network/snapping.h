// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>

#include "core/geo/lon_lat.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"

namespace yike::network {

enum class SnapStatus {
    Snapped,  ///< position is on an edge within the allowed distance
    TooFar,   ///< the nearest usable edge is farther than allowed; nothing was moved
    NoEdge    ///< the graph has no usable edge at all
};

struct SnapOptions {
    /// Edges on connected components with fewer nodes than this are not snapped to (an island
    /// of two footway nodes would trap a facility). 0 or 1 accept every component.
    std::size_t minComponentNodes = 0;
};

/// The outcome of one snap.
struct SnapResult {
    SnapStatus status = SnapStatus::NoEdge;
    /// The position on the nearest usable edge. Filled for Snapped and also for TooFar, so a
    /// caller can say how far the nearest street is; meaningless for NoEdge.
    EdgePosition position;
    /// True when the nearest edge of all lies on a component smaller than minComponentNodes
    /// and was passed over for a farther one.
    bool skippedSmallComponent = false;

    bool isSnapped() const { return status == SnapStatus::Snapped; }
};

/**
 * Finds, for a point, the nearest position on the network's edges (OSRM's phantom node idea:
 * a position along an edge with its offset from the first node, never a move to a corner).
 * Distances are measured in the graph's LocalFrame, offsets along the edge's geometry with the
 * same segment lengths as StreetGraph::length. Zero-length edges (gate passages) are not
 * snapped to.
 *
 * Holds a spatial index over every edge segment (an R-tree, built once). Keeps a reference to
 * the graph, which must outlive it. snap() is const and safe to call from several threads.
 */
class EdgeSnapper {
public:
    explicit EdgeSnapper(const StreetGraph& graph, SnapOptions options = {});
    ~EdgeSnapper();
    EdgeSnapper(EdgeSnapper&&) noexcept;
    EdgeSnapper& operator=(EdgeSnapper&&) noexcept;

    /// @param maxDistance how far the point may be from the edge (metres); beyond it: TooFar
    SnapResult snap(geo::LonLat point, Meters maxDistance) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace yike::network
