// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalog.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/support/test_data.h"

namespace yike::catalog {
namespace detail {
// The embedded bytes of resources/catalog/facility_catalog.json.
extern const std::string_view kBuiltinCatalogJson;
}  // namespace detail

namespace {

using ::testing::HasSubstr;

// One complete, valid entry; tests replace single fields in it.
std::string entry(const std::string& code = "pharmacy", const std::string& nameZh = "\"药店\"",
                  const std::string& sources = R"([{"id": "S9", "where": "somewhere"}])",
                  const std::string& walkMinutes = "8") {
    return R"({"code": ")" + code + R"(", "name_zh": )" + nameZh
           + R"(, "name_en": "Pharmacy", "group": "basic", "gb50180_level": null,
               "walk_target": "8 min", "walk_minutes": )"
           + walkMinutes + R"(, "walk_distance_m": null, "min_area": null, "min_area_m2": 120.5,
               "per_population": null, "sources": )"
           + sources + R"(, "confidence": "secondary", "notes": null})";
}

std::string messageOf(const std::string& json) {
    try {
        parseCatalogJson(json);
    } catch (const CatalogError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(Catalog, BuiltinHasAllCategories) {
    const Catalog& c = builtinCatalog();
    EXPECT_EQ(c.size(), 43u);
    EXPECT_EQ(c.categories().front().code, "convenience_store");
    EXPECT_EQ(&c, &builtinCatalog());
}

TEST(Catalog, BuiltinCarriesSourcesAndNulls) {
    const Category* pharmacy = builtinCatalog().find("pharmacy");
    ASSERT_NE(pharmacy, nullptr);
    EXPECT_EQ(pharmacy->nameZh, "药店");
    EXPECT_EQ(pharmacy->group, "basic");
    ASSERT_TRUE(pharmacy->walkMinutes.has_value());
    EXPECT_DOUBLE_EQ(*pharmacy->walkMinutes, 8.0);
    EXPECT_FALSE(pharmacy->walkDistanceM.has_value());
    EXPECT_FALSE(pharmacy->gb50180Level.has_value());
    EXPECT_FALSE(pharmacy->notes.has_value());
    ASSERT_EQ(pharmacy->sources.size(), 2u);
    EXPECT_EQ(pharmacy->sources[0].id, "S9");
    EXPECT_THAT(pharmacy->sources[0].where, HasSubstr("fxcwl.com"));

    const Category* station = builtinCatalog().find("community_health_station");
    ASSERT_NE(station, nullptr);
    ASSERT_TRUE(station->walkDistanceM.has_value());
    EXPECT_DOUBLE_EQ(*station->walkDistanceM, 500.0);
    ASSERT_TRUE(station->minAreaM2.has_value());
    EXPECT_DOUBLE_EQ(*station->minAreaM2, 120.0);

    const Category* unverified = builtinCatalog().find("health_wellness");
    ASSERT_NE(unverified, nullptr);
    EXPECT_TRUE(unverified->sources.empty());
    EXPECT_EQ(unverified->confidence, "unverified");
}

TEST(Catalog, BuiltinCarriesSourcedAreas) {
    const Category* market = builtinCatalog().find("wet_market");
    ASSERT_NE(market, nullptr);
    EXPECT_EQ(market->minAreaM2, 500.0);
    EXPECT_EQ(market->maxAreaM2, 1000.0);
    EXPECT_EQ(market->areaKind, "floor");
    ASSERT_TRUE(market->areaSource.has_value());
    EXPECT_EQ(market->areaSource->jurisdiction, "Beijing");
    EXPECT_THAT(market->areaSource->quote, HasSubstr("500至1000平方米"));
    EXPECT_THAT(market->areaSource->url, HasSubstr("http"));

    // A siting rule without a minimum area.
    const Category* childcare = builtinCatalog().find("childcare_service");
    ASSERT_NE(childcare, nullptr);
    EXPECT_FALSE(childcare->minAreaM2.has_value());
    ASSERT_TRUE(childcare->siting.has_value());
    EXPECT_THAT(*childcare->siting, HasSubstr("never below ground"));
    EXPECT_TRUE(childcare->areaSource.has_value());

    // No sourced area: nothing is made up.
    const Category* supermarket = builtinCatalog().find("supermarket");
    ASSERT_NE(supermarket, nullptr);
    EXPECT_FALSE(supermarket->minAreaM2.has_value());
    EXPECT_TRUE(supermarket->areaKind.empty());
    EXPECT_FALSE(supermarket->areaSource.has_value());
    EXPECT_FALSE(supermarket->siting.has_value());

    for (const Category& c : builtinCatalog().categories())
        EXPECT_TRUE(c.areaKind.empty() || isAreaKind(c.areaKind)) << c.code;
}

TEST(Catalog, FindReturnsNullForUnknownCode) {
    EXPECT_EQ(builtinCatalog().find("spaceport"), nullptr);
    EXPECT_EQ(builtinCatalog().find(""), nullptr);
}

TEST(Catalog, BuiltinRoundTripsToTheSameText) {
    const std::string text(detail::kBuiltinCatalogJson);
    EXPECT_EQ(toCatalogJson(builtinCatalog()), text);
    EXPECT_EQ(parseCatalogJson(toCatalogJson(builtinCatalog())), builtinCatalog());
}

TEST(Catalog, RoundTripsFractionsAndOptionalFields) {
    Category c;
    c.code = "x";
    c.nameZh = "某";
    c.nameEn = "X";
    c.group = "quality";
    c.walkMinutes = 7.25;
    c.walkDistanceM = 0.1;
    c.minAreaM2 = 30.0;
    c.notes = "引号 \" and backslash \\";
    c.sources = {{"S1", "a"}, {"S2", "b"}};
    c.confidence = "unverified";
    const Catalog catalog({c});
    const std::string json = toCatalogJson(catalog);
    EXPECT_THAT(json, HasSubstr("\"min_area_m2\": 30,"));
    EXPECT_THAT(json, HasSubstr("\"walk_minutes\": 7.25,"));
    EXPECT_EQ(parseCatalogJson(json), catalog);
    EXPECT_EQ(toCatalogJson(Catalog()), "[]");
    EXPECT_TRUE(parseCatalogJson("[]").empty());
}

TEST(Catalog, RoundTripsAreaFields) {
    Category c = parseCatalogJson("[" + entry("parcel_point") + "]").categories().front();
    c.minArea = "≥15 m² usable";
    c.maxAreaM2 = 70.5;
    c.areaKind = "usable";
    c.areaSource = AreaSource{"使用面积不小于15㎡", "https://example.org/rule", "Xuzhou",
                              "local (via reprint)", ""};
    c.siting = "ground floor";
    Category bare = c;
    bare.code = "bare";
    bare.maxAreaM2.reset();
    bare.areaKind.clear();
    bare.areaSource.reset();
    bare.siting.reset();
    const Catalog catalog({c, bare});
    const std::string json = toCatalogJson(catalog);
    EXPECT_THAT(json, HasSubstr("\"max_area_m2\": 70.5,"));
    EXPECT_THAT(json, HasSubstr("\"area_kind\": \"usable\","));
    EXPECT_THAT(json, HasSubstr("\"jurisdiction\": \"Xuzhou\","));
    EXPECT_THAT(json, HasSubstr("\"note\": null"));  // an empty member is written as null
    EXPECT_THAT(json, HasSubstr("\"area_kind\": null,"));
    EXPECT_THAT(json, HasSubstr("\"area_source\": null,"));
    EXPECT_EQ(parseCatalogJson(json), catalog);
    EXPECT_EQ(toCatalogJson(parseCatalogJson(json)), json);
}

TEST(Catalog, AreaSourceJsonRoundTrips) {
    const AreaSource source{"建筑面积不少于1000平方米", "http://example.org/a?b=1", "Hubei draft",
                            "local draft", "national: 30 m² per 100 households"};
    const std::string json = toAreaSourceJson(source);
    EXPECT_EQ(json.find('\n'), std::string::npos);
    EXPECT_EQ(parseAreaSourceJson(json), source);
    EXPECT_EQ(parseAreaSourceJson(toAreaSourceJson(AreaSource{})), AreaSource{});
    EXPECT_EQ(parseAreaSourceJson(R"({"quote": "q"})").quote, "q");
    EXPECT_THROW(parseAreaSourceJson("[1]"), CatalogError);
    EXPECT_THROW(parseAreaSourceJson("{\"url\": 3}"), CatalogError);
    EXPECT_THROW(parseAreaSourceJson("{"), CatalogError);
}

TEST(Catalog, ReportsBadAreaKindAndAreaSource) {
    std::string badKind = "[" + entry() + "]";
    badKind.replace(badKind.find("\"notes\": null"), 13,
                    "\"notes\": null, \"area_kind\": \"roof\"");
    EXPECT_THAT(messageOf(badKind),
                HasSubstr("code \"pharmacy\"): key \"area_kind\" must be floor, usable, sales, "
                          "dining, land or null"));

    std::string badSource = "[" + entry() + "]";
    badSource.replace(badSource.find("\"notes\": null"), 13,
                      R"("notes": null, "area_source": {"quote": "q", "url": 12})");
    EXPECT_THAT(messageOf(badSource),
                HasSubstr("code \"pharmacy\"): key \"area_source.url\" must be a string or null"));

    std::string notAnObject = "[" + entry() + "]";
    notAnObject.replace(notAnObject.find("\"notes\": null"), 13,
                        R"("notes": null, "area_source": "Beijing")");
    EXPECT_THAT(messageOf(notAnObject), HasSubstr("\"area_source\" must be an object or null"));
}

/// The category without the area figures that come from facility_areas.json.
Category withoutAreas(Category c) {
    c.minAreaM2.reset();
    c.maxAreaM2.reset();
    c.areaKind.clear();
    c.areaSource.reset();
    c.siting.reset();
    return c;
}

TEST(Catalog, ShippedCopyMatchesSharedCatalogue) {
    const auto shared = test::sharedPath("domain/facility_catalog.json");
    YIKE_REQUIRE_SHARED_FILE(shared);
    const Catalog notes = parseCatalogJson(readFile(shared));
    ASSERT_EQ(notes.size(), builtinCatalog().size());
    // Everything but the area figures, which facility_areas.json gives (next test).
    for (std::size_t i = 0; i < notes.size(); ++i)
        EXPECT_EQ(withoutAreas(notes.categories()[i]),
                  withoutAreas(builtinCatalog().categories()[i]))
            << notes.categories()[i].code;
}

TEST(Catalog, ShippedAreasMatchSharedAreaNotes) {
    const auto catalogNotes = test::sharedPath("domain/facility_catalog.json");
    const auto areaNotes = test::sharedPath("domain/facility_areas.json");
    YIKE_REQUIRE_SHARED_FILE(catalogNotes);
    YIKE_REQUIRE_SHARED_FILE(areaNotes);
    const Catalog notes = parseCatalogJson(readFile(catalogNotes));
    const nlohmann::json areas = nlohmann::json::parse(readFile(areaNotes)).at("categories");
    auto optionalNumber = [](const nlohmann::json& v) {
        return v.is_null() ? std::optional<double>() : std::optional<double>(v.get<double>());
    };
    auto text = [](const nlohmann::json& v) {
        return v.is_null() ? std::string() : v.get<std::string>();
    };
    std::size_t sourced = 0;
    for (const Category& c : builtinCatalog().categories()) {
        SCOPED_TRACE(c.code);
        const Category* before = notes.find(c.code);
        ASSERT_NE(before, nullptr);
        const auto row = std::find_if(areas.begin(), areas.end(), [&](const nlohmann::json& a) {
            return a.at("code").get<std::string>() == c.code;
        });
        if (row == areas.end()) {
            EXPECT_EQ(c, *before);  // no sourced area: the catalogue entry as it was
            continue;
        }
        ++sourced;
        const std::optional<double> minimum = optionalNumber(row->at("min_m2"));
        EXPECT_EQ(c.minAreaM2, minimum ? minimum : before->minAreaM2);
        EXPECT_EQ(c.minArea, before->minArea);
        EXPECT_EQ(c.maxAreaM2, optionalNumber(row->at("max_m2")));
        EXPECT_EQ(c.areaKind, text(row->at("area_kind")));
        EXPECT_EQ(c.siting.value_or(""), text(row->at("siting")));
        ASSERT_TRUE(c.areaSource.has_value());
        EXPECT_EQ(c.areaSource->quote, text(row->at("quote")));
        EXPECT_EQ(c.areaSource->url, text(row->at("source")));
        EXPECT_EQ(c.areaSource->jurisdiction, text(row->at("jurisdiction")));
        EXPECT_EQ(c.areaSource->confidence, text(row->at("confidence")));
        EXPECT_THAT(c.areaSource->note, HasSubstr(text(row->at("note"))));
    }
    EXPECT_EQ(sourced, areas.size());
}

TEST(Catalog, RejectsDuplicateAndEmptyCodes) {
    Category a;
    a.code = "a";
    EXPECT_THROW(Catalog({a, a}), CatalogError);
    Category empty;
    EXPECT_THROW(Catalog({empty}), CatalogError);
    EXPECT_NO_THROW(Catalog({a}));

    const std::string message = messageOf("[" + entry() + "," + entry() + "]");
    EXPECT_THAT(message, HasSubstr("entry 1"));
    EXPECT_THAT(message, HasSubstr("pharmacy"));
    EXPECT_THAT(messageOf("[" + entry("") + "]"), HasSubstr("\"code\" must not be empty"));
}

TEST(Catalog, ReportsMalformedJsonWithBytePosition) {
    const std::string message = messageOf("[{\"code\": \"a\",, }]");
    EXPECT_THAT(message, HasSubstr("malformed"));
    EXPECT_THAT(message, HasSubstr("byte 15"));
    EXPECT_THAT(messageOf(""), HasSubstr("malformed"));
    EXPECT_THAT(messageOf("[" + entry()), HasSubstr("malformed"));
}

TEST(Catalog, RejectsNonArrayRootAndNonObjectEntry) {
    EXPECT_THAT(messageOf("{}"), HasSubstr("must be an array"));
    EXPECT_THAT(messageOf("[" + entry() + ", 42]"), HasSubstr("entry 1 is not an object"));
}

TEST(Catalog, ReportsMissingRequiredKeys) {
    for (const char* key : {"code", "name_zh", "name_en", "group", "confidence", "sources"}) {
        std::string json = "[" + entry() + "]";
        const std::string quoted = std::string("\"") + key + "\": ";
        const auto at = json.find(quoted);
        ASSERT_NE(at, std::string::npos) << key;
        json.replace(at, quoted.size() - 2, "\"renamed_key\"");
        const std::string message = messageOf(json);
        EXPECT_THAT(message, HasSubstr("entry 0")) << key;
        EXPECT_THAT(message, HasSubstr(std::string("\"") + key + "\" is missing")) << key;
    }
}

TEST(Catalog, RequiredKeyMayNotBeNull) {
    const std::string message = messageOf("[" + entry("pharmacy", "null") + "]");
    EXPECT_THAT(message, HasSubstr("code \"pharmacy\""));
    EXPECT_THAT(message, HasSubstr("\"name_zh\" is missing"));
}

TEST(Catalog, ReportsWronglyTypedValues) {
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "12") + "]"),
                HasSubstr("code \"pharmacy\"): key \"name_zh\" must be a string"));
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "\"药店\"", "{}") + "]"),
                HasSubstr("\"sources\" must be an array"));
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "\"药店\"", "[1]") + "]"),
                HasSubstr("\"sources[0]\" must be an object"));
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "\"药店\"", R"([{"id": "S1"}])") + "]"),
                HasSubstr("\"sources[0].where\" is missing"));
    EXPECT_THAT(
        messageOf("[" + entry("pharmacy", "\"药店\"", R"([{"id": 1, "where": "w"}])") + "]"),
        HasSubstr("\"sources[0].id\" must be a string"));
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "\"药店\"", "[]", "\"8\"") + "]"),
                HasSubstr("\"walk_minutes\" must be a number or null"));
    EXPECT_THAT(messageOf("[" + entry("pharmacy", "\"药店\"", "[]", "true") + "]"),
                HasSubstr("\"walk_minutes\" must be a number or null"));

    std::string badNotes = "[" + entry() + "]";
    badNotes.replace(badNotes.find("\"notes\": null"), 13, "\"notes\": [1]");
    EXPECT_THAT(messageOf(badNotes), HasSubstr("\"notes\" must be a string or null"));
}

