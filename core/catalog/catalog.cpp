// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalog.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

namespace yike::catalog {

namespace detail {
// Defined in the source generated from resources/catalog/facility_catalog.json.
extern const std::string_view kBuiltinCatalogJson;
}  // namespace detail

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

// Key names of the JSON form, in the order the shipped file writes them.
constexpr const char* kCode = "code";
constexpr const char* kNameZh = "name_zh";
constexpr const char* kNameEn = "name_en";
constexpr const char* kGroup = "group";
constexpr const char* kGbLevel = "gb50180_level";
constexpr const char* kWalkTarget = "walk_target";
constexpr const char* kWalkMinutes = "walk_minutes";
constexpr const char* kWalkDistance = "walk_distance_m";
constexpr const char* kMinArea = "min_area";
constexpr const char* kMinAreaM2 = "min_area_m2";
constexpr const char* kMaxAreaM2 = "max_area_m2";
constexpr const char* kAreaKind = "area_kind";
constexpr const char* kAreaSource = "area_source";
constexpr const char* kSiting = "siting";
constexpr const char* kPerPopulation = "per_population";
constexpr const char* kSources = "sources";
constexpr const char* kConfidence = "confidence";
constexpr const char* kNotes = "notes";
constexpr const char* kSourceId = "id";
constexpr const char* kSourceWhere = "where";
// Members of area_source, in the order they are written.
constexpr std::array<const char*, 5> kAreaSourceKeys{"quote", "url", "jurisdiction", "confidence",
                                                     "note"};

std::array<std::string*, 5> areaSourceMembers(AreaSource& s) {
    return {&s.quote, &s.url, &s.jurisdiction, &s.confidence, &s.note};
}

std::array<const std::string*, 5> areaSourceMembers(const AreaSource& s) {
    return {&s.quote, &s.url, &s.jurisdiction, &s.confidence, &s.note};
}

/// Reads an area_source object; a failure names the member, e.g. "\"area_source.url\" must be
/// a string or null".
AreaSource readAreaSource(const Json& object) {
    if (!object.is_object())
        throw CatalogError(std::string("\"") + kAreaSource + "\" must be an object or null");
    AreaSource source;
    const std::array<std::string*, 5> members = areaSourceMembers(source);
    for (std::size_t i = 0; i < kAreaSourceKeys.size(); ++i) {
        const auto it = object.find(kAreaSourceKeys[i]);
        if (it == object.end() || it->is_null()) continue;
        if (!it->is_string())
            throw CatalogError(std::string("\"") + kAreaSource + "." + kAreaSourceKeys[i]
                               + "\" must be a string or null");
        *members[i] = it->get<std::string>();
    }
    return source;
}

OrderedJson areaSourceObject(const AreaSource& source) {
    OrderedJson o = OrderedJson::object();
    const std::array<const std::string*, 5> members = areaSourceMembers(source);
    for (std::size_t i = 0; i < kAreaSourceKeys.size(); ++i)
        o[kAreaSourceKeys[i]] =
            members[i]->empty() ? OrderedJson(nullptr) : OrderedJson(*members[i]);
    return o;
}

std::string dumpStrict(const OrderedJson& json, int indent) {
    try {
        return json.dump(indent, ' ', false, OrderedJson::error_handler_t::strict);
    } catch (const OrderedJson::exception& e) {
        // Only text that is not valid UTF-8 can get here.
        throw CatalogError(std::string("catalogue cannot be written as JSON: ") + e.what());
    }
}

// Largest magnitude below which every integer is exactly representable as a double.
constexpr double kExactIntegerLimit = 9007199254740992.0;  // 2^53

/// Reads one entry of the array and says, in every error, which entry and key are at fault.
class EntryReader {
public:
    EntryReader(const Json& entry, std::size_t index) : m_entry(entry), m_index(index) {}

    std::string requiredString(const char* key) const {
        const Json* value = lookup(key);
        if (value == nullptr || value->is_null()) fail(key, "is missing");
        if (!value->is_string()) fail(key, "must be a string");
        return value->get<std::string>();
    }

    std::optional<std::string> optionalString(const char* key) const {
        const Json* value = lookup(key);
        if (value == nullptr || value->is_null()) return std::nullopt;
        if (!value->is_string()) fail(key, "must be a string or null");
        return value->get<std::string>();
    }

