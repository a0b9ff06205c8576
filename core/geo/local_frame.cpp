// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/local_frame.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace yike::geo {
namespace {

constexpr double kSemiMajorM = 6378137.0;              // WGS 84 a
constexpr double kEccentricitySq = 6.69437999014e-3;   // WGS 84 e^2
constexpr double kMeanEarthRadiusM = 6371008.8;        // IUGG mean radius
constexpr double kDegToRad = std::numbers::pi / 180.0;

}  // namespace

LocalFrame::LocalFrame(LonLat origin) : m_origin(origin) {
    const double phi = origin.lat * kDegToRad;
    const double s = std::sin(phi);
    const double w = std::sqrt(1.0 - kEccentricitySq * s * s);
    const double primeVertical = kSemiMajorM / w;
    const double meridional = kSemiMajorM * (1.0 - kEccentricitySq) / (w * w * w);
    m_mPerDegLon = primeVertical * std::cos(phi) * kDegToRad;
    m_mPerDegLat = meridional * kDegToRad;
}

LocalXY LocalFrame::toLocal(LonLat p) const {
    return {(p.lon - m_origin.lon) * m_mPerDegLon, (p.lat - m_origin.lat) * m_mPerDegLat};
}

LonLat LocalFrame::toLonLat(LocalXY p) const {
    return {m_origin.lon + p.x / m_mPerDegLon, m_origin.lat + p.y / m_mPerDegLat};
}

double ringAreaM2(const Ring& ring, const LocalFrame& frame) {
    if (ring.size() < 3) return 0.0;
    double twice = 0.0;
    LocalXY prev = frame.toLocal(ring.back());
    for (const LonLat& v : ring) {
        const LocalXY cur = frame.toLocal(v);
        twice += prev.x * cur.y - cur.x * prev.y;
        prev = cur;
    }
    return std::abs(twice) / 2.0;
}

double polygonAreaM2(const Polygon& polygon, const LocalFrame& frame) {
    double area = ringAreaM2(polygon.outer, frame);
    for (const Ring& hole : polygon.holes) area -= ringAreaM2(hole, frame);
    return area > 0.0 ? area : 0.0;
}

LocalXY ringCentroid(const Ring& ring, const LocalFrame& frame) {
    if (ring.empty()) return {};
    double twiceArea = 0.0, cx = 0.0, cy = 0.0, mx = 0.0, my = 0.0;
    LocalXY prev = frame.toLocal(ring.back());
    for (const LonLat& v : ring) {
        const LocalXY cur = frame.toLocal(v);
        const double cross = prev.x * cur.y - cur.x * prev.y;
        twiceArea += cross;
        cx += (prev.x + cur.x) * cross;
        cy += (prev.y + cur.y) * cross;
        mx += cur.x;
        my += cur.y;
        prev = cur;
    }
    const double n = static_cast<double>(ring.size());
    if (std::abs(twiceArea) < 1e-9) return {mx / n, my / n};
    return {cx / (3.0 * twiceArea), cy / (3.0 * twiceArea)};
}

double haversineM(LonLat a, LonLat b) {
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad)
                           * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kMeanEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

}  // namespace yike::geo
