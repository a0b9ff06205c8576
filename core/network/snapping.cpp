// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/snapping.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include <boost/geometry/algorithms/comparable_distance.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/geometries/segment.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/geometry/strategies/cartesian/distance_projected_point.hpp>
#include <boost/geometry/strategies/cartesian/distance_pythagoras.hpp>
#include <boost/geometry/strategies/cartesian/distance_pythagoras_point_box.hpp>

#include "core/geo/local_frame.h"

namespace yike::network {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using Point = bg::model::point<double, 2, bg::cs::cartesian>;
using Segment = bg::model::segment<Point>;
using Value = std::pair<Segment, std::uint32_t>;  // segment, index into the segment table
using Tree = bgi::rtree<Value, bgi::rstar<16>>;

struct SegmentRef {
    std::uint32_t edge;
    std::uint32_t index;  // segment i runs from geometry point i to i + 1
};

}  // namespace

struct EdgeSnapper::Impl {
    const StreetGraph* graph;
    SnapOptions options;
    std::vector<SegmentRef> segments;
    Tree tree;
};

EdgeSnapper::EdgeSnapper(const StreetGraph& graph, SnapOptions options)
    : m_impl(std::make_unique<Impl>()) {
    m_impl->graph = &graph;
    m_impl->options = options;
    std::vector<Value> values;
    const geo::LocalFrame& frame = graph.frame();
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const auto line = graph.geometry(EdgeId(e));
        for (std::uint32_t i = 0; i + 1 < line.size(); ++i) {
            const geo::LocalXY a = frame.toLocal(line[i]);
            const geo::LocalXY b = frame.toLocal(line[i + 1]);
            if (a == b) continue;
            values.emplace_back(Segment(Point(a.x, a.y), Point(b.x, b.y)),
                                static_cast<std::uint32_t>(m_impl->segments.size()));
            m_impl->segments.push_back({e, i});
        }
    }
    m_impl->tree = Tree(values.begin(), values.end());  // bulk loading packs the tree
}

EdgeSnapper::~EdgeSnapper() = default;
EdgeSnapper::EdgeSnapper(EdgeSnapper&&) noexcept = default;
EdgeSnapper& EdgeSnapper::operator=(EdgeSnapper&&) noexcept = default;

SnapResult EdgeSnapper::snap(geo::LonLat point, Meters maxDistance) const {
    SnapResult result;
    const StreetGraph& graph = *m_impl->graph;
    const geo::LocalXY p = graph.frame().toLocal(point);
    const Point query(p.x, p.y);

    std::vector<Value> found;
    m_impl->tree.query(bgi::nearest(query, 1), std::back_inserter(found));
    if (found.empty()) return result;

    const std::size_t minNodes = m_impl->options.minComponentNodes;
    auto isUsable = [&](const Value& v) {
        const NodeId first = graph.edgeFirst(EdgeId(m_impl->segments[v.second].edge));
        return graph.componentSize(graph.component(first)) >= minNodes;
    };
    if (minNodes > 1 && !isUsable(found.front())) {
        result.skippedSmallComponent = true;
        found.clear();
        m_impl->tree.query(bgi::nearest(query, 1) && bgi::satisfies(isUsable),
                           std::back_inserter(found));
        if (found.empty()) return result;
    }

    const SegmentRef ref = m_impl->segments[found.front().second];
    const EdgeId edge(ref.edge);
    const auto line = graph.geometry(edge);
    const geo::LocalXY a = graph.frame().toLocal(line[ref.index]);
    const geo::LocalXY b = graph.frame().toLocal(line[ref.index + 1]);
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double t =
        std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
    const double px = a.x + t * dx;
    const double py = a.y + t * dy;

    double offset = 0.0;
    for (std::uint32_t i = 0; i < ref.index; ++i) offset += segmentLengthM(line[i], line[i + 1]);
    offset += t * segmentLengthM(line[ref.index], line[ref.index + 1]);

    const geo::LonLat& la = line[ref.index];
    const geo::LonLat& lb = line[ref.index + 1];
    result.position.edge = edge;
    result.position.offset = Meters(std::min(offset, graph.length(edge).value()));
    result.position.snapDistance = Meters(std::hypot(p.x - px, p.y - py));
    result.position.point = {la.lon + t * (lb.lon - la.lon), la.lat + t * (lb.lat - la.lat)};
    result.status =
        result.position.snapDistance <= maxDistance ? SnapStatus::Snapped : SnapStatus::TooFar;
    return result;
}

}  // namespace yike::network