    std::optional<double> optionalNumber(const char* key) const {
        const Json* value = lookup(key);
        if (value == nullptr || value->is_null()) return std::nullopt;
        if (!value->is_number()) fail(key, "must be a number or null");
        return value->get<double>();
    }

    std::string areaKind() const {
        std::optional<std::string> kind = optionalString(kAreaKind);
        if (kind && !kind->empty() && !isAreaKind(*kind))
            fail(kAreaKind, "must be floor, usable, sales, dining, land or null");
        return kind.value_or(std::string());
    }

    std::optional<AreaSource> areaSource() const {
        const Json* value = lookup(kAreaSource);
        if (value == nullptr || value->is_null()) return std::nullopt;
        try {
            return readAreaSource(*value);
        } catch (const CatalogError& e) {
            throw CatalogError(label() + ": key " + e.what());
        }
    }

    std::vector<Source> sources() const {
        const Json* value = lookup(kSources);
        if (value == nullptr || value->is_null()) fail(kSources, "is missing");
        if (!value->is_array()) fail(kSources, "must be an array");
        std::vector<Source> result;
        result.reserve(value->size());
        std::size_t n = 0;
        for (const Json& item : *value) {
            const std::string where = std::string(kSources) + "[" + std::to_string(n) + "]";
            if (!item.is_object()) fail(where.c_str(), "must be an object");
            result.push_back(Source{sourceField(item, where, kSourceId),
                                    sourceField(item, where, kSourceWhere)});
            ++n;
        }
        return result;
    }

    /// The entry's code when it has a readable one, for messages.
    std::string label() const {
        std::string text = "catalogue entry " + std::to_string(m_index);
        const Json* code = lookup(kCode);
        if (code != nullptr && code->is_string())
            text += " (code \"" + code->get<std::string>() + "\")";
        return text;
    }

    [[noreturn]] void fail(const char* key, const char* problem) const {
        throw CatalogError(label() + ": key \"" + key + "\" " + problem);
    }

private:
    const Json* lookup(const char* key) const {
        const auto it = m_entry.find(key);
        return it == m_entry.end() ? nullptr : &*it;
    }

    std::string sourceField(const Json& item, const std::string& where, const char* key) const {
        const auto it = item.find(key);
        const std::string path = where + "." + key;
        if (it == item.end() || it->is_null()) fail(path.c_str(), "is missing");
        if (!it->is_string()) fail(path.c_str(), "must be a string");
        return it->get<std::string>();
    }

