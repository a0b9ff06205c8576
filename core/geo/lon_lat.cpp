// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/lon_lat.h"

#include <algorithm>

namespace yike::geo {

void BoundingBox::extend(LonLat p) {
    if (isEmpty()) {
        minLon = maxLon = p.lon;
        minLat = maxLat = p.lat;
        return;
    }
    minLon = std::min(minLon, p.lon);
    maxLon = std::max(maxLon, p.lon);
    minLat = std::min(minLat, p.lat);
    maxLat = std::max(maxLat, p.lat);
}

void BoundingBox::extend(const BoundingBox& other) {
    if (other.isEmpty()) return;
    extend(LonLat{other.minLon, other.minLat});
    extend(LonLat{other.maxLon, other.maxLat});
}

bool BoundingBox::contains(LonLat p) const {
    return !isEmpty() && p.lon >= minLon && p.lon <= maxLon && p.lat >= minLat && p.lat <= maxLat;
}

bool BoundingBox::intersects(const BoundingBox& other) const {
    return !isEmpty() && !other.isEmpty() && minLon <= other.maxLon && other.minLon <= maxLon
           && minLat <= other.maxLat && other.minLat <= maxLat;
}

BoundingBox boundsOf(const std::vector<LonLat>& points) {
    BoundingBox box;
    for (const LonLat& p : points) box.extend(p);
    return box;
}

BoundingBox boundsOf(const Polygon& polygon) { return boundsOf(polygon.outer); }

BoundingBox boundsOf(const MultiPolygon& polygons) {
    BoundingBox box;
    for (const Polygon& polygon : polygons) box.extend(boundsOf(polygon));
    return box;
}

}  // namespace yike::geo
