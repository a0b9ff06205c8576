// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/geojson_reader.h"

#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/exchange/exchange_error.h"
#include "core/exchange/text_util.h"

namespace yike::exchange {
namespace {

// Ordered, so the columns follow the order of the properties in the file.
using Json = nlohmann::ordered_json;

/// A geometry that cannot be used, with the JSON location of the fault.
struct GeometryProblem {
    RejectReason reason;
    std::string path;
    std::string value;
    std::string message;
};

[[noreturn]] void invalid(const std::string& path, const std::string& what) {
    throw GeometryProblem{RejectReason::InvalidGeometry, path, what, what + " at " + path};
}

geo::LonLat position(const Json& j, const std::string& path) {
    if (!j.is_array() || j.size() < 2)
        invalid(path, "a position must be an array of at least two numbers");
    if (!j[0].is_number() || !j[1].is_number()) invalid(path, "a position must hold numbers");
    const double lon = j[0].get<double>();
    const double lat = j[1].get<double>();
    if (!std::isfinite(lon) || !std::isfinite(lat)) invalid(path, "a coordinate is not finite");
    return {lon, lat};
}

std::vector<geo::LonLat> positions(const Json& j, const std::string& path) {
    if (!j.is_array()) invalid(path, "an array of positions expected");
    std::vector<geo::LonLat> out;
    out.reserve(j.size());
    for (std::size_t i = 0; i < j.size(); ++i)
        out.push_back(position(j[i], path + "/" + std::to_string(i)));
    return out;
}

geo::Ring ring(const Json& j, const std::string& path) {
    geo::Ring r = positions(j, path);
    if (r.size() > 1 && r.front() == r.back()) r.pop_back();
    if (r.size() < 3) invalid(path, "a polygon ring needs at least three corners");
    return r;
}

geo::Polygon polygon(const Json& j, const std::string& path) {
    if (!j.is_array() || j.empty()) invalid(path, "a polygon must be a non-empty array of rings");
    geo::Polygon p;
    p.outer = ring(j[0], path + "/0");
    for (std::size_t i = 1; i < j.size(); ++i)
        p.holes.push_back(ring(j[i], path + "/" + std::to_string(i)));
    return p;
}

/// Reads a GeoJSON geometry object; std::nullopt for null.
std::optional<SourceGeometry> geometry(const Json& j, const std::string& path) {
    if (j.is_null()) return std::nullopt;
    if (!j.is_object()) invalid(path, "a geometry must be an object or null");
    const auto type = j.find("type");
    if (type == j.end() || !type->is_string()) invalid(path, "the geometry has no \"type\"");
    const std::string name = type->get<std::string>();
    SourceGeometry g;
    if (name == "GeometryCollection") {
        g.type = SourceGeometry::Type::GeometryCollection;
        return g;
    }
    const auto coordinates = j.find("coordinates");
    const std::string at = path + "/coordinates";
    if (name == "Point")
        g.type = SourceGeometry::Type::Point;
    else if (name == "MultiPoint")
        g.type = SourceGeometry::Type::MultiPoint;
    else if (name == "LineString")
        g.type = SourceGeometry::Type::LineString;
    else if (name == "MultiLineString")
        g.type = SourceGeometry::Type::MultiLineString;
    else if (name == "Polygon")
        g.type = SourceGeometry::Type::Polygon;
    else if (name == "MultiPolygon")
        g.type = SourceGeometry::Type::MultiPolygon;
    else
        throw GeometryProblem{RejectReason::UnsupportedGeometry, path + "/type", name,
                              "unknown geometry type \"" + name + "\" at " + path + "/type"};
    if (coordinates == j.end()) invalid(path, "the geometry has no \"coordinates\"");
    switch (g.type) {
        case SourceGeometry::Type::Point:
            g.points.push_back(position(*coordinates, at));
            break;
        case SourceGeometry::Type::MultiPoint:
            g.points = positions(*coordinates, at);
            break;
        case SourceGeometry::Type::Polygon:
            g.polygons.push_back(polygon(*coordinates, at));
            break;
        case SourceGeometry::Type::MultiPolygon:
            if (!coordinates->is_array()) invalid(at, "an array of polygons expected");
            for (std::size_t i = 0; i < coordinates->size(); ++i)
                g.polygons.push_back(polygon((*coordinates)[i], at + "/" + std::to_string(i)));
            break;
        default:
            break;  // recorded by type only
    }
    return g;
}

std::string valueText(const Json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return {};
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number_unsigned()) return std::to_string(v.get<std::uint64_t>());
    if (v.is_number_integer()) return std::to_string(v.get<std::int64_t>());
    if (v.is_number_float()) return formatNumber(v.get<double>());
    return v.dump();
}

/// Line and column (from 1) of UTF-8 byte `offset` in `text`; columns count characters.
SourcePosition positionAt(std::string_view text, std::size_t offset) {
    SourcePosition where;
    offset = std::min(offset, text.size());
    where.line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++where.line;
            lineStart = i + 1;
        }
    where.column = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++where.column;
    return where;
}

