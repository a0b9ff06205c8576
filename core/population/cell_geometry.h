// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string>

#include "core/geo/lon_lat.h"

/// Plane geometry on raster cells once they are in WGS 84 degrees. A cell of any raster becomes
/// a convex quadrilateral there: a rectangle for a lon/lat grid, a slightly rotated and bent one
/// for a projected grid, a parallelogram for a rotated geotransform. Nothing here knows GDAL.
namespace yike::population {

/// A cell's four corners in lon/lat, in the order they follow around the cell (either way).
using Quad = std::array<geo::LonLat, 4>;

/**
 * Whether the inside of a convex quadrilateral overlaps the inside of a box (separating axes).
 * Touching along an edge or at a corner is not an overlap: a box drawn exactly on cell edges
 * takes the cells inside it and not their neighbours. A quad without area overlaps nothing.
 */
bool quadOverlapsBox(const Quad& quad, const geo::BoundingBox& box);

/// Twice the signed area in square degrees: positive when the corners run counter-clockwise
/// (lon to the right, lat up).
double twiceSignedArea(const Quad& quad);

/// The quad as a ring running counter-clockwise, as GeoJSON and GeoPackage readers expect of
/// an outer ring; the first corner is the quad's first corner.
geo::Ring counterClockwiseRing(const Quad& quad);

/// The box in words for messages: "lon 113.692083 to 115.077083, lat 29.972083 to 31.362083"
/// (six decimals, about 0.1 m; a '.' whatever the C locale says).
std::string describeBox(const geo::BoundingBox& box);

}  // namespace yike::population
