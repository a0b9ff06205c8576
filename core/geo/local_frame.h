// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/geo/lon_lat.h"

namespace yike::geo {

/// A point in a local metric frame: metres east (x) and north (y) of the frame's origin.
struct LocalXY {
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const LocalXY&, const LocalXY&) = default;
};

/**
 * A local tangent-plane approximation around an origin, good to well under a metre over a
 * district of a few kilometres. Used to build and measure geometry in metres (areas, buffers)
 * with Cartesian algorithms; geodesic formulas are only for validation.
 *
 * The scale factors are those of the WGS 84 ellipsoid at the origin's latitude (meridional and
 * prime-vertical radii of curvature).
 */
class LocalFrame {
public:
    explicit LocalFrame(LonLat origin);

    LonLat origin() const { return m_origin; }
    LocalXY toLocal(LonLat p) const;
    LonLat toLonLat(LocalXY p) const;

    /// Metres per degree of longitude / latitude at the origin.
    double metresPerDegreeLon() const { return m_mPerDegLon; }
    double metresPerDegreeLat() const { return m_mPerDegLat; }

private:
    LonLat m_origin;
    double m_mPerDegLon;
    double m_mPerDegLat;
};

/// Area of a ring in square metres in the given frame (shoelace formula), always >= 0.
double ringAreaM2(const Ring& ring, const LocalFrame& frame);

/// Area of a polygon in square metres: outer ring minus holes.
double polygonAreaM2(const Polygon& polygon, const LocalFrame& frame);

/// The area centroid of a polygon's outer ring in the frame; the vertex mean when the ring has
/// no area; the frame origin for an empty ring.
LocalXY ringCentroid(const Ring& ring, const LocalFrame& frame);

/// Great-circle distance in metres (haversine on a sphere of radius 6,371,008.8 m).
double haversineM(LonLat a, LonLat b);

}  // namespace yike::geo
