// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "core/geo/local_frame.h"
#include "core/geo/lon_lat.h"
#include "core/network/edge_facts.h"
#include "core/network/strong_types.h"
#include "core/platform/large_memory.h"
#include "core/project/features.h"

namespace yike::network {

namespace tags {
struct Arc;
}
/// A directed arc of a StreetGraph: each undirected edge has two, one per direction.
using ArcId = StrongId<tags::Arc>;

/**
 * The length of a short segment in metres on the WGS 84 ellipsoid, from the local scale at its
 * mid-latitude (the same scale factors as geo::LocalFrame). Within a millimetre per kilometre
 * of the geodesic for street segments, and unlike the spherical haversine it makes a 100 m grid
 * measure 100 m. Every length in the network (edges, snapping offsets) uses it.
 */
double segmentLengthM(geo::LonLat a, geo::LonLat b);

class StreetGraph;

/**
 * The part of an edge's polyline between two offsets, in walking order: from `from` to `to`
 * metres along the edge from its first node (measured with segmentLengthM, as
 * StreetGraph::length is), so the points run against the edge's direction when to < from.
 * Offsets are clamped to the polyline. A point inside a segment is interpolated linearly in
 * lon/lat, as EdgeSnapper places a snapped point. Both ends are included; equal offsets give
 * one point.
 */
geo::LineString edgePart(const StreetGraph& graph, EdgeId edge, Meters from, Meters to);

/**
 * A position on an edge, as OSRM's phantom nodes: the edge, how far along it from its first
 * node, and where the snapped point lies. A facility in the middle of a long block stays there
 * instead of being moved to a corner.
 */
struct EdgePosition {
    EdgeId edge;
    Meters offset;        ///< along the edge's geometry from edgeFirst(edge), 0 .. length(edge)
    Meters snapDistance;  ///< from the snapped input point to `point`; 0 when not from a snap
    geo::LonLat point;    ///< the position on the edge

    friend bool operator==(const EdgePosition&, const EdgePosition&) = default;
};

/**
 * The walk network: nodes, undirected edges with their facts and geometry, and a compressed
 * adjacency (CSR) of directed arcs for the searches.
 *
 * Layout, for speed: node ids are ordered along a Hilbert curve so that nodes close on the
 * ground are close in memory; the arcs leaving node u are arcs firstOut[u] .. firstOut[u+1]-1
 * and their heads and edges sit in flat arrays. The graph holds facts only, never costs:
 * WalkCost computes the seconds of every arc for a walk profile (as Valhalla's dynamic costing).
 *
 * Built by GraphBuilder. Immutable afterwards, so any number of threads may read it.
 */
class StreetGraph {
public:
    StreetGraph();

    std::size_t nodeCount() const { return m_lonLat.size(); }
    std::size_t edgeCount() const { return m_edgeFirst.size(); }
    std::size_t arcCount() const { return m_arcHead.size(); }

    /// The frame in which xy() and all builder geometry are measured.
    const geo::LocalFrame& frame() const { return m_frame; }
    geo::LonLat lonLat(NodeId node) const { return m_lonLat[node.value()]; }
    geo::LocalXY xy(NodeId node) const { return m_xy[node.value()]; }

    /// The node where the edge's geometry starts / ends.
    NodeId edgeFirst(EdgeId edge) const { return NodeId(m_edgeFirst[edge.value()]); }
    NodeId edgeSecond(EdgeId edge) const { return NodeId(m_edgeSecond[edge.value()]); }
    /// Length along the edge's polyline (sum of segmentLengthM).
    Meters length(EdgeId edge) const { return Meters(m_edgeLength[edge.value()]); }
    const WayFacts& facts(EdgeId edge) const { return m_edgeFacts[edge.value()]; }
    /// The id of the input way (a project Street) the edge was cut from; 0 if none.
    project::FeatureId wayId(EdgeId edge) const { return m_edgeWayId[edge.value()]; }
    /// The polyline from edgeFirst to edgeSecond, both ends included.
    std::span<const geo::LonLat> geometry(EdgeId edge) const;

    /// Arcs leaving `node`, as ArcId values begin() .. end()-1.
    struct ArcRange {
        std::uint32_t first;
        std::uint32_t last;
        struct Iterator {
            std::uint32_t value;
            ArcId operator*() const { return ArcId(value); }
            Iterator& operator++() {
                ++value;
                return *this;
            }
            bool operator==(const Iterator&) const = default;
        };
        Iterator begin() const { return {first}; }
        Iterator end() const { return {last}; }
        std::size_t size() const { return last - first; }
    };
    ArcRange arcs(NodeId node) const {
        return {m_firstOut[node.value()], m_firstOut[node.value() + 1]};
    }
    NodeId arcHead(ArcId arc) const { return NodeId(m_arcHead[arc.value()]); }
    EdgeId arcEdge(ArcId arc) const { return EdgeId(m_arcEdge[arc.value()] >> 1); }
    /// True when the arc runs from edgeFirst to edgeSecond of its edge.
    bool arcIsForward(ArcId arc) const { return (m_arcEdge[arc.value()] & 1u) == 0; }
    /// The arc of `edge` in the given direction (forward = first -> second).
    ArcId edgeArc(EdgeId edge, bool forward) const {
        return ArcId(m_edgeArc[2 * std::size_t(edge.value()) + (forward ? 0 : 1)]);
    }

    /// Raw views for inner loops: firstOut has nodeCount()+1 entries, arcHeads arcCount().
    std::span<const std::uint32_t> firstOut() const { return m_firstOut; }
    std::span<const std::uint32_t> arcHeads() const { return m_arcHead; }

    /// Connected components, numbered by decreasing size (component 0 is the largest).
    /// Every edge counts, also gate passages that a profile may close.
    std::uint32_t component(NodeId node) const { return m_component[node.value()]; }
    std::size_t componentCount() const { return m_componentSize.size(); }
    std::size_t componentSize(std::uint32_t component) const { return m_componentSize[component]; }

    /// The node at exactly this position, if any (linear scan; for tests and tools).
    NodeId findNode(geo::LonLat position) const;
    /// An edge joining the two nodes, if any (scans the arcs of `a`).
    EdgeId findEdge(NodeId a, NodeId b) const;

private:
    friend class GraphBuilder;

    geo::LocalFrame m_frame;
    std::vector<geo::LonLat> m_lonLat;
    std::vector<geo::LocalXY> m_xy;

    std::vector<std::uint32_t> m_edgeFirst;
    std::vector<std::uint32_t> m_edgeSecond;
    std::vector<float> m_edgeLength;
    std::vector<WayFacts> m_edgeFacts;
    std::vector<project::FeatureId> m_edgeWayId;
    std::vector<std::uint32_t> m_geometryOffset;  // edgeCount()+1 entries
    std::vector<geo::LonLat> m_geometry;

    // The arrays every search reads in random order, kept in huge pages where there are any.
    using Indices = std::vector<std::uint32_t, platform::LargeArrayAllocator<std::uint32_t>>;
    Indices m_firstOut;  // nodeCount()+1 entries
    Indices m_arcHead;
    std::vector<std::uint32_t> m_arcEdge;  // edge << 1 | (1 when backward)
    std::vector<std::uint32_t> m_edgeArc;  // 2 per edge: forward, backward

    std::vector<std::uint32_t> m_component;
    std::vector<std::size_t> m_componentSize;
};

}  // namespace yike::network
