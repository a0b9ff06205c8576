// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/street_graph.h"

#include <cmath>

namespace yike::network {

double segmentLengthM(geo::LonLat a, geo::LonLat b) {
    const geo::LocalFrame scale({a.lon, (a.lat + b.lat) / 2.0});
    return std::hypot((b.lon - a.lon) * scale.metresPerDegreeLon(),
                      (b.lat - a.lat) * scale.metresPerDegreeLat());
}

StreetGraph::StreetGraph() : m_frame(geo::LonLat{}), m_geometryOffset{0}, m_firstOut{0} {}

std::span<const geo::LonLat> StreetGraph::geometry(EdgeId edge) const {
    const std::uint32_t begin = m_geometryOffset[edge.value()];
    const std::uint32_t end = m_geometryOffset[edge.value() + 1];
    return std::span<const geo::LonLat>(m_geometry).subspan(begin, end - begin);
}

NodeId StreetGraph::findNode(geo::LonLat position) const {
    for (std::size_t i = 0; i < m_lonLat.size(); ++i)
        if (m_lonLat[i] == position) return NodeId(static_cast<std::uint32_t>(i));
    return NodeId::invalid();
}

EdgeId StreetGraph::findEdge(NodeId a, NodeId b) const {
    if (!a.isValid() || !b.isValid()) return EdgeId::invalid();
    for (const ArcId arc : arcs(a))
        if (arcHead(arc) == b) return arcEdge(arc);
    return EdgeId::invalid();
}

}  // namespace yike::network
