// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/project/project.h"

/// Writing one layer of a project, or computed areas, as GeoJSON or CSV, for other programs
/// (QGIS, Excel, web maps).
namespace yike::exchange {

enum class ExportFormat { GeoJson, Csv };

/// The layers that can be exported: facilities, compounds, gates, idle spaces, streets,
/// buildings and water areas.
bool isExportLayer(project::Layer layer);

/// The format a file name asks for: .geojson/.json → GeoJson, .csv → Csv.
std::optional<ExportFormat> exportFormatForPath(const std::filesystem::path& path);

/**
 * The layer as a GeoJSON FeatureCollection (RFC 7946): WGS 84 longitude/latitude, no "crs"
 * member, polygon outer rings counter-clockwise and holes clockwise, one feature per line.
 * Properties are the feature's fields under the column names the importer recognises ("name",
 * "category", "status", "kind", "population", ...), plus "id" and helpful labels
 * ("category_zh", "kind_zh"). A facility's free attributes follow under their own keys; a key
 * that is already a field name, or starts with "attr:", is written as "attr:" + key.
 * Numbers are written in their shortest exact form, so importing the file gives back the same
 * coordinates bit for bit.
 * @throws ExchangeError (UnsupportedLayer).
 */
std::string exportGeoJson(const project::Project& project, project::Layer layer);

/**
 * The layer as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel shows Chinese
 * correctly), comma-delimited, CRLF line ends, fields quoted where needed. Points are "lon" and
 * "lat" columns; polygons and lines a "wkt" column (an idle space has both: its position and,
 * when it has one, its footprint). Other columns as in exportGeoJson; a facility's attributes
 * get one column each, in order of first appearance.
 * @throws ExchangeError (UnsupportedLayer).
 */
std::string exportCsv(const project::Project& project, project::Layer layer);

/// Writes the layer to `path` in `format` (replacing the file through a temporary file in the
/// same folder). @throws ExchangeError (UnsupportedLayer, CannotWrite).
void writeLayerFile(const std::filesystem::path& path, const project::Project& project,
                    project::Layer layer, ExportFormat format);

/// How many features the layer has (0 for layers that cannot be exported).
std::size_t layerFeatureCount(const project::Project& project, project::Layer layer);

/// The value of a GeoJSON property: null, true/false, a whole number, a number or text.
using PropertyValue = std::variant<std::nullptr_t, bool, long long, double, std::string>;

/// One feature of computed areas (e.g. walk rings), for areasGeoJson.
struct AreaFeature {
    std::vector<std::pair<std::string, PropertyValue>> properties;  ///< written in this order
    /// Written as one MultiPolygon; a feature without polygons gets a null geometry.
    std::vector<geo::Polygon> polygons;
};

/**
 * Computed areas as a GeoJSON FeatureCollection, written as exportGeoJson writes a layer:
 * RFC 7946, WGS 84 longitude/latitude, outer rings counter-clockwise and holes clockwise,
 * numbers in their shortest exact form, one feature per line. `name` becomes the collection's
 * "name" member, which GDAL shows as the layer name.
 */
std::string areasGeoJson(std::string_view name, std::span<const AreaFeature> features);

/// Writes `content` to `path`, replacing any file there through a temporary file in the same
/// folder, so a reader never sees half a file. @throws ExchangeError (CannotWrite).
void writeFileReplacing(const std::filesystem::path& path, std::string_view content);

}  // namespace yike::exchange
