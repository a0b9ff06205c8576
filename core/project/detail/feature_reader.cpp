// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/detail/feature_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/geo/gpkg_geometry.h"
#include "core/platform/sqlite_util.h"
#include "core/project/detail/file_errors.h"
#include "core/project/schema.h"

namespace yike::project::detail {

using Code = ProjectError::Code;
using Json = nlohmann::json;

namespace {

/// Reads one row, checking every value; errors name the table, the row and the column.
class RowReader {
public:
    RowReader(const platform::Statement& statement, const char* table)
        : m_row(statement), m_table(table) {
        if (m_row.columnType(0) != SQLITE_INTEGER) fail("fid", "is not an integer");
        m_fid = m_row.columnInt(0);
        if (m_fid <= 0) fail("fid", "must be positive");
    }

    FeatureId fid() const { return m_fid; }

    [[noreturn]] void fail(const char* column, const std::string& what) const {
        std::string message = rowLabel(m_table, m_fid);
        if (column != nullptr) message += std::string(", column ") + column;
        throw ContentError(Code::Corrupt, message + ": " + what);
    }

    std::string text(int column, const char* name) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return {};
        if (type != SQLITE_TEXT) fail(name, "expected text");
        return m_row.columnText(column);
    }
    std::optional<std::string> optionalText(int column, const char* name) const {
        if (m_row.isNull(column)) return std::nullopt;
        return text(column, name);
    }
    std::string requiredText(int column, const char* name) const {
        std::string value = text(column, name);
        if (value.empty()) fail(name, "is empty");
        return value;
    }
    /// A code column read through `fromCode` (e.g. gateKindFromCode); unknown codes fail.
    template <class FromCode>
    auto code(int column, const char* name, FromCode fromCode) const {
        const std::string value = requiredText(column, name);
        const auto parsed = fromCode(value);
        if (!parsed) fail(name, "unknown code '" + value + "'");
        return *parsed;
    }
    std::int64_t integer(int column, const char* name, std::int64_t fallback) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return fallback;
        if (type != SQLITE_INTEGER) fail(name, "expected an integer");
        return m_row.columnInt(column);
    }
    std::optional<std::int64_t> optionalInteger(int column, const char* name) const {
        if (m_row.isNull(column)) return std::nullopt;
        return integer(column, name, 0);
    }
    int smallInteger(int column, const char* name, int fallback) const {
        const std::int64_t value = integer(column, name, fallback);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            fail(name, "out of range");
        return static_cast<int>(value);
    }
    std::optional<double> optionalReal(int column, const char* name) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return std::nullopt;
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) fail(name, "expected a number");
        return m_row.columnDouble(column);
    }
    double real(int column, const char* name, double fallback) const {
        return optionalReal(column, name).value_or(fallback);
    }
    bool boolean(int column, const char* name, bool fallback) const {
        return integer(column, name, fallback ? 1 : 0) != 0;
    }
    std::map<std::string, std::string> jsonObject(int column, const char* name) const {
        std::map<std::string, std::string> values;
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return values;
        const Json parsed = Json::parse(*text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object()) fail(name, "expected a JSON object");
        for (const auto& [key, value] : parsed.items()) {
            if (value.is_string())
                values[key] = value.get<std::string>();
            else if (value.is_primitive() && !value.is_null())
                values[key] = value.dump();
            else if (!value.is_null())
                fail(name, "the value of '" + key + "' is not text");
        }
        return values;
    }
    /// The JSON array in a text column; an empty one for NULL or empty text.
    Json jsonArray(int column, const char* name) const {
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return Json::array();
        Json parsed = Json::parse(*text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_array()) fail(name, "expected a JSON array");
        return parsed;
    }
    std::vector<catalog::Source> sources(int column, const char* name) const {
        std::vector<catalog::Source> result;
        for (const Json& item : jsonArray(column, name)) {
            if (!item.is_object() || !item.contains("id") || !item["id"].is_string()
                || (item.contains("where") && !item["where"].is_string()))
                fail(name, "expected objects with the text fields id and where");
            result.push_back({item["id"].get<std::string>(),
                              item.contains("where") ? item["where"].get<std::string>() : ""});
        }
        return result;
    }

    /// A JSON array of strings; empty for NULL or empty text.
    std::vector<std::string> textArray(int column, const char* name) const {
        std::vector<std::string> result;
        for (const Json& item : jsonArray(column, name)) {
            if (!item.is_string()) fail(name, "expected an array of texts");
            result.push_back(item.get<std::string>());
        }
        return result;
    }
    std::optional<catalog::AreaSource> areaSource(int column, const char* name) const {
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return std::nullopt;
        try {
            return catalog::parseAreaSourceJson(*text);
        } catch (const catalog::CatalogError& e) {
            fail(name, e.what());
        }
    }

    geo::GpkgGeometry geometry(int column) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) fail("geom", "the feature has no geometry");
        if (type != SQLITE_BLOB) fail("geom", "expected a GeoPackage geometry blob");
        geo::GpkgGeometry decoded;
        try {
            decoded = geo::decodeGpkgGeometry(m_row.columnBlob(column));
        } catch (const geo::GpkgGeometryError& e) {
            fail("geom", e.what());
        }
        if (decoded.srsId != geo::kWgs84SrsId)
            fail("geom", "SRS id " + std::to_string(decoded.srsId) + " instead of 4326");
        return decoded;
    }
    geo::LonLat point(int column) const {
        const geo::GpkgGeometry g = geometry(column);
        if (g.type != geo::GeometryType::WkbPoint) fail("geom", "expected a point");
        if (g.isEmpty()) fail("geom", "the point is empty");
        return std::get<geo::LonLat>(*g.geometry);
    }
    geo::LineString line(int column) const {
        const geo::GpkgGeometry g = geometry(column);
        if (g.type != geo::GeometryType::WkbLineString) fail("geom", "expected a line string");
        return g.isEmpty() ? geo::LineString{} : std::get<geo::LineString>(*g.geometry);
    }
    geo::Polygon polygon(int column) const { return polygonOf(geometry(column)); }
    /// A polygon or a multipolygon, as a multipolygon; empty for NULL or an empty geometry.
    geo::MultiPolygon multiPolygon(int column) const {
        if (m_row.isNull(column)) return {};
        const geo::GpkgGeometry g = geometry(column);
        if (g.type == geo::GeometryType::WkbMultiPolygon)
            return g.isEmpty() ? geo::MultiPolygon{} : std::get<geo::MultiPolygon>(*g.geometry);
        if (g.type == geo::GeometryType::WkbPolygon)
            return g.isEmpty() ? geo::MultiPolygon{}
                               : geo::MultiPolygon{std::get<geo::Polygon>(*g.geometry)};
        fail("geom", "expected a polygon or a multipolygon");
    }
    geo::Polygon polygonOf(const geo::GpkgGeometry& g) const {
        if (g.type != geo::GeometryType::WkbPolygon) fail("geom", "expected a polygon");
        return g.isEmpty() ? geo::Polygon{} : std::get<geo::Polygon>(*g.geometry);
    }

    /// Runs an addition to the project, reporting a refused one against this row.
    template <typename Add>
    void add(Add&& addition) const {
        try {
            addition();
        } catch (const ProjectLogicError& e) {
            fail(nullptr, e.what());
        }
    }

