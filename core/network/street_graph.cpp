// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/street_graph.h"

#include <algorithm>
#include <cmath>

namespace yike::network {

double segmentLengthM(geo::LonLat a, geo::LonLat b) {
    const geo::LocalFrame scale({a.lon, (a.lat + b.lat) / 2.0});
    return std::hypot((b.lon - a.lon) * scale.metresPerDegreeLon(),
                      (b.lat - a.lat) * scale.metresPerDegreeLat());
}

geo::LineString edgePart(const StreetGraph& graph, EdgeId edge, Meters from, Meters to) {
    const std::span<const geo::LonLat> line = graph.geometry(edge);
    const double begin = std::min(from.value(), to.value());
    const double end = std::max(from.value(), to.value());
    geo::LineString part;
    if (line.size() == 1) part.push_back(line.front());
    double start = 0.0;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const geo::LonLat a = line[i];
        const geo::LonLat b = line[i + 1];
        const double segment = segmentLengthM(a, b);
        const double stop = start + segment;
        const bool last = i + 2 == line.size();
        auto at = [&](double m) {
            const double t = segment > 0.0 ? std::clamp((m - start) / segment, 0.0, 1.0) : 0.0;
            return geo::LonLat{a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
        };
        if (part.empty()) {
            if (stop < begin && !last) {
                start = stop;
                continue;
            }
            part.push_back(at(begin));
        }
        if (stop < end && !last) {
            part.push_back(b);
        } else {
            part.push_back(at(end));
            break;
        }
        start = stop;
    }
    part.erase(std::unique(part.begin(), part.end()), part.end());
    if (to.value() < from.value()) std::reverse(part.begin(), part.end());
    return part;
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
