// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/exchange/text_decoding.h"
#include "core/geo/lon_lat.h"

/// The records of a source file (a CSV table or the features of a GeoJSON file) before they
/// become project features: named columns of text values and, for GeoJSON, a geometry.
namespace yike::exchange {

/// Why one record of a source file was not imported.
enum class RejectReason {
    RaggedRow,        ///< a CSV row with more or fewer fields than the header; value = count
    EmptyCoordinate,  ///< the longitude or latitude cell is empty; column = which
    BadCoordinate,    ///< the longitude or latitude is not a number; column, value
    OutOfRange,       ///< longitude outside ±180° or latitude outside ±90°; value = "lon, lat"
    SwappedCoordinates,   ///< as OutOfRange, but the values fit with longitude and latitude swapped
    MissingGeometry,      ///< no geometry (null GeoJSON geometry, empty WKT cell)
    UnsupportedGeometry,  ///< a geometry type the layer cannot use; value = its type
    MultiPartGeometry,    ///< a multi-part geometry with several parts; value = the part count
    InvalidGeometry,      ///< malformed coordinates or rings; value = what is wrong
    InvalidFeature,       ///< a GeoJSON member of "features" that is not a Feature object
    MissingCategory,      ///< the category cell is empty; column
    UnknownCategory,      ///< no catalogue category has that code or name; column, value
    UnknownKind,          ///< no idle-space kind has that code or label; column, value
    BadValue              ///< a number, status or yes/no field cannot be read; column, value
};

/// A stable English code for each reason ("ragged_row", "unknown_category", ...).
const char* toCode(RejectReason reason);

/// One rejected record with its reason. `record` counts data records from 1 (the CSV header is
/// not a record; GeoJSON features count from 1); `line` is the CSV line where the record starts
/// (the header is line 1), 0 for GeoJSON.
struct Rejection {
    std::size_t record = 0;
    std::size_t line = 0;
    RejectReason reason = RejectReason::InvalidGeometry;
    std::string column;   ///< the source column involved, or a JSON location
    std::string value;    ///< the offending value, or a count or detail
    std::string message;  ///< one-line English explanation for logs and the command line

    /// "line 7" for CSV, "feature 3" for GeoJSON.
    std::string where() const;
};

/// A geometry read from a source: positions for points, polygons for areas. Line strings and
/// collections are recorded only by type, to be rejected with a reason.
struct SourceGeometry {
    enum class Type {
        Point,
        MultiPoint,
        LineString,
        MultiLineString,
        Polygon,
        MultiPolygon,
        GeometryCollection
    };
    Type type = Type::Point;
    std::vector<geo::LonLat> points;     ///< Point (one), MultiPoint (any)
    std::vector<geo::Polygon> polygons;  ///< Polygon (one), MultiPolygon (any)
};

/// The GeoJSON name of a geometry type ("Point", "MultiPolygon", ...).
const char* toGeoJsonName(SourceGeometry::Type type);

/// One record: a value per column (empty when absent), an optional geometry and, when the
/// record could not be read at all, the reason it will be rejected.
struct SourceRecord {
    std::size_t record = 0;  ///< from 1
    std::size_t line = 0;    ///< CSV line where the record starts; 0 for GeoJSON
    std::vector<std::string> values;
    std::optional<SourceGeometry> geometry;
    std::optional<Rejection> problem;
};

/// The file format a table came from.
enum class SourceFormat { Csv, GeoJson };

/// A source file read into records.
struct SourceTable {
    SourceFormat format = SourceFormat::Csv;
    std::vector<std::string> columns;  ///< unique names, in file order
    std::vector<SourceRecord> records;
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;
    bool encodingDetected = false;
    char delimiter = ',';    ///< CSV only
    bool truncated = false;  ///< reading stopped at the requested record count

    /// Index of a column by exact name, else by case-insensitive name; std::nullopt if absent.
    std::optional<std::size_t> columnIndex(const std::string& name) const;
};

}  // namespace yike::exchange
