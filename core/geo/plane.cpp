// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/plane.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/intersection.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace yike::geo {
namespace {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint>;
using BgMultiPolygon = bg::model::multi_polygon<BgPolygon>;

void appendRing(const LocalRing& ring, BgPolygon::ring_type& out) {
    for (const LocalXY& p : ring) out.push_back(BgPoint(p.x, p.y));
    if (!ring.empty() && !(ring.front() == ring.back())) out.push_back(BgPoint(ring.front().x, ring.front().y));
}

BgPolygon toBoost(const LocalPolygon& polygon) {
    BgPolygon out;
    appendRing(polygon.outer, out.outer());
    for (const LocalRing& hole : polygon.holes) {
        out.inners().emplace_back();
        appendRing(hole, out.inners().back());
    }
    bg::correct(out);  // orientation and closure as Boost expects, whatever the source gave
    return out;
}

}  // namespace

bool insideRing(const LocalRing& ring, LocalXY p) {
    bool inside = false;
    if (ring.size() < 3) return false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LocalXY& a = ring[i];
        const LocalXY& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

double distanceToSegment(LocalXY p, LocalXY a, LocalXY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0.0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
}

double distanceToRing(LocalXY p, const LocalRing& ring) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < ring.size(); ++i)
        best = std::min(best, distanceToSegment(p, ring[i], ring[(i + 1) % ring.size()]));
    return best;
}

double ringArea(const LocalRing& ring) {
    double twice = 0.0;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x * ring[i].y - ring[i].x * ring[j].y;
    return ring.size() < 3 ? 0.0 : std::abs(twice) / 2.0;
}

LocalPolygon LocalPolygon::from(const Polygon& polygon, const LocalFrame& frame) {
    LocalPolygon out;
    const auto convert = [&](const Ring& ring) {
        LocalRing local;
        local.reserve(ring.size());
        for (const LonLat& p : ring) local.push_back(frame.toLocal(p));
        return local;
    };
    out.outer = convert(polygon.outer);
    for (const Ring& hole : polygon.holes) out.holes.push_back(convert(hole));
    if (!out.outer.empty()) {
        out.minX = out.maxX = out.outer.front().x;
        out.minY = out.maxY = out.outer.front().y;
        for (const LocalXY& p : out.outer) {
            out.minX = std::min(out.minX, p.x);
            out.maxX = std::max(out.maxX, p.x);
            out.minY = std::min(out.minY, p.y);
            out.maxY = std::max(out.maxY, p.y);
        }
    }
    return out;
}

bool LocalPolygon::contains(LocalXY p) const {
    if (isEmpty() || p.x < minX || p.x > maxX || p.y < minY || p.y > maxY) return false;
    if (!insideRing(outer, p)) return false;
    return std::none_of(holes.begin(), holes.end(),
                        [&](const LocalRing& hole) { return insideRing(hole, p); });
}

double LocalPolygon::distanceToOutline(LocalXY p) const {
    double best = distanceToRing(p, outer);
    for (const LocalRing& hole : holes) best = std::min(best, distanceToRing(p, hole));
    return best;
}

double LocalPolygon::area() const {
    double a = ringArea(outer);
    for (const LocalRing& hole : holes) a -= ringArea(hole);
    return std::max(0.0, a);
}

double intersectionArea(const LocalPolygon& a, const LocalPolygon& b) {
    if (a.isEmpty() || b.isEmpty() || !a.boxOverlaps(b.minX, b.minY, b.maxX, b.maxY)) return 0.0;
    BgMultiPolygon overlap;
    bg::intersection(toBoost(a), toBoost(b), overlap);
    return std::abs(bg::area(overlap));
}

}  // namespace yike::geo
