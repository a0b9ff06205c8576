// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <variant>
#include <vector>

#include "core/geo/lon_lat.h"

/// GeoPackage binary geometry (GeoPackage 1.3, clause 2.1.3): a "GP" header with the SRS id and
/// an optional envelope, followed by a standard WKB geometry. The project store writes points,
/// line strings, polygons and multipolygons with this codec and reads them back from files that
/// other programs (QGIS, GDAL) may have edited, so decoding trusts nothing in the blob.
namespace yike::geo {

/// Raised when a blob cannot be decoded, or a geometry cannot be encoded; what() says what is
/// wrong and at which byte offset.
class GpkgGeometryError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The SRS id of WGS 84 geographic coordinates (EPSG:4326) in a GeoPackage.
inline constexpr std::int32_t kWgs84SrsId = 4326;

/// One of the geometries the project stores.
using Geometry = std::variant<LonLat, LineString, Polygon, MultiPolygon>;

/// The WKB geometry type of a blob (named after the WKB types, which the value types also use).
enum class GeometryType { WkbPoint, WkbLineString, WkbPolygon, WkbMultiPolygon };

/// The header of a GeoPackage geometry blob.
struct GpkgHeader {
    std::int32_t srsId = 0;
    bool empty = false;                   ///< the header's empty flag
    std::optional<BoundingBox> envelope;  ///< x/y envelope when the header carries one
    std::size_t size = 0;                 ///< header length in bytes; the WKB starts here
};

/// A decoded blob. `geometry` is absent for an empty geometry (empty flag, no coordinates, a
/// point with NaN coordinates, or a multipolygon of empty polygons only).
struct GpkgGeometry {
    std::int32_t srsId = 0;
    GeometryType type = GeometryType::WkbPoint;
    std::optional<Geometry> geometry;

    bool isEmpty() const { return !geometry.has_value(); }
};

/**
 * Encodes a geometry as a GeoPackage blob: little-endian header and WKB, no envelope for a
 * point, an x/y envelope [minx, maxx, miny, maxy] otherwise. Rings are written closed (the first
 * vertex repeated at the end, see geo::Ring). A line string without points, a polygon without
 * an outer ring or a multipolygon without polygons is written as an empty geometry (empty flag
 * set, no envelope). The polygons of a multipolygon are written as WKB polygons in its order.
 * @throws GpkgGeometryError for a non-finite coordinate, a line string of one point, a ring of
 * fewer than three vertices, holes without an outer ring, or a polygon of a multipolygon that has
 * no outer ring.
 */
std::vector<std::uint8_t> encodeGpkgGeometry(const Geometry& geometry,
                                             std::int32_t srsId = kWgs84SrsId);

/**
 * Reads and checks the header only (magic, version, flags, envelope).
 * @throws GpkgGeometryError when the header is malformed or cut short.
 */
GpkgHeader readGpkgHeader(std::span<const std::uint8_t> blob);

/**
 * Decodes a complete blob. Accepts either byte order in header and WKB, ISO WKB with Z and/or M
 * (extra ordinates are dropped) and the empty flag. Rings must be closed and have at least four
 * positions; the closing position is removed (geo::Ring does not repeat it). The parts of a
 * multipolygon must be polygons; empty ones (POLYGON EMPTY) are left out.
 * @throws GpkgGeometryError for anything else: bad magic or version, reserved or extended
 * flags, a count larger than the bytes left, an unsupported geometry type, non-finite
 * coordinates, an unclosed ring, trailing bytes.
 */
GpkgGeometry decodeGpkgGeometry(std::span<const std::uint8_t> blob);

/// The x/y extent of a blob: the header envelope when present, else computed from the decoded
/// geometry; std::nullopt for an empty geometry. @throws GpkgGeometryError like decode.
std::optional<BoundingBox> gpkgExtent(std::span<const std::uint8_t> blob);

/// Extent of a geometry (an empty box for an empty line string or polygon).
BoundingBox extentOf(const Geometry& geometry);

}  // namespace yike::geo
