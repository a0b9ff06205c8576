// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/detail/feature_writer.h"

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "yike_version.h"

#include "core/geo/gpkg_geometry.h"
#include "core/platform/sqlite_util.h"
#include "core/project/detail/file_errors.h"
#include "core/project/project_io.h"
#include "core/project/schema.h"

namespace yike::project::detail {

using Code = ProjectError::Code;
using Json = nlohmann::json;

namespace {

/**
 * Writes the rows of one table. Each row is an UPDATE by fid, or an INSERT when the fid is
 * new, so the values of columns a user added to our tables (in QGIS, say) survive a save;
 * finish() then deletes the rows that are no longer in the project. Tables with another unique
 * key are emptied first instead.
 *
 * Not an UPSERT: its DO UPDATE runs the table's triggers with ABORT conflict handling, which
 * breaks the INSERT OR REPLACE in the R*Tree triggers of GDAL and QGIS spatial indexes.
 */
class RowWriter {
public:
    RowWriter(sqlite3* db, const char* table, std::initializer_list<const char*> columns,
              bool emptyFirst = false)
        : m_db(db),
          m_table(table),
          m_emptyFirst(emptyFirst),
          m_update(db, updateSql(m_table, columns)),
          m_insert(db, insertSql(m_table, columns)) {
        if (emptyFirst) platform::exec(db, "DELETE FROM \"" + m_table + "\"");
    }

    RowWriter& begin(FeatureId fid) {
        m_update.reset();
        m_insert.reset();
        m_next = 1;
        m_fid = fid;
        m_written.insert(fid);
        return integer(fid);
    }
    RowWriter& text(std::string_view value) {
        return bind([value](platform::Statement& s, int i) { s.bindText(i, value); });
    }
    RowWriter& optionalText(const std::optional<std::string>& value) {
        return value ? text(*value) : null();
    }
    RowWriter& integer(std::int64_t value) {
        return bind([value](platform::Statement& s, int i) { s.bindInt(i, value); });
    }
    RowWriter& real(double value) {
        return bind([value](platform::Statement& s, int i) { s.bindDouble(i, value); });
    }
    RowWriter& optionalReal(const std::optional<double>& value) {
        return value ? real(*value) : null();
    }
    RowWriter& boolean(bool value) { return integer(value ? 1 : 0); }
    RowWriter& null() {
        return bind([](platform::Statement& s, int i) { s.bindNull(i); });
    }
    RowWriter& geometry(const geo::Geometry& geometry) {
        std::vector<std::uint8_t> blob;
        try {
            blob = geo::encodeGpkgGeometry(geometry);
        } catch (const geo::GpkgGeometryError& e) {
            throw ContentError(Code::Io, rowLabel(m_table, m_fid) + ": " + e.what());
        }
        m_extent.extend(geo::extentOf(geometry));
        return bind([&blob](platform::Statement& s, int i) { s.bindBlob(i, blob); });
    }
    /// A string map as a JSON object; NULL when empty.
    RowWriter& jsonObject(const std::map<std::string, std::string>& values) {
        if (values.empty()) return null();
        Json object = Json::object();
        for (const auto& [key, value] : values) object[key] = value;
        return json(object);
    }
    RowWriter& json(const Json& value) {
        try {
            return text(value.dump());
        } catch (const Json::exception& e) {
            throw ContentError(Code::Io, rowLabel(m_table, m_fid) + ": " + e.what());
        }
    }
    void end() {
        if (!m_emptyFirst) {
            m_update.run();
            if (sqlite3_changes(m_db) > 0) return;
        }
        m_insert.run();
    }

    /// Deletes the rows not written by this writer.
    void finish() {
        std::vector<std::int64_t> stale;
        platform::Statement select(m_db, "SELECT fid FROM \"" + m_table + "\"");
        while (select.step())
            if (!m_written.contains(select.columnInt(0))) stale.push_back(select.columnInt(0));
        platform::Statement remove(m_db, "DELETE FROM \"" + m_table + "\" WHERE fid = ?");
        for (const std::int64_t fid : stale) {
            remove.reset();
            remove.bindInt(1, fid);
            remove.run();
        }
    }