    const Json& m_entry;
    std::size_t m_index;
};

Category readCategory(const Json& entry, std::size_t index) {
    if (!entry.is_object())
        throw CatalogError("catalogue entry " + std::to_string(index) + " is not an object");
    // Keys outside the known set are ignored, so a catalogue written by a later version
    // with extra fields still loads.
    const EntryReader reader(entry, index);
    Category c;
    c.code = reader.requiredString(kCode);
    if (c.code.empty()) reader.fail(kCode, "must not be empty");
    c.nameZh = reader.requiredString(kNameZh);
    c.nameEn = reader.requiredString(kNameEn);
    c.group = reader.requiredString(kGroup);
    c.gb50180Level = reader.optionalString(kGbLevel);
    c.walkTarget = reader.optionalString(kWalkTarget);
    c.walkMinutes = reader.optionalNumber(kWalkMinutes);
    c.walkDistanceM = reader.optionalNumber(kWalkDistance);
    c.minArea = reader.optionalString(kMinArea);
    c.minAreaM2 = reader.optionalNumber(kMinAreaM2);
    c.maxAreaM2 = reader.optionalNumber(kMaxAreaM2);
    c.areaKind = reader.areaKind();
    c.areaSource = reader.areaSource();
    c.siting = reader.optionalString(kSiting);
    c.perPopulation = reader.optionalString(kPerPopulation);
    c.sources = reader.sources();
    c.confidence = reader.requiredString(kConfidence);
    c.notes = reader.optionalString(kNotes);
    return c;
}

OrderedJson optionalText(const std::optional<std::string>& value) {
    return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

// Whole numbers are written without a fraction ("15", not "15.0"), as the shipped file has them.
OrderedJson optionalNumber(const std::optional<double>& value) {
    if (!value) return OrderedJson(nullptr);
    const double v = *value;
    if (std::isfinite(v) && std::trunc(v) == v && std::fabs(v) < kExactIntegerLimit)
        return OrderedJson(static_cast<std::int64_t>(v));
    return OrderedJson(v);
}

OrderedJson categoryToJson(const Category& c) {
    OrderedJson sources = OrderedJson::array();
    for (const Source& s : c.sources) {
        OrderedJson item = OrderedJson::object();
        item[kSourceId] = s.id;
        item[kSourceWhere] = s.where;
        sources.push_back(std::move(item));
    }
    OrderedJson o = OrderedJson::object();
    o[kCode] = c.code;
    o[kNameZh] = c.nameZh;
    o[kNameEn] = c.nameEn;
    o[kGroup] = c.group;
    o[kGbLevel] = optionalText(c.gb50180Level);
    o[kWalkTarget] = optionalText(c.walkTarget);
    o[kWalkMinutes] = optionalNumber(c.walkMinutes);
    o[kWalkDistance] = optionalNumber(c.walkDistanceM);
    o[kMinArea] = optionalText(c.minArea);
    o[kMinAreaM2] = optionalNumber(c.minAreaM2);
    o[kMaxAreaM2] = optionalNumber(c.maxAreaM2);
    o[kAreaKind] = c.areaKind.empty() ? OrderedJson(nullptr) : OrderedJson(c.areaKind);
    o[kAreaSource] = c.areaSource ? areaSourceObject(*c.areaSource) : OrderedJson(nullptr);
    o[kSiting] = optionalText(c.siting);
    o[kPerPopulation] = optionalText(c.perPopulation);
    o[kSources] = std::move(sources);
    o[kConfidence] = c.confidence;
    o[kNotes] = optionalText(c.notes);
    return o;
}

}  // namespace

Catalog::Catalog(std::vector<Category> categories) : m_categories(std::move(categories)) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < m_categories.size(); ++i) {
        const std::string& code = m_categories[i].code;
        if (code.empty())
            throw CatalogError("category " + std::to_string(i) + " has an empty code");
        if (!seen.insert(code).second)
            throw CatalogError("category " + std::to_string(i) + ": code \"" + code
                               + "\" is used twice");
    }
}

const Category* Catalog::find(std::string_view code) const {
    for (const Category& c : m_categories)
        if (c.code == code) return &c;
    return nullptr;
}

Catalog parseCatalogJson(std::string_view json) {
    Json root;
    try {
        root = Json::parse(json.begin(), json.end());
    } catch (const Json::parse_error& e) {
        throw CatalogError("catalogue JSON is malformed at byte " + std::to_string(e.byte) + ": "
                           + e.what());
    } catch (const Json::out_of_range& e) {  // a number beyond the range of a double
        throw CatalogError(std::string("catalogue JSON is malformed: ") + e.what());
    }
    if (!root.is_array()) throw CatalogError("catalogue JSON must be an array of categories");

    std::vector<Category> categories;
    categories.reserve(root.size());
    std::set<std::string> codes;
    std::size_t index = 0;
    for (const Json& entry : root) {
        Category c = readCategory(entry, index);
        if (!codes.insert(c.code).second)
            throw CatalogError("catalogue entry " + std::to_string(index) + " (code \"" + c.code
                               + "\"): key \"code\" repeats an earlier entry");
        categories.push_back(std::move(c));
        ++index;
    }
    return Catalog(std::move(categories));
}

std::string toCatalogJson(const Catalog& catalog) {
    OrderedJson root = OrderedJson::array();
    for (const Category& c : catalog.categories()) root.push_back(categoryToJson(c));
    return dumpStrict(root, 2);
}

std::string toAreaSourceJson(const AreaSource& source) {
    return dumpStrict(areaSourceObject(source), -1);
}

AreaSource parseAreaSourceJson(std::string_view json) {
    const Json parsed = Json::parse(json.begin(), json.end(), nullptr, false);
    if (parsed.is_discarded())
        throw CatalogError(std::string("\"") + kAreaSource + "\" is not valid JSON");
    return readAreaSource(parsed);
}

bool isAreaKind(std::string_view kind) {
    return std::find(kAreaKinds.begin(), kAreaKinds.end(), kind) != kAreaKinds.end();
}

const Catalog& builtinCatalog() {
    // Initialised once, on first use; C++ guarantees the initialisation is thread-safe.
    static const Catalog catalog = parseCatalogJson(detail::kBuiltinCatalogJson);
    return catalog;
}

}  // namespace yike::catalog
