// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/siting_rules.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"

namespace yike::proposals {
namespace {

catalog::Category category(const std::string& code, const std::string& areaKind = "floor") {
    catalog::Category c;
    c.code = code;
    c.areaKind = areaKind;
    return c;
}

project::IdleSpace space(int storey, bool lift = false,
                         project::IdleSpaceKind kind = project::IdleSpaceKind::VacantShop) {
    project::IdleSpace s;
    s.storey = storey;
    s.hasLift = lift;
    s.kind = kind;
    s.floorAreaM2 = 100;
    return s;
}

TEST(SitingRules, ReadsTheTableAsEditorsLeaveIt) {
    // A byte-order mark, CRLF line ends, comments, blank lines, trailing spaces, missing
    // optional columns.
    const SitingRules rules = parseSitingRules(
        "\xEF\xBB\xBF# comment\r\n\r\nchildcare_service\tstoreys\t1..2\tAnhui draft\tnote \r\n"
        "canteen\tground_or_lift\r\n*\tnot_below_ground\t\r\n"
        "school\town_site\nshop\tkinds\tvacant_shop, community_room\n");
    ASSERT_EQ(rules.rules().size(), 5u);
    EXPECT_EQ(rules.rules()[0].lowStorey, 1);
    EXPECT_EQ(rules.rules()[0].highStorey, 2);
    EXPECT_EQ(rules.rules()[0].source, "Anhui draft");
    EXPECT_EQ(rules.rules()[0].note, "note");
    EXPECT_EQ(rules.rules()[4].kinds.size(), 2u);
    EXPECT_EQ(rules.rulesFor("canteen").size(), 2u) << "its own rule and the * rule";

    EXPECT_FALSE(rules.check(space(1), category("childcare_service")));
    EXPECT_TRUE(rules.check(space(3), category("childcare_service")));
    EXPECT_TRUE(rules.check(space(-1), category("childcare_service")));
    EXPECT_TRUE(rules.check(space(2), category("canteen")));
    EXPECT_FALSE(rules.check(space(2, true), category("canteen")));
    EXPECT_TRUE(rules.check(space(-1, true), category("canteen"))) << "the * rule";
    EXPECT_EQ(rules.check(space(1), category("school"))->rule->kind, SitingRuleKind::OwnSite);
    EXPECT_FALSE(rules.check(space(1, false, project::IdleSpaceKind::CommunityRoom), category("shop")));
    EXPECT_TRUE(rules.check(space(1, false, project::IdleSpaceKind::BoilerRoom), category("shop")));
    // A minimum given as site area never fits a room, whatever the table says.
    const auto land = rules.check(space(1), category("park", "land"));
    ASSERT_TRUE(land);
    EXPECT_FALSE(land->rule);
}

TEST(SitingRules, RefusesWhatItCannotRead) {
    EXPECT_THROW(parseSitingRules("a\tupstairs\n"), SitingRulesError);
    EXPECT_THROW(parseSitingRules("a\tstoreys\t3..1\n"), SitingRulesError);
    EXPECT_THROW(parseSitingRules("a\tstoreys\tground\n"), SitingRulesError);
    EXPECT_THROW(parseSitingRules("a\tkinds\tcastle\n"), SitingRulesError);
    EXPECT_THROW(parseSitingRules("a\tkinds\t\n"), SitingRulesError);
    try {
        parseSitingRules("# c\n\nb\tfly\n");
        FAIL();
    } catch (const SitingRulesError& e) {
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
    }
}

TEST(SitingRules, TheShippedTableReads) {
    const SitingRules& rules = builtinSitingRules();
    EXPECT_FALSE(rules.rules().empty());
    EXPECT_TRUE(rules.check(space(3), category("childcare_service")));
    EXPECT_TRUE(rules.check(space(1), category("primary_school")));
    EXPECT_FALSE(rules.check(space(1), category("pharmacy")));
    EXPECT_EQ(describe(rules.rulesFor("childcare_service").front()[0]), "storeys 1..2");
}

}  // namespace
}  // namespace yike::proposals
