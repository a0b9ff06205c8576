// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/feature_import.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <variant>

#include "core/exchange/csv_reader.h"
#include "core/exchange/exchange_error.h"
#include "core/exchange/geojson_reader.h"
#include "core/exchange/text_util.h"
#include "core/exchange/wkt.h"
#include "core/geo/local_frame.h"
#include "core/platform/utf8_path.h"

namespace yike::exchange {
namespace {

using project::Layer;

// ---- header guessing ------------------------------------------------------------------------

/// Lower case without blanks, '_', '-', '.', brackets and unit marks, so "Floor_Area (m²)",
/// "floor area m2" and "FLOORAREA" compare equal.
std::string normalised(std::string_view name) {
    std::string lower = asciiLower(trim(name));
    for (const char* unit : {"（", "）", "㎡", "m²", "m2", "(", ")", " ", "_", "-", ".", "/"}) {
        const std::string u(unit);
        for (auto at = lower.find(u); at != std::string::npos; at = lower.find(u))
            lower.erase(at, u.size());
    }
    return lower;
}

struct FieldNames {
    Field field;
    std::vector<std::string> exact;     ///< normalised names that match exactly
    std::vector<std::string> contains;  ///< normalised fragments that match anywhere
    std::vector<std::string> prefixes;  ///< normalised prefixes
};

const std::vector<FieldNames>& fieldNames() {
    static const std::vector<FieldNames> names{
        {Field::Lon,
         {"lon", "lng", "long", "longitude", "x", "pointx", "经度", "东经"},
         {"经度"},
         {"lon", "lng"}},
        {Field::Lat, {"lat", "latitude", "y", "pointy", "纬度", "北纬"}, {"纬度"}, {"lat"}},
        {Field::Wkt,
         {"wkt", "wktgeom", "geometry", "geom", "thegeom", "shape", "几何"},
         {"wkt"},
         {}},
        {Field::Name,
         {"name", "名称", "名字", "设施名称", "店名", "商户名称", "小区名称", "小区名", "空间名称",
          "poiname", "title"},
         {"名称"},
         {}},
        {Field::Category,
         {"category", "categorycode", "类别", "类型", "分类", "设施类型", "设施类别", "设施分类",
          "业态", "服务类型", "type", "poitype"},
         {"类别", "类型", "分类"},
         {}},
        {Field::Status, {"status", "状态", "现状", "建设状态", "现状规划"}, {"状态"}, {}},
        {Field::Source, {"source", "来源", "数据来源", "信息来源"}, {"来源"}, {}},
        {Field::Kind,
         {"kind", "类型", "类别", "空间类型", "闲置类型", "分类", "type"},
         {"类型", "类别"},
         {}},
        {Field::FloorArea,
         {"floorarea", "area", "areasqm", "面积", "建筑面积", "使用面积"},
         {"面积"},
         {}},
        {Field::Storey, {"storey", "floor", "level", "楼层", "层数", "所在楼层"}, {"楼层"}, {}},
        {Field::Owner,
         {"owner", "产权", "权属", "产权单位", "产权人", "业主", "权属单位"},
         {"产权", "权属"},
         {}},
        {Field::Cost,
         {"estimatedcostyuan", "cost", "costyuan", "费用", "改造费用", "估算费用", "预估费用",
          "造价"},
         {"费用", "造价"},
         {}},
        {Field::Notes, {"notes", "note", "remark", "remarks", "备注", "说明"}, {"备注"}, {}},
        {Field::HasLift,
         {"haslift", "lift", "elevator", "电梯", "有电梯", "有无电梯", "是否有电梯"},
         {"电梯"},
         {}},
        {Field::ProposedFor,
         {"proposedfor", "proposed", "proposal", "拟改建为", "拟改建", "拟建设施", "规划用途"},
         {"拟改建"},
         {}},
        {Field::Population,
         {"population", "pop", "人口", "常住人口", "总人口", "人数", "居住人口"},
         {},
         {}},
        {Field::Residents60Plus,
         {"residents60plus", "elderly", "over60", "60岁以上", "60岁以上人口", "老年人口", "老年人"},
         {"60岁", "老年"},
         {}},
        {Field::Children0To14,
         {"children014", "children", "儿童", "014岁", "0至14岁", "儿童人口"},
         {"儿童", "14岁"},
         {}},
        {Field::Households, {"households", "户数", "住户数", "总户数"}, {"户数"}, {}},
        {Field::Fenced, {"fenced", "封闭", "是否封闭", "封闭小区"}, {"封闭"}, {}},
    };
    return names;
}

const FieldNames& namesOf(Field field) {
    for (const FieldNames& n : fieldNames())
        if (n.field == field) return n;
    return fieldNames().front();
}

/// Columns that only exports write, never fed into a field or an attribute.
bool isExportOnlyColumn(const std::string& normalisedName) {
    static const std::set<std::string> kNames{"id",         "fid",        "objectid", "序号",
                                              "categoryzh", "categoryen", "kindzh",   "statuszh"};
    return kNames.count(normalisedName) != 0;
}

// ---- values ---------------------------------------------------------------------------------

std::optional<project::FacilityStatus> statusFromText(std::string_view text) {
    const std::string t = asciiLower(trim(text));
    if (t.empty()) return project::FacilityStatus::Existing;
    if (auto s = project::facilityStatusFromCode(t)) return s;
    for (const char* w : {"现状", "现有", "已建", "在营", "建成"})
        if (t == w) return project::FacilityStatus::Existing;
    for (const char* w : {"规划", "拟建", "新建", "计划", "在建"})
        if (t == w) return project::FacilityStatus::Planned;
    return std::nullopt;
}

/// Words that mean yes or no for one field only (封闭 for a fence, 有电梯 for a lift).
using YesNoWords = std::initializer_list<std::pair<const char*, bool>>;

std::optional<bool> yesNo(std::string_view text, YesNoWords particular) {
    const std::string t = asciiLower(trim(text));
    for (const auto& [word, value] : particular)
        if (t == word) return value;
    for (const char* w : {"true", "yes", "y", "1", "是", "有"})
        if (t == w) return true;
    for (const char* w : {"false", "no", "n", "0", "否", "无"})
        if (t == w) return false;
    return std::nullopt;
}

/// The parts of a list cell: "a, b", "甲、乙" and "甲，乙" give two; blanks are dropped.
std::vector<std::string> listItems(std::string_view text) {
    std::string unified(text);
    for (const std::string separator : {"、", "，"})
        for (auto at = unified.find(separator); at != std::string::npos;
             at = unified.find(separator, at + 1))
            unified.replace(at, separator.size(), ",");
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= unified.size()) {
        const std::size_t end = std::min(unified.find(',', start), unified.size());
        const std::string_view item = trim(std::string_view(unified).substr(start, end - start));
        if (!item.empty()) items.emplace_back(item);
        start = end + 1;
    }
    return items;
}

const char* idleKindLabelEn(project::IdleSpaceKind kind) {
    using K = project::IdleSpaceKind;
    switch (kind) {
        case K::VacantShop:
            return "vacant shop";
        case K::FormerTestingHut:
            return "former testing hut";
        case K::BoilerRoom:
            return "disused boiler room";
        case K::StiltedGroundFloor:
            return "stilted ground floor";
        case K::CommunityRoom:
            return "underused community room";
        case K::Warehouse:
            return "warehouse";
        case K::Other:
            return "other idle space";
    }
    return "";
}

/// Codes, Chinese and English labels and a few common synonyms of the idle-space kinds.
const std::unordered_map<std::string, project::IdleSpaceKind>& idleKindNames() {
    static const auto names = [] {
        using K = project::IdleSpaceKind;
        std::unordered_map<std::string, K> m;
        for (K k : project::allIdleSpaceKinds()) {
            m.emplace(project::toCode(k), k);
            m.emplace(idleSpaceKindLabelZh(k), k);
            m.emplace(idleKindLabelEn(k), k);
        }
        const std::pair<const char*, K> synonyms[] = {
            {"闲置商铺", K::VacantShop},
            {"空置店铺", K::VacantShop},
            {"空铺", K::VacantShop},
            {"核酸采样亭", K::FormerTestingHut},
            {"核酸亭", K::FormerTestingHut},
            {"采样亭", K::FormerTestingHut},
            {"锅炉房", K::BoilerRoom},
            {"原锅炉房", K::BoilerRoom},
            {"社区用房", K::CommunityRoom},
            {"闲置社区用房", K::CommunityRoom},
            {"闲置用房", K::CommunityRoom},
            {"闲置仓库", K::Warehouse},
            {"其他", K::Other},
            {"其它", K::Other},
            {"shop", K::VacantShop},
            {"boiler room", K::BoilerRoom},
            {"community room", K::CommunityRoom},
            {"other", K::Other},
        };
        for (const auto& [name, kind] : synonyms) m.emplace(name, kind);
        return m;
    }();
    return names;
}

/// Catalogue lookup by code, Chinese name or English name (ASCII case-insensitive).
class CategoryIndex {
public:
    explicit CategoryIndex(const catalog::Catalog& catalog) {
        for (const catalog::Category& c : catalog.categories()) {
            m_byName.emplace(asciiLower(c.code), c.code);
            m_byName.emplace(std::string(trim(c.nameZh)), c.code);
            m_byName.emplace(asciiLower(trim(c.nameEn)), c.code);
        }
    }
    const std::string* find(std::string_view text) const {
        const auto it = m_byName.find(asciiLower(trim(text)));
        return it == m_byName.end() ? nullptr : &it->second;
    }

private:
    std::unordered_map<std::string, std::string> m_byName;
};

// ---- geometry -------------------------------------------------------------------------------

/// The area centroid of a polygon's outer ring (the vertex mean for a degenerate ring).
geo::LonLat centroidOf(const geo::Polygon& polygon) {
    const geo::LocalFrame frame(polygon.outer.front());
    return frame.toLonLat(geo::ringCentroid(polygon.outer, frame));
}

std::string pairText(geo::LonLat p) {
    return formatNumber(p.lon) + ", " + formatNumber(p.lat);
}

/// Everything but the feature-specific fields, shared by the three layers.
struct Shape {
    std::optional<geo::LonLat> point;
    std::optional<geo::Polygon> polygon;
};

/// A record that will not be imported: thrown inside the converter, caught per record.
struct Rejected {
    Rejection rejection;
};

class RecordConverter {
public:
    RecordConverter(const SourceTable& table, const ImportOptions& options,
                    const catalog::Catalog& catalog)
        : m_table(table), m_options(options), m_categories(catalog) {
        for (const auto& [field, column] : options.mapping.columns) {
            if (column.empty()) continue;
            if (const auto index = table.columnIndex(column)) {
                m_columns[field] = *index;
                m_used.insert(*index);
            }
        }
        if (options.layer == Layer::Facilities && options.mapping.otherColumnsAsAttributes) {
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                if (m_used.count(i) != 0) continue;
                if (options.mapping.ignored.count(table.columns[i]) != 0) continue;
                if (isExportOnlyColumn(normalised(table.columns[i]))) continue;
                std::string key = table.columns[i];
                if (key.rfind("attr:", 0) == 0) key.erase(0, 5);
                if (!key.empty()) m_attributeColumns.emplace_back(i, std::move(key));
            }
        }
    }

