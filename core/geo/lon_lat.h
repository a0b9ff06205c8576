// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

/// Geographic value types. Coordinates are WGS 84 (EPSG:4326) degrees, always in lon-lat order.
namespace yike::geo {

/// A WGS 84 position: longitude then latitude, in degrees.
struct LonLat {
    double lon = 0.0;
    double lat = 0.0;

    friend bool operator==(const LonLat&, const LonLat&) = default;
};

/// A closed ring. The first vertex is not repeated at the end.
using Ring = std::vector<LonLat>;

/// A line string of at least two positions.
using LineString = std::vector<LonLat>;

/// A polygon: one outer ring and any number of holes.
struct Polygon {
    Ring outer;
    std::vector<Ring> holes;

    friend bool operator==(const Polygon&, const Polygon&) = default;
};

/// A multipolygon: polygons that share no area, such as a district in two parts or a walk area
/// with an island. Empty when there is no area.
using MultiPolygon = std::vector<Polygon>;

/// An axis-aligned box in degrees. Empty when minLon > maxLon.
struct BoundingBox {
    double minLon = 1.0;
    double minLat = 1.0;
    double maxLon = -1.0;
    double maxLat = -1.0;

    bool isEmpty() const { return minLon > maxLon || minLat > maxLat; }
    void extend(LonLat p);
    void extend(const BoundingBox& other);
    bool contains(LonLat p) const;
    /// Whether the two boxes share a point (touching counts); false when either is empty.
    bool intersects(const BoundingBox& other) const;

    friend bool operator==(const BoundingBox&, const BoundingBox&) = default;
};

BoundingBox boundsOf(const std::vector<LonLat>& points);
BoundingBox boundsOf(const Polygon& polygon);
BoundingBox boundsOf(const MultiPolygon& polygons);

}  // namespace yike::geo
