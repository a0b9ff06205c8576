// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/catalog.h"

#include <fstream>
#include <iterator>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

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

TEST(Catalog, ShippedCopyMatchesSharedCatalogue) {
    const auto shared = test::sharedPath("domain/facility_catalog.json");
    YIKE_REQUIRE_SHARED_FILE(shared);
    EXPECT_EQ(parseCatalogJson(readFile(shared)), builtinCatalog());
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
}

TEST(Catalog, WritingInvalidUtf8Throws) {
    Category c;
    c.code = "bad";
    c.nameZh = "\xff\xfe";
    EXPECT_THROW(toCatalogJson(Catalog({c})), CatalogError);
}

}  // namespace
}  // namespace yike::catalog
