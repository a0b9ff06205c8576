// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/poi_rules.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"

namespace yike::osm {
namespace {

TEST(PoiRules, ShippedTableMapsCommonTags) {
    const PoiRules& rules = PoiRules::builtin();
    EXPECT_EQ(rules.categoryFor({{"amenity", "pharmacy"}}), "pharmacy");
    EXPECT_EQ(rules.categoryFor({{"shop", "convenience"}, {"name", "便利蜂"}}), "convenience_store");
    EXPECT_EQ(rules.categoryFor({{"amenity", "school"}, {"isced:level", "2"}}), "junior_high_school");
    EXPECT_EQ(rules.categoryFor({{"amenity", "school"}}), "primary_school");
    EXPECT_EQ(rules.categoryFor({{"amenity", "social_facility"}, {"social_facility:for", "senior"}}),
              "elderly_service_station");
    EXPECT_EQ(rules.categoryFor({{"amenity", "bench"}}), std::nullopt);
}

TEST(PoiRules, EveryShippedCategoryExistsInTheShippedCatalogue) {
    const catalog::Catalog& catalog = catalog::builtinCatalog();
    for (const PoiRule& rule : PoiRules::builtin().rules())
        EXPECT_NE(catalog.find(rule.category), nullptr)
            << "line " << rule.line << " names unknown category " << rule.category;
}

TEST(PoiRules, FirstMatchingLineWinsAndWildcardsMatchAnyValue) {
    const PoiRules rules = PoiRules::parse(
        "# comment\n"
        "shop=*&organic=only\tfresh_food_store\n"
        "shop=*\tconvenience_store\tfallback\n");
    ASSERT_EQ(rules.rules().size(), 2u);
    EXPECT_EQ(rules.rules()[1].note, "fallback");
    EXPECT_EQ(rules.rules()[1].line, 3);
    EXPECT_EQ(rules.categoryFor({{"shop", "bakery"}, {"organic", "only"}}), "fresh_food_store");
    EXPECT_EQ(rules.categoryFor({{"shop", "bakery"}}), "convenience_store");
}

TEST(PoiRules, MalformedLinesAreReportedWithTheirNumber) {
    try {
        PoiRules::parse("amenity=cafe\tcafe\nshop\tconvenience_store\n");
        FAIL() << "expected PoiRulesError";
    } catch (const PoiRulesError& e) {
        EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
    }
    EXPECT_THROW(PoiRules::parse("amenity=cafe\n"), PoiRulesError);
    EXPECT_THROW(PoiRules::parse("=cafe\tcafe\n"), PoiRulesError);
}

TEST(PreferredName, ChineseFirst) {
    EXPECT_EQ(preferredName({{"name", "Xinjiekou"}, {"name:zh", "新街口"}}), "新街口");
    EXPECT_EQ(preferredName({{"name:zh", "新街口"}, {"name:zh-Hans", "新街口站"}}), "新街口站");
    EXPECT_EQ(preferredName({{"name", "Café"}}), "Café");
    EXPECT_EQ(preferredName({{"name:en", "x"}}), "");
}

}  // namespace
}  // namespace yike::osm
