// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/graph_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <queue>
#include <unordered_map>
#include <utility>

#include <boost/geometry/algorithms/disjoint.hpp>
#include <boost/geometry/algorithms/expand.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/geometry/strategies/cartesian/point_in_box.hpp>
#include <boost/iterator/function_output_iterator.hpp>

#include "core/geo/local_frame.h"
#include "core/geo/plane.h"
#include "core/project/project.h"

namespace yike::network {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;
using BoxPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using Box = bg::model::box<BoxPoint>;
using BoxValue = std::pair<Box, std::uint32_t>;
using BoxTree = bgi::rtree<BoxValue, bgi::rstar<16>>;

using geo::LocalXY;
using geo::LonLat;

constexpr double kQuantum = 1e7;     // 1e-7 degree, the OSM fixed-point resolution
constexpr double kSameSpotM = 0.01;  // crossings closer than this along a way are one
constexpr double kParamEps = 1e-9;   // slack on segment parameters for touching segments

std::int32_t quantise(double degrees) {
    return static_cast<std::int32_t>(std::llround(degrees * kQuantum));
}

/// A vertex is its quantised position plus the fence side it lies on (0 = outside all fences).
struct VertexKey {
    std::int32_t lon = 0;
    std::int32_t lat = 0;
    std::uint32_t side = 0;
    bool operator==(const VertexKey&) const = default;
};

std::uint64_t packPosition(std::int32_t lon, std::int32_t lat) {
    return (std::uint64_t(std::uint32_t(lon)) << 32) | std::uint32_t(lat);
}

struct VertexKeyHash {
    std::size_t operator()(const VertexKey& k) const noexcept {
        std::uint64_t h =
            packPosition(k.lon, k.lat) ^ (std::uint64_t(k.side) * 0x9E3779B97F4A7C15ull);
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdull;
        h ^= h >> 33;
        return static_cast<std::size_t>(h);
    }
};

LocalXY operator-(LocalXY a, LocalXY b) {
    return {a.x - b.x, a.y - b.y};
}
double cross(LocalXY a, LocalXY b) {
    return a.x * b.y - a.y * b.x;
}
double dist(LocalXY a, LocalXY b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

Box boxOf(LocalXY a, LocalXY b) {
    return Box(BoxPoint(std::min(a.x, b.x), std::min(a.y, b.y)),
               BoxPoint(std::max(a.x, b.x), std::max(a.y, b.y)));
}

/// A piece of a way that lies on one side of every fence.
struct Piece {
    std::vector<LonLat> points;
    WayFacts facts;
    project::FeatureId wayId = 0;
    std::uint32_t side = 0;
};

/// The fences in local metres, with an index of their segments and of their bounds.
class FenceIndex {
public:
    FenceIndex(const std::vector<Fence>& fences, const geo::LocalFrame& frame) : m_fences(&fences) {
        std::vector<BoxValue> segmentBoxes;
        std::vector<BoxValue> fenceBoxes;
        for (std::size_t f = 0; f < fences.size(); ++f) {
            Prepared prepared;
            auto addRing = [&](const geo::Ring& ring) {
                if (ring.size() < 3) return;
                std::vector<LocalXY> xy;
                xy.reserve(ring.size());
                for (const LonLat& p : ring) xy.push_back(frame.toLocal(p));
                prepared.rings.push_back(std::move(xy));
            };
            addRing(fences[f].outline.outer);
            if (prepared.rings.empty()) {
                m_prepared.push_back(std::move(prepared));
                continue;
            }
            for (const geo::Ring& hole : fences[f].outline.holes) addRing(hole);
            for (const FenceGate& gate : fences[f].gates)
                prepared.gates.push_back(frame.toLocal(gate.position));

            Box bounds = boxOf(prepared.rings[0][0], prepared.rings[0][0]);
            for (const auto& ring : prepared.rings) {
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    const LocalXY a = ring[i];
                    const LocalXY b = ring[(i + 1) % ring.size()];
                    segmentBoxes.emplace_back(boxOf(a, b),
                                              static_cast<std::uint32_t>(m_segments.size()));
                    m_segments.push_back({a, b, static_cast<std::uint32_t>(f)});
                    bg::expand(bounds, BoxPoint(a.x, a.y));
                }
            }
            fenceBoxes.emplace_back(bounds, static_cast<std::uint32_t>(f));
            m_prepared.push_back(std::move(prepared));
        }
        m_segmentTree = BoxTree(segmentBoxes.begin(), segmentBoxes.end());
        m_fenceTree = BoxTree(fenceBoxes.begin(), fenceBoxes.end());
    }

    bool isEmpty() const { return m_segments.empty(); }

    /// Crossings of segment a-b with fence segments: parameter t along a-b and the fence.
    template <typename Fn>
    void forEachCrossing(LocalXY a, LocalXY b, Fn&& fn) const {
        const LocalXY r = b - a;
        m_segmentTree.query(
            bgi::intersects(boxOf(a, b)),
            boost::make_function_output_iterator([&](const BoxValue& value) {
                const Segment& s = m_segments[value.second];
                const LocalXY q = s.a - a;
                const LocalXY e = s.b - s.a;
                const double denom = cross(r, e);
                if (std::abs(denom) <= 1e-12 * std::hypot(r.x, r.y) * std::hypot(e.x, e.y))
                    return;  // parallel or degenerate: touching along the fence is not a crossing
                const double t = cross(q, e) / denom;
                const double u = cross(q, r) / denom;
                if (t < -kParamEps || t > 1.0 + kParamEps || u < -kParamEps || u > 1.0 + kParamEps)
                    return;
                fn(std::clamp(t, 0.0, 1.0), s.fence);
            }));
    }

    /// The fence side of a point: 1 + index of the fence whose polygon contains it, or 0.
    std::uint32_t sideOf(LocalXY p) const {
        std::uint32_t side = 0;
        m_fenceTree.query(bgi::intersects(BoxPoint(p.x, p.y)),
                          boost::make_function_output_iterator([&](const BoxValue& value) {
                              if (side == 0 && contains(m_prepared[value.second].rings, p))
                                  side = value.second + 1;
                          }));
        return side;
    }

    /// The index of the gate of `fence` nearest to p within `tolerance`, if any.
    std::optional<std::size_t> gateNear(std::uint32_t fence, LocalXY p, double tolerance) const {
        std::optional<std::size_t> best;
        double bestDistance = tolerance;
        const auto& gates = m_prepared[fence].gates;
        for (std::size_t g = 0; g < gates.size(); ++g) {
            const double d = dist(gates[g], p);
            if (d <= bestDistance) {
                bestDistance = d;
                best = g;
            }
        }
        return best;
    }

    const Fence& fence(std::uint32_t index) const { return (*m_fences)[index]; }

private:
    struct Segment {
        LocalXY a;
        LocalXY b;
        std::uint32_t fence;
    };
    struct Prepared {
        std::vector<std::vector<LocalXY>> rings;  // outer first, then holes
        std::vector<LocalXY> gates;
    };

    // Even-odd rule over all rings, so holes count as outside.
    static bool contains(const std::vector<std::vector<LocalXY>>& rings, LocalXY p) {
        bool inside = false;
        for (const auto& ring : rings)
            if (geo::insideRing(ring, p)) inside = !inside;
        return inside;
    }

    const std::vector<Fence>* m_fences;
    std::vector<Prepared> m_prepared;
    std::vector<Segment> m_segments;
    BoxTree m_segmentTree;
    BoxTree m_fenceTree;
};

/// The point halfway along a polyline (in local metres).
LocalXY midpointOf(const std::vector<LonLat>& points, const geo::LocalFrame& frame) {
    std::vector<LocalXY> xy;
    xy.reserve(points.size());
    for (const LonLat& p : points) xy.push_back(frame.toLocal(p));
    double total = 0.0;
    for (std::size_t i = 1; i < xy.size(); ++i) total += dist(xy[i - 1], xy[i]);
    double remaining = total / 2.0;
    for (std::size_t i = 1; i < xy.size(); ++i) {
        const double d = dist(xy[i - 1], xy[i]);
        if (d >= remaining && d > 0.0) {
            const double t = remaining / d;
            return {xy[i - 1].x + t * (xy[i].x - xy[i - 1].x),
                    xy[i - 1].y + t * (xy[i].y - xy[i - 1].y)};
        }
        remaining -= d;
    }
    return xy.front();
}

/// Cuts a way where it crosses fences and classifies the pieces by side.
void cutAtFences(const Way& way, const FenceIndex& fences, const geo::LocalFrame& frame,
                 double gateTolerance, std::vector<Piece>& out) {
    const std::vector<LonLat>& pts = way.points;
    auto emit = [&](std::vector<LonLat> points) {
        if (points.size() < 2) return;
        Piece piece{std::move(points), way.facts, way.id, 0};
        if (!fences.isEmpty()) {
            piece.side = fences.sideOf(midpointOf(piece.points, frame));
            if (piece.side != 0) piece.facts.compoundId = fences.fence(piece.side - 1).compoundId;
        }
        out.push_back(std::move(piece));
    };
    if (fences.isEmpty()) {
        emit(pts);
        return;
    }

    std::vector<LocalXY> xy;
    xy.reserve(pts.size());
    for (const LonLat& p : pts) xy.push_back(frame.toLocal(p));
    std::vector<double> along(pts.size(), 0.0);
    for (std::size_t i = 1; i < pts.size(); ++i) along[i] = along[i - 1] + dist(xy[i - 1], xy[i]);
    const double total = along.back();

    struct Event {
        double along;
        std::size_t segment;
        double t;
        std::uint32_t fence;
    };
    std::vector<Event> events;
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        const double length = along[i + 1] - along[i];
        fences.forEachCrossing(xy[i], xy[i + 1], [&](double t, std::uint32_t fence) {
            const double a = along[i] + t * length;
            if (a < kSameSpotM || a > total - kSameSpotM) return;  // at the way's own ends
            events.push_back({a, i, t, fence});
        });
    }
    if (events.empty()) {
        emit(pts);
        return;
    }
    std::sort(events.begin(), events.end(),
              [](const Event& l, const Event& r) { return l.along < r.along; });

