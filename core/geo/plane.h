// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/geo/local_frame.h"

/// Flat-plane geometry in a local metric frame (metres east and north), for the algorithms that
/// test and measure many small shapes: residents in buildings and compounds, population cells,
/// fences in the walk graph, gates on outlines.
namespace yike::geo {

using LocalRing = std::vector<LocalXY>;

/// Whether `p` lies inside `ring` (even-odd rule; the ring may repeat its first vertex or not).
bool insideRing(const LocalRing& ring, LocalXY p);

double distanceToSegment(LocalXY p, LocalXY a, LocalXY b);

/// Distance from `p` to the closed outline of `ring` (0 on it; not 0 inside).
double distanceToRing(LocalXY p, const LocalRing& ring);

/// Area of a ring (shoelace), always >= 0.
double ringArea(const LocalRing& ring);

/// A polygon in a local frame with its bounding box, prepared for repeated point tests.
struct LocalPolygon {
    LocalRing outer;
    std::vector<LocalRing> holes;
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0;

    static LocalPolygon from(const Polygon& polygon, const LocalFrame& frame);

    bool isEmpty() const { return outer.size() < 3; }
    /// Inside the outer ring and in no hole.
    bool contains(LocalXY p) const;
    /// Distance to the nearest edge of any ring.
    double distanceToOutline(LocalXY p) const;
    bool boxOverlaps(double x0, double y0, double x1, double y1) const {
        return !isEmpty() && x0 <= maxX && minX <= x1 && y0 <= maxY && minY <= y1;
    }
    /// Outer area minus the holes, m².
    double area() const;
};

/// Area of the intersection of two polygons, m² (0 when they do not overlap).
double intersectionArea(const LocalPolygon& a, const LocalPolygon& b);

}  // namespace yike::geo
