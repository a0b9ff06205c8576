// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "core/geo/lon_lat.h"

namespace yike::ui {

/// The point of a ring's boundary nearest to a position.
struct RingProjection {
    geo::LonLat point;       ///< on the boundary
    std::size_t edge = 0;    ///< the edge from vertex `edge` to vertex `edge + 1` (wrapping)
    double t = 0.0;          ///< where `point` lies on that edge, 0 (start) to 1 (end)
    double distanceM = 0.0;  ///< ground distance from the position to `point`, metres
};

/**
 * Projects `p` onto the closed `ring` (at least two vertices). Distances are measured in a
 * local metric frame at `p`; that frame is affine in lon/lat, so the foot point is also the
 * linear interpolation of the edge's end points in degrees and lies exactly on the edge.
 */
RingProjection projectOntoRing(const geo::Ring& ring, geo::LonLat p);

/// `p` shifted by (dLon, dLat) degrees.
geo::LonLat translated(geo::LonLat p, double dLon, double dLat);
/// Every vertex of `polygon` shifted by (dLon, dLat) degrees.
geo::Polygon translated(const geo::Polygon& polygon, double dLon, double dLat);

/// The centroid of a ring (area-weighted; the vertex mean for degenerate rings).
geo::LonLat ringCentroid(const geo::Ring& ring);

}  // namespace yike::ui