    std::vector<LonLat> current{pts[0]};
    std::size_t nextVertex = 1;  // the next way vertex still to append
    std::size_t e = 0;
    while (e < events.size()) {
        // Events at one spot (a crossing at a vertex is found on both segments) split once.
        std::size_t groupEnd = e + 1;
        while (groupEnd < events.size() && events[groupEnd].along - events[e].along < kSameSpotM)
            ++groupEnd;
        const Event& ev = events[e];
        while (nextVertex <= ev.segment) current.push_back(pts[nextVertex++]);

        const double length = along[ev.segment + 1] - along[ev.segment];
        LonLat split;
        if (ev.t * length < kSameSpotM) {
            split = pts[ev.segment];  // at an existing vertex: keep it where it is
        } else if ((1.0 - ev.t) * length < kSameSpotM) {
            split = pts[ev.segment + 1];
            current.push_back(split);
            nextVertex = ev.segment + 2;
        } else {
            const LonLat& a = pts[ev.segment];
            const LonLat& b = pts[ev.segment + 1];
            split = {a.lon + ev.t * (b.lon - a.lon), a.lat + ev.t * (b.lat - a.lat)};
            const LocalXY splitXY = frame.toLocal(split);
            for (std::size_t g = e; g < groupEnd; ++g) {
                if (auto gate = fences.gateNear(events[g].fence, splitXY, gateTolerance)) {
                    split = fences.fence(events[g].fence).gates[*gate].position;
                    break;
                }
            }
            current.push_back(split);
        }
        emit(std::move(current));
        current = {split};
        e = groupEnd;
    }
    while (nextVertex < pts.size()) current.push_back(pts[nextVertex++]);
    emit(std::move(current));
}

