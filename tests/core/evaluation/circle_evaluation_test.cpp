// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/circle_evaluation.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/catalog/catalog.h"
#include "core/sample/sample_district.h"

namespace yike::evaluation {
namespace {

using Present = std::set<std::string, std::less<>>;

std::vector<std::string> firstOf(const std::vector<std::string>& codes, std::size_t n) {
    return {codes.begin(), codes.begin() + std::ptrdiff_t(std::min(n, codes.size()))};
}

const GradeCheck& gradeOf(const SchemeCheck& scheme, std::string_view code) {
    for (const GradeCheck& g : scheme.grades)
        if (g.code == code) return g;
    throw std::logic_error("no grade " + std::string(code));
}

class GradeRule : public ::testing::Test {
protected:
    const GradeRules& rules = builtinGradeRules();
    const catalog::Catalog& catalog = catalog::builtinCatalog();
    std::vector<std::string> basic = rules.members("mofcom_basic", catalog);
    std::vector<std::string> quality = rules.members("mofcom_quality", catalog);

    static const SchemeCheck& scheme(const std::vector<SchemeCheck>& all, std::string_view code) {
        for (const SchemeCheck& s : all)
            if (s.code == code) return s;
        throw std::logic_error("no scheme " + std::string(code));
    }
    /// The Shanxi gate's counts over the stand-in lists: 15 of 23 and 20 of 30, scaled.
    int basicNeeded() const { return int(std::ceil(15.0 / 23.0 * double(basic.size()) - 1e-9)); }
    int qualityNeeded() const { return int(std::ceil(20.0 / 30.0 * double(quality.size()) - 1e-9)); }
};

TEST_F(GradeRule, ExactlyAtTheShanxiThresholdsIsEligible) {
    ASSERT_EQ(basic.size(), 16U);
    ASSERT_EQ(quality.size(), 11U);
    Present present;
    for (const std::string& c : firstOf(basic, std::size_t(basicNeeded()))) present.insert(c);
    for (const std::string& c : firstOf(quality, std::size_t(qualityNeeded()))) present.insert(c);
    const std::vector<SchemeCheck> result = gradeCircle(present, rules, catalog);
    const SchemeCheck& shanxi = scheme(result, "shanxi");
    const GradeCheck& eligible = gradeOf(shanxi, "eligible");
    EXPECT_TRUE(eligible.reached);
    ASSERT_EQ(eligible.requirements.size(), 2U);
    EXPECT_EQ(eligible.requirements[0].present, 11);
    EXPECT_EQ(eligible.requirements[0].needed, 11);
    EXPECT_EQ(eligible.requirements[1].present, 8);
    EXPECT_EQ(eligible.requirements[1].needed, 8);
    ASSERT_TRUE(shanxi.reached.has_value());
    EXPECT_EQ(*shanxi.reached, 0U);  // eligible, but no star: the national basic class is not met
    // The next grade (three stars = 基础型) is blocked by the named basic services missing.
    const std::vector<std::string> named = rules.members("mofcom_named_basic", catalog);
    for (const std::string& code : shanxi.blockingNext) {
        EXPECT_FALSE(present.contains(code)) << code;
        EXPECT_NE(std::find(named.begin(), named.end(), code), named.end()) << code;
    }
    EXPECT_FALSE(shanxi.blockingNext.empty());
    EXPECT_EQ(std::size_t(shanxi.shortfall), shanxi.blockingNext.size());  // "all" needs every one
}

TEST_F(GradeRule, OneBasicServiceShortOfEligibilityNamesWhatIsMissing) {
    Present present;
    for (const std::string& c : firstOf(basic, std::size_t(basicNeeded() - 1))) present.insert(c);
    for (const std::string& c : quality) present.insert(c);
    const std::vector<SchemeCheck> result = gradeCircle(present, rules, catalog);
    const SchemeCheck& shanxi = scheme(result, "shanxi");
    EXPECT_FALSE(gradeOf(shanxi, "eligible").reached);
    EXPECT_FALSE(shanxi.reached.has_value());
    // Every absent stand-in basic service could close the gap; one of them is enough.
    EXPECT_EQ(shanxi.blockingNext.size(), basic.size() - std::size_t(basicNeeded() - 1));
    EXPECT_EQ(shanxi.shortfall, 1);
    for (const std::string& code : shanxi.blockingNext)
        EXPECT_NE(std::find(basic.begin(), basic.end(), code), basic.end()) << code;
    // No grade above is reached without the gate, whatever else is present.
    for (const GradeCheck& g : shanxi.grades) EXPECT_FALSE(g.reached) << g.code;
}

TEST_F(GradeRule, EverythingPresentEarnsTheTopGradeOfEveryScheme) {
    Present present;
    for (const catalog::Category& c : catalog.categories()) present.insert(c.code);
    const std::vector<SchemeCheck> result = gradeCircle(present, rules, catalog);
    for (const SchemeCheck& s : result) {
        ASSERT_TRUE(s.reached.has_value()) << s.code;
        EXPECT_EQ(*s.reached, s.grades.size() - 1) << s.code;
        EXPECT_TRUE(s.blockingNext.empty()) << s.code;
        EXPECT_EQ(s.shortfall, 0) << s.code;
    }
    EXPECT_EQ(scheme(result, "shanxi").grades.back().nameZh, "五星级（品质型）");
}

TEST_F(GradeRule, NothingPresentBlocksTheFirstGradeOnly) {
    const std::vector<SchemeCheck> result = gradeCircle({}, rules, catalog);
    const SchemeCheck& national = scheme(result, "national");
    EXPECT_FALSE(national.reached.has_value());
    // Only the first grade's requirement counts: every service the guide and notice name.
    EXPECT_EQ(national.blockingNext.size(), rules.members("mofcom_named_basic", catalog).size());
}

/// The sample district with its analyses for the three groups.
class SampleCircle : public ::testing::Test {
protected:
    static project::Project sampleWith(const std::function<void(project::Project&)>& edit) {
        project::Project p = sample::generateSampleDistrict();
        if (edit) edit(p);
        return p;
    }
    explicit SampleCircle(const std::function<void(project::Project&)>& edit = {})
        : session(sampleWith(edit)) {
        session.buildGraph();
        EXPECT_TRUE(prepareEvaluation(session, {}));
    }

