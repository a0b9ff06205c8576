// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/exchange/source_table.h"
#include "core/exchange/text_decoding.h"
#include "core/geo/china_crs.h"
#include "core/project/features.h"
#include "core/project/project.h"

/// Turning the records of a source table into new features of one project layer.
namespace yike::exchange {

/// The fields a column can feed. Their codes (fieldCode) are also the column names of exports,
/// so an exported file maps back onto the same fields by itself.
enum class Field {
    Lon,  ///< longitude, degrees (point position)
    Lat,  ///< latitude, degrees
    Wkt,  ///< geometry as well-known text (CSV)
    Name,
    Category,         ///< facilities: catalogue code, Chinese or English name
    Status,           ///< facilities: existing / planned (现状 / 规划)
    Source,           ///< facilities: where the record comes from
    Kind,             ///< idle spaces: kind code or label
    FloorArea,        ///< idle spaces: m²
    Storey,           ///< idle spaces: 1 = ground floor
    Owner,            ///< idle spaces
    Cost,             ///< idle spaces: estimated conversion cost, yuan
    Notes,            ///< idle spaces
    HasLift,          ///< idle spaces: yes/no (有/无, 是/否, 1/0)
    ProposedFor,      ///< idle spaces: catalogue codes or names, separated by , or 、
    Population,       ///< compounds
    Residents60Plus,  ///< compounds
    Children0To14,    ///< compounds
    Households,       ///< compounds
    Fenced            ///< compounds: yes/no
};

/// "lon", "lat", "wkt", "name", "category", "status", "source", "kind", "floor_area_m2",
/// "storey", "owner", "estimated_cost_yuan", "notes", "has_lift", "proposed_for", "population",
/// "residents_60_plus", "children_0_14", "households", "fenced".
const char* fieldCode(Field field);

/// The layers features can be imported into: facilities, idle spaces and compounds.
bool isImportLayer(project::Layer layer);
/// The fields that apply to a layer, in display order.
const std::vector<Field>& fieldsOf(project::Layer layer);

/// "facilities", "compounds", "gates", "idle_spaces", "streets", "buildings", "water_areas".
const char* layerCode(project::Layer layer);
/// Reads a code written by layerCode.
std::optional<project::Layer> layerFromCode(const std::string& code);

/// The Chinese label of an idle-space kind (空置商铺, 架空层, ...), as the UI shows it.
const char* idleSpaceKindLabelZh(project::IdleSpaceKind kind);

/// Which column feeds which field. Column names are those of SourceTable::columns.
struct ColumnMapping {
    std::map<Field, std::string> columns;
    /// Facilities: copy every column that feeds no field and is not in `ignored` into the
    /// facility's free attributes (empty values are skipped; an "attr:" prefix is removed).
    bool otherColumnsAsAttributes = true;
    std::set<std::string> ignored;  ///< columns never copied as attributes (e.g. "id")

    const std::string* columnOf(Field field) const;
};

/**
 * Guesses the mapping from the column names: our own export names, then common English and
 * Chinese headers (lon/lng/longitude/经度/x, lat/latitude/纬度/y, name/名称, category/类别/类型,
 * 状态, 来源, 面积, 人口, ...), case-insensitive. Columns only exports write (id, category_zh,
 * kind_zh, ...) are put in `ignored`.
 */
ColumnMapping guessMapping(project::Layer layer, const std::vector<std::string>& columns);

struct ImportOptions {
    project::Layer layer = project::Layer::Facilities;
    ColumnMapping mapping;
    geo::ChinaCrs crs = geo::ChinaCrs::Wgs84;  ///< the coordinate system of the source
    /// Facilities: the source text when no Source column is mapped or its cell is empty.
    std::string defaultSource;
};

/// What happened to the records of a source.
struct ImportReport {
    std::size_t records = 0;   ///< records read
    std::size_t imported = 0;  ///< features made
    std::vector<Rejection> rejected;
};

/// New features for one layer (ids 0, so the project assigns them) and the report. Applying
/// them is the caller's business: this never touches a project.
struct ImportResult {
    project::Layer layer = project::Layer::Facilities;
    std::vector<project::Facility> facilities;
    std::vector<project::IdleSpace> idleSpaces;
    std::vector<project::Compound> compounds;
    ImportReport report;

    std::size_t count() const { return facilities.size() + idleSpaces.size() + compounds.size(); }
};

/// One row of a preview: the source values, the position the feature would get (WGS 84; the
/// representative point of a polygon) and, when it would be rejected, why.
struct PreviewRow {
    std::size_t record = 0;
    std::size_t line = 0;
    std::vector<std::string> values;
    std::optional<geo::LonLat> position;
    std::optional<Rejection> problem;
};

/**
 * Checks that the mapping can work on the table: every named column exists, the layer can be
 * imported, the table gives a geometry (a GeoJSON geometry, lon and lat columns, or a WKT
 * column; compounds need polygons, so a CSV needs a WKT column), facilities have a category
 * column. @throws ExchangeError (UnsupportedLayer, MissingColumn, MappingIncomplete).
 */
void validateMapping(const SourceTable& table, const ImportOptions& options);

/**
 * Converts every record into a feature of options.layer, or rejects it with a reason: the
 * problem the reader found, an empty, non-numeric or out-of-range coordinate, a geometry the
 * layer cannot use, an empty or unknown category (matched by catalogue code, Chinese or
 * English name, case-insensitive), an unknown idle-space kind (code, Chinese or English label),
 * an unknown category among an idle space's proposals, a number or yes/no value that cannot be
 * read. Coordinates are converted from options.crs to
 * WGS 84. A polygon gives a facility or idle space its position at the polygon's centroid.
 * @throws ExchangeError from validateMapping.
 */
ImportResult importTable(const SourceTable& table, const ImportOptions& options,
                         const catalog::Catalog& catalog);

/// The first `maxRows` records as importTable would treat them. @throws like importTable.
std::vector<PreviewRow> previewTable(const SourceTable& table, const ImportOptions& options,
                                     const catalog::Catalog& catalog, std::size_t maxRows);

/// The format a file name suggests: .csv/.tsv/.txt → Csv, .geojson/.json → GeoJson.
std::optional<SourceFormat> formatForPath(const std::filesystem::path& path);

/// Options for reading a source file from disk.
struct ReadOptions {
    std::optional<TextEncoding> encoding;  ///< std::nullopt: detect
    std::optional<char> delimiter;         ///< CSV; std::nullopt: detect
    std::size_t maxRecords = 0;            ///< 0 = all
};

/// Reads a CSV or GeoJSON file (by its extension; see formatForPath).
/// @throws ExchangeError (CannotRead, UnknownFormat, and those of readCsv / readGeoJson).
SourceTable readSourceFile(const std::filesystem::path& path, const ReadOptions& options = {});

/// The whole content of a file. @throws ExchangeError (CannotRead).
std::string readFileBytes(const std::filesystem::path& path);

}  // namespace yike::exchange