    using Feature = std::variant<project::Facility, project::IdleSpace, project::Compound>;

    /// The feature made from `record`, or the reason it is rejected.
    std::variant<Rejection, Feature> convert(const SourceRecord& record) const {
        if (record.problem) return *record.problem;
        try {
            switch (m_options.layer) {
                case Layer::Facilities:
                    return Feature(facility(record));
                case Layer::IdleSpaces:
                    return Feature(idleSpace(record));
                case Layer::Compounds:
                    return Feature(compound(record));
                default:
                    break;
            }
        } catch (const Rejected& r) {
            return r.rejection;
        }
        return reject(record, RejectReason::InvalidFeature, {}, {}, "cannot import this layer");
    }

private:
    [[noreturn]] static void fail(const SourceRecord& record, RejectReason reason,
                                  std::string column, std::string value, std::string message) {
        throw Rejected{
            reject(record, reason, std::move(column), std::move(value), std::move(message))};
    }

    static Rejection reject(const SourceRecord& record, RejectReason reason, std::string column,
                            std::string value, std::string message) {
        Rejection r;
        r.record = record.record;
        r.line = record.line;
        r.reason = reason;
        r.column = std::move(column);
        r.value = std::move(value);
        r.message = std::move(message);
        return r;
    }

    std::optional<std::size_t> columnOf(Field field) const {
        const auto it = m_columns.find(field);
        if (it == m_columns.end()) return std::nullopt;
        return it->second;
    }

