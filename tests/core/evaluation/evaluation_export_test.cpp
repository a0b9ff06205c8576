// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/evaluation_export.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/catalog/catalog.h"

namespace yike::evaluation {
namespace {

/// Two hand-made evaluations: one with everything present and surveyed, one with nothing.
std::vector<CircleEvaluation> twoCircles() {
    const GradeRules& rules = builtinGradeRules();
    const catalog::Catalog& catalog = catalog::builtinCatalog();
    CircleEvaluation full;
    full.name = "东街, \"下东\"";
    full.homes = 12;
    full.residents = {3000.4, 600.0, 450.0};
    std::set<std::string, std::less<>> all;
    for (const catalog::Category& c : catalog.categories()) {
        CategoryCheck check;
        check.code = c.code;
        check.facilitiesInside = {1};
        for (CohortCheck& k : check.cohorts) {
            k.residents = 100.0;
            k.shareWithinTarget = 0.9;
            k.passes = true;
        }
        full.categories.push_back(check);
        all.insert(c.code);
    }
    full.schemes = gradeCircle(all, rules, catalog);
    IndicatorCheck satisfaction;
    satisfaction.rule = *rules.findIndicator(kSatisfaction);
    satisfaction.value = 93.26;
    satisfaction.passes = true;
    full.indicators.push_back(satisfaction);

    CircleEvaluation empty;
    empty.name = "空";
    empty.schemes = gradeCircle({}, rules, catalog);
    IndicatorCheck missing;
    missing.rule = *rules.findIndicator(kSatisfaction);
    missing.missing = "no_survey";
    empty.indicators.push_back(missing);
    return {full, empty};
}

TEST(EvaluationExport, TheDistrictTableShowsGradesAndLeavesMissingValuesEmpty) {
    const DistrictTable table = districtTable(twoCircles());
    ASSERT_EQ(table.rows.size(), 2U);
    const auto column = [&](const std::string& code) {
        const auto it = std::find(table.columns.begin(), table.columns.end(), code);
        EXPECT_NE(it, table.columns.end()) << code;
        return std::size_t(it - table.columns.begin());
    };
    const std::size_t n = catalog::builtinCatalog().size();
    EXPECT_EQ(table.rows[0][column("residents")], "3000");
    EXPECT_EQ(table.rows[0][column("categories_present")], std::to_string(n));
    EXPECT_EQ(table.rows[0][column("categories_passing")], std::to_string(n));
    EXPECT_EQ(table.rows[0][column("grade_shanxi")], "five_star");
    EXPECT_EQ(table.rows[0][column("shortfall_shanxi")], "0");
    EXPECT_EQ(table.rows[0][column("satisfaction")], "93.3");
    EXPECT_EQ(table.rows[1][column("grade_national")], "");
    EXPECT_NE(table.rows[1][column("shortfall_national")], "0");
    EXPECT_EQ(table.rows[1][column("satisfaction")], "");  // missing, not 0

    const std::string csv = districtCsv(table);
    ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF" "circle,homes,residents,"));
    EXPECT_NE(csv.find("\"东街, \"\"下东\"\"\",12,3000,"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\n空,0,0,"), std::string::npos);
}

TEST(EvaluationExport, JsonCarriesSourcesAndNullForMissing) {
    const nlohmann::json j = nlohmann::json::parse(evaluationJson(twoCircles(), builtinGradeRules()));
    EXPECT_DOUBLE_EQ(j.at("passShare").get<double>(), builtinGradeRules().passShare);
    EXPECT_EQ(j.at("passShareSource").at("confidence"), "assumption");
    const nlohmann::json& circles = j.at("circles");
    ASSERT_EQ(circles.size(), 2U);
    EXPECT_EQ(circles[0].at("residents").at("aged60Plus"), 600.0);
    const nlohmann::json& shanxi = circles[0].at("schemes")[1];
    EXPECT_EQ(shanxi.at("code"), "shanxi");
    EXPECT_EQ(shanxi.at("reached"), "five_star");
    const nlohmann::json& gate = shanxi.at("grades")[0].at("requirements")[0];
    EXPECT_EQ(gate.at("officialCount"), 15);
    EXPECT_EQ(gate.at("officialTotal"), 23);
    EXPECT_EQ(gate.at("source").at("sources"), "S20");
    EXPECT_TRUE(circles[1].at("schemes")[0].at("reached").is_null());
    EXPECT_FALSE(circles[1].at("schemes")[0].at("blockingNext").empty());
    const nlohmann::json& satisfaction = circles[1].at("indicators")[0];
    EXPECT_TRUE(satisfaction.at("value").is_null());
    EXPECT_EQ(satisfaction.at("missing"), "no_survey");
}

}  // namespace
}  // namespace yike::evaluation