    const geo::BoundingBox& extent() const { return m_extent; }

private:
    // Both statements number their parameters alike: ?1 is the fid, ?2... the columns.
    template <typename Bind>
    RowWriter& bind(Bind&& bindOne) {
        bindOne(m_update, m_next);
        bindOne(m_insert, m_next);
        ++m_next;
        return *this;
    }
    static std::string updateSql(const std::string& table,
                                 std::initializer_list<const char*> columns) {
        std::string sql = "UPDATE \"" + table + "\" SET ";
        int index = 2;
        for (const char* column : columns) {
            if (index > 2) sql += ", ";
            sql += std::string(column) + " = ?" + std::to_string(index++);
        }
        return sql + " WHERE fid = ?1";
    }
    static std::string insertSql(const std::string& table,
                                 std::initializer_list<const char*> columns) {
        std::string names = "fid";
        std::string values = "?1";
        int index = 2;
        for (const char* column : columns) {
            names += std::string(", ") + column;
            values += ", ?" + std::to_string(index++);
        }
        return "INSERT INTO \"" + table + "\" (" + names + ") VALUES (" + values + ")";
    }

    sqlite3* m_db;
    std::string m_table;
    bool m_emptyFirst;
    platform::Statement m_update;
    platform::Statement m_insert;
    int m_next = 1;
    FeatureId m_fid = 0;
    std::unordered_set<std::int64_t> m_written;
    geo::BoundingBox m_extent;
};

Json sourcesJson(const std::vector<catalog::Source>& sources) {
    Json array = Json::array();
    for (const catalog::Source& source : sources)
        array.push_back(Json{{"id", source.id}, {"where", source.where}});
    return array;
}
}  // namespace

void writeContent(sqlite3* db, const Project& project,
                  const std::map<std::string, std::string>& internalMetadata) {
    namespace t = detail::table;
    std::map<std::string, geo::BoundingBox> extents;

    {
        RowWriter w(db, t::kFacilities,
                    {"geom", "category", "name", "status", "source", "attributes"});
        for (const Facility& f : project.facilities().items()) {
            w.begin(f.id).geometry(f.position).text(f.categoryCode).text(f.name);
            w.text(toCode(f.status)).text(f.source).jsonObject(f.attributes).end();
        }
        w.finish();
        extents[t::kFacilities] = w.extent();
    }
    {
        RowWriter w(db, t::kCompounds,
                    {"geom", "name", "population", "residents_60_plus", "children_0_14",
                     "households", "fenced", "plot_ratio"});
        for (const Compound& c : project.compounds().items()) {
            w.begin(c.id).geometry(c.outline).text(c.name).integer(c.population);
            w.integer(c.residents60Plus).integer(c.children0To14).integer(c.households);
            w.boolean(c.fenced).real(c.plotRatio).end();
        }
        w.finish();
        extents[t::kCompounds] = w.extent();
    }
    {
        RowWriter w(db, t::kGates, {"geom", "compound_id", "kind", "name", "open_hours"});
        for (const Gate& g : project.gates().items()) {
            w.begin(g.id).geometry(g.position).integer(g.compoundId).text(toCode(g.kind));
            w.text(g.name).text(g.openHours).end();
        }
        w.finish();
        extents[t::kGates] = w.extent();
    }
    {
        RowWriter w(db, t::kIdleSpaces,
                    {"geom", "lon", "lat", "kind", "name", "floor_area_m2", "storey", "owner",
                     "estimated_cost_yuan", "notes", "has_lift", "proposed_for"});
        for (const IdleSpace& s : project.idleSpaces().items()) {
            const geo::Geometry shape =
                s.footprint ? geo::Geometry(*s.footprint) : geo::Geometry(s.position);
            w.begin(s.id).geometry(shape).real(s.position.lon).real(s.position.lat);
            w.text(toCode(s.kind)).text(s.name).real(s.floorAreaM2).integer(s.storey);
            w.text(s.owner).real(s.estimatedCostYuan).text(s.notes).boolean(s.hasLift);
            if (s.proposedFor.empty())
                w.null();
            else
                w.json(Json(s.proposedFor));
            w.end();
        }
        w.finish();
        extents[t::kIdleSpaces] = w.extent();
    }
    {
        RowWriter w(db, t::kStudyArea, {"geom"});
        if (project.studyArea()) w.begin(1).geometry(*project.studyArea()).end();
        w.finish();
        extents[t::kStudyArea] = w.extent();
    }
    {
        RowWriter w(db, t::kStreets, {"geom", "highway", "name", "bridge", "tags"});
        for (const Street& s : project.streets().items()) {
            w.begin(s.id).geometry(s.line).text(s.highway).text(s.name).boolean(s.bridge);
            w.jsonObject(s.tags).end();
        }
        w.finish();
        extents[t::kStreets] = w.extent();
    }
    {
        RowWriter w(db, t::kWater, {"geom", "name"});
        for (const WaterArea& water : project.waterAreas().items())
            w.begin(water.id).geometry(water.outline).text(water.name).end();
        w.finish();
        extents[t::kWater] = w.extent();
    }
    {
        RowWriter w(db, t::kBuildings, {"geom", "kind", "name", "levels"});
        for (const Building& b : project.buildings().items())
            w.begin(b.id).geometry(b.outline).text(b.kind).text(b.name).integer(b.levels).end();
        w.finish();
        extents[t::kBuildings] = w.extent();
    }
    {
        RowWriter w(db, t::kGreen, {"geom", "kind", "name"});
        for (const GreenArea& g : project.greenAreas().items())
            w.begin(g.id).geometry(g.outline).text(g.kind).text(g.name).end();
        w.finish();
        extents[t::kGreen] = w.extent();
    }
    {
        RowWriter w(
            db, t::kPopulationGrids,
            {"kind", "source", "year", "file_name", "crs", "cell_area_m2", "notes", "imported_at"});
        for (const PopulationGrid& g : project.populationGrids().items()) {
            w.begin(g.id).text(toCode(g.kind)).text(g.source).integer(g.year).text(g.fileName);
            w.text(g.crs).real(g.cellAreaM2).text(g.notes).text(g.importedAt).end();
        }
        w.finish();
    }
    {
        RowWriter w(db, t::kPopulationCells, {"geom", "grid_id", "value"});
        for (const PopulationCell& c : project.populationCells().items())
            w.begin(c.id).geometry(c.outline).integer(c.gridId).real(c.value).end();
        w.finish();
        extents[t::kPopulationCells] = w.extent();
    }
    {
        RowWriter w(db, t::kScenarios, {"name", "description"});
        for (const Scenario& s : project.scenarios().items())
            w.begin(s.id).text(s.name).text(s.description).end();
        w.finish();
    }
    {
        RowWriter w(db, t::kWalkProfiles,
                    {"code", "name_zh", "name_en", "speed_m_per_s", "stairs_factor",
                     "crossing_delay_s", "vehicle_gates_passable", "source"},
                    true);
        FeatureId position = 0;
        for (const WalkProfile& p : project.walkProfiles()) {
            w.begin(++position).text(p.code).text(p.nameZh).text(p.nameEn).real(p.speedMps);
            w.real(p.stairsFactor).real(p.crossingDelayS).boolean(p.vehicleGatesPassable);
            w.text(p.source).end();
        }
    }
    {
        RowWriter w(
            db, t::kCatalog,
            {"code", "name_zh", "name_en", "service_group", "gb50180_level", "walk_target",
             "walk_minutes", "walk_distance_m", "min_area", "min_area_m2", "per_population",
             "sources", "confidence", "notes", "max_area_m2", "area_kind", "area_source", "siting"},
            true);
        FeatureId position = 0;
        for (const catalog::Category& c : project.catalog().categories()) {
            w.begin(++position).text(c.code).text(c.nameZh).text(c.nameEn).text(c.group);
            w.optionalText(c.gb50180Level).optionalText(c.walkTarget).optionalReal(c.walkMinutes);
            w.optionalReal(c.walkDistanceM).optionalText(c.minArea).optionalReal(c.minAreaM2);
            w.optionalText(c.perPopulation).json(sourcesJson(c.sources)).text(c.confidence);
            w.optionalText(c.notes).optionalReal(c.maxAreaM2);
            w.optionalText(c.areaKind.empty() ? std::nullopt : std::optional(c.areaKind));
            w.optionalText(c.areaSource ? std::optional(catalog::toAreaSourceJson(*c.areaSource))
                                        : std::nullopt);
            w.optionalText(c.siting).end();
        }
    }
    {
        // Names are unique, so the table is emptied first; the fid is the place in the list.
        RowWriter w(db, t::kPrintLayouts, {"name", "kind", "definition"}, true);
        FeatureId position = 0;
        for (const PrintLayout& layout : project.printLayouts())
            w.begin(++position).text(layout.name).text(layout.kind).text(layout.definition).end();
    }
    {
        // Names are unique too, and the fid is the circle's place in the list. A centre circle
        // has no outline (geom NULL), an area circle no centre.
        RowWriter w(db, t::kCircles,
                    {"geom", "name", "kind", "centre_facility", "centre_lon", "centre_lat",
                     "profile", "minutes", "satisfaction_percent", "households", "notes"},
                    true);
        FeatureId position = 0;
        for (const Circle& c : project.circles()) {
            w.begin(++position);
            if (c.area.empty())
                w.null();
            else
                w.geometry(c.area);
            w.text(c.name).text(toCode(c.kind));
            if (c.centreFacility != 0)
                w.integer(c.centreFacility);
            else
                w.null();
            w.optionalReal(c.centrePoint ? std::optional(c.centrePoint->lon) : std::nullopt);
            w.optionalReal(c.centrePoint ? std::optional(c.centrePoint->lat) : std::nullopt);
            w.text(c.profileCode).real(c.minutes).optionalReal(c.satisfactionPercent);
            if (c.households)
                w.integer(*c.households);
            else
                w.null();
            w.text(c.notes).end();
        }
        extents[t::kCircles] = w.extent();
    }

    // gpkg_contents: every layer's extent and the time of the change. A row the user deleted
    // is put back, so the layer stays visible to GeoPackage readers.
    platform::Statement contents(
        db,
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,"
        " min_x, min_y, max_x, max_y, srs_id)"
        " VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?5, ?6, ?7, ?8, ?9)"
        " ON CONFLICT(table_name) DO UPDATE SET last_change = excluded.last_change,"
        " min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,"
        " max_y = excluded.max_y");
    for (const detail::TableSpec& spec : detail::projectTables()) {
        const bool features = spec.geometryType != nullptr;
        contents.reset();
        contents.bindText(1, spec.name);
        contents.bindText(2, features ? "features" : "attributes");
        contents.bindText(3, spec.identifier);
        contents.bindText(4, spec.description);
        const auto found = extents.find(spec.name);
        if (found != extents.end() && !found->second.isEmpty()) {
            contents.bindDouble(5, found->second.minLon);
            contents.bindDouble(6, found->second.minLat);
            contents.bindDouble(7, found->second.maxLon);
            contents.bindDouble(8, found->second.maxLat);
        }
        if (features) contents.bindInt(9, geo::kWgs84SrsId);
        contents.run();
    }

    // yike_metadata: the project's own entries are replaced as a whole.
    const std::string prefix = detail::key::kProjectPrefix;
    platform::Statement clear(db, "DELETE FROM yike_metadata WHERE substr(key, 1, ?) = ?");
    clear.bindInt(1, static_cast<std::int64_t>(prefix.size()));
    clear.bindText(2, prefix);
    clear.run();
    platform::Statement put(db, "INSERT OR REPLACE INTO yike_metadata (key, value) VALUES (?, ?)");
    auto store = [&put](const std::string& key, const std::string& value) {
        put.reset();
        put.bindText(1, key);
        put.bindText(2, value);
        put.run();
    };
    store(detail::key::kFormat, detail::kFormatValue);
    store(detail::key::kAppVersion, yike::kVersion);
    store(detail::key::kSavedAt, detail::formatUtc(std::chrono::system_clock::now()));
    const std::string next = detail::key::kNextIdPrefix;
    store(next + t::kFacilities, std::to_string(project.facilities().nextId()));
    store(next + t::kCompounds, std::to_string(project.compounds().nextId()));
    store(next + t::kGates, std::to_string(project.gates().nextId()));
    store(next + t::kIdleSpaces, std::to_string(project.idleSpaces().nextId()));
    store(next + t::kStreets, std::to_string(project.streets().nextId()));
    store(next + t::kWater, std::to_string(project.waterAreas().nextId()));
    store(next + t::kBuildings, std::to_string(project.buildings().nextId()));
    store(next + t::kGreen, std::to_string(project.greenAreas().nextId()));
    store(next + t::kScenarios, std::to_string(project.scenarios().nextId()));
    store(next + t::kPopulationGrids, std::to_string(project.populationGrids().nextId()));
    store(next + t::kPopulationCells, std::to_string(project.populationCells().nextId()));
    for (const auto& [key, value] : project.metadata()) store(prefix + key, value);
    for (const auto& [key, value] : internalMetadata) store(key, value);
}

}  // namespace yike::project::detail