    /// A rectangle around every feature of the project.
    CircleArea wholeDistrict() const {
        geo::BoundingBox box;
        auto grow = [&](geo::LonLat p) { box.extend(p); };
        for (const project::Facility& f : session.project().facilities().items()) grow(f.position);
        for (const project::Compound& c : session.project().compounds().items())
            for (const geo::LonLat& p : c.outline.outer) grow(p);
        for (const project::Building& b : session.project().buildings().items())
            for (const geo::LonLat& p : b.outline.outer) grow(p);
        const double m = 0.01;
        return {"all", {geo::Polygon{{{box.minLon - m, box.minLat - m},
                                      {box.maxLon + m, box.minLat - m},
                                      {box.maxLon + m, box.maxLat + m},
                                      {box.minLon - m, box.maxLat + m}},
                                     {}}}};
    }

    /// A small square (about 40 m) around a point.
    static CircleArea around(geo::LonLat p) {
        const double d = 0.0002;
        return {"small",
                {geo::Polygon{{{p.lon - d, p.lat - d}, {p.lon + d, p.lat - d}, {p.lon + d, p.lat + d},
                               {p.lon - d, p.lat + d}},
                              {}}}};
    }

    const project::Facility& firstFacility(std::string_view category) const {
        for (const project::Facility& f : session.project().facilities().items())
            if (f.categoryCode == category && f.status == project::FacilityStatus::Existing) return f;
        throw std::logic_error("the sample has no " + std::string(category));
    }

