// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guidemap/category_groups.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"

namespace yike::guidemap {
namespace {

constexpr std::string_view kTable =
    "# groups first\n"
    "[groups]\n"
    "yiju\t宜居\tLiveable\n"
    "yiyang\t宜养\n"
    "\n"
    "[categories]\n"
    "pharmacy\tyiyang\tmedicines\n"
    "supermarket\tyiju\n";

int lineOfError(std::string_view text) {
    try {
        parseCategoryGroups(text);
    } catch (const CategoryGroupsError& e) {
        EXPECT_NE(std::string(e.what()).find("line " + std::to_string(e.line())), std::string::npos)
            << e.what();
        return e.line();
    }
    ADD_FAILURE() << "no error for:\n" << text;
    return 0;
}

TEST(CategoryGroups, ReadsGroupsAndCategoriesInOrder) {
    const CategoryGroups table = parseCategoryGroups(kTable);
    ASSERT_EQ(table.groups().size(), 2u);
    EXPECT_EQ(table.groups()[0].code, "yiju");
    EXPECT_EQ(table.groups()[0].nameZh, "宜居");
    EXPECT_EQ(table.groups()[0].nameEn, "Liveable");
    EXPECT_EQ(table.groups()[1].nameEn, "");
    ASSERT_EQ(table.rows().size(), 2u);
    EXPECT_EQ(table.rows()[0].category, "pharmacy");
    EXPECT_EQ(table.rows()[0].group, "yiyang");
    EXPECT_EQ(table.rows()[0].note, "medicines");
    EXPECT_EQ(table.rows()[0].line, 7);
    EXPECT_EQ(table.rank("yiju"), 0u);
    EXPECT_EQ(table.rank("yiyang"), 1u);
    EXPECT_EQ(table.rank("other"), 2u);
}

TEST(CategoryGroups, ToleratesBomCrlfAndTrailingSpaces) {
    const CategoryGroups table = parseCategoryGroups(
        "\xEF\xBB\xBF# comment\r\n[groups]  \r\nyiju\t宜居\tLiveable  \r\n\r\n[categories]\r\n"
        "supermarket\tyiju  \r\n   # indented comment\r\n");
    ASSERT_EQ(table.groups().size(), 1u);
    EXPECT_EQ(table.groups()[0].nameEn, "Liveable");
    ASSERT_EQ(table.rows().size(), 1u);
    EXPECT_EQ(table.rows()[0].group, "yiju");
    EXPECT_EQ(table.rows()[0].line, 6);
}

TEST(CategoryGroups, NamesTheLineOfABadEntry) {
    EXPECT_EQ(lineOfError("[groups]\nyiju\t宜居\n[categories]\nshop\tnowhere\n"), 4);
    EXPECT_EQ(lineOfError("# c\nshop\tyiju\n"), 2);
    EXPECT_EQ(lineOfError("[groups]\nyiju\t宜居\n[sections]\n"), 3);
    EXPECT_EQ(lineOfError("[groups]\nyiju\n"), 2);
    EXPECT_EQ(lineOfError("[groups]\nyiju\t宜居\nyiju\t宜居\n"), 3);
    EXPECT_EQ(lineOfError("[groups]\nyiju\t宜居\n[categories]\nshop\tyiju\r\nshop\tyiju\n"), 5);
    EXPECT_EQ(lineOfError("[groups]\nyiju\t宜居\n[categories]\nshop\n"), 4);
}

TEST(CategoryGroups, FallsBackToTheCatalogueGroup) {
    const CategoryGroups table = parseCategoryGroups(kTable);
    const catalog::Catalog& catalog = catalog::builtinCatalog();
    EXPECT_EQ(table.groupOf("pharmacy", catalog), "yiyang");
    ASSERT_NE(catalog.find("cafe"), nullptr);
    EXPECT_EQ(table.groupOf("cafe", catalog), catalog.find("cafe")->group);
    EXPECT_EQ(table.groupOf("not_a_category", catalog), "");
}

TEST(CategoryGroups, BuiltinTableGroupsEveryCatalogueCategoryUnderAYiGroup) {
    const CategoryGroups& table = builtinCategoryGroups();
    ASSERT_GE(table.groups().size(), 5u);
    const std::vector<std::string> yi{"yiju", "yiye", "yiyou", "yixue", "yiyang"};
    for (std::size_t i = 0; i < yi.size(); ++i) EXPECT_EQ(table.groups()[i].code, yi[i]);
    for (const catalog::Category& c : catalog::builtinCatalog().categories()) {
        const std::string group = table.groupOf(c.code, catalog::builtinCatalog());
        EXPECT_NE(std::find(yi.begin(), yi.end(), group), yi.end())
            << c.code << " is in group '" << group << "'";
    }
}

}  // namespace
}  // namespace yike::guidemap