    const std::string& columnName(Field field) const { return m_table.columns[*columnOf(field)]; }

    /// The cell of `field` (empty when the field has no column).
    std::string_view cell(const SourceRecord& record, Field field) const {
        const auto column = columnOf(field);
        if (!column || *column >= record.values.size()) return {};
        return record.values[*column];
    }

    std::string text(const SourceRecord& record, Field field) const {
        return std::string(trim(cell(record, field)));
    }

    double number(const SourceRecord& record, Field field, double fallback) const {
        const std::string_view value = trim(cell(record, field));
        if (value.empty()) return fallback;
        const std::optional<double> n = parseNumber(value);
        if (!n || *n < 0.0)
            fail(record, RejectReason::BadValue, columnName(field), std::string(value),
                 columnName(field) + ": '" + std::string(value)
                     + "' is not a number of zero or more");
        return *n;
    }

    int wholeNumber(const SourceRecord& record, Field field, int fallback,
                    bool allowNegative) const {
        const std::string_view value = trim(cell(record, field));
        if (value.empty()) return fallback;
        const std::optional<long long> n = parseWholeNumber(value);
        if (!n || (!allowNegative && *n < 0) || std::abs(*n) > 2'000'000'000LL)
            fail(record, RejectReason::BadValue, columnName(field), std::string(value),
                 columnName(field) + ": '" + std::string(value) + "' is not a whole number"
                     + (allowNegative ? "" : " of zero or more"));
        return static_cast<int>(*n);
    }

    /// A yes/no cell; std::nullopt when it is empty.
    std::optional<bool> flag(const SourceRecord& record, Field field, YesNoWords particular) const {
        const std::string value = text(record, field);
        if (value.empty()) return std::nullopt;
        const std::optional<bool> parsed = yesNo(value, particular);
        if (!parsed)
            fail(record, RejectReason::BadValue, columnName(field), value,
                 columnName(field) + ": '" + value + "' is neither yes nor no");
        return parsed;
    }

    /// The catalogue codes of a list of categories (codes, Chinese or English names).
    std::vector<std::string> categoryCodes(const SourceRecord& record, Field field) const {
        std::vector<std::string> codes;
        for (const std::string& item : listItems(cell(record, field))) {
            const std::string* code = m_categories.find(item);
            if (code == nullptr)
                fail(record, RejectReason::UnknownCategory, columnName(field), item,
                     columnName(field) + ": unknown category '" + item
                         + "' (not a code, Chinese or English name of the project's catalogue)");
            if (std::find(codes.begin(), codes.end(), *code) == codes.end()) codes.push_back(*code);
        }
        return codes;
    }

    double coordinate(const SourceRecord& record, Field field) const {
        const std::string_view value = trim(cell(record, field));
        if (value.empty())
            fail(record, RejectReason::EmptyCoordinate, columnName(field), {},
                 "the " + std::string(field == Field::Lon ? "longitude" : "latitude") + " cell ("
                     + columnName(field) + ") is empty");
        const std::optional<double> n = parseNumber(value);
        if (!n)
            fail(record, RejectReason::BadCoordinate, columnName(field), std::string(value),
                 columnName(field) + ": '" + std::string(value) + "' is not a number");
        return *n;
    }

    void checkRange(const SourceRecord& record, geo::LonLat p) const {
        if (std::abs(p.lon) <= 180.0 && std::abs(p.lat) <= 90.0) return;
        if (std::abs(p.lat) <= 180.0 && std::abs(p.lon) <= 90.0)
            fail(record, RejectReason::SwappedCoordinates, {}, pairText(p),
                 "coordinates " + pairText(p)
                     + " are out of range; longitude and latitude look swapped");
        fail(record, RejectReason::OutOfRange, {}, pairText(p),
             "coordinates " + pairText(p)
                 + " are out of range (longitude -180 to 180, latitude -90 to 90)");
    }

    geo::LonLat converted(geo::LonLat p) const { return geo::toWgs84(p, m_options.crs); }

    geo::Polygon converted(const SourceRecord& record, geo::Polygon polygon) const {
        auto convertRing = [&](geo::Ring& ring) {
            if (ring.size() < 3)
                fail(record, RejectReason::InvalidGeometry, {}, "ring",
                     "a polygon ring needs at least three corners");
            for (geo::LonLat& p : ring) {
                checkRange(record, p);
                p = converted(p);
            }
        };
        convertRing(polygon.outer);
        for (geo::Ring& hole : polygon.holes) convertRing(hole);
        return polygon;
    }

    /// The record's geometry: GeoJSON geometry or the WKT cell, then lon/lat cells.
    Shape shape(const SourceRecord& record) const {
        std::optional<SourceGeometry> geometry = record.geometry;
        if (!geometry && columnOf(Field::Wkt)) {
            const std::string_view wkt = trim(cell(record, Field::Wkt));
            if (!wkt.empty()) {
                try {
                    geometry = parseWkt(wkt);
                } catch (const WktError& e) {
                    fail(record, RejectReason::InvalidGeometry, columnName(Field::Wkt), e.what(),
                         columnName(Field::Wkt) + ": " + e.what());
                }
            }
        }
        Shape s;
        const bool lonLatMapped = columnOf(Field::Lon) && columnOf(Field::Lat);
        const bool lonLatGiven =
            lonLatMapped
            && (!trim(cell(record, Field::Lon)).empty() || !trim(cell(record, Field::Lat)).empty());
        if (lonLatGiven || (lonLatMapped && !geometry)) {
            const geo::LonLat p{coordinate(record, Field::Lon), coordinate(record, Field::Lat)};
            checkRange(record, p);
            s.point = converted(p);
        }
        if (geometry) {
            using T = SourceGeometry::Type;
            switch (geometry->type) {
                case T::Point:
                case T::MultiPoint:
                    if (geometry->points.empty())
                        fail(record, RejectReason::MissingGeometry, {}, {},
                             "the geometry is empty");
                    if (geometry->points.size() > 1)
                        fail(record, RejectReason::MultiPartGeometry, {},
                             std::to_string(geometry->points.size()),
                             "a MultiPoint of " + std::to_string(geometry->points.size())
                                 + " points: a feature has one position");
                    if (!s.point) {
                        checkRange(record, geometry->points.front());
                        s.point = converted(geometry->points.front());
                    }
                    break;
                case T::Polygon:
                case T::MultiPolygon:
                    if (geometry->polygons.empty())
                        fail(record, RejectReason::MissingGeometry, {}, {},
                             "the geometry is empty");
                    if (geometry->polygons.size() > 1)
                        fail(record, RejectReason::MultiPartGeometry, {},
                             std::to_string(geometry->polygons.size()),
                             "a MultiPolygon of " + std::to_string(geometry->polygons.size())
                                 + " parts: a feature has one outline");
                    s.polygon = converted(record, geometry->polygons.front());
                    break;
                default:
                    fail(record, RejectReason::UnsupportedGeometry, {},
                         toGeoJsonName(geometry->type),
                         std::string("a ") + toGeoJsonName(geometry->type)
                             + " cannot become a feature of this layer");
            }
        }
        if (!s.point && !s.polygon)
            fail(record, RejectReason::MissingGeometry, {}, {}, "the record has no geometry");
        return s;
    }

    project::Facility facility(const SourceRecord& record) const {
        const Shape s = shape(record);
        project::Facility f;
        f.position = s.point ? *s.point : centroidOf(*s.polygon);
        const std::string category = text(record, Field::Category);
        if (category.empty())
            fail(record, RejectReason::MissingCategory, columnName(Field::Category), {},
                 "the category cell (" + columnName(Field::Category) + ") is empty");
        const std::string* code = m_categories.find(category);
        if (code == nullptr)
            fail(record, RejectReason::UnknownCategory, columnName(Field::Category), category,
                 "unknown category '" + category
                     + "' (not a code, Chinese or English name of the project's catalogue)");
        f.categoryCode = *code;
        f.name = text(record, Field::Name);
        const std::string status = text(record, Field::Status);
        const auto parsedStatus = statusFromText(status);
        if (!parsedStatus)
            fail(record, RejectReason::BadValue, columnName(Field::Status), status,
                 columnName(Field::Status) + ": '" + status
                     + "' is neither existing (现状) nor planned (规划)");
        f.status = *parsedStatus;
        f.source = text(record, Field::Source);
        if (f.source.empty()) f.source = m_options.defaultSource;
        for (const auto& [column, key] : m_attributeColumns) {
            if (column >= record.values.size()) continue;
            const std::string& value = record.values[column];
            if (!trim(value).empty()) f.attributes[key] = value;
        }
        return f;
    }

    project::IdleSpace idleSpace(const SourceRecord& record) const {
        const Shape s = shape(record);
        project::IdleSpace space;
        space.footprint = s.polygon;
        space.position = s.point ? *s.point : centroidOf(*s.polygon);
        const std::string kind = text(record, Field::Kind);
        if (!kind.empty()) {
            const auto& names = idleKindNames();
            auto it = names.find(kind);
            if (it == names.end()) it = names.find(asciiLower(kind));
            if (it == names.end())
                fail(record, RejectReason::UnknownKind, columnName(Field::Kind), kind,
                     "unknown idle-space kind '" + kind + "'");
            space.kind = it->second;
        }
        space.name = text(record, Field::Name);
        space.floorAreaM2 = number(record, Field::FloorArea, 0.0);
        space.storey = wholeNumber(record, Field::Storey, 1, true);
        space.owner = text(record, Field::Owner);
        space.estimatedCostYuan = number(record, Field::Cost, 0.0);
        space.notes = text(record, Field::Notes);
        space.hasLift =
            flag(record, Field::HasLift, {{"有电梯", true}, {"无电梯", false}}).value_or(false);
        space.proposedFor = categoryCodes(record, Field::ProposedFor);
        return space;
    }

    project::Compound compound(const SourceRecord& record) const {
        const Shape s = shape(record);
        if (!s.polygon)
            fail(record, RejectReason::UnsupportedGeometry, {}, "Point",
                 "a point cannot become a compound: a compound needs a polygon outline");
        project::Compound c;
        c.outline = *s.polygon;
        c.name = text(record, Field::Name);
        c.population = wholeNumber(record, Field::Population, 0, false);
        c.residents60Plus = wholeNumber(record, Field::Residents60Plus, 0, false);
        c.children0To14 = wholeNumber(record, Field::Children0To14, 0, false);
        c.households = wholeNumber(record, Field::Households, 0, false);
        const std::optional<bool> fenced =
            flag(record, Field::Fenced, {{"封闭", true}, {"开放", false}, {"不封闭", false}});
        if (fenced) c.fenced = *fenced;
        return c;
    }

    const SourceTable& m_table;
    const ImportOptions& m_options;
    CategoryIndex m_categories;
    std::map<Field, std::size_t> m_columns;
    std::set<std::size_t> m_used;
    std::vector<std::pair<std::size_t, std::string>> m_attributeColumns;
};

[[noreturn]] void incomplete(Field field, const std::string& what) {
    throw ExchangeError(ExchangeError::Code::MappingIncomplete, what, {}, fieldCode(field));
}

}  // namespace

