// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/schema.h"

#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>

#include "core/geo/gpkg_geometry.h"
#include "core/platform/sqlite_util.h"

namespace yike::project::detail {
namespace {

// Column definitions of the GeoPackage 1.3 core tables (clauses 1.1.2.1.1, 1.1.3.1.1, 2.1.5.1.1).
constexpr const char* kCoreTables = R"sql(
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL,
  description TEXT
);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY,
  data_type TEXT NOT NULL,
  identifier TEXT UNIQUE,
  description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE,
  min_y DOUBLE,
  max_x DOUBLE,
  max_y DOUBLE,
  srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
);
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL,
  column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL,
  z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
);
)sql";

constexpr const char* kWgs84Definition =
    "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
    "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
    "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
    "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

constexpr const char* kInternalTables = R"sql(
CREATE TABLE yike_metadata (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT
);
CREATE TABLE yike_analysis_cache (
  key TEXT NOT NULL PRIMARY KEY,
  inputs_hash TEXT NOT NULL,
  payload BLOB NOT NULL,
  created_at TEXT NOT NULL
);
)sql";

// Plain English snake_case column names: they are what a QGIS user sees. MEDIUMINT is the
// GeoPackage name of a 32-bit integer (GDAL reads INTEGER as 64-bit).
constexpr std::array<TableSpec, 16> kTables{{
    {table::kFacilities, "Facilities", "Service facilities, existing and planned", "POINT",
     "category TEXT NOT NULL, name TEXT, status TEXT NOT NULL, source TEXT, attributes TEXT", 1},
    {table::kCompounds, "Residential compounds", "Residential compounds and their residents",
     "POLYGON",
     "name TEXT, population MEDIUMINT, residents_60_plus MEDIUMINT, children_0_14 MEDIUMINT, "
     "households MEDIUMINT, fenced BOOLEAN, plot_ratio DOUBLE", 1},
    {table::kGates, "Gates", "Gates in compound fences", "POINT",
     "compound_id INTEGER NOT NULL, kind TEXT NOT NULL, name TEXT, open_hours TEXT", 1},
    {table::kIdleSpaces, "Idle spaces", "Spaces that could host a missing service", "GEOMETRY",
     "lon DOUBLE, lat DOUBLE, kind TEXT NOT NULL, name TEXT, floor_area_m2 DOUBLE, "
     "storey MEDIUMINT, owner TEXT, estimated_cost_yuan DOUBLE, notes TEXT, has_lift BOOLEAN, "
     "proposed_for TEXT", 1},
    {table::kStudyArea, "Study area", "The area the plan covers (at most one polygon)", "POLYGON",
     nullptr, 1},
    {table::kStreets, "Streets", "Streets, footways and paths", "LINESTRING",
     "highway TEXT, name TEXT, bridge BOOLEAN, tags TEXT", 1},
    {table::kWater, "Water areas", "Rivers, lakes and ponds", "POLYGON", "name TEXT", 1},
    {table::kBuildings, "Buildings", "Building footprints", "POLYGON",
     "kind TEXT, name TEXT, levels MEDIUMINT", 1},
    {table::kGreen, "Green areas", "Parks, gardens, pitches, lawns and woods", "POLYGON",
     "kind TEXT, name TEXT", 2},
    {table::kPopulationCells, "Population grid cells",
     "Cells of imported population grids inside the study area (people or shares)", "POLYGON",
     "grid_id INTEGER NOT NULL, value DOUBLE NOT NULL", 3},
    {table::kPopulationGrids, "Population grids",
     "Imported population grids: source, year, what they count", nullptr,
     "kind TEXT NOT NULL, source TEXT, year MEDIUMINT, file_name TEXT, crs TEXT, "
     "cell_area_m2 DOUBLE, notes TEXT, imported_at TEXT", 3},
    {table::kWalkProfiles, "Walk profiles", "Walking speeds and penalties per population group",
     nullptr,
     "code TEXT NOT NULL UNIQUE, name_zh TEXT, name_en TEXT, speed_m_per_s DOUBLE NOT NULL, "
     "stairs_factor DOUBLE, crossing_delay_s DOUBLE, vehicle_gates_passable BOOLEAN, "
     "source TEXT", 1},
    {table::kScenarios, "Scenarios", "Planning scenarios", nullptr, "name TEXT, description TEXT",
     1},
    {table::kCatalog, "Standards catalogue", "Service categories, walking targets and sources",
     nullptr,
     "code TEXT NOT NULL UNIQUE, name_zh TEXT, name_en TEXT, service_group TEXT, "
     "gb50180_level TEXT, walk_target TEXT, walk_minutes DOUBLE, walk_distance_m DOUBLE, "
     "min_area TEXT, min_area_m2 DOUBLE, per_population TEXT, sources TEXT, "
     "confidence TEXT, notes TEXT, max_area_m2 DOUBLE, area_kind TEXT, area_source TEXT, "
     "siting TEXT", 1},
    // Named like the other attribute tables, with the integer fid GeoPackage asks of every
    // table in gpkg_contents; the fid is the layout's place in the project's list.
    {table::kPrintLayouts, "Print layouts",
     "Named page layouts of the print module (definitions as JSON text)", nullptr,
     "name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, definition TEXT NOT NULL", 5},
    // A feature table, so QGIS shows the outlines; a centre circle has no outline (geom NULL)
    // but a centre: a facility id or a point. The fid is the circle's place in the list.
    {table::kCircles, "Living circles",
     "15-minute living circles: outlines, or walks from a centre, with survey figures",
     "MULTIPOLYGON",
     "name TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, centre_facility INTEGER, centre_lon REAL, "
     "centre_lat REAL, profile TEXT, minutes REAL, satisfaction_percent REAL, households INTEGER, "
     "notes TEXT", 6},
}};