double polylineLengthM(std::span<const LonLat> points) {
    double length = 0.0;
    for (std::size_t i = 1; i < points.size(); ++i)
        length += segmentLengthM(points[i - 1], points[i]);
    return length;
}

/// Hilbert curve index of (x, y) on a 2^16 x 2^16 grid.
std::uint64_t hilbertIndex(std::uint32_t x, std::uint32_t y) {
    constexpr std::uint32_t kSide = 1u << 16;
    std::uint64_t d = 0;
    for (std::uint32_t s = kSide / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) ? 1u : 0u;
        const std::uint32_t ry = (y & s) ? 1u : 0u;
        d += std::uint64_t(s) * std::uint64_t(s) * ((3u * rx) ^ ry);
        if (ry == 0) {  // rotate the quadrant so the curve stays continuous
            if (rx == 1) {
                x = kSide - 1 - x;
                y = kSide - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

struct TempEdge {
    std::uint32_t first;
    std::uint32_t second;
    std::uint32_t geometryBegin;
    std::uint32_t geometryEnd;
    WayFacts facts;
    project::FeatureId wayId;
};

}  // namespace

GraphBuilder::GraphBuilder() = default;

void GraphBuilder::addWay(Way way) {
    m_ways.push_back(std::move(way));
}

void GraphBuilder::addFence(Fence fence) {
    m_fences.push_back(std::move(fence));
}

StreetGraph GraphBuilder::build() {
    m_stats = {};
    StreetGraph graph;

    // Drop repeated positions (equal after quantisation) and ways left with one position.
    std::vector<Way> ways;
    ways.reserve(m_ways.size());
    geo::BoundingBox bounds;
    for (const Way& way : m_ways) {
        Way clean{{}, way.facts, way.id};
        for (const LonLat& p : way.points) {
            if (!clean.points.empty() && quantise(clean.points.back().lon) == quantise(p.lon)
                && quantise(clean.points.back().lat) == quantise(p.lat))
                continue;
            clean.points.push_back(p);
            bounds.extend(p);
        }
        if (clean.points.size() < 2) {
            ++m_stats.waysDropped;
            continue;
        }
        ways.push_back(std::move(clean));
    }
    const LonLat origin = m_origin           ? *m_origin
                          : bounds.isEmpty() ? LonLat{}
                                             : LonLat{(bounds.minLon + bounds.maxLon) / 2.0,
                                                      (bounds.minLat + bounds.maxLat) / 2.0};
    graph.m_frame = geo::LocalFrame(origin);
    const geo::LocalFrame& frame = graph.m_frame;

    // 1-2: cut at fences and classify pieces by side.
    const FenceIndex fences(m_fences, frame);
    std::vector<Piece> pieces;
    pieces.reserve(ways.size());
    for (const Way& way : ways) cutAtFences(way, fences, frame, m_gateTolerance.value(), pieces);
    for (Piece& piece : pieces) {
        // A crossing put on a gate may repeat a neighbouring position; drop the repeat.
        auto same = [](const LonLat& a, const LonLat& b) {
            return quantise(a.lon) == quantise(b.lon) && quantise(a.lat) == quantise(b.lat);
        };
        piece.points.erase(std::unique(piece.points.begin(), piece.points.end(), same),
                           piece.points.end());
    }

    // Vertices: count uses; a vertex is a node when it ends a piece or is used twice.
    std::unordered_map<VertexKey, std::uint32_t, VertexKeyHash> vertexOf;
    std::vector<std::uint32_t> useCount;
    std::vector<LonLat> vertexPosition;
    std::vector<VertexKey> vertexKey;
    std::vector<std::uint32_t> pieceVertex;  // flat, per piece point
    std::vector<std::uint32_t> pieceBegin{0};
    for (const Piece& piece : pieces) {
        if (piece.points.size() < 2) {
            pieceBegin.push_back(static_cast<std::uint32_t>(pieceVertex.size()));
            continue;
        }
        for (const LonLat& p : piece.points) {
            const VertexKey key{quantise(p.lon), quantise(p.lat), piece.side};
            auto [it, inserted] =
                vertexOf.try_emplace(key, static_cast<std::uint32_t>(useCount.size()));
            if (inserted) {
                useCount.push_back(0);
                vertexPosition.push_back(p);
                vertexKey.push_back(key);
            }
            ++useCount[it->second];
            pieceVertex.push_back(it->second);
        }
        pieceBegin.push_back(static_cast<std::uint32_t>(pieceVertex.size()));
    }
    constexpr std::uint32_t kNoNode = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> nodeOfVertex(useCount.size(), kNoNode);
    std::vector<std::uint32_t> vertexOfNode;
    auto makeNode = [&](std::uint32_t vertex) {
        if (nodeOfVertex[vertex] == kNoNode) {
            nodeOfVertex[vertex] = static_cast<std::uint32_t>(vertexOfNode.size());
            vertexOfNode.push_back(vertex);
        }
    };
    for (std::size_t p = 0; p < pieces.size(); ++p) {
        const std::uint32_t begin = pieceBegin[p];
        const std::uint32_t end = pieceBegin[p + 1];
        for (std::uint32_t i = begin; i < end; ++i)
            if (i == begin || i + 1 == end || useCount[pieceVertex[i]] >= 2)
                makeNode(pieceVertex[i]);
    }

    // Edges along the pieces, between consecutive nodes.
    std::vector<TempEdge> edges;
    std::vector<LonLat> geometry;
    for (std::size_t p = 0; p < pieces.size(); ++p) {
        const std::uint32_t begin = pieceBegin[p];
        const std::uint32_t end = pieceBegin[p + 1];
        if (end - begin < 2) continue;
        std::uint32_t startNode = nodeOfVertex[pieceVertex[begin]];
        auto geometryBegin = static_cast<std::uint32_t>(geometry.size());
        geometry.push_back(pieces[p].points[0]);
        for (std::uint32_t i = begin + 1; i < end; ++i) {
            geometry.push_back(pieces[p].points[i - begin]);
            const std::uint32_t node = nodeOfVertex[pieceVertex[i]];
            if (node == kNoNode) continue;
            edges.push_back({startNode, node, geometryBegin,
                             static_cast<std::uint32_t>(geometry.size()), pieces[p].facts,
                             pieces[p].wayId});
            startNode = node;
            geometryBegin = static_cast<std::uint32_t>(geometry.size());
            geometry.push_back(pieces[p].points[i - begin]);
        }
        geometry.pop_back();
    }

    // 3: where sides meet at one position, join them through a gate or leave them cut.
    if (!fences.isEmpty()) {
        std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> nodesAt;
        for (std::uint32_t n = 0; n < vertexOfNode.size(); ++n) {
            const VertexKey& key = vertexKey[vertexOfNode[n]];
            nodesAt[packPosition(key.lon, key.lat)].push_back(n);
        }
        std::vector<std::uint64_t> positions;
        for (const auto& [position, nodes] : nodesAt)
            if (nodes.size() > 1) positions.push_back(position);
        std::sort(positions.begin(), positions.end());  // deterministic output
        for (const std::uint64_t position : positions) {
            const std::vector<std::uint32_t>& nodes = nodesAt[position];
            const LonLat where = vertexPosition[vertexOfNode[nodes[0]]];
            const LocalXY whereXY = frame.toLocal(where);
            for (std::size_t i = 0; i < nodes.size(); ++i) {
                for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                    const std::uint32_t sideA = vertexKey[vertexOfNode[nodes[i]]].side;
                    const std::uint32_t sideB = vertexKey[vertexOfNode[nodes[j]]].side;
                    std::optional<GatePassage> passage;
                    bool open = true;
                    for (const std::uint32_t side : {sideA, sideB}) {
                        if (side == 0) continue;
                        const auto gate =
                            fences.gateNear(side - 1, whereXY, m_gateTolerance.value() + 1e-6);
                        if (!gate) {
                            open = false;
                            break;
                        }
                        if (!passage) {
                            const Fence& fence = fences.fence(side - 1);
                            const FenceGate& g = fence.gates[*gate];
                            passage = GatePassage{g.gateId, fence.compoundId, g.kind};
                        }
                    }
                    if (!open || !passage) {
                        ++m_stats.fenceCuts;
                        continue;
                    }
                    WayFacts facts;
                    facts.gate = passage;
                    const auto geometryBegin = static_cast<std::uint32_t>(geometry.size());
                    geometry.push_back(where);
                    geometry.push_back(where);
                    edges.push_back(
                        {nodes[i], nodes[j], geometryBegin, geometryBegin + 2, facts, 0});
                    ++m_stats.gatePassages;
                }
            }
        }
    }

    // Order nodes along a Hilbert curve over their bounds, for locality in the searches.
    const std::size_t nodeCount = vertexOfNode.size();
    std::vector<LocalXY> nodeXY(nodeCount);
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (std::size_t n = 0; n < nodeCount; ++n) {
        nodeXY[n] = frame.toLocal(vertexPosition[vertexOfNode[n]]);
        minX = std::min(minX, nodeXY[n].x);
        minY = std::min(minY, nodeXY[n].y);
        maxX = std::max(maxX, nodeXY[n].x);
        maxY = std::max(maxY, nodeXY[n].y);
    }
    const double extent = std::max({maxX - minX, maxY - minY, 1e-9});
    std::vector<std::uint64_t> curve(nodeCount);
    for (std::size_t n = 0; n < nodeCount; ++n) {
        const auto gx = static_cast<std::uint32_t>(
            std::clamp((nodeXY[n].x - minX) / extent * 65535.0, 0.0, 65535.0));
        const auto gy = static_cast<std::uint32_t>(
            std::clamp((nodeXY[n].y - minY) / extent * 65535.0, 0.0, 65535.0));
        curve[n] = hilbertIndex(gx, gy);
    }
    std::vector<std::uint32_t> order(nodeCount);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return curve[a] < curve[b]; });
    std::vector<std::uint32_t> newId(nodeCount);
    for (std::uint32_t i = 0; i < nodeCount; ++i) newId[order[i]] = i;

    graph.m_lonLat.resize(nodeCount);
    graph.m_xy.resize(nodeCount);
    for (std::size_t n = 0; n < nodeCount; ++n) {
        graph.m_lonLat[newId[n]] = vertexPosition[vertexOfNode[n]];
        graph.m_xy[newId[n]] = nodeXY[n];
    }

    for (TempEdge& e : edges) {
        e.first = newId[e.first];
        e.second = newId[e.second];
    }
    std::stable_sort(edges.begin(), edges.end(), [](const TempEdge& a, const TempEdge& b) {
        return std::min(a.first, a.second) < std::min(b.first, b.second);
    });

    const std::size_t edgeCount = edges.size();
    graph.m_edgeFirst.resize(edgeCount);
    graph.m_edgeSecond.resize(edgeCount);
    graph.m_edgeLength.resize(edgeCount);
    graph.m_edgeFacts.resize(edgeCount);
    graph.m_edgeWayId.resize(edgeCount);
    graph.m_geometryOffset.assign(1, 0);
    graph.m_geometryOffset.reserve(edgeCount + 1);
    graph.m_geometry.clear();
    graph.m_geometry.reserve(geometry.size());
    for (std::size_t i = 0; i < edgeCount; ++i) {
        const TempEdge& e = edges[i];
        graph.m_edgeFirst[i] = e.first;
        graph.m_edgeSecond[i] = e.second;
        const std::span<const LonLat> line(geometry.data() + e.geometryBegin,
                                           e.geometryEnd - e.geometryBegin);
        graph.m_edgeLength[i] = static_cast<float>(polylineLengthM(line));
        graph.m_edgeFacts[i] = e.facts;
        graph.m_edgeWayId[i] = e.wayId;
        graph.m_geometry.insert(graph.m_geometry.end(), line.begin(), line.end());
        graph.m_geometryOffset.push_back(static_cast<std::uint32_t>(graph.m_geometry.size()));
    }

    // CSR arcs: both directions of every edge, grouped by tail node.
    graph.m_firstOut.assign(nodeCount + 1, 0);
    for (const TempEdge& e : edges) {
        ++graph.m_firstOut[e.first + 1];
        ++graph.m_firstOut[e.second + 1];
    }
    for (std::size_t n = 0; n < nodeCount; ++n) graph.m_firstOut[n + 1] += graph.m_firstOut[n];
    std::vector<std::uint32_t> fill(graph.m_firstOut.begin(), graph.m_firstOut.end() - 1);
    graph.m_arcHead.resize(2 * edgeCount);
    graph.m_arcEdge.resize(2 * edgeCount);
    graph.m_edgeArc.resize(2 * edgeCount);
    for (std::uint32_t i = 0; i < edgeCount; ++i) {
        const std::uint32_t forward = fill[edges[i].first]++;
        graph.m_arcHead[forward] = edges[i].second;
        graph.m_arcEdge[forward] = i << 1;
        graph.m_edgeArc[2 * std::size_t(i)] = forward;
        const std::uint32_t backward = fill[edges[i].second]++;
        graph.m_arcHead[backward] = edges[i].first;
        graph.m_arcEdge[backward] = (i << 1) | 1u;
        graph.m_edgeArc[2 * std::size_t(i) + 1] = backward;
    }

    // Connected components by breadth-first search, then renumbered by decreasing size.
    constexpr std::uint32_t kUnset = std::numeric_limits<std::uint32_t>::max();
    graph.m_component.assign(nodeCount, kUnset);
    std::vector<std::size_t> sizes;
    std::vector<std::uint32_t> queue;
    for (std::uint32_t start = 0; start < nodeCount; ++start) {
        if (graph.m_component[start] != kUnset) continue;
        const auto id = static_cast<std::uint32_t>(sizes.size());
        queue.assign(1, start);
        graph.m_component[start] = id;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const std::uint32_t u = queue[q];
            for (std::uint32_t a = graph.m_firstOut[u]; a < graph.m_firstOut[u + 1]; ++a) {
                const std::uint32_t w = graph.m_arcHead[a];
                if (graph.m_component[w] == kUnset) {
                    graph.m_component[w] = id;
                    queue.push_back(w);
                }
            }
        }
        sizes.push_back(queue.size());
    }
    std::vector<std::uint32_t> bySize(sizes.size());
    std::iota(bySize.begin(), bySize.end(), 0u);
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return sizes[a] > sizes[b]; });
    std::vector<std::uint32_t> rank(sizes.size());
    graph.m_componentSize.resize(sizes.size());
    for (std::uint32_t r = 0; r < bySize.size(); ++r) {
        rank[bySize[r]] = r;
        graph.m_componentSize[r] = sizes[bySize[r]];
    }
    for (std::uint32_t& c : graph.m_component) c = rank[c];

    return graph;
}

StreetGraph buildFromProject(const project::Project& project, BuildStats* stats) {
    GraphBuilder builder;
    for (const project::Street& street : project.streets().items()) {
        TagMap tags = street.tags;
        if (!street.highway.empty()) tags["highway"] = street.highway;
        if (street.bridge) tags["bridge"] = "yes";
        builder.addWay({street.line, wayFactsFromTags(tags), street.id});
    }
    for (const project::Compound& compound : project.compounds().items()) {
        if (!compound.fenced) continue;
        Fence fence{compound.id, compound.outline, {}};
        for (const project::Gate& gate : project.gates().items())
            if (gate.compoundId == compound.id)
                fence.gates.push_back({gate.id, gate.position, gate.kind});
        builder.addFence(std::move(fence));
    }
    StreetGraph graph = builder.build();
    if (stats) *stats = builder.stats();
    return graph;
}

}  // namespace yike::network
