// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/catchment.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
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

// The exact buffer of the pieces, merged into one multipolygon.
Polygons exactBuffer(const std::vector<Line>& lines, const std::vector<Point>& points,
                     double radius, int pointsPerCircle) {
    const bg::strategy::buffer::distance_symmetric<double> distance(radius);
    const bg::strategy::buffer::join_round join(static_cast<std::size_t>(pointsPerCircle));
    const bg::strategy::buffer::end_round end(static_cast<std::size_t>(pointsPerCircle));
    const bg::strategy::buffer::point_circle circle(static_cast<std::size_t>(pointsPerCircle));
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
    return parts.empty() ? Polygons() : std::move(parts.front());
}

// Direction d of a cell edge: 0 +x, 1 +y, 2 -x, 3 -y; (d + 1) % 4 turns left.
constexpr int kStepX[4] = {1, 0, -1, 0};
constexpr int kStepY[4] = {0, 1, 0, -1};

// The cells wholly within `radius` of the pieces, outlined along cell edges (see the class
// comment). Returns false, leaving `out` alone, when the grid would exceed `maxCells`.
bool rasterBuffer(const std::vector<Line>& lines, const std::vector<Point>& points,
                  double radius, double cellFraction, std::size_t maxCells,
                  const geo::LocalFrame& frame, std::vector<geo::Polygon>& out) {
    const double c = radius * std::clamp(cellFraction, 0.01, 0.35);
    // A cell lies wholly within `radius` when its centre lies within `inner`.
    const double inner = radius - c * std::sqrt(0.5);
    const double inner2 = inner * inner;

    double minX = std::numeric_limits<double>::infinity();
    double minY = minX;
    double maxX = -minX;
    double maxY = -minX;
    auto extend = [&](const Point& p) {
        minX = std::min(minX, p.x());
        minY = std::min(minY, p.y());
        maxX = std::max(maxX, p.x());
        maxY = std::max(maxY, p.y());
    };
    for (const Line& line : lines)
        for (const Point& p : line) extend(p);
    for (const Point& p : points) extend(p);
    // Two spare cells on every side keep the rim of the grid unmarked.
    const double grow = radius + 2.0 * c;
    const double fi0 = std::floor((minX - grow) / c);
    const double fj0 = std::floor((minY - grow) / c);
    const double fi1 = std::ceil((maxX + grow) / c);
    const double fj1 = std::ceil((maxY + grow) / c);
    if (!(fi1 - fi0 >= 1.0 && fj1 - fj0 >= 1.0)
        || (fi1 - fi0) * (fj1 - fj0) > double(maxCells) || std::abs(fi0) > 1e12
        || std::abs(fj0) > 1e12)
        return false;
    const auto i0 = static_cast<std::int64_t>(fi0);
    const auto j0 = static_cast<std::int64_t>(fj0);
    const auto w = static_cast<std::int64_t>(fi1 - fi0);
    const auto h = static_cast<std::int64_t>(fj1 - fj0);
    // Coordinates relative to the grid's corner, in metres.
    const double ox = double(i0) * c;
    const double oy = double(j0) * c;

    std::vector<std::uint8_t> marked(static_cast<std::size_t>(w * h), 0);
    auto markSegment = [&](double ax, double ay, double bx, double by) {
        ax -= ox;
        ay -= oy;
        bx -= ox;
        by -= oy;
        const double dx = bx - ax;
        const double dy = by - ay;
        const double len2 = dx * dx + dy * dy;
        const double inv = len2 > 0.0 ? 1.0 / len2 : 0.0;
        // Cells whose centre ((i + 0.5) c, (j + 0.5) c) lies in the grown bounding box.
        const auto lo = [&](double v) {
            return std::max<std::int64_t>(0, std::int64_t(std::ceil(v / c - 0.5)));
        };
        const auto hi = [&](double v, std::int64_t n) {
            return std::min<std::int64_t>(n - 1, std::int64_t(std::floor(v / c - 0.5)));
        };
        const std::int64_t ia = lo(std::min(ax, bx) - inner);
        const std::int64_t ib = hi(std::max(ax, bx) + inner, w);
        const std::int64_t ja = lo(std::min(ay, by) - inner);
        const std::int64_t jb = hi(std::max(ay, by) + inner, h);
        for (std::int64_t j = ja; j <= jb; ++j) {
            const double cy = (double(j) + 0.5) * c;
            std::uint8_t* row = marked.data() + j * w;
            for (std::int64_t i = ia; i <= ib; ++i) {
                if (row[i]) continue;
                const double cx = (double(i) + 0.5) * c;
                const double f =
                    std::clamp(((cx - ax) * dx + (cy - ay) * dy) * inv, 0.0, 1.0);
                const double ex = ax + f * dx - cx;
                const double ey = ay + f * dy - cy;
                if (ex * ex + ey * ey <= inner2) row[i] = 1;
            }
        }
    };
    for (const Line& line : lines)
        for (std::size_t k = 0; k + 1 < line.size(); ++k)
            markSegment(line[k].x(), line[k].y(), line[k + 1].x(), line[k + 1].y());
    for (const Point& p : points) markSegment(p.x(), p.y(), p.x(), p.y());

    auto cell = [&](std::int64_t i, std::int64_t j) -> bool {
        return i >= 0 && j >= 0 && i < w && j < h && marked[static_cast<std::size_t>(j * w + i)];
    };

    // Groups of edge-connected marked cells: one polygon each.
    std::vector<std::int32_t> group(marked.size(), -1);
    std::int32_t groups = 0;
    {
        std::vector<std::int64_t> stack;
        for (std::int64_t k = 0; k < w * h; ++k) {
            if (!marked[static_cast<std::size_t>(k)] || group[static_cast<std::size_t>(k)] >= 0)
                continue;
            group[static_cast<std::size_t>(k)] = groups;
            stack.push_back(k);
            while (!stack.empty()) {
                const std::int64_t q = stack.back();
                stack.pop_back();
                const std::int64_t qi = q % w;
                const std::int64_t qj = q / w;
                for (int d = 0; d < 4; ++d) {
                    const std::int64_t ni = qi + kStepX[d];
                    const std::int64_t nj = qj + kStepY[d];
                    if (!cell(ni, nj)) continue;
                    const auto n = static_cast<std::size_t>(nj * w + ni);
                    if (group[n] >= 0) continue;
                    group[n] = groups;
                    stack.push_back(nj * w + ni);
                }
            }
            ++groups;
        }
    }
    if (groups == 0) return true;

    // Boundary edges leave each grid vertex with the marked cell on their left, so outer rings
    // run counter-clockwise and holes clockwise. Bit d of outs[v]: an edge leaves v in
    // direction d.
    const std::int64_t vw = w + 1;
    std::vector<std::uint8_t> outs(static_cast<std::size_t>(vw * (h + 1)), 0);
    for (std::int64_t j = 0; j <= h; ++j) {
        for (std::int64_t i = 0; i <= w; ++i) {
            const bool ur = cell(i, j);
            const bool ul = cell(i - 1, j);
            const bool ll = cell(i - 1, j - 1);
            const bool lr = cell(i, j - 1);
            std::uint8_t bits = 0;
            if (ur && !lr) bits |= 1;
            if (ul && !ur) bits |= 2;
            if (ll && !ul) bits |= 4;
            if (lr && !ll) bits |= 8;
            outs[static_cast<std::size_t>(j * vw + i)] = bits;
        }
    }
    std::vector<std::uint8_t> left = outs;
    const double eps = c / 8.0;

    struct Traced {
        std::int32_t group;
        bool outer;
        geo::Ring ring;
    };
    std::vector<Traced> rings;
    std::vector<geo::LocalXY> xy;
    for (std::int64_t start = 0; start < vw * (h + 1); ++start) {
        while (left[static_cast<std::size_t>(start)] != 0) {
            const std::uint8_t bits = left[static_cast<std::size_t>(start)];
            int startDir = 0;
            while (!(bits & (1u << startDir))) ++startDir;
            const std::int64_t si = start % vw;
            const std::int64_t sj = start / vw;
            // The cell on the left of the first edge names the group.
            constexpr int kLeftX[4] = {0, -1, -1, 0};
            constexpr int kLeftY[4] = {0, 0, -1, -1};
            const std::int64_t gi = si + kLeftX[startDir];
            const std::int64_t gj = sj + kLeftY[startDir];
            const std::int32_t g = group[static_cast<std::size_t>(gj * w + gi)];

            xy.clear();
            std::int64_t twiceArea = 0;
            std::int64_t ci = si;
            std::int64_t cj = sj;
            int d = startDir;
            for (;;) {
                left[static_cast<std::size_t>(cj * vw + ci)] &= std::uint8_t(~(1u << d));
                const std::int64_t ni = ci + kStepX[d];
                const std::int64_t nj = cj + kStepY[d];
                twiceArea += ci * nj - ni * cj;
                const std::uint8_t o = outs[static_cast<std::size_t>(nj * vw + ni)];
                const bool saddle = o == (1 | 4) || o == (2 | 8);
                int nd = (d + 1) % 4;
                if (!saddle) {
                    nd = 0;
                    while (!(o & (1u << nd))) ++nd;
                }
                const double px = double(i0 + ni) * c;
                const double py = double(j0 + nj) * c;
                if (saddle) {
                    xy.push_back({px - eps * kStepX[d], py - eps * kStepY[d]});
                    xy.push_back({px + eps * kStepX[nd], py + eps * kStepY[nd]});
                } else if (nd != d) {
                    xy.push_back({px, py});
                }
                ci = ni;
                cj = nj;
                d = nd;
                if (ci == si && cj == sj && d == startDir) break;
            }
            geo::Ring ring;
            ring.reserve(xy.size());
            for (const geo::LocalXY& p : xy) ring.push_back(frame.toLonLat(p));
            rings.push_back({g, twiceArea > 0, std::move(ring)});
        }
    }

    std::vector<std::int32_t> index(static_cast<std::size_t>(groups), -1);
    const std::size_t first = out.size();
    for (Traced& t : rings) {
        if (!t.outer) continue;
        index[static_cast<std::size_t>(t.group)] = std::int32_t(out.size() - first);
        geo::Polygon polygon;
        polygon.outer = std::move(t.ring);
        out.push_back(std::move(polygon));
    }
    for (Traced& t : rings) {
        if (t.outer) continue;
        const std::int32_t k = index[static_cast<std::size_t>(t.group)];
        if (k >= 0) out[first + static_cast<std::size_t>(k)].holes.push_back(std::move(t.ring));
    }
    return true;
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

    const geo::LocalFrame& frame = graph.frame();
    if (m_options.method == CatchmentMethod::Raster
        && rasterBuffer(lines, points, radius, m_options.cellFraction, m_options.maxCells, frame,
                        out))
        return out;

    const Polygons area = exactBuffer(lines, points, radius, m_options.pointsPerCircle);
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