std::string createTableSql(const TableSpec& spec) {
    std::string sql = "CREATE TABLE \"";
    sql += spec.name;
    sql += "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL";
    if (spec.geometryType != nullptr) {
        sql += ", geom ";
        sql += spec.geometryType;
    }
    if (spec.columns != nullptr) {
        sql += ", ";
        sql += spec.columns;
    }
    sql += ")";
    return sql;
}

void insertSrs(sqlite3* db, const char* name, int id, const char* organization, int orgId,
               const char* definition, const char* description) {
    platform::Statement insert(
        db,
        "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
        "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bindText(1, name);
    insert.bindInt(2, id);
    insert.bindText(3, organization);
    insert.bindInt(4, orgId);
    insert.bindText(5, definition);
    insert.bindText(6, description);
    insert.run();
}

// ---- SQL functions ------------------------------------------------------------------------

enum class ExtentPart { MinX, MaxX, MinY, MaxY };

// Reads the blob argument; returns false (with the SQL result already set) when there is
// nothing to compute.
bool blobArgument(sqlite3_context* context, sqlite3_value* value,
                  std::span<const std::uint8_t>& blob) {
    if (sqlite3_value_type(value) != SQLITE_BLOB) {
        sqlite3_result_null(context);
        return false;
    }
    const void* data = sqlite3_value_blob(value);
    const int size = sqlite3_value_bytes(value);
    blob = size > 0 ? std::span<const std::uint8_t>(static_cast<const std::uint8_t*>(data),
                                                    static_cast<std::size_t>(size))
                    : std::span<const std::uint8_t>();
    return true;
}

std::optional<geo::BoundingBox> extentOrError(sqlite3_context* context,
                                              std::span<const std::uint8_t> blob, bool& failed) {
    try {
        failed = false;
        return geo::gpkgExtent(blob);
    } catch (const geo::GpkgGeometryError& e) {
        failed = true;
        sqlite3_result_error(context, e.what(), -1);
    } catch (...) {
        failed = true;
        sqlite3_result_error_nomem(context);
    }
    return std::nullopt;
}

void stIsEmpty(sqlite3_context* context, int, sqlite3_value** argv) {
    std::span<const std::uint8_t> blob;
    if (!blobArgument(context, argv[0], blob)) return;
    bool failed = false;
    const std::optional<geo::BoundingBox> box = extentOrError(context, blob, failed);
    if (!failed) sqlite3_result_int(context, box ? 0 : 1);
}

template <ExtentPart part>
void stExtent(sqlite3_context* context, int, sqlite3_value** argv) {
    std::span<const std::uint8_t> blob;
    if (!blobArgument(context, argv[0], blob)) return;
    bool failed = false;
    const std::optional<geo::BoundingBox> box = extentOrError(context, blob, failed);
    if (failed) return;
    if (!box) {
        sqlite3_result_null(context);
        return;
    }
    switch (part) {
        case ExtentPart::MinX:
            sqlite3_result_double(context, box->minLon);
            break;
        case ExtentPart::MaxX:
            sqlite3_result_double(context, box->maxLon);
            break;
        case ExtentPart::MinY:
            sqlite3_result_double(context, box->minLat);
            break;
        case ExtentPart::MaxY:
            sqlite3_result_double(context, box->maxLat);
            break;
    }
}

using SqlFunction = void (*)(sqlite3_context*, int, sqlite3_value**);

// ---- reading CREATE VIRTUAL TABLE ---------------------------------------------------------

/// A minimal reader of the statement text stored in sqlite_master, enough to find the module
/// of a virtual table without being fooled by quoted names.
class SqlTokens {
public:
    explicit SqlTokens(const std::string& sql) : m_sql(sql) {}

    bool keyword(std::string_view word) {
        skipSpace();
        if (m_sql.size() - m_at < word.size()) return false;
        for (std::size_t i = 0; i < word.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(m_sql[m_at + i])) != word[i]) return false;
        const std::size_t end = m_at + word.size();
        if (end < m_sql.size() && isIdentifierChar(m_sql[end])) return false;
        m_at = end;
        return true;
    }

    /// An identifier, bare or quoted ("x", [x], `x`, 'x'); std::nullopt when there is none.
    std::optional<std::string> name() {
        skipSpace();
        if (m_at >= m_sql.size()) return std::nullopt;
        const char open = m_sql[m_at];
        if (open == '"' || open == '`' || open == '\'' || open == '[') {
            const char close = open == '[' ? ']' : open;
            std::string text;
            for (std::size_t i = m_at + 1; i < m_sql.size(); ++i) {
                if (m_sql[i] != close) {
                    text.push_back(m_sql[i]);
                } else if (close != ']' && i + 1 < m_sql.size() && m_sql[i + 1] == close) {
                    text.push_back(close);  // a doubled quote stands for itself
                    ++i;
                } else {
                    m_at = i + 1;
                    return text;
                }
            }
            return std::nullopt;
        }
        const std::size_t start = m_at;
        while (m_at < m_sql.size() && isIdentifierChar(m_sql[m_at])) ++m_at;
        if (m_at == start) return std::nullopt;
        return m_sql.substr(start, m_at - start);
    }

    bool symbol(char c) {
        skipSpace();
        if (m_at < m_sql.size() && m_sql[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }

private:
    static bool isIdentifierChar(char c) {
        const auto u = static_cast<unsigned char>(c);
        return std::isalnum(u) != 0 || c == '_' || c == '$' || u >= 0x80;
    }
    void skipSpace() {
        while (m_at < m_sql.size() && std::isspace(static_cast<unsigned char>(m_sql[m_at])) != 0)
            ++m_at;
    }

    const std::string& m_sql;
    std::size_t m_at = 0;
};

/// The module of a CREATE VIRTUAL TABLE statement, lower case; std::nullopt when `sql` is
/// not one or cannot be read.
std::optional<std::string> virtualTableModule(const std::string& sql) {
    SqlTokens tokens(sql);
    if (!tokens.keyword("create") || !tokens.keyword("virtual") || !tokens.keyword("table"))
        return std::nullopt;
    if (tokens.keyword("if") && (!tokens.keyword("not") || !tokens.keyword("exists")))
        return std::nullopt;
    if (!tokens.name()) return std::nullopt;
    if (tokens.symbol('.') && !tokens.name()) return std::nullopt;
    if (!tokens.keyword("using")) return std::nullopt;
    std::optional<std::string> module = tokens.name();
    if (module)
        for (char& c : *module) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return module;
}

}  // namespace

std::span<const TableSpec> projectTables() {
    return kTables;
}

const TableSpec& projectTable(const char* name) {
    for (const TableSpec& spec : kTables)
        if (std::string_view(spec.name) == name) return spec;
    throw std::out_of_range(std::string("no project table ") + name);
}

void createProjectTable(sqlite3* db, const TableSpec& spec) {
    platform::exec(db, createTableSql(spec));
    const bool features = spec.geometryType != nullptr;
    platform::Statement contents(db,
                                 "INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                                 "description, srs_id) VALUES (?, ?, ?, ?, ?)");
    contents.bindText(1, spec.name);
    contents.bindText(2, features ? "features" : "attributes");
    contents.bindText(3, spec.identifier);
    contents.bindText(4, spec.description);
    if (features)
        contents.bindInt(5, geo::kWgs84SrsId);
    else
        contents.bindNull(5);
    contents.run();
    if (features) {
        platform::Statement geometryColumns(
            db,
            "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
            "srs_id, z, m) VALUES (?, 'geom', ?, ?, 0, 0)");
        geometryColumns.bindText(1, spec.name);
        geometryColumns.bindText(2, spec.geometryType);
        geometryColumns.bindInt(3, geo::kWgs84SrsId);
        geometryColumns.run();
    }
}

void createSchema(sqlite3* db) {
    platform::exec(db, "PRAGMA application_id = " + std::to_string(kGpkgApplicationId));
    platform::exec(db, "PRAGMA user_version = " + std::to_string(kGpkgUserVersion));
    platform::exec(db, kCoreTables);
    insertSrs(db, "Undefined cartesian SRS", -1, "NONE", -1, "undefined",
              "undefined cartesian coordinate reference system");
    insertSrs(db, "Undefined geographic SRS", 0, "NONE", 0, "undefined",
              "undefined geographic coordinate reference system");
    insertSrs(db, "WGS 84 geodetic", geo::kWgs84SrsId, "EPSG", geo::kWgs84SrsId, kWgs84Definition,
              "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");

    for (const TableSpec& spec : kTables) createProjectTable(db, spec);

    platform::exec(db, kInternalTables);
    platform::Statement meta(db, "INSERT INTO yike_metadata (key, value) VALUES (?, ?)");
    meta.bindText(1, key::kFormat);
    meta.bindText(2, kFormatValue);
    meta.run();
    meta.reset();
    meta.bindText(1, key::kSchemaVersion);
    meta.bindText(2, std::to_string(kCurrentSchemaVersion));
    meta.run();
}

bool onlyRtreeVirtualTables(sqlite3* db) {
    platform::Statement tables(
        db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL");
    while (tables.step()) {
        const std::string sql = tables.columnText(0);
        SqlTokens tokens(sql);
        if (!tokens.keyword("create") || !tokens.keyword("virtual")) continue;
        const std::optional<std::string> module = virtualTableModule(sql);
        if (!module || (*module != "rtree" && *module != "rtree_i32")) return false;
    }
    return true;
}

void registerGpkgFunctions(sqlite3* db) {
    struct Entry {
        const char* name;
        SqlFunction function;
    };
    const std::array<Entry, 5> functions{{
        {"ST_IsEmpty", &stIsEmpty},
        {"ST_MinX", &stExtent<ExtentPart::MinX>},
        {"ST_MaxX", &stExtent<ExtentPart::MaxX>},
        {"ST_MinY", &stExtent<ExtentPart::MinY>},
        {"ST_MaxY", &stExtent<ExtentPart::MaxY>},
    }};
    for (const Entry& entry : functions) {
        const int rc = sqlite3_create_function_v2(
            db, entry.name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
            entry.function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            platform::throwSqlite(db, rc, std::string("cannot register ") + entry.name);
    }
}

}  // namespace yike::project::detail
