// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/catchment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include <boost/geometry/algorithms/buffer.hpp>
#include <boost/geometry/algorithms/union.hpp>
#include <boost/geometry/geometries/linestring.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/strategies/agnostic/buffer_distance_symmetric.hpp>
#include <boost/geometry/strategies/cartesian/buffer_end_round.hpp>
#include <boost/geometry/strategies/cartesian/buffer_join_round.hpp>
#include <boost/geometry/strategies/cartesian/buffer_point_circle.hpp>
#include <boost/geometry/strategies/cartesian/buffer_side_straight.hpp>
#include <boost/geometry/strategies/cartesian/distance_projected_point.hpp>
#include <boost/geometry/strategies/cartesian/distance_pythagoras.hpp>

#include "core/geo/local_frame.h"

namespace yike::access {
namespace {

namespace bg = boost::geometry;
using Point = bg::model::d2::point_xy<double>;
using Line = bg::model::linestring<Point>;
using Polygon = bg::model::polygon<Point, false>;  // counter-clockwise outer rings, closed
using Polygons = bg::model::multi_polygon<Polygon>;

using network::EdgeId;
using network::NodeId;

// Pieces shorter than this (metres) are drawn as circles around a point.
constexpr double kTinyM = 1e-3;

// Metres walkable along an arc of `arcSeconds` with `left` seconds, capped at the length.
double reachAlong(double length, float arcSeconds, double left) {
    if (arcSeconds == network::kUnreachable || !(left >= 0.0)) return 0.0;
    if (arcSeconds <= 0.0f) return length;
    return std::min(length, left / double(arcSeconds) * length);
}

Point toPoint(const geo::LocalFrame& frame, geo::LonLat p) {
    const geo::LocalXY xy = frame.toLocal(p);
    return {xy.x, xy.y};
}

Point lerp(const Point& a, const Point& b, double f) {
    return {a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f};
}

// The part [beginM, endM] of the edge's polyline in the local frame. Offsets are measured
// with segmentLengthM, as StreetGraph::length is, so a cut at 40 m lands 40 m along.
Line cutAlong(const network::StreetGraph& graph, EdgeId edge, double beginM, double endM) {
    const std::span<const geo::LonLat> geometry = graph.geometry(edge);
    const geo::LocalFrame& frame = graph.frame();
    Line line;
    double start = 0.0;
    bool started = false;
    for (std::size_t i = 0; i + 1 < geometry.size(); ++i) {
        const double segment = network::segmentLengthM(geometry[i], geometry[i + 1]);
        const double stop = start + segment;
        const bool last = i + 2 == geometry.size();
        if (stop < beginM && !last) {
            start = stop;
            continue;
        }
        const Point a = toPoint(frame, geometry[i]);
        const Point b = toPoint(frame, geometry[i + 1]);
        auto at = [&](double m) {
            return segment > 0.0 ? lerp(a, b, std::clamp((m - start) / segment, 0.0, 1.0)) : a;
        };
        if (!started) {
            line.push_back(at(beginM));
            started = true;
        }
        if (stop < endM && !last) {
            line.push_back(b);
        } else {
            line.push_back(at(endM));
            break;
        }
        start = stop;
    }
    // Drop repeated points, which the buffer would treat as degenerate segments.
    line.erase(std::unique(line.begin(), line.end(),
                           [](const Point& p, const Point& q) {
                               return p.x() == q.x() && p.y() == q.y();
                           }),
               line.end());
    return line;
}

Point pointAlong(const network::StreetGraph& graph, EdgeId edge, double m) {
    const Line line = cutAlong(graph, edge, m, m);
    return line.empty() ? toPoint(graph.frame(), graph.lonLat(graph.edgeFirst(edge)))
                        : line.front();
}

geo::Ring toRing(const geo::LocalFrame& frame, const bg::model::ring<Point, false>& ring) {
    geo::Ring out;
    out.reserve(ring.size());
    for (const Point& p : ring) out.push_back(frame.toLonLat({p.x(), p.y()}));
    if (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

}  // namespace

CatchmentBuilder::CatchmentBuilder(const network::StreetGraph& graph,
                                   const network::WalkCost& costs, CatchmentOptions options)
    : m_graph(&graph),
      m_costs(&costs),
      m_options(options),
      m_seconds(graph.nodeCount(), network::kUnreachable) {
    m_options.pointsPerCircle = std::max(8, m_options.pointsPerCircle);
}

void CatchmentBuilder::setReach(const ReachSearch& search, std::span<const SearchSource> sources) {
    setReach(search.settled(), sources);
}

void CatchmentBuilder::setReach(std::span<const ReachedNode> settled,
                                std::span<const SearchSource> sources) {
    std::fill(m_seconds.begin(), m_seconds.end(), network::kUnreachable);
    m_reachedNodes.clear();
    m_edgeSources.clear();
    for (const ReachedNode& r : settled) {
        float& s = m_seconds[r.node.value()];
        if (s == network::kUnreachable) m_reachedNodes.push_back(r.node);
        s = std::min(s, r.seconds);
    }
    for (const SearchSource& source : sources)
        if (source.isOnEdge()) m_edgeSources.push_back(source);
}

CatchmentReach CatchmentBuilder::reach(network::Seconds threshold) const {
    const network::StreetGraph& graph = *m_graph;
    const std::span<const float> arcSeconds = m_costs->arcSeconds();
    const auto t = static_cast<float>(threshold.value());
    CatchmentReach result;
    result.threshold = threshold;
    if (!(t >= 0.0f)) return result;

    auto within = [&](NodeId node) { return m_seconds[node.value()] <= t; };

    // The candidate edges: those with a reached end, and those holding a source.
    std::vector<EdgeId> edges;
    for (const NodeId node : m_reachedNodes) {
        if (!within(node)) continue;
        for (const network::ArcId arc : graph.arcs(node)) edges.push_back(graph.arcEdge(arc));
    }
    for (const SearchSource& source : m_edgeSources) edges.push_back(source.edge());
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    std::vector<char> touched(graph.nodeCount(), 0);
    std::vector<ReachedSpan> spans;
    for (const EdgeId edge : edges) {
        const NodeId first = graph.edgeFirst(edge);
        const NodeId second = graph.edgeSecond(edge);
        const float forward = arcSeconds[graph.edgeArc(edge, true).value()];
        const float backward = arcSeconds[graph.edgeArc(edge, false).value()];
        const float sFirst = m_seconds[first.value()];
        const float sSecond = m_seconds[second.value()];
        const double length = graph.length(edge).value();
        const auto lengthF = static_cast<float>(length);

        // Same float sums as the search, so the whole/partial decision agrees with it.
        const bool whole = (within(first) && sFirst + forward <= t)
                           || (within(second) && sSecond + backward <= t);
        spans.clear();
        if (whole) {
            spans.push_back({edge, 0.0f, lengthF});
        } else {
            if (within(first))
                spans.push_back(
                    {edge, 0.0f,
                     float(reachAlong(length, forward, double(t) - double(sFirst)))});
            if (within(second))
                spans.push_back(
                    {edge, float(length - reachAlong(length, backward, double(t) - double(sSecond))),
                     lengthF});
            for (const SearchSource& source : m_edgeSources) {
                if (source.edge() != edge) continue;
                const double offset = std::clamp(source.offset().value(), 0.0, length);
                spans.push_back(
                    {edge, float(std::max(0.0, offset - reachAlong(length, backward, double(t)))),
                     float(std::min(length, offset + reachAlong(length, forward, double(t))))});
            }
            std::sort(spans.begin(), spans.end(), [](const ReachedSpan& a, const ReachedSpan& b) {
                return a.beginM < b.beginM;
            });
            std::size_t kept = 0;
            for (std::size_t i = 0; i < spans.size(); ++i) {
                if (kept > 0 && spans[i].beginM <= spans[kept - 1].endM)
                    spans[kept - 1].endM = std::max(spans[kept - 1].endM, spans[i].endM);
                else
                    spans[kept++] = spans[i];
            }
            spans.resize(kept);
        }
        for (const ReachedSpan& span : spans) {
            if (double(span.endM) - double(span.beginM) > kTinyM) {
                if (span.beginM <= 0.0f) touched[first.value()] = 1;
                if (span.endM >= lengthF) touched[second.value()] = 1;
            }
            result.spans.push_back(span);
        }
    }
    for (const NodeId node : m_reachedNodes)
        if (within(node) && !touched[node.value()]) result.loneNodes.push_back(node);
    std::sort(result.loneNodes.begin(), result.loneNodes.end());
    return result;
}

std::vector<geo::Polygon> CatchmentBuilder::build(network::Seconds threshold) const {
    const network::StreetGraph& graph = *m_graph;
    const CatchmentReach pieces = reach(threshold);

    std::vector<Line> lines;
    std::vector<Point> points;
    for (const ReachedSpan& span : pieces.spans) {
        if (double(span.endM) - double(span.beginM) > kTinyM) {
            Line line = cutAlong(graph, span.edge, span.beginM, span.endM);
            if (line.size() >= 2) {
                lines.push_back(std::move(line));
                continue;
            }
        }
        points.push_back(pointAlong(graph, span.edge, 0.5 * (double(span.beginM) + span.endM)));
    }
    for (const NodeId node : pieces.loneNodes) points.push_back(toPoint(graph.frame(), graph.lonLat(node)));

    const double radius = m_options.walkOff.value();
    std::vector<geo::Polygon> out;
    if ((lines.empty() && points.empty()) || !(radius > 0.0)) return out;

    const bg::strategy::buffer::distance_symmetric<double> distance(radius);
    const bg::strategy::buffer::join_round join(
        static_cast<std::size_t>(m_options.pointsPerCircle));
    const bg::strategy::buffer::end_round end(static_cast<std::size_t>(m_options.pointsPerCircle));
    const bg::strategy::buffer::point_circle circle(
        static_cast<std::size_t>(m_options.pointsPerCircle));
    const bg::strategy::buffer::side_straight side;

    // Each piece is buffered alone and the results merged pairwise, level by level (a cascaded
    // union). Buffering all pieces at once would be simpler, but Boost 1.74 loses the whole
    // output when two pieces meet end to end in a straight line, which every street cut at a
    // node does.
    std::vector<Polygons> parts;
    parts.reserve(lines.size() + points.size());
    for (const Line& line : lines) {
        Polygons part;
        bg::buffer(line, part, distance, side, join, end, circle);
        if (!part.empty()) parts.push_back(std::move(part));
    }
    for (const Point& point : points) {
        Polygons part;
        bg::buffer(point, part, distance, side, join, end, circle);
        if (!part.empty()) parts.push_back(std::move(part));
    }
    while (parts.size() > 1) {
        std::vector<Polygons> next;
        next.reserve(parts.size() / 2 + 1);
        for (std::size_t i = 0; i + 1 < parts.size(); i += 2) {
            Polygons merged;
            bg::union_(parts[i], parts[i + 1], merged);
            next.push_back(std::move(merged));
        }
        if (parts.size() % 2 == 1) next.push_back(std::move(parts.back()));
        parts = std::move(next);
    }
    const Polygons area = parts.empty() ? Polygons() : std::move(parts.front());

    const geo::LocalFrame& frame = graph.frame();
    out.reserve(area.size());
    for (const Polygon& polygon : area) {
        geo::Polygon p;
        p.outer = toRing(frame, polygon.outer());
        for (const auto& hole : polygon.inners()) p.holes.push_back(toRing(frame, hole));
        out.push_back(std::move(p));
    }
    return out;
}

CatchmentResult CatchmentBuilder::build(std::span<const network::Seconds> thresholds,
                                        const RunControl& control) const {
    CatchmentResult result;
    result.catchments.reserve(thresholds.size());
    for (std::size_t i = 0; i < thresholds.size(); ++i) {
        Catchment catchment;
        catchment.threshold = thresholds[i];
        if (control.isCancelled()) {
            result.complete = false;
        } else {
            catchment.polygons = build(thresholds[i]);
            if (control.progress) control.progress(double(i + 1) / double(thresholds.size()));
        }
        result.catchments.push_back(std::move(catchment));
    }
    return result;
}

}  // namespace yike::access
