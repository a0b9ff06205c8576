// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/edit_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/geo/local_frame.h"

namespace yike::ui {

RingProjection projectOntoRing(const geo::Ring& ring, geo::LonLat p) {
    RingProjection best;
    best.distanceM = std::numeric_limits<double>::infinity();
    if (ring.empty()) return best;
    const geo::LocalFrame frame(p);
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const geo::LonLat a = ring[i];
        const geo::LonLat b = ring[(i + 1) % n];
        const geo::LocalXY la = frame.toLocal(a);
        const geo::LocalXY lb = frame.toLocal(b);
        const double dx = lb.x - la.x;
        const double dy = lb.y - la.y;
        const double len2 = dx * dx + dy * dy;
        // p is the frame origin, so the parameter of its foot point is -a·d / |d|².
        double t = len2 > 0.0 ? -(la.x * dx + la.y * dy) / len2 : 0.0;
        t = std::clamp(t, 0.0, 1.0);
        const double fx = la.x + t * dx;
        const double fy = la.y + t * dy;
        const double d = std::hypot(fx, fy);
        if (d < best.distanceM) {
            best.distanceM = d;
            best.edge = i;
            best.t = t;
            best.point = {a.lon + t * (b.lon - a.lon), a.lat + t * (b.lat - a.lat)};
        }
    }
    return best;
}

geo::LonLat translated(geo::LonLat p, double dLon, double dLat) {
    return {p.lon + dLon, p.lat + dLat};
}

geo::Polygon translated(const geo::Polygon& polygon, double dLon, double dLat) {
    geo::Polygon out = polygon;
    for (geo::LonLat& v : out.outer) v = translated(v, dLon, dLat);
    for (geo::Ring& hole : out.holes)
        for (geo::LonLat& v : hole) v = translated(v, dLon, dLat);
    return out;
}

geo::LonLat ringCentroid(const geo::Ring& ring) {
    if (ring.empty()) return {};
    const geo::LocalFrame frame(ring.front());
    double area2 = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    double mx = 0.0;
    double my = 0.0;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const geo::LocalXY a = frame.toLocal(ring[i]);
        const geo::LocalXY b = frame.toLocal(ring[(i + 1) % n]);
        const double cross = a.x * b.y - b.x * a.y;
        area2 += cross;
        cx += (a.x + b.x) * cross;
        cy += (a.y + b.y) * cross;
        mx += a.x;
        my += a.y;
    }
    if (std::abs(area2) < 1e-9)
        return frame.toLonLat({mx / static_cast<double>(n), my / static_cast<double>(n)});
    return frame.toLonLat({cx / (3.0 * area2), cy / (3.0 * area2)});
}

}  // namespace yike::ui
