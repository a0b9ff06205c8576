// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/before_after.h"

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/catalog/catalog.h"
#include "core/sample/sample_district.h"

namespace yike::evaluation {
namespace {

/// The sample with one planned facility of a service it lacks, beside an existing facility.
struct PlannedSample {
    project::Project project = sample::generateSampleDistrict();
    std::string missing;

    PlannedSample() {
        for (const catalog::Category& c : project.catalog().categories()) {
            bool has = false;
            for (const project::Facility& f : project.facilities().items())
                has = has || f.categoryCode == c.code;
            if (!has) {
                missing = c.code;
                break;
            }
        }
        project::Facility planned = project.facilities().items().front();
        planned.id = 0;
        planned.categoryCode = missing;
        planned.name = "规划设施";
        planned.status = project::FacilityStatus::Planned;
        project.addFacility(planned);
    }

    CircleEvaluation evaluate(bool includePlanned) const {
        access::AnalysisSession session(project);
        session.buildGraph();
        EvaluationOptions options;
        options.includePlanned = includePlanned;
        ProjectEvaluation result = evaluateProject(session, builtinGradeRules(), options, "全区");
        EXPECT_EQ(result.circles.size(), 1u);
        return result.circles.front();
    }
};

TEST(BeforeAfter, APlannedFacilityChangesOnlyItsOwnService) {
    const PlannedSample sample;
    ASSERT_FALSE(sample.missing.empty()) << "the sample lacks some catalogue service";
    const CircleEvaluation before = sample.evaluate(false);
    const CircleEvaluation after = sample.evaluate(true);
    const std::vector<ShareChange> rows = compareStates(before, after);
    ASSERT_EQ(rows.size(), after.categories.size());
    int changed = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ShareChange& row = rows[i];
        EXPECT_EQ(row.code, after.categories[i].code);
        if (row.code != sample.missing) {
            EXPECT_FALSE(row.changed()) << row.code;
            continue;
        }
        ++changed;
        EXPECT_TRUE(row.changed());
        EXPECT_FALSE(row.presentBefore);
        EXPECT_TRUE(row.presentAfter);
        for (std::size_t k = 0; k < kCohortCount; ++k) {
            ASSERT_TRUE(row.before[k] && row.after[k]) << k;
            EXPECT_EQ(*row.before[k], 0.0) << "nobody reaches a service that is not there";
            EXPECT_GT(*row.after[k], 0.0) << k;
            EXPECT_EQ(row.after[k], after.categories[i].cohorts[k].shareWithinTarget);
        }
    }
    EXPECT_EQ(changed, 1);
}

TEST(BeforeAfter, TheCsvHasOneRowPerServiceWithPercentagesAndEmptyCellsForNoOne) {
    ShareChange a;
    a.code = "pharmacy";
    a.nameZh = "药店";
    a.nameEn = "Pharmacy, \"drugstore\"";
    a.before = {0.5, 0.25, std::nullopt};
    a.after = {0.8126, 0.5, std::nullopt};
    ShareChange b;
    b.code = "bank";
    const std::string csv = compareStatesCsv({a, b});
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF", 0), 0u) << "BOM for spreadsheet programs";
    EXPECT_NE(csv.find("code,name_zh,name_en,all_before_pct,all_after_pct,older_before_pct,"
                       "older_after_pct,child_before_pct,child_after_pct\r\n"),
              std::string::npos);
    EXPECT_NE(csv.find("pharmacy,药店,\"Pharmacy, \"\"drugstore\"\"\",50.0,81.3,25.0,50.0,,\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("bank,,,,,,,,\r\n"), std::string::npos) << csv;
    EXPECT_TRUE(a.changed());
    EXPECT_FALSE(b.changed());
}

}  // namespace
}  // namespace yike::evaluation