const char* fieldCode(Field field) {
    switch (field) {
        case Field::Lon:
            return "lon";
        case Field::Lat:
            return "lat";
        case Field::Wkt:
            return "wkt";
        case Field::Name:
            return "name";
        case Field::Category:
            return "category";
        case Field::Status:
            return "status";
        case Field::Source:
            return "source";
        case Field::Kind:
            return "kind";
        case Field::FloorArea:
            return "floor_area_m2";
        case Field::Storey:
            return "storey";
        case Field::Owner:
            return "owner";
        case Field::Cost:
            return "estimated_cost_yuan";
        case Field::Notes:
            return "notes";
        case Field::HasLift:
            return "has_lift";
        case Field::ProposedFor:
            return "proposed_for";
        case Field::Population:
            return "population";
        case Field::Residents60Plus:
            return "residents_60_plus";
        case Field::Children0To14:
            return "children_0_14";
        case Field::Households:
            return "households";
        case Field::Fenced:
            return "fenced";
    }
    return "";
}

bool isImportLayer(Layer layer) {
    return layer == Layer::Facilities || layer == Layer::IdleSpaces || layer == Layer::Compounds;
}

const std::vector<Field>& fieldsOf(Layer layer) {
    static const std::vector<Field> kFacilities{Field::Lon,   Field::Lat,      Field::Wkt,
                                                Field::Name,  Field::Category, Field::Status,
                                                Field::Source};
    static const std::vector<Field> kIdle{
        Field::Lon,    Field::Lat,   Field::Wkt,  Field::Name,  Field::Kind,    Field::FloorArea,
        Field::Storey, Field::Owner, Field::Cost, Field::Notes, Field::HasLift, Field::ProposedFor};
    static const std::vector<Field> kCompounds{
        Field::Wkt,           Field::Name,       Field::Population, Field::Residents60Plus,
        Field::Children0To14, Field::Households, Field::Fenced};
    static const std::vector<Field> kNone;
    switch (layer) {
        case Layer::Facilities:
            return kFacilities;
        case Layer::IdleSpaces:
            return kIdle;
        case Layer::Compounds:
            return kCompounds;
        default:
            return kNone;
    }
}

