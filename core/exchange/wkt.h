// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/exchange/source_table.h"
#include "core/geo/lon_lat.h"

/// Well-known text (OGC Simple Features) for the geometries of a project, as a column of a CSV
/// table: QGIS and GDAL read a column named "wkt" as the geometry of each row.
namespace yike::exchange {

/// Raised by parseWkt; what() says what is wrong and at which character.
class WktError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// "POINT (118.78 32.04)"; numbers in their shortest exact form.
std::string toWkt(geo::LonLat point);
/// "LINESTRING (x y, x y, ...)".
std::string toWkt(const geo::LineString& line);
/// "POLYGON ((x y, ..., x0 y0), (hole...))": rings closed, vertex order as stored.
std::string toWkt(const geo::Polygon& polygon);

/**
 * Reads POINT, MULTIPOINT, LINESTRING, MULTILINESTRING, POLYGON and MULTIPOLYGON, in any
 * letter case, with an optional "SRID=n;" prefix; Z and M ordinates are dropped. Polygon rings
 * lose their closing vertex (geo::Ring does not repeat it); a ring that is not closed is taken
 * as it is. Line strings are returned by type only. std::nullopt for an EMPTY geometry.
 * @throws WktError for anything else.
 */
std::optional<SourceGeometry> parseWkt(std::string_view text);

}  // namespace yike::exchange