[[noreturn]] void notGeoJson(const std::string& what, const std::string& path) {
    SourcePosition where;
    where.path = path;
    throw ExchangeError(ExchangeError::Code::NotGeoJson,
                        "not GeoJSON: " + what + (path.empty() ? "" : " at " + path), where, what);
}

void checkCrs(const Json& root) {
    const auto crs = root.find("crs");
    if (crs == root.end() || crs->is_null()) return;
    std::string name;
    if (crs->is_object()) {
        const auto properties = crs->find("properties");
        if (properties != crs->end() && properties->is_object()) {
            const auto n = properties->find("name");
            if (n != properties->end() && n->is_string()) name = n->get<std::string>();
        }
    }
    // WGS 84 and CGCS2000 (EPSG:4490, the Chinese geodetic datum; it differs from WGS 84 by a
    // few centimetres) longitude/latitude are read as they are.
    const std::string lower = asciiLower(name);
    for (const char* accepted : {"crs84", "4326", "4490"}) {
        const std::string code(accepted);
        if (lower.size() >= code.size()
            && lower.compare(lower.size() - code.size(), code.size(), code) == 0)
            return;
    }
    SourcePosition where;
    where.path = "/crs";
    throw ExchangeError(ExchangeError::Code::UnsupportedCrs,
                        "the file declares the coordinate system '" + name
                            + "'; only WGS 84 longitude/latitude can be read (reproject it first)",
                        where, name);
}

class TableBuilder {
public:
    explicit TableBuilder(SourceTable& table) : m_table(table) {}

    void add(const Json* properties, const Json* geometryJson, const std::string& path,
             bool isFeature) {
        SourceRecord record;
        record.record = m_table.records.size() + 1;
        if (properties != nullptr && properties->is_object()) {
            for (const auto& [key, value] : properties->items()) {
                const std::size_t column = columnFor(key);
                if (record.values.size() <= column) record.values.resize(column + 1);
                record.values[column] = valueText(value);
            }
        } else if (properties != nullptr && !properties->is_null()) {
            problem(record, RejectReason::InvalidFeature, path + "/properties",
                    "\"properties\" must be an object or null");
        }
        if (geometryJson != nullptr && !record.problem) {
            try {
                record.geometry = geometry(*geometryJson, isFeature ? path + "/geometry" : path);
            } catch (const GeometryProblem& p) {
                Rejection r;
                r.record = record.record;
                r.reason = p.reason;
                r.column = p.path;
                r.value = p.value;
                r.message = p.message;
                record.problem = std::move(r);
            }
        }
        m_table.records.push_back(std::move(record));
    }

    void addInvalid(const std::string& path, const std::string& what) {
        SourceRecord record;
        record.record = m_table.records.size() + 1;
        problem(record, RejectReason::InvalidFeature, path, what);
        m_table.records.push_back(std::move(record));
    }

    void finish() {
        for (SourceRecord& r : m_table.records) r.values.resize(m_table.columns.size());
    }

private:
    static void problem(SourceRecord& record, RejectReason reason, const std::string& path,
                        const std::string& what) {
        Rejection r;
        r.record = record.record;
        r.reason = reason;
        r.column = path;
        r.value = what;
        r.message = what + " at " + path;
        record.problem = std::move(r);
    }

    std::size_t columnFor(const std::string& key) {
        const auto it = m_index.find(key);
        if (it != m_index.end()) return it->second;
        m_table.columns.push_back(key);
        m_index.emplace(key, m_table.columns.size() - 1);
        return m_table.columns.size() - 1;
    }

    SourceTable& m_table;
    std::map<std::string, std::size_t> m_index;
};

}  // namespace