const char* layerCode(Layer layer) {
    switch (layer) {
        case Layer::Facilities:
            return "facilities";
        case Layer::Compounds:
            return "compounds";
        case Layer::Gates:
            return "gates";
        case Layer::IdleSpaces:
            return "idle_spaces";
        case Layer::Streets:
            return "streets";
        case Layer::Buildings:
            return "buildings";
        case Layer::Water:
            return "water_areas";
        default:
            return "";
    }
}

std::optional<Layer> layerFromCode(const std::string& code) {
    for (Layer layer : {Layer::Facilities, Layer::Compounds, Layer::Gates, Layer::IdleSpaces,
                        Layer::Streets, Layer::Buildings, Layer::Water})
        if (code == layerCode(layer)) return layer;
    return std::nullopt;
}

const char* idleSpaceKindLabelZh(project::IdleSpaceKind kind) {
    using K = project::IdleSpaceKind;
    switch (kind) {
        case K::VacantShop:
            return "空置商铺";
        case K::FormerTestingHut:
            return "闲置核酸采样亭";
        case K::BoilerRoom:
            return "废弃锅炉房";
        case K::StiltedGroundFloor:
            return "架空层";
        case K::CommunityRoom:
            return "低效利用的社区用房";
        case K::Warehouse:
            return "仓库";
        case K::Other:
            return "其他闲置空间";
    }
    return "";
}

