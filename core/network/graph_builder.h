// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/network/edge_facts.h"
#include "core/network/street_graph.h"
#include "core/network/strong_types.h"
#include "core/project/features.h"

namespace yike::project {
class Project;
}

namespace yike::network {

/// One input way: a polyline in lon/lat and the facts of every edge cut from it.
struct Way {
    std::vector<geo::LonLat> points;
    WayFacts facts;
    project::FeatureId id = 0;  ///< the source feature (a project Street), kept per edge
};

/// A gate in a fence, through which the network may pass.
struct FenceGate {
    project::FeatureId gateId = 0;
    geo::LonLat position;
    project::GateKind kind = project::GateKind::Pedestrian;
};

/// The fence of a fenced compound: its outline (outer ring and holes) and its gates.
struct Fence {
    project::FeatureId compoundId = 0;
    geo::Polygon outline;
    std::vector<FenceGate> gates;
};

/// What the last build did, for the import report.
struct BuildStats {
    std::size_t waysDropped = 0;   ///< ways with fewer than two distinct positions
    std::size_t fenceCuts = 0;     ///< places where a way was cut at a fence without a gate
    std::size_t gatePassages = 0;  ///< gate passage edges added
};

/**
 * Builds a StreetGraph from ways (OSM-like polylines with facts) and, optionally, the fences of
 * compounds.
 *
 * Splitting: a way becomes one edge between each pair of consecutive *nodes* along it. A vertex
 * is a node when it ends a way or when it is used more than once (by another way or by the same
 * way twice). Vertices are identified by their exact position quantised to 1e-7 degree, as OSM
 * stores them; two ways that cross without a shared vertex (a bridge over a street) do not
 * connect.
 *
 * Fences (the network must not cut through a fenced compound). Geometry is done in the graph's
 * LocalFrame, in metres:
 *  1. every way is cut where it crosses a fence ring (outer or hole); if the crossing lies within
 *     the gate tolerance (3 m) of one of that compound's gates, the new vertex is put on the gate;
 *  2. every piece lies wholly inside one fenced compound or outside all of them; pieces inside get
 *     WayFacts::compoundId. Pieces on different sides never share a node, even at one position:
 *
 *          outside  ----------o| |o----------  inside       (a cut: two nodes, not joined)
 *
 *          outside  ----------o=g=o----------  inside       (at gate g: a passage edge)
 *
 *  3. where pieces of two sides meet at one position within the tolerance of a gate of the
 *     compound(s) involved, a zero-length passage edge joins the two nodes; its facts carry the
 *     gate (WayFacts::gate), so WalkCost can close vehicle gates or gates out of hours. Elsewhere
 *     the sides stay apart, and the place is counted in BuildStats::fenceCuts.
 * Ways wholly inside a compound stay as its internal paths; they reach the outside only through
 * the gates. Ways that merely touch a fence from one side are not cut.
 */
class GraphBuilder {
public:
    GraphBuilder();

    /// The origin of the graph's LocalFrame; by default the centre of the ways' bounds.
    void setFrameOrigin(geo::LonLat origin) { m_origin = origin; }
    /// How far from a fence crossing a gate may be and still count (default 3 m).
    void setGateTolerance(Meters tolerance) { m_gateTolerance = tolerance; }

    void addWay(Way way);
    void addFence(Fence fence);

    /// Builds the graph from everything added so far. The builder can be reused.
    StreetGraph build();

    /// Statistics of the last build().
    const BuildStats& stats() const { return m_stats; }

private:
    std::vector<Way> m_ways;
    std::vector<Fence> m_fences;
    std::optional<geo::LonLat> m_origin;
    Meters m_gateTolerance{3.0};
    BuildStats m_stats;
};

/**
 * The walk network of a project: its streets (facts from their tags, `highway` and `bridge`,
 * through wayFactsFromTags) with the fences of its fenced compounds and their gates.
 * @param stats optional; receives the build statistics
 */
StreetGraph buildFromProject(const project::Project& project, BuildStats* stats = nullptr);

}  // namespace yike::network
