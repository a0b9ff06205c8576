// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>
#include <string>

struct sqlite3;

/// The tables of a `.yike` file: the GeoPackage 1.3 core tables, one feature table per map
/// layer (living circles included), attribute tables for the catalogue, walk profiles, scenarios
/// and print layouts, and two internal tables (yike_metadata, yike_analysis_cache) that are not
/// registered in gpkg_contents.
namespace yike::project::detail {

/// PRAGMA application_id of a GeoPackage: the ASCII bytes "GPKG".
inline constexpr std::int32_t kGpkgApplicationId = 0x47504B47;
/// PRAGMA user_version of a GeoPackage 1.3 file.
inline constexpr std::int32_t kGpkgUserVersion = 10300;
/// The schema version this build writes (also ProjectFile::currentSchemaVersion()).
inline constexpr int kCurrentSchemaVersion = 6;

/// yike_metadata keys.
namespace key {
inline constexpr const char* kFormat = "format";                 ///< always kFormatValue
inline constexpr const char* kSchemaVersion = "schema_version";  ///< integer, see above
inline constexpr const char* kAppVersion = "app_version";        ///< Yike version that last wrote
inline constexpr const char* kSavedAt = "saved_at";              ///< ISO 8601 UTC of the last save
inline constexpr const char* kNextIdPrefix = "next_id.";         ///< + table name: id counter
inline constexpr const char* kProjectPrefix = "project.";        ///< + Project::metadata() key
inline constexpr const char* kRecoveryPrefix = "recovery.";      ///< recovery files only
}  // namespace key
inline constexpr const char* kFormatValue = "yike-project";

/// A table of the project (feature or attribute table).
struct TableSpec {
    const char* name;          ///< table name (the layer name in QGIS)
    const char* identifier;    ///< gpkg_contents.identifier: a readable title
    const char* description;   ///< gpkg_contents.description
    const char* geometryType;  ///< GeoPackage geometry type name; nullptr for attribute tables
    const char* columns;       ///< column definitions after fid (and geom)
    int sinceVersion;          ///< the schema version that introduced the table
};

/// Names of the tables, also used as keys of the id counters.
namespace table {
inline constexpr const char* kFacilities = "facilities";
inline constexpr const char* kCompounds = "residential_compounds";
inline constexpr const char* kGates = "gates";
inline constexpr const char* kIdleSpaces = "idle_spaces";
inline constexpr const char* kStudyArea = "study_area";
inline constexpr const char* kStreets = "streets";
inline constexpr const char* kWater = "water_areas";
inline constexpr const char* kBuildings = "buildings";
inline constexpr const char* kGreen = "green_areas";
inline constexpr const char* kPopulationCells = "population_cells";
inline constexpr const char* kPopulationGrids = "population_grids";
inline constexpr const char* kWalkProfiles = "walk_profiles";
inline constexpr const char* kScenarios = "scenarios";
inline constexpr const char* kCatalog = "standards_catalog";
inline constexpr const char* kPrintLayouts = "print_layouts";
inline constexpr const char* kCircles = "circles";
inline constexpr const char* kMetadata = "yike_metadata";
inline constexpr const char* kCache = "yike_analysis_cache";
}  // namespace table

/// Every feature and attribute table, in creation order.
std::span<const TableSpec> projectTables();

/// The table called `name` among projectTables(). @throws std::out_of_range when none is.
const TableSpec& projectTable(const char* name);

/// Creates one project table and registers it in gpkg_contents (and, for a feature table, in
/// gpkg_geometry_columns). Used by createSchema and by the migration that adds the table.
/// @throws SqliteError.
void createProjectTable(sqlite3* db, const TableSpec& spec);

/// Creates the complete schema of a new file in an empty database: application_id,
/// user_version, the GeoPackage core tables with their three required SRS rows, every project
/// table registered in gpkg_contents (and gpkg_geometry_columns), the internal tables, and the
/// yike_metadata rows format and schema_version. Run inside a transaction.
/// @throws SqliteError.
void createSchema(sqlite3* db);

/**
 * True when every virtual table in the file is an R*Tree (module rtree or rtree_i32), as the
 * GeoPackage RTree spatial index extension creates them.
 *
 * Why it matters: connections run with SQLITE_DBCONFIG_TRUSTED_SCHEMA off, and the R*Tree
 * module of SQLite 3.40 is not flagged innocuous, so the index triggers GDAL and QGIS add to a
 * layer fail ("unsafe use of virtual table") when we write to it. A save may trust the schema
 * when this returns true: what trusting then allows beyond the untrusted mode is only the
 * R*Tree tables (our SQL functions are innocuous, extension loading is off, and the
 * direct-only built-in functions stay forbidden in triggers either way).
 * @throws SqliteError.
 */
bool onlyRtreeVirtualTables(sqlite3* db);

/**
 * Registers ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY (one GeoPackage geometry blob
 * argument, as in the GeoPackage RTree extension) on the connection, flagged deterministic and
 * innocuous, so the spatial index triggers that GDAL or QGIS add to our tables keep working
 * while we write. NULL in, NULL out; a malformed blob raises an SQL error.
 * @throws SqliteError.
 */
void registerGpkgFunctions(sqlite3* db);

}  // namespace yike::project::detail