SourceTable readGeoJson(std::string_view bytes, const GeoJsonOptions& options) {
    const DecodedText decoded = decodeText(bytes, options.encoding);
    SourceTable table;
    table.format = SourceFormat::GeoJson;
    table.encoding = decoded.encoding;
    table.byteOrderMark = decoded.byteOrderMark;
    table.encodingDetected = decoded.detected;

    // Malformed JSON, with the line and column of where it went wrong.
    const auto malformed = [&decoded](std::size_t offset, const std::string& what) {
        const SourcePosition where = positionAt(decoded.utf8, offset);
        return ExchangeError(ExchangeError::Code::MalformedJson,
                             "malformed JSON at line " + std::to_string(where.line) + ", column "
                                 + std::to_string(where.column) + ": " + what,
                             where, what);
    };
    // The parser's message without its "[json.exception...] " prefix and position.
    const auto message = [](const std::string& full) {
        const auto colon = full.rfind(": ");
        if (colon != std::string::npos) return full.substr(colon + 2);
        const auto bracket = full.find("] ");
        return bracket == std::string::npos ? full : full.substr(bracket + 2);
    };
    Json root;
    try {
        root = Json::parse(decoded.utf8);
    } catch (const Json::parse_error& e) {
        if (decoded.utf8.find_first_not_of(" \t\r\n") == std::string::npos)
            throw ExchangeError(ExchangeError::Code::EmptyFile, "the file is empty",
                                positionAt(decoded.utf8, 0));
        // e.byte is the 1-based position of the character where parsing stopped.
        throw malformed(e.byte > 0 ? e.byte - 1 : 0, message(e.what()));
    } catch (const Json::out_of_range& e) {
        // A number beyond the range of a double ("1e5555"): the parser quotes it but gives no
        // position, so the number is looked up in the text.
        const std::string what = message(e.what());
        const auto open = what.find('\'');
        const auto close = what.rfind('\'');
        std::size_t offset = 0;
        if (open != std::string::npos && close > open) {
            const auto at = decoded.utf8.find(what.substr(open + 1, close - open - 1));
            if (at != std::string::npos) offset = at;
        }
        throw malformed(offset, what);
    }
    if (!root.is_object()) notGeoJson("the top level is not a JSON object", "");
    const auto type = root.find("type");
    if (type == root.end() || !type->is_string())
        notGeoJson("the object has no \"type\" member", "/type");
    checkCrs(root);
    const std::string typeName = type->get<std::string>();

    TableBuilder builder(table);
    const std::size_t limit = options.maxRecords;
    if (typeName == "FeatureCollection") {
        const auto features = root.find("features");
        if (features == root.end() || !features->is_array())
            notGeoJson("a FeatureCollection needs a \"features\" array", "/features");
        for (std::size_t i = 0; i < features->size(); ++i) {
            if (limit != 0 && i >= limit) {
                table.truncated = true;
                break;
            }
            const Json& f = (*features)[i];
            const std::string path = "/features/" + std::to_string(i);
            if (!f.is_object()) {
                builder.addInvalid(path, "a feature must be an object");
                continue;
            }
            const auto ft = f.find("type");
            if (ft == f.end() || !ft->is_string() || ft->get<std::string>() != "Feature") {
                builder.addInvalid(path + "/type", "\"type\" must be \"Feature\"");
                continue;
            }
            const auto props = f.find("properties");
            const auto geom = f.find("geometry");
            static const Json kNull;
            builder.add(props == f.end() ? nullptr : &*props, geom == f.end() ? &kNull : &*geom,
                        path, true);
        }
    } else if (typeName == "Feature") {
        const auto props = root.find("properties");
        const auto geom = root.find("geometry");
        static const Json kNull;
        builder.add(props == root.end() ? nullptr : &*props, geom == root.end() ? &kNull : &*geom,
                    "", true);
    } else if (typeName == "Point" || typeName == "MultiPoint" || typeName == "LineString"
               || typeName == "MultiLineString" || typeName == "Polygon"
               || typeName == "MultiPolygon" || typeName == "GeometryCollection") {
        builder.add(nullptr, &root, "", false);
    } else {
        notGeoJson("unknown type \"" + typeName + "\"", "/type");
    }
    builder.finish();
    return table;
}

}  // namespace yike::exchange