const std::string* ColumnMapping::columnOf(Field field) const {
    const auto it = columns.find(field);
    return it == columns.end() || it->second.empty() ? nullptr : &it->second;
}

ColumnMapping guessMapping(Layer layer, const std::vector<std::string>& columns) {
    ColumnMapping mapping;
    std::vector<std::string> names;
    for (const std::string& c : columns) names.push_back(normalised(c));
    std::set<std::size_t> used;
    const auto claim = [&](Field field, const std::function<bool(const std::string&)>& match) {
        if (mapping.columns.count(field) != 0) return;
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (used.count(i) != 0 || !match(names[i])) continue;
            mapping.columns[field] = columns[i];
            used.insert(i);
            return;
        }
    };
    // Exact names first for every field, so "类型" goes to the field that names it exactly
    // before any looser rule can take it.
    for (Field field : fieldsOf(layer)) {
        const FieldNames& n = namesOf(field);
        claim(field, [&](const std::string& name) {
            return name == normalised(fieldCode(field))
                   || std::find(n.exact.begin(), n.exact.end(), name) != n.exact.end();
        });
    }
    for (Field field : fieldsOf(layer)) {
        const FieldNames& n = namesOf(field);
        claim(field, [&](const std::string& name) {
            for (const std::string& fragment : n.contains)
                if (name.find(fragment) != std::string::npos) return true;
            for (const std::string& prefix : n.prefixes)
                if (name.rfind(prefix, 0) == 0) return true;
            return false;
        });
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (used.count(i) == 0 && isExportOnlyColumn(names[i])) mapping.ignored.insert(columns[i]);
    return mapping;
}