private:
    const platform::Statement& m_row;
    std::string m_table;
    FeatureId m_fid = 0;
};

std::string selectAll(const char* table, const char* columns) {
    return std::string("SELECT ") + columns + " FROM \"" + table + "\" ORDER BY fid";
}

}  // namespace

std::map<std::string, std::string> readMetadataTable(sqlite3* db) {
    std::map<std::string, std::string> values;
    platform::Statement select(db, "SELECT key, value FROM yike_metadata");
    while (select.step())
        if (select.columnType(0) == SQLITE_TEXT)
            values[select.columnText(0)] = select.columnText(1);
    return values;
}

Project loadContent(sqlite3* db, int schemaVersion,
                    const std::map<std::string, std::string>& metadata) {
    namespace t = detail::table;
    Project project;

    {
        platform::Statement s(
            db, selectAll(t::kFacilities, "fid, geom, category, name, status, source, attributes"));
        while (s.step()) {
            const RowReader r(s, t::kFacilities);
            Facility f;
            f.id = r.fid();
            f.position = r.point(1);
            f.categoryCode = r.requiredText(2, "category");
            f.name = r.text(3, "name");
            f.status = r.code(4, "status", facilityStatusFromCode);
            f.source = r.text(5, "source");
            f.attributes = r.jsonObject(6, "attributes");
            r.add([&] { project.addFacility(std::move(f)); });
        }
    }
    {
        // plot_ratio came with schema 3; an older file opened read-only lacks it.
        const bool hasPlotRatio = schemaVersion >= 3;
        platform::Statement s(
            db, selectAll(t::kCompounds, hasPlotRatio
                                             ? "fid, geom, name, population, residents_60_plus, "
                                               "children_0_14, households, fenced, plot_ratio"
                                             : "fid, geom, name, population, residents_60_plus, "
                                               "children_0_14, households, fenced"));
        while (s.step()) {
            const RowReader r(s, t::kCompounds);
            Compound c;
            c.id = r.fid();
            c.outline = r.polygon(1);
            c.name = r.text(2, "name");
            c.population = r.smallInteger(3, "population", 0);
            c.residents60Plus = r.smallInteger(4, "residents_60_plus", 0);
            c.children0To14 = r.smallInteger(5, "children_0_14", 0);
            c.households = r.smallInteger(6, "households", 0);
            c.fenced = r.boolean(7, "fenced", true);
            if (hasPlotRatio) {
                c.plotRatio = r.real(8, "plot_ratio", 0.0);
                if (!(c.plotRatio >= 0.0 && c.plotRatio < 100.0))
                    r.fail("plot_ratio", "out of range");
            }
            r.add([&] { project.addCompound(std::move(c)); });
        }
    }
    {
        platform::Statement s(
            db, selectAll(t::kGates, "fid, geom, compound_id, kind, name, open_hours"));
        while (s.step()) {
            const RowReader r(s, t::kGates);
            Gate g;
            g.id = r.fid();
            g.position = r.point(1);
            g.compoundId = r.integer(2, "compound_id", 0);
            g.kind = r.code(3, "kind", gateKindFromCode);
            g.name = r.text(4, "name");
            g.openHours = r.text(5, "open_hours");
            r.add([&] { project.addGate(std::move(g)); });
        }
    }
    {
        // has_lift and proposed_for came with schema 4; an older file opened read-only lacks them.
        const bool hasLifts = schemaVersion >= 4;
        std::string columns =
            "fid, geom, lon, lat, kind, name, floor_area_m2, storey, owner, estimated_cost_yuan, "
            "notes";
        if (hasLifts) columns += ", has_lift, proposed_for";
        platform::Statement s(db, selectAll(t::kIdleSpaces, columns.c_str()));
        while (s.step()) {
            const RowReader r(s, t::kIdleSpaces);
            IdleSpace space;
            space.id = r.fid();
            const geo::GpkgGeometry shape = r.geometry(1);
            if (shape.type == geo::GeometryType::WkbPoint) {
                if (shape.isEmpty()) r.fail("geom", "the point is empty");
                space.position = std::get<geo::LonLat>(*shape.geometry);
            } else {
                space.footprint = r.polygonOf(shape);
                const std::optional<double> lon = r.optionalReal(2, "lon");
                const std::optional<double> lat = r.optionalReal(3, "lat");
                if (lon && lat) {
                    space.position = {*lon, *lat};
                } else {
                    // Drawn in another program without a position: use the footprint's centre.
                    const geo::BoundingBox box = geo::boundsOf(*space.footprint);
                    if (box.isEmpty()) r.fail("lon", "no position and an empty footprint");
                    space.position = {(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};
                }
            }
            space.kind = r.code(4, "kind", idleSpaceKindFromCode);
            space.name = r.text(5, "name");
            space.floorAreaM2 = r.real(6, "floor_area_m2", 0.0);
            space.storey = r.smallInteger(7, "storey", 1);
            space.owner = r.text(8, "owner");
            space.estimatedCostYuan = r.real(9, "estimated_cost_yuan", 0.0);
            space.notes = r.text(10, "notes");
            if (hasLifts) {
                space.hasLift = r.boolean(11, "has_lift", false);
                space.proposedFor = r.textArray(12, "proposed_for");
            }
            r.add([&] { project.addIdleSpace(std::move(space)); });
        }
    }
    {
        platform::Statement s(db, selectAll(t::kStudyArea, "fid, geom"));
        std::optional<geo::Polygon> area;
        while (s.step()) {
            const RowReader r(s, t::kStudyArea);
            if (area) r.fail(nullptr, "a project has at most one study area");
            area = r.polygon(1);
        }
        if (area) project.setStudyArea(std::move(area));
    }
    {
        platform::Statement s(db, selectAll(t::kStreets, "fid, geom, highway, name, bridge, tags"));
        while (s.step()) {
            const RowReader r(s, t::kStreets);
            Street street;
            street.id = r.fid();
            street.line = r.line(1);
            street.highway = r.text(2, "highway");
            street.name = r.text(3, "name");
            street.bridge = r.boolean(4, "bridge", false);
            street.tags = r.jsonObject(5, "tags");
            r.add([&] { project.addStreet(std::move(street)); });
        }
    }
    {
        platform::Statement s(db, selectAll(t::kWater, "fid, geom, name"));
        while (s.step()) {
            const RowReader r(s, t::kWater);
            WaterArea water;
            water.id = r.fid();
            water.outline = r.polygon(1);
            water.name = r.text(2, "name");
            r.add([&] { project.addWaterArea(std::move(water)); });
        }
    }
    {
        platform::Statement s(db, selectAll(t::kBuildings, "fid, geom, kind, name, levels"));
        while (s.step()) {
            const RowReader r(s, t::kBuildings);
            Building building;
            building.id = r.fid();
            building.outline = r.polygon(1);
            building.kind = r.text(2, "kind");
            building.name = r.text(3, "name");
            building.levels = r.smallInteger(4, "levels", 0);
            r.add([&] { project.addBuilding(std::move(building)); });
        }
    }
    if (schemaVersion >= detail::projectTable(t::kGreen).sinceVersion) {
        platform::Statement s(db, selectAll(t::kGreen, "fid, geom, kind, name"));
        while (s.step()) {
            const RowReader r(s, t::kGreen);
            GreenArea green;
            green.id = r.fid();
            green.outline = r.polygon(1);
            green.kind = r.text(2, "kind");
            green.name = r.text(3, "name");
            r.add([&] { project.addGreenArea(std::move(green)); });
        }
    }
    if (schemaVersion >= detail::projectTable(t::kPopulationGrids).sinceVersion) {
        std::vector<PopulationGrid> grids;
        std::map<FeatureId, std::vector<PopulationCell>> cellsOf;
        platform::Statement s(db,
                              selectAll(t::kPopulationGrids,
                                        "fid, kind, source, year, file_name, crs, cell_area_m2, "
                                        "notes, imported_at"));
        while (s.step()) {
            const RowReader r(s, t::kPopulationGrids);
            PopulationGrid grid;
            grid.id = r.fid();
            grid.kind = r.code(1, "kind", populationGridKindFromCode);
            grid.source = r.text(2, "source");
            grid.year = r.smallInteger(3, "year", 0);
            grid.fileName = r.text(4, "file_name");
            grid.crs = r.text(5, "crs");
            grid.cellAreaM2 = r.real(6, "cell_area_m2", 0.0);
            grid.notes = r.text(7, "notes");
            grid.importedAt = r.text(8, "imported_at");
            for (const PopulationGrid& other : grids)
                if (other.kind == grid.kind)
                    r.fail("kind", std::string("a second grid of kind '") + toCode(grid.kind) + "'");
            grids.push_back(std::move(grid));
        }
        platform::Statement c(db, selectAll(t::kPopulationCells, "fid, geom, grid_id, value"));
        while (c.step()) {
            const RowReader r(c, t::kPopulationCells);
            PopulationCell cell;
            cell.id = r.fid();
            cell.outline = r.polygon(1);
            cell.gridId = r.integer(2, "grid_id", 0);
            if (std::none_of(grids.begin(), grids.end(),
                             [&](const PopulationGrid& g) { return g.id == cell.gridId; }))
                r.fail("grid_id", "names no population grid");
            cell.value = r.real(3, "value", 0.0);
            if (!std::isfinite(cell.value) || cell.value < 0.0)
                r.fail("value", "not a count or share");
            cellsOf[cell.gridId].push_back(std::move(cell));
        }
        for (PopulationGrid& grid : grids) {
            const FeatureId id = grid.id;
            try {
                project.addPopulationGrid(std::move(grid), std::move(cellsOf[id]));
            } catch (const ProjectLogicError& e) {
                throw ContentError(Code::Corrupt,
                                   std::string(t::kPopulationCells) + ": " + e.what());
            }
        }
    }
    {
        platform::Statement s(db, selectAll(t::kScenarios, "fid, name, description"));
        while (s.step()) {
            const RowReader r(s, t::kScenarios);
            Scenario scenario;
            scenario.id = r.fid();
            scenario.name = r.text(1, "name");
            scenario.description = r.text(2, "description");
            r.add([&] { project.addScenario(std::move(scenario)); });
        }
    }
    {
        platform::Statement s(db, selectAll(t::kWalkProfiles,
                                            "fid, code, name_zh, name_en, speed_m_per_s, "
                                            "stairs_factor, crossing_delay_s, "
                                            "vehicle_gates_passable, source"));
        std::vector<WalkProfile> profiles;
        while (s.step()) {
            const RowReader r(s, t::kWalkProfiles);
            WalkProfile p;
            p.code = r.requiredText(1, "code");
            p.nameZh = r.text(2, "name_zh");
            p.nameEn = r.text(3, "name_en");
            const std::optional<double> speed = r.optionalReal(4, "speed_m_per_s");
            if (!speed) r.fail("speed_m_per_s", "is empty");
            p.speedMps = *speed;
            p.stairsFactor = r.real(5, "stairs_factor", p.stairsFactor);
            p.crossingDelayS = r.real(6, "crossing_delay_s", p.crossingDelayS);
            p.vehicleGatesPassable = r.boolean(7, "vehicle_gates_passable", true);
            p.source = r.text(8, "source");
            profiles.push_back(std::move(p));
        }
        try {
            project.setWalkProfiles(std::move(profiles));
        } catch (const ProjectLogicError& e) {
            throw ContentError(Code::Corrupt,
                               std::string("table ") + t::kWalkProfiles + ": " + e.what());
        }
    }
    {
        // The area columns came with schema 4; an older file opened read-only lacks them.
        const bool hasAreas = schemaVersion >= 4;
        std::string columns =
            "fid, code, name_zh, name_en, service_group, gb50180_level, walk_target, "
            "walk_minutes, walk_distance_m, min_area, min_area_m2, per_population, sources, "
            "confidence, notes";
        if (hasAreas) columns += ", max_area_m2, area_kind, area_source, siting";
        platform::Statement s(db, selectAll(t::kCatalog, columns.c_str()));
        std::vector<catalog::Category> categories;
        while (s.step()) {
            const RowReader r(s, t::kCatalog);
            catalog::Category c;
            c.code = r.requiredText(1, "code");
            c.nameZh = r.text(2, "name_zh");
            c.nameEn = r.text(3, "name_en");
            c.group = r.text(4, "service_group");
            c.gb50180Level = r.optionalText(5, "gb50180_level");
            c.walkTarget = r.optionalText(6, "walk_target");
            c.walkMinutes = r.optionalReal(7, "walk_minutes");
            c.walkDistanceM = r.optionalReal(8, "walk_distance_m");
            c.minArea = r.optionalText(9, "min_area");
            c.minAreaM2 = r.optionalReal(10, "min_area_m2");
            c.perPopulation = r.optionalText(11, "per_population");
            c.sources = r.sources(12, "sources");
            c.confidence = r.text(13, "confidence");
            c.notes = r.optionalText(14, "notes");
            if (hasAreas) {
                c.maxAreaM2 = r.optionalReal(15, "max_area_m2");
                c.areaKind = r.text(16, "area_kind");
                if (!c.areaKind.empty() && !catalog::isAreaKind(c.areaKind))
                    r.fail("area_kind", "unknown kind '" + c.areaKind + "'");
                c.areaSource = r.areaSource(17, "area_source");
                c.siting = r.optionalText(18, "siting");
            }
            categories.push_back(std::move(c));
        }
        try {
            project.setCatalog(catalog::Catalog(std::move(categories)));
        } catch (const catalog::CatalogError& e) {
            throw ContentError(Code::Corrupt,
                               std::string("table ") + t::kCatalog + ": " + e.what());
        }
    }

    if (schemaVersion >= detail::projectTable(t::kPrintLayouts).sinceVersion) {
        platform::Statement s(db, selectAll(t::kPrintLayouts, "fid, name, kind, definition"));
        while (s.step()) {
            const RowReader r(s, t::kPrintLayouts);
            PrintLayout layout;
            layout.name = r.requiredText(1, "name");
            layout.kind = r.requiredText(2, "kind");
            std::optional<std::string> definition = r.optionalText(3, "definition");
            if (!definition) r.fail("definition", "expected text");
            layout.definition = std::move(*definition);
            // Refuses a second layout of one name and text that is not UTF-8.
            r.add([&] {
                project.insertPrintLayout(project.printLayouts().size(), std::move(layout));
            });
        }
    }

    if (schemaVersion >= detail::projectTable(t::kCircles).sinceVersion) {
        platform::Statement s(db, selectAll(t::kCircles,
                                            "fid, geom, name, kind, centre_facility, centre_lon, "
                                            "centre_lat, profile, minutes, satisfaction_percent, "
                                            "households, notes"));
        while (s.step()) {
            const RowReader r(s, t::kCircles);
            Circle circle;
            circle.name = r.requiredText(2, "name");
            circle.kind = r.code(3, "kind", circleKindFromCode);
            circle.area = r.multiPolygon(1);
            circle.centreFacility = r.integer(4, "centre_facility", 0);
            const std::optional<double> lon = r.optionalReal(5, "centre_lon");
            const std::optional<double> lat = r.optionalReal(6, "centre_lat");
            if (lon.has_value() != lat.has_value())
                r.fail(lon ? "centre_lat" : "centre_lon",
                       "is empty, but the other coordinate is not");
            if (lon) circle.centrePoint = geo::LonLat{*lon, *lat};
            // A row drawn in QGIS may leave these empty: the defaults then.
            if (std::optional<std::string> profile = r.optionalText(7, "profile"))
                circle.profileCode = std::move(*profile);
            circle.minutes = r.real(8, "minutes", circle.minutes);
            circle.satisfactionPercent = r.optionalReal(9, "satisfaction_percent");
            if (const std::optional<std::int64_t> households = r.optionalInteger(10, "households"))
                circle.households = *households;
            circle.notes = r.text(11, "notes");
            // Refuses a second circle of one name, and what checkCircle refuses: an area circle
            // without an outline, a centre circle without a centre, figures out of range.
            r.add([&] { project.insertCircle(project.circles().size(), std::move(circle)); });
        }
    }

    const std::string prefix = detail::key::kProjectPrefix;
    for (const auto& [key, value] : metadata)
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0
            && !value.empty())
            project.setMetadataValue(key.substr(prefix.size()), value);

    return project;
}

}  // namespace yike::project::detail
