// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/layer_export.h"


#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <utility>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/catalog/table_text.h"
#include "core/exchange/exchange_error.h"
#include "core/exchange/feature_import.h"
#include "core/exchange/text_util.h"
#include "core/exchange/wkt.h"
#include "core/platform/os_file.h"
#include "core/platform/utf8_path.h"

namespace yike::exchange {
namespace {

using project::Layer;
using Json = nlohmann::ordered_json;
using Tags = std::map<std::string, std::string>;
using Value = std::variant<std::string, double, long long, bool, Tags>;

/// One feature as the writers see it: named values and its geometry.
struct Row {
    std::vector<std::pair<std::string, Value>> properties;
    std::optional<geo::LonLat> point;
    std::optional<geo::LineString> line;
    std::optional<geo::Polygon> polygon;

    void set(std::string key, Value value) {
        properties.emplace_back(std::move(key), std::move(value));
    }
};

/// A layer as rows, with the columns every row has (in order) and how geometry is written.
struct LayerRows {
    std::vector<std::string> baseColumns;
    bool lonLatColumns = false;     ///< CSV: the point as lon/lat columns
    bool wktColumn = false;         ///< CSV: the line or polygon as a WKT column
    bool lonLatProperties = false;  ///< GeoJSON: the point also as properties (idle spaces)
    std::vector<Row> rows;
};

const char* gateKindCode(project::GateKind kind) {
    return project::toCode(kind);
}

LayerRows facilityRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id", "name", "category", "category_zh", "status", "source"};
    out.lonLatColumns = true;
    const std::set<std::string> reserved{"id",     "name", "category", "category_zh", "status",
                                         "source", "lon",  "lat",      "wkt"};
    for (const project::Facility& f : p.facilities().items()) {
        Row r;
        r.point = f.position;
        const catalog::Category* category = p.catalog().find(f.categoryCode);
        r.set("id", static_cast<long long>(f.id));
        r.set("name", f.name);
        r.set("category", f.categoryCode);
        r.set("category_zh", category != nullptr ? category->nameZh : std::string());
        r.set("status", std::string(project::toCode(f.status)));
        r.set("source", f.source);
        for (const auto& [key, value] : f.attributes) {
            const bool clash = reserved.count(key) != 0 || key.rfind("attr:", 0) == 0;
            r.set(clash ? "attr:" + key : key, value);
        }
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows idleSpaceRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id",
                       "name",
                       "kind",
                       "kind_zh",
                       "floor_area_m2",
                       "storey",
                       "owner",
                       "estimated_cost_yuan",
                       "notes",
                       "has_lift",
                       "proposed_for"};
    out.lonLatColumns = true;
    out.wktColumn = true;
    out.lonLatProperties = true;
    for (const project::IdleSpace& s : p.idleSpaces().items()) {
        Row r;
        r.point = s.position;
        r.polygon = s.footprint;
        r.set("id", static_cast<long long>(s.id));
        r.set("name", s.name);
        r.set("kind", std::string(project::toCode(s.kind)));
        r.set("kind_zh", std::string(idleSpaceKindLabelZh(s.kind)));
        r.set("floor_area_m2", s.floorAreaM2);
        r.set("storey", static_cast<long long>(s.storey));
        r.set("owner", s.owner);
        r.set("estimated_cost_yuan", s.estimatedCostYuan);
        r.set("notes", s.notes);
        r.set("has_lift", s.hasLift);
        std::string proposals;
        for (const std::string& code : s.proposedFor)
            proposals += (proposals.empty() ? "" : ",") + code;
        r.set("proposed_for", std::move(proposals));
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows compoundRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id",         "name",  "population", "residents_60_plus", "children_0_14",
                       "households", "fenced"};
    out.wktColumn = true;
    for (const project::Compound& c : p.compounds().items()) {
        Row r;
        r.polygon = c.outline;
        r.set("id", static_cast<long long>(c.id));
        r.set("name", c.name);
        r.set("population", static_cast<long long>(c.population));
        r.set("residents_60_plus", static_cast<long long>(c.residents60Plus));
        r.set("children_0_14", static_cast<long long>(c.children0To14));
        r.set("households", static_cast<long long>(c.households));
        r.set("fenced", c.fenced);
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows gateRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id", "compound_id", "compound_name", "kind", "name", "open_hours"};
    out.lonLatColumns = true;
    for (const project::Gate& g : p.gates().items()) {
        Row r;
        r.point = g.position;
        const project::Compound* compound = p.compounds().find(g.compoundId);
        r.set("id", static_cast<long long>(g.id));
        r.set("compound_id", static_cast<long long>(g.compoundId));
        r.set("compound_name", compound != nullptr ? compound->name : std::string());
        r.set("kind", std::string(gateKindCode(g.kind)));
        r.set("name", g.name);
        r.set("open_hours", g.openHours);
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows streetRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id", "highway", "name", "bridge", "tags"};
    out.wktColumn = true;
    for (const project::Street& s : p.streets().items()) {
        Row r;
        r.line = s.line;
        r.set("id", static_cast<long long>(s.id));
        r.set("highway", s.highway);
        r.set("name", s.name);
        r.set("bridge", s.bridge);
        r.set("tags", s.tags);
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows buildingRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id", "kind", "name", "levels"};
    out.wktColumn = true;
    for (const project::Building& b : p.buildings().items()) {
        Row r;
        r.polygon = b.outline;
        r.set("id", static_cast<long long>(b.id));
        r.set("kind", b.kind);
        r.set("name", b.name);
        r.set("levels", static_cast<long long>(b.levels));
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows waterRows(const project::Project& p) {
    LayerRows out;
    out.baseColumns = {"id", "name"};
    out.wktColumn = true;
    for (const project::WaterArea& w : p.waterAreas().items()) {
        Row r;
        r.polygon = w.outline;
        r.set("id", static_cast<long long>(w.id));
        r.set("name", w.name);
        out.rows.push_back(std::move(r));
    }
    return out;
}

LayerRows rowsOf(const project::Project& p, Layer layer) {
    switch (layer) {
        case Layer::Facilities:
            return facilityRows(p);
        case Layer::IdleSpaces:
            return idleSpaceRows(p);
        case Layer::Compounds:
            return compoundRows(p);
        case Layer::Gates:
            return gateRows(p);
        case Layer::Streets:
            return streetRows(p);
        case Layer::Buildings:
            return buildingRows(p);
        case Layer::Water:
            return waterRows(p);
        default:
            break;
    }
    throw ExchangeError(ExchangeError::Code::UnsupportedLayer, "this layer cannot be exported", {},
                        layerCode(layer));
}

// ---- GeoJSON --------------------------------------------------------------------------------

Json toJson(const Value& v) {
    return std::visit(
        [](const auto& value) -> Json {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, Tags>) {
                Json object = Json::object();
                for (const auto& [k, text] : value) object[k] = text;
                return object;
            } else {
                return Json(value);
            }
        },
        v);
}

Json position(geo::LonLat p) {
    return Json::array({p.lon, p.lat});
}

/// Twice the signed area in degrees² (positive when counter-clockwise).
double signedArea2(const geo::Ring& ring) {
    double sum = 0.0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const geo::LonLat a = ring[i];
        const geo::LonLat b = ring[(i + 1) % ring.size()];
        sum += a.lon * b.lat - b.lon * a.lat;
    }
    return sum;
}

/// A closed ring in the orientation RFC 7946 asks for, starting at the stored first vertex.
Json ringJson(const geo::Ring& ring, bool counterClockwise) {
    Json out = Json::array();
    if (ring.empty()) return out;
    const bool reverse = (signedArea2(ring) > 0.0) != counterClockwise;
    out.push_back(position(ring.front()));
    if (reverse) {
        for (std::size_t i = ring.size() - 1; i >= 1; --i) out.push_back(position(ring[i]));
    } else {
        for (std::size_t i = 1; i < ring.size(); ++i) out.push_back(position(ring[i]));
    }
    out.push_back(position(ring.front()));
    return out;
}

/// The rings of a polygon as GeoJSON coordinates: the outer ring, then the holes.
Json polygonRings(const geo::Polygon& polygon) {
    Json rings = Json::array();
    rings.push_back(ringJson(polygon.outer, true));
    for (const geo::Ring& hole : polygon.holes) rings.push_back(ringJson(hole, false));
    return rings;
}

Json geometryJson(const Row& row) {
    if (row.polygon) return Json{{"type", "Polygon"}, {"coordinates", polygonRings(*row.polygon)}};
    if (row.line) {
        Json coordinates = Json::array();
        for (geo::LonLat p : *row.line) coordinates.push_back(position(p));
        return Json{{"type", "LineString"}, {"coordinates", std::move(coordinates)}};
    }
    if (row.point) return Json{{"type", "Point"}, {"coordinates", position(*row.point)}};
    return nullptr;
}

// ---- CSV ------------------------------------------------------------------------------------


std::string csvText(const Value& v) {
    return std::visit(
        [](const auto& value) -> std::string {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::string>)
                return value;
            else if constexpr (std::is_same_v<T, double>)
                return formatNumber(value);
            else if constexpr (std::is_same_v<T, long long>)
                return std::to_string(value);
            else if constexpr (std::is_same_v<T, bool>)
                return value ? "true" : "false";
            else
                return toJson(Value(value)).dump();
        },
        v);
}

}  // namespace

bool isExportLayer(Layer layer) {
    switch (layer) {
        case Layer::Facilities:
        case Layer::IdleSpaces:
        case Layer::Compounds:
        case Layer::Gates:
        case Layer::Streets:
        case Layer::Buildings:
        case Layer::Water:
            return true;
        default:
            return false;
    }
}

std::size_t layerFeatureCount(const project::Project& p, Layer layer) {
    switch (layer) {
        case Layer::Facilities:
            return p.facilities().size();
        case Layer::IdleSpaces:
            return p.idleSpaces().size();
        case Layer::Compounds:
            return p.compounds().size();
        case Layer::Gates:
            return p.gates().size();
        case Layer::Streets:
            return p.streets().size();
        case Layer::Buildings:
            return p.buildings().size();
        case Layer::Water:
            return p.waterAreas().size();
        default:
            return 0;
    }
}

std::optional<ExportFormat> exportFormatForPath(const std::filesystem::path& path) {
    const std::string ext = asciiLower(platform::utf8FromPath(path.extension()));
    if (ext == ".geojson" || ext == ".json") return ExportFormat::GeoJson;
    if (ext == ".csv") return ExportFormat::Csv;
    return std::nullopt;
}

std::string exportGeoJson(const project::Project& project, Layer layer) {
    const LayerRows layerRows = rowsOf(project, layer);
    std::string out = "{\"type\":\"FeatureCollection\",\"name\":\"";
    out += layerCode(layer);
    out += "\",\"features\":[\n";
    bool first = true;
    for (const Row& row : layerRows.rows) {
        Json properties = Json::object();
        for (const auto& [key, value] : row.properties) properties[key] = toJson(value);
        if (layerRows.lonLatProperties && row.point) {
            properties["lon"] = row.point->lon;
            properties["lat"] = row.point->lat;
        }
        const Json feature{{"type", "Feature"},
                           {"properties", std::move(properties)},
                           {"geometry", geometryJson(row)}};
        if (!first) out += ",\n";
        first = false;
        out += feature.dump();
    }
    out += "\n]}\n";
    return out;
}

std::string exportCsv(const project::Project& project, Layer layer) {
    const LayerRows layerRows = rowsOf(project, layer);
    std::vector<std::string> columns;
    if (layerRows.lonLatColumns) columns = {"lon", "lat"};
    columns.insert(columns.end(), layerRows.baseColumns.begin(), layerRows.baseColumns.end());
    std::set<std::string> known(columns.begin(), columns.end());
    for (const Row& row : layerRows.rows)
        for (const auto& property : row.properties)
            if (known.insert(property.first).second) columns.push_back(property.first);
    if (layerRows.wktColumn) columns.push_back("wkt");

    std::string out = "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) out += ',';
        out += catalog::csvField(columns[i]);
    }
    out += "\r\n";
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < columns.size(); ++i) index[columns[i]] = i;
    std::vector<std::string> cells;
    for (const Row& row : layerRows.rows) {
        cells.assign(columns.size(), std::string());
        if (layerRows.lonLatColumns && row.point) {
            cells[0] = formatNumber(row.point->lon);
            cells[1] = formatNumber(row.point->lat);
        }
        for (const auto& [key, value] : row.properties) cells[index[key]] = csvText(value);
        if (layerRows.wktColumn) {
            if (row.polygon)
                cells.back() = toWkt(*row.polygon);
            else if (row.line)
                cells.back() = toWkt(*row.line);
        }
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) out += ',';
            out += catalog::csvField(cells[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string areasGeoJson(std::string_view name, std::span<const AreaFeature> features) {
    std::string out = "{\"type\":\"FeatureCollection\",\"name\":";
    out += Json(std::string(name)).dump();
    out += ",\"features\":[\n";
    bool first = true;
    for (const AreaFeature& feature : features) {
        Json properties = Json::object();
        for (const auto& [key, value] : feature.properties)
            properties[key] = std::visit([](const auto& v) { return Json(v); }, value);
        Json geometry = nullptr;
        if (!feature.polygons.empty()) {
            Json polygons = Json::array();
            for (const geo::Polygon& polygon : feature.polygons)
                polygons.push_back(polygonRings(polygon));
            geometry = Json{{"type", "MultiPolygon"}, {"coordinates", std::move(polygons)}};
        }
        const Json json{{"type", "Feature"},
                        {"properties", std::move(properties)},
                        {"geometry", std::move(geometry)}};
        if (!first) out += ",\n";
        first = false;
        out += json.dump();
    }
    out += "\n]}\n";
    return out;
}

void writeLayerFile(const std::filesystem::path& path, const project::Project& project, Layer layer,
                    ExportFormat format) {
    writeFileReplacing(path, format == ExportFormat::GeoJson ? exportGeoJson(project, layer)
                                                             : exportCsv(project, layer));
}

void writeFileReplacing(const std::filesystem::path& path, std::string_view content) {
    const auto cannotWrite = [&path](const std::string& why) {
        return ExchangeError(
            ExchangeError::Code::CannotWrite,
            "cannot write '" + platform::utf8FromPath(path) + "'" + (why.empty() ? "" : ": " + why),
            {}, platform::utf8FromPath(path));
    };
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(platform::currentProcessId());
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        if (!file) throw cannotWrite({});
        file.write(content.data(), static_cast<std::streamsize>(content.size()));
        file.close();
        if (!file) {
            std::error_code ignored;
            std::filesystem::remove(temporary, ignored);
            throw cannotWrite("the disk may be full");
        }
    }
    try {
        platform::replaceFile(temporary, path);
    } catch (const std::system_error& error) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        throw cannotWrite(error.code().message());
    }
}

}  // namespace yike::exchange