void validateMapping(const SourceTable& table, const ImportOptions& options) {
    if (!isImportLayer(options.layer))
        throw ExchangeError(ExchangeError::Code::UnsupportedLayer,
                            std::string("features cannot be imported into the layer '")
                                + layerCode(options.layer) + "'",
                            {}, layerCode(options.layer));
    const std::vector<Field>& allowed = fieldsOf(options.layer);
    for (const auto& [field, column] : options.mapping.columns) {
        if (column.empty()) continue;
        if (std::find(allowed.begin(), allowed.end(), field) == allowed.end()) continue;
        if (!table.columnIndex(column)) {
            std::string known;
            for (const std::string& c : table.columns) known += (known.empty() ? "" : ", ") + c;
            throw ExchangeError(ExchangeError::Code::MissingColumn,
                                "the file has no column '" + column + "' (it has: " + known + ")",
                                {}, column);
        }
    }
    const ColumnMapping& m = options.mapping;
    const bool fromGeoJson = table.format == SourceFormat::GeoJson;
    if (m.columnOf(Field::Lon) && !m.columnOf(Field::Lat))
        incomplete(Field::Lat, "a longitude column is given but no latitude column");
    if (m.columnOf(Field::Lat) && !m.columnOf(Field::Lon))
        incomplete(Field::Lon, "a latitude column is given but no longitude column");
    const bool hasPoints = m.columnOf(Field::Lon) && m.columnOf(Field::Lat)
                           && options.layer != project::Layer::Compounds;
    const bool hasWkt = m.columnOf(Field::Wkt) != nullptr;
    if (!fromGeoJson && !hasPoints && !hasWkt) {
        if (options.layer == project::Layer::Compounds)
            incomplete(Field::Wkt,
                       "compounds need polygon outlines: name a WKT column "
                       "(or import a GeoJSON file of polygons)");
        incomplete(Field::Lon, "name the longitude and latitude columns (or a WKT column)");
    }
    if (options.layer == project::Layer::Facilities && !m.columnOf(Field::Category))
        incomplete(Field::Category, "name the column that holds each facility's category");
}