TEST(Catalog, OptionalKeysMayBeAbsentAndUnknownKeysAreIgnored) {
    const Catalog c = parseCatalogJson(
        R"([{"code": "a", "name_zh": "甲", "name_en": "A", "group": "basic",
             "sources": [], "confidence": "unverified", "future_field": {"x": 1}}])");
    ASSERT_EQ(c.size(), 1u);
    const Category& a = c.categories().front();
    EXPECT_FALSE(a.walkMinutes.has_value());
    EXPECT_FALSE(a.minArea.has_value());
    EXPECT_FALSE(a.notes.has_value());
    // Catalogues written before the area fields existed.
    EXPECT_FALSE(a.maxAreaM2.has_value());
    EXPECT_TRUE(a.areaKind.empty());
    EXPECT_FALSE(a.areaSource.has_value());
    EXPECT_FALSE(a.siting.has_value());
}

TEST(Catalog, WritingInvalidUtf8Throws) {
    Category c;
    c.code = "bad";
    c.nameZh = "\xff\xfe";
    EXPECT_THROW(toCatalogJson(Catalog({c})), CatalogError);
}

}  // namespace
TEST(Catalog, ANumberBeyondTheRangeOfADoubleIsAClearError) {
    const std::string message = messageOf(R"([{"code": "pharmacy", "walk_minutes": 1e5555}])");
    EXPECT_NE(message.find("catalogue JSON is malformed"), std::string::npos) << message;
}

}  // namespace yike::catalog
