// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/grade_rules.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"

namespace yike::evaluation {
namespace {

/// A small table with every section, as a text editor on Windows saves it.
constexpr std::string_view kSmall =
    "\xEF\xBB\xBF# rules\r\n"
    "[settings]\r\n"
    "pass_share\t0.75\t\tassumption\tthree in four\r\n"
    "\r\n"
    "[sets]\r\n"
    "daily\tconvenience_store, pharmacy ,breakfast_shop\t日常\tDaily\tS9\tsecondary\t\r\n"
    "extras\tgroup:quality\t品质\tQuality\r\n"
    "[schemes]\r\n"
    "base\t基础\tBase\tS14\tassumption\r\n"
    "stars\t星级\tStars\tS20\r\n"
    "[grades]\r\n"
    "base\tok\t合格\tPass\r\n"
    "stars\tone\t一星\tOne star\r\n"
    "[requirements]\r\n"
    "base\tok\tdaily\t2\t3\tS9\tsecondary\t\r\n"
    "stars\tone\t@base.ok\t\t\tS20\r\n"
    "stars\tone\textras\t50%\r\n"
    "[indicators]\r\n"
    "satisfaction\t\t90\t%\t满意度\tSatisfaction\tS11\tofficial\r\n";

TEST(GradeRules, ReadsEverySectionWithEditorLeftovers) {
    const GradeRules rules = parseGradeRules(kSmall);
    EXPECT_DOUBLE_EQ(rules.passShare, 0.75);
    EXPECT_EQ(rules.passShareSource.confidence, "assumption");
    EXPECT_DOUBLE_EQ(rules.personsPerHousehold, 2.62);  // the default when not set
    ASSERT_EQ(rules.sets.size(), 2U);
    EXPECT_EQ(rules.sets[0].categories,
              (std::vector<std::string>{"convenience_store", "pharmacy", "breakfast_shop"}));
    EXPECT_EQ(rules.sets[1].group, "quality");
    ASSERT_EQ(rules.schemes.size(), 2U);
    const Scheme& stars = rules.schemes[1];
    ASSERT_EQ(stars.grades.size(), 1U);
    ASSERT_EQ(stars.grades[0].requirements.size(), 2U);
    EXPECT_EQ(stars.grades[0].requirements[0].kind, Requirement::Kind::Grade);
    EXPECT_EQ(stars.grades[0].requirements[0].scheme, "base");
    EXPECT_EQ(stars.grades[0].requirements[1].kind, Requirement::Kind::Share);
    EXPECT_DOUBLE_EQ(stars.grades[0].requirements[1].percent, 50.0);
    const Requirement& count = rules.schemes[0].grades[0].requirements[0];
    EXPECT_EQ(count.kind, Requirement::Kind::Count);
    EXPECT_EQ(count.count, 2);
    EXPECT_EQ(count.officialTotal, 3);
    EXPECT_EQ(count.source.sources, "S9");
    ASSERT_EQ(rules.indicators.size(), 1U);
    EXPECT_EQ(rules.indicators[0].code, kSatisfaction);
    EXPECT_DOUBLE_EQ(rules.indicators[0].target, 90.0);
}

TEST(GradeRules, TheShippedTableHoldsTheShanxiGateAndTheNationalClasses) {
    const GradeRules& rules = builtinGradeRules();
    const Scheme* shanxi = rules.findScheme("shanxi");
    ASSERT_NE(shanxi, nullptr);
    ASSERT_EQ(shanxi->grades.size(), 4U);
    EXPECT_EQ(shanxi->grades[0].code, "eligible");
    EXPECT_EQ(shanxi->grades[3].nameZh, "五星级（品质型）");
    const auto& gate = shanxi->grades[0].requirements;
    ASSERT_EQ(gate.size(), 2U);
    EXPECT_EQ(gate[0].count, 15);
    EXPECT_EQ(gate[0].officialTotal, 23);
    EXPECT_EQ(gate[1].count, 20);
    EXPECT_EQ(gate[1].officialTotal, 30);
    EXPECT_EQ(gate[0].source.sources, "S20");
    const Scheme* national = rules.findScheme("national");
    ASSERT_NE(national, nullptr);
    EXPECT_EQ(national->grades.size(), 3U);
    EXPECT_EQ(national->source.confidence, "assumption");
    // Every set names categories of the shipped catalogue.
    const catalog::Catalog& catalog = catalog::builtinCatalog();
    for (const CategorySet& set : rules.sets) {
        const std::vector<std::string> members = rules.members(set.code, catalog);
        EXPECT_FALSE(members.empty()) << set.code;
        for (const std::string& code : members) EXPECT_NE(catalog.find(code), nullptr) << code;
    }
    for (const std::string_view code :
         {kServiceAreaPer100Households, kChainStoreRate, kSatisfaction})
        EXPECT_NE(rules.findIndicator(code), nullptr) << code;
}

TEST(GradeRules, ScalesACountToTheStandInList) {
    Requirement r;
    r.kind = Requirement::Kind::Count;
    r.count = 15;
    r.officialTotal = 23;
    EXPECT_EQ(neededOf(r, 23), 15);  // the official list itself: exactly the count
    EXPECT_EQ(neededOf(r, 16), 11);  // 15 / 23 x 16 = 10.43
    EXPECT_EQ(neededOf(r, 46), 30);  // 15 / 23 x 46 = 30 exactly, not 31
    r.count = 20;
    r.officialTotal = 30;
    EXPECT_EQ(neededOf(r, 11), 8);   // 7.33
    EXPECT_EQ(neededOf(r, 30), 20);
    r.officialTotal = 0;
    EXPECT_EQ(neededOf(r, 11), 11);  // never more than the set holds
    r.kind = Requirement::Kind::Share;
    r.percent = 50.0;
    EXPECT_EQ(neededOf(r, 11), 6);
    EXPECT_EQ(neededOf(r, 10), 5);
    r.kind = Requirement::Kind::All;
    EXPECT_EQ(neededOf(r, 7), 7);
}

void expectError(const std::string& text, int line, const std::string& words) {
    try {
        parseGradeRules(text);
        ADD_FAILURE() << "accepted: " << text;
    } catch (const GradeRulesError& e) {
        EXPECT_EQ(e.line(), line) << e.what();
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
}

TEST(GradeRules, RefusesWhatCannotBeDecidedNamingTheLine) {
    expectError("pass_share\t0.8\n", 1, "section");
    expectError("[rules]\n", 1, "unknown section");
    expectError("[settings]\npass_share\tmost\n", 2, "number");
    expectError("[settings]\npass_share\t1.5\n", 2, "(0, 1]");
    expectError("[settings]\nfloor\t3\n", 2, "unknown setting");
    expectError("[sets]\na\tpharmacy\n[sets]\na\tcafe\n", 4, "twice");
    expectError("[sets]\na\tpharmacy,pharmacy\n", 2, "twice");
    expectError("[sets]\na\t\n", 2, "no category");
    expectError("[schemes]\ns\t甲\n[grades]\nt\tg\t乙\n", 4, "not listed under [schemes]");
    expectError("[sets]\na\tpharmacy\n[schemes]\ns\t甲\n[grades]\ns\tg\t乙\n[requirements]\n"
                "s\tg\tb\tall\n",
                8, "set 'b'");
    expectError("[sets]\na\tpharmacy\n[schemes]\ns\t甲\n[grades]\ns\tg\t乙\n[requirements]\n"
                "s\tg\ta\tmany\n",
                8, "count");
    expectError("[sets]\na\tpharmacy\n[schemes]\ns\t甲\n[grades]\ns\tg\t乙\n[requirements]\n"
                "s\tg\ta\t3\t2\n",
                8, "official total");
    expectError("[sets]\na\tpharmacy\n[schemes]\ns\t甲\n[grades]\ns\tg\t乙\n[requirements]\n"
                "s\th\ta\tall\n",
                8, "grade 'h'");
    // A grade may not depend on its own scheme or a later one: no rule can ask for itself.
    expectError("[schemes]\ns\t甲\n[grades]\ns\tg\t乙\ns\th\t丙\n[requirements]\n"
                "s\th\t@s.g\n",
                7, "before its own");
    expectError("[schemes]\ns\t甲\nt\t丁\n[grades]\ns\tg\t乙\nt\tx\t戊\n[requirements]\n"
                "s\tg\t@t.x\n",
                8, "before its own");
    expectError("[indicators]\nhappiness\t\t1\t%\t幸福\n", 2, "unknown indicator");
    expectError("[indicators]\nchain_store_rate\tnone\t30\t%\t连锁\n", 2, "set 'none'");
}

}  // namespace
}  // namespace yike::evaluation