ImportResult importTable(const SourceTable& table, const ImportOptions& options,
                         const catalog::Catalog& catalog) {
    validateMapping(table, options);
    ImportResult result;
    result.layer = options.layer;
    result.report.records = table.records.size();
    const RecordConverter converter(table, options, catalog);
    for (const SourceRecord& record : table.records) {
        auto outcome = converter.convert(record);
        if (auto* rejection = std::get_if<Rejection>(&outcome)) {
            result.report.rejected.push_back(std::move(*rejection));
            continue;
        }
        auto& feature = std::get<RecordConverter::Feature>(outcome);
        if (auto* f = std::get_if<project::Facility>(&feature))
            result.facilities.push_back(std::move(*f));
        else if (auto* s = std::get_if<project::IdleSpace>(&feature))
            result.idleSpaces.push_back(std::move(*s));
        else
            result.compounds.push_back(std::move(std::get<project::Compound>(feature)));
    }
    result.report.imported = result.count();
    return result;
}

std::vector<PreviewRow> previewTable(const SourceTable& table, const ImportOptions& options,
                                     const catalog::Catalog& catalog, std::size_t maxRows) {
    validateMapping(table, options);
    const RecordConverter converter(table, options, catalog);
    std::vector<PreviewRow> rows;
    for (const SourceRecord& record : table.records) {
        if (rows.size() >= maxRows) break;
        PreviewRow row;
        row.record = record.record;
        row.line = record.line;
        row.values = record.values;
        auto outcome = converter.convert(record);
        if (auto* rejection = std::get_if<Rejection>(&outcome)) {
            row.problem = std::move(*rejection);
        } else {
            const auto& feature = std::get<RecordConverter::Feature>(outcome);
            if (const auto* f = std::get_if<project::Facility>(&feature))
                row.position = f->position;
            else if (const auto* s = std::get_if<project::IdleSpace>(&feature))
                row.position = s->position;
            else
                row.position = centroidOf(std::get<project::Compound>(feature).outline);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::optional<SourceFormat> formatForPath(const std::filesystem::path& path) {
    const std::string ext = asciiLower(platform::utf8FromPath(path.extension()));
    if (ext == ".csv" || ext == ".tsv" || ext == ".txt") return SourceFormat::Csv;
    if (ext == ".geojson" || ext == ".json") return SourceFormat::GeoJson;
    return std::nullopt;
}

std::string readFileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ExchangeError(ExchangeError::Code::CannotRead,
                            "cannot read '" + platform::utf8FromPath(path) + "'", {},
                            platform::utf8FromPath(path));
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        throw ExchangeError(ExchangeError::Code::CannotRead,
                            "cannot read '" + platform::utf8FromPath(path) + "'", {},
                            platform::utf8FromPath(path));
    return std::move(bytes).str();
}

SourceTable readSourceFile(const std::filesystem::path& path, const ReadOptions& options) {
    const std::optional<SourceFormat> format = formatForPath(path);
    if (!format)
        throw ExchangeError(ExchangeError::Code::UnknownFormat,
                            "'" + platform::utf8FromPath(path)
                                + "' is neither a table (.csv, .tsv, .txt) nor GeoJSON (.geojson, "
                                  ".json)",
                            {}, platform::utf8FromPath(path));
    const std::string bytes = readFileBytes(path);
    if (*format == SourceFormat::Csv) {
        CsvOptions csv;
        csv.encoding = options.encoding;
        csv.delimiter = options.delimiter;
        if (!csv.delimiter && asciiLower(platform::utf8FromPath(path.extension())) == ".tsv")
            csv.delimiter = '\t';
        csv.maxRecords = options.maxRecords;
        return readCsv(bytes, csv);
    }
    GeoJsonOptions geojson;
    geojson.encoding = options.encoding;
    geojson.maxRecords = options.maxRecords;
    return readGeoJson(bytes, geojson);
}

}  // namespace yike::exchange