    access::AnalysisSession session;
};

TEST_F(SampleCircle, CohortSharesEqualSeparateSingleProfileRuns) {
    const CircleEvaluation e = evaluateCircle(session, wholeDistrict(), {}, builtinGradeRules());
    const std::array<std::string, 3> profiles{"adult", "older", "child"};
    const access::CoverageResult& adult = session.analysis("adult")->result();
    EXPECT_NEAR(e.residents[0], double(adult.population), 1.0);
    EXPECT_NEAR(e.residents[1], double(adult.residents60Plus), 1.0);
    EXPECT_NEAR(e.residents[2], double(adult.children0To14), 1.0);
    int compared = 0;
    for (std::size_t k = 0; k < kCohortCount; ++k) {
        // A separate run of the group's profile alone, with the category targets as thresholds.
        access::AnalysisSession alone(session.project());
        alone.buildGraph();
        access::CoverageOptions options;
        options.thresholdsMinutes = {5.0, 8.0, 10.0, 15.0};
        const access::CoverageAnalysis* run = alone.run(profiles[k], options);
        ASSERT_NE(run, nullptr);
        for (const access::CategoryCoverage& c : run->result().categories) {
            const CategoryCheck* check = e.category(c.code);
            ASSERT_NE(check, nullptr) << c.code;
            for (const access::CoverageShare& s : c.shares) {
                if (s.thresholdMinutes != check->targetMinutes) continue;
                const double expected =
                    k == 0 ? s.population : k == 1 ? s.residents60Plus : s.children0To14;
                ASSERT_TRUE(check->cohorts[k].shareWithinTarget.has_value()) << c.code;
                EXPECT_NEAR(*check->cohorts[k].shareWithinTarget, expected, 1e-9)
                    << c.code << " for " << profiles[k];
                EXPECT_EQ(check->cohorts[k].passes, expected >= builtinGradeRules().passShare);
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 30);
    // The slower groups reach less within the same targets.
    const CategoryCheck* pharmacy = e.category("pharmacy");
    ASSERT_NE(pharmacy, nullptr);
    EXPECT_LE(*pharmacy->cohorts[1].shareWithinTarget, *pharmacy->cohorts[0].shareWithinTarget);
}

TEST_F(SampleCircle, APresentServiceIsOneInsideTheCircle) {
    const project::Facility& pharmacy = firstFacility("pharmacy");
    const CircleEvaluation e = evaluateCircle(session, around(pharmacy.position), {}, builtinGradeRules());
    const CategoryCheck* check = e.category("pharmacy");
    ASSERT_NE(check, nullptr);
    ASSERT_TRUE(check->present());
    EXPECT_NE(std::find(check->facilitiesInside.begin(), check->facilitiesInside.end(), pharmacy.id),
              check->facilitiesInside.end());
    const auto present = std::size_t(std::count_if(e.categories.begin(), e.categories.end(),
                                                   [](const CategoryCheck& c) { return c.present(); }));
    EXPECT_LT(present, e.categories.size() / 2);  // a 40 m square holds only a few services
    const CircleEvaluation all = evaluateCircle(session, wholeDistrict(), {}, builtinGradeRules());
    for (const CategoryCheck& c : all.categories)
        EXPECT_EQ(c.present(), c.facilitiesInside.size() > 0) << c.code;
    EXPECT_GT(std::count_if(all.categories.begin(), all.categories.end(),
                            [](const CategoryCheck& c) { return c.present(); }),
              std::ptrdiff_t(present));
}

TEST_F(SampleCircle, TheCentresWalkAreaIsTheCircle) {
    const project::Facility& station = firstFacility("community_service_station");
    const CircleArea area =
        circleAroundCentre(session, "station", station.id, std::nullopt, "adult", 15.0);
    ASSERT_FALSE(area.polygons.empty());
    const CircleEvaluation e = evaluateCircle(session, area, {}, builtinGradeRules());
    EXPECT_GT(e.homes, 0U);
    EXPECT_GT(e.residents[0], 0.0);
    ASSERT_NE(e.category("community_service_station"), nullptr);
    EXPECT_TRUE(e.category("community_service_station")->present());
    const CircleEvaluation all = evaluateCircle(session, wholeDistrict(), {}, builtinGradeRules());
    EXPECT_LT(e.residents[0], all.residents[0]);
    EXPECT_THROW(circleAroundCentre(session, "x", 0, std::nullopt, "adult", 15.0), EvaluationError);
    EXPECT_THROW(circleAroundCentre(session, "x", 999999, std::nullopt, "adult", 15.0),
                 EvaluationError);
}

const IndicatorCheck& indicator(const CircleEvaluation& e, std::string_view code) {
    for (const IndicatorCheck& i : e.indicators)
        if (i.rule.code == code) return i;
    throw std::logic_error("no indicator " + std::string(code));
}

TEST_F(SampleCircle, MissingSurveyFiguresAreMissingNotZero) {
    const CircleEvaluation e = evaluateCircle(session, wholeDistrict(), {}, builtinGradeRules());
    const IndicatorCheck& satisfaction = indicator(e, kSatisfaction);
    EXPECT_FALSE(satisfaction.value.has_value());
    EXPECT_EQ(satisfaction.missing, "no_survey");
    EXPECT_FALSE(satisfaction.passes);
    // The sample records no floor areas and no brands.
    const IndicatorCheck& area = indicator(e, kServiceAreaPer100Households);
    EXPECT_FALSE(area.value.has_value());
    EXPECT_GT(area.facilities, 0);
    EXPECT_EQ(area.missing, "floor_area_missing");
    ASSERT_TRUE(area.households.has_value());
    EXPECT_TRUE(area.householdsEstimated);
    EXPECT_NEAR(*area.households, e.residents[0] / 2.62, 1e-6);
    const IndicatorCheck& chain = indicator(e, kChainStoreRate);
    EXPECT_FALSE(chain.value.has_value());
    EXPECT_EQ(chain.missing, "no_chain_data");

    CircleSurvey survey;
    survey.satisfactionPercent = 91.5;
    survey.households = 4000;
    const CircleEvaluation surveyed = evaluateCircle(session, wholeDistrict(), survey, builtinGradeRules());
    EXPECT_DOUBLE_EQ(*indicator(surveyed, kSatisfaction).value, 91.5);
    EXPECT_TRUE(indicator(surveyed, kSatisfaction).passes);
    EXPECT_DOUBLE_EQ(*indicator(surveyed, kServiceAreaPer100Households).households, 4000.0);
    EXPECT_FALSE(indicator(surveyed, kServiceAreaPer100Households).householdsEstimated);
}

/// The sample with floor areas on its community service facilities and brands on some shops.
class SurveyedSample : public SampleCircle {
protected:
    SurveyedSample()
        : SampleCircle([](project::Project& p) {
              const std::vector<std::string> service = builtinGradeRules().members(
                  "community_service", catalog::builtinCatalog());
              const std::vector<std::string> shops =
                  builtinGradeRules().members("shops", catalog::builtinCatalog());
              int shop = 0;
              std::vector<project::Facility> edited = p.facilities().items();
              for (project::Facility& f : edited) {
                  if (std::find(service.begin(), service.end(), f.categoryCode) != service.end())
                      f.attributes["floor_area_m2"] = "250";
                  if (std::find(shops.begin(), shops.end(), f.categoryCode) != shops.end()) {
                      if (shop % 4 == 0) f.attributes["brand"] = "全家";
                      if (shop % 4 == 1) f.attributes["chain"] = "no";
                      ++shop;
                  }
              }
              for (const project::Facility& f : edited) p.updateFacility(f);
          }) {}
};

TEST_F(SurveyedSample, ComputesTheIndicatorsFromFacilityAttributes) {
    CircleSurvey survey;
    survey.households = 1000;
    const CircleEvaluation e = evaluateCircle(session, wholeDistrict(), survey, builtinGradeRules());
    const IndicatorCheck& area = indicator(e, kServiceAreaPer100Households);
    ASSERT_TRUE(area.value.has_value()) << area.missing;
    EXPECT_EQ(area.facilitiesWithArea, area.facilities);
    EXPECT_DOUBLE_EQ(area.floorAreaM2, 250.0 * area.facilities);
    EXPECT_DOUBLE_EQ(*area.value, 250.0 * area.facilities / 1000.0 * 100.0);
    EXPECT_EQ(area.passes, *area.value >= 30.0);

    const IndicatorCheck& chain = indicator(e, kChainStoreRate);
    ASSERT_TRUE(chain.value.has_value()) << chain.missing;
    ASSERT_GT(chain.facilities, 3);
    EXPECT_EQ(chain.chains, (chain.facilities + 3) / 4);
    EXPECT_EQ(chain.unknownChainStatus, chain.facilities - chain.chains - (chain.facilities + 2) / 4);
    EXPECT_DOUBLE_EQ(*chain.value, 100.0 * chain.chains / chain.facilities);
}

}  // namespace
}  // namespace yike::evaluation
