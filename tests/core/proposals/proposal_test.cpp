// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/proposal.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/access/analysis_session.h"
#include "core/proposals/proposal_export.h"
#include "tests/core/proposals/proposal_district.h"

namespace yike::proposals {
namespace {

using namespace test;

/*
 * One street along y = 0, walked at 1 m/s; a pharmacy within 5 minutes is 300 m of walking.
 *
 *   A (100,40)           B (1000,40)                 C (1900,40)      compounds, centroids 40 m
 *   1000: 200 60+, 100   500: 100 60+, 50             800: 300 60+, 100   off the street
 *  ==S1=======S5==========S2==========================S4==S3=====  x = 0 .. 2000
 *   150       500         1000                        1800 1850
 *   50 m² ¥100 100 m² ¥50 50 m² ¥100                  60 m² ¥300, 20 m² ¥10
 *
 * Weighted (60+ and 0-14 count 2): A 700 + 400 + 200 = 1300, B 650, C 1200. S1 reaches A
 * (50 + 40 m), S2 reaches B, S4 reaches C (100 + 40 m); S5 reaches nobody within 300 m; S3 is
 * smaller than a pharmacy's 40 m².
 */
struct LineDistrict {
    project::Project project = project::Project::createDefault();
    project::FeatureId s1, s2, s3, s4, s5;
    LineDistrict() {
        project.setCatalog(catalog::Catalog({category("pharmacy", 5.0, 40.0),
                                             category("childcare_service", 10.0, 50.0)}));
        project.setWalkProfiles({oneMetrePerSecond()});
        addStreet(project, {at(0, 0), at(2000, 0)});
        addCompound(project, "A", box(50, 20, 150, 60), 1000, 200, 100);
        addCompound(project, "B", box(950, 20, 1050, 60), 500, 100, 50);
        addCompound(project, "C", box(1850, 20, 1950, 60), 800, 300, 100);
        s1 = addSpace(project, "S1", at(150, 0), 50, 100);
        s5 = addSpace(project, "S5", at(500, 0), 100, 50);
        s2 = addSpace(project, "S2", at(1000, 0), 50, 100);
        s4 = addSpace(project, "S4", at(1800, 0), 60, 300);
        s3 = addSpace(project, "S3", at(1850, 0), 20, 10);
    }
    ProposalOptions options() const {
        ProposalOptions o;
        o.profiles = {"walk", "walk", "walk"};
        o.categories = {"pharmacy"};
        o.coverage.minComponentNodes = 0;
        return o;
    }
};

struct Solved {
    Instance instance;
    Solution heuristic;
    Proposal proposal;
};

Solved solve(const project::Project& project, const ProposalOptions& options) {
    access::AnalysisSession session(project);
    session.buildGraph();
    std::optional<Instance> instance = buildInstance(session, options);
    if (!instance) throw std::runtime_error("cancelled");
    Solved run{std::move(*instance), {}, {}};
    run.heuristic = solveHeuristic(run.instance);
    run.proposal = describeSolution(run.instance, run.heuristic);
    return run;
}

const UnusableSpace* unusable(const Solved& run, project::FeatureId id) {
    for (const UnusableSpace& u : run.instance.unusable)
        if (run.instance.spaces[u.space].space.id == id) return &u;
    return nullptr;
}

TEST(Proposals, ABudgetPicksTheBestPairOfSpaces) {
    LineDistrict d;
    ProposalOptions options = d.options();
    options.budgetYuan = 400;
    const Solved run = solve(d.project, options);
    EXPECT_DOUBLE_EQ(run.heuristic.objective, 2500.0);
    ASSERT_EQ(run.proposal.lines.size(), 2u);
    const ProposalLine& first = run.proposal.lines[0];
    EXPECT_EQ(first.conversion, (Conversion{d.s1, "pharmacy"}));
    EXPECT_DOUBLE_EQ(first.newlyCovered[0], 700.0);
    EXPECT_DOUBLE_EQ(first.newlyCovered[1], 200.0);
    EXPECT_DOUBLE_EQ(first.newlyCovered[2], 100.0);
    EXPECT_DOUBLE_EQ(first.residentsAll(), 1000.0);
    EXPECT_DOUBLE_EQ(first.gain, 1300.0);
    EXPECT_DOUBLE_EQ(first.costYuan, 100.0);
    EXPECT_DOUBLE_EQ(first.areaUsedM2, 40.0);
    EXPECT_FALSE(first.areaAssumed);
    EXPECT_EQ(run.proposal.lines[1].conversion, (Conversion{d.s4, "pharmacy"}));
    EXPECT_DOUBLE_EQ(run.proposal.lines[1].residentsAll(), 800.0);
    EXPECT_DOUBLE_EQ(run.proposal.totalCostYuan, 400.0);
    // Before: nobody; after: A and C.
    ASSERT_EQ(run.proposal.totals.size(), 1u);
    EXPECT_DOUBLE_EQ(run.proposal.totals[0].before[0], 0.0);
    EXPECT_DOUBLE_EQ(run.proposal.totals[0].after[0], 700.0 + 400.0);
    EXPECT_DOUBLE_EQ(run.proposal.totals[0].after[1], 200.0 + 300.0);
    EXPECT_EQ(run.proposal.worstServed.front().name, "B");
    EXPECT_DOUBLE_EQ(run.proposal.worstServed.front().shareWithinTarget, 0.0);
    // Why the others host nothing.
    ASSERT_TRUE(unusable(run, d.s3));
    EXPECT_EQ(unusable(run, d.s3)->reason, UnusableSpace::Reason::TooSmall);
    EXPECT_DOUBLE_EQ(unusable(run, d.s3)->smallestMinAreaM2, 40.0);
    ASSERT_TRUE(unusable(run, d.s5));
    EXPECT_EQ(unusable(run, d.s5)->reason, UnusableSpace::Reason::NoGain);
    if (exactSolverAvailable()) {
        const ExactResult exact = solveExact(run.instance, nullptr, 10.0);
        ASSERT_TRUE(exact.solved);
        EXPECT_TRUE(exact.optimal);
        EXPECT_NEAR(exact.solution.objective, 2500.0, 1e-6);
        EXPECT_NEAR(exact.bound, 2500.0, 1e-6);
    }
}

TEST(Proposals, ASmallerBudgetOrOneSpaceChangesTheChoice) {
    LineDistrict d;
    ProposalOptions options = d.options();
    options.budgetYuan = 200;
    Solved run = solve(d.project, options);
    EXPECT_DOUBLE_EQ(run.heuristic.objective, 1950.0) << "S1 and S2; S4 costs more than all";
    ASSERT_TRUE(unusable(run, d.s4));
    EXPECT_EQ(unusable(run, d.s4)->reason, UnusableSpace::Reason::OverBudget);

    options = d.options();
    options.maxSpaces = 1;
    run = solve(d.project, options);
    ASSERT_EQ(run.proposal.lines.size(), 1u);
    EXPECT_EQ(run.proposal.lines[0].conversion.space, d.s1);

    // Locked in: S2 first, whatever it gains; one space left for the best of the rest.
    options.maxSpaces = 2;
    options.lockedIn = {{d.s2, "pharmacy"}};
    run = solve(d.project, options);
    EXPECT_DOUBLE_EQ(run.heuristic.objective, 650.0 + 1300.0);
    EXPECT_TRUE(isFeasible(run.instance, run.heuristic.chosen));
    // Rejected and excluded: S1 never, so C's S4 joins S2.
    options.lockedIn.clear();
    options.rejected = {{d.s1, "pharmacy"}};
    options.excludedSpaces = {d.s2};
    run = solve(d.project, options);
    EXPECT_DOUBLE_EQ(run.heuristic.objective, 1200.0);
    EXPECT_EQ(unusable(run, d.s2)->reason, UnusableSpace::Reason::Excluded);
}

TEST(Proposals, SitingRulesAndAssumedFiguresAreReported) {
    LineDistrict d;
    // S2 up on the third storey: no childcare there (the shipped rule: storeys 1..2).
    project::IdleSpace s2 = *d.project.idleSpaces().find(d.s2);
    s2.storey = 3;
    d.project.updateIdleSpace(s2);
    ProposalOptions options = d.options();
    options.categories = {"childcare_service", "pharmacy"};
    auto catalog = d.project.catalog().categories();
    catalog[1].walkMinutes.reset();  // childcare: no target -> the run's 15 minutes
    catalog[1].minAreaM2.reset();    // and no minimum area -> the run's default
    d.project.setCatalog(catalog::Catalog(catalog));
    const Solved run = solve(d.project, options);
    const CategoryInfo& childcare = run.instance.categories[0];
    EXPECT_TRUE(childcare.targetAssumed);
    EXPECT_DOUBLE_EQ(childcare.targetMinutes, 15.0);
    EXPECT_TRUE(childcare.areaAssumed);
    EXPECT_DOUBLE_EQ(childcare.minAreaM2, kDefaultMinAreaM2);
    for (const ProposalLine& line : run.proposal.lines) {
        EXPECT_FALSE(line.conversion.space == d.s2 && line.conversion.category == "childcare_service");
        if (line.conversion.category == "childcare_service") {
            EXPECT_TRUE(line.areaAssumed);
            EXPECT_TRUE(line.targetAssumed);
            EXPECT_FALSE(line.rulesMet.empty()) << "says which rules the space meets";
        }
    }
    // S1 hosts both (30 + 40 m² <= 50? no: 70 > 50), so one of them only.
    std::size_t inS1 = 0;
    for (const ProposalLine& line : run.proposal.lines) inS1 += line.conversion.space == d.s1;
    EXPECT_EQ(inS1, 1u);
    EXPECT_TRUE(isFeasible(run.instance, run.heuristic.chosen));
}

TEST(Proposals, BadInputSaysWhatIsMissing) {
    using Reason = ProposalError::Reason;
    auto reasonOf = [](const project::Project& p, const ProposalOptions& o) {
        try {
            solve(p, o);
        } catch (const ProposalError& e) {
            EXPECT_GT(std::string(e.what()).size(), 20u);
            return e.reason();
        }
        ADD_FAILURE() << "no error";
        return Reason::NoCategories;
    };
    LineDistrict d;
    ProposalOptions zero = d.options();
    zero.budgetYuan = 0.0;
    EXPECT_EQ(reasonOf(d.project, zero), Reason::ZeroBudget);

    project::Project noSpaces = d.project;
    for (const auto& s : d.project.idleSpaces().items()) noSpaces.removeIdleSpace(s.id);
    EXPECT_EQ(reasonOf(noSpaces, d.options()), Reason::NoIdleSpaces);

    project::Project noStreets = d.project;
    for (const auto& s : d.project.streets().items()) noStreets.removeStreet(s.id);
    EXPECT_EQ(reasonOf(noStreets, d.options()), Reason::NoStreets);

    project::Project nobody = d.project;
    for (const auto& c : d.project.compounds().items()) nobody.removeCompound(c.id);
    EXPECT_EQ(reasonOf(nobody, d.options()), Reason::NoResidents);

    ProposalOptions unknown = d.options();
    unknown.categories = {"teleporter"};
    EXPECT_EQ(reasonOf(d.project, unknown), Reason::NoCategories);

    ProposalOptions noProfile = d.options();
    noProfile.profiles[1] = "jogger";
    EXPECT_EQ(reasonOf(d.project, noProfile), Reason::NoProfile);

    // A space without floor area, or without a cost under a budget, is named, not dropped.
    project::Project blank = d.project;
    project::IdleSpace s1 = *blank.idleSpaces().find(d.s1);
    s1.floorAreaM2 = 0;
    blank.updateIdleSpace(s1);
    project::IdleSpace s2 = *blank.idleSpaces().find(d.s2);
    s2.estimatedCostYuan = 0;
    blank.updateIdleSpace(s2);
    ProposalOptions budget = d.options();
    budget.budgetYuan = 1000;
    const Solved run = solve(blank, budget);
    EXPECT_EQ(unusable(run, d.s1)->reason, UnusableSpace::Reason::NoFloorArea);
    EXPECT_EQ(unusable(run, d.s2)->reason, UnusableSpace::Reason::NoCost);
}

TEST(Proposals, SolveKeepsTheSolversFiguresAndTheExactGap) {
    LineDistrict d;
    ProposalOptions options = d.options();
    options.budgetYuan = 400;
    access::AnalysisSession session(d.project);
    session.buildGraph();
    const std::optional<Instance> instance = buildInstance(session, options);
    ASSERT_TRUE(instance);
    const std::optional<Proposal> quick = proposals::solve(*instance, {});
    ASSERT_TRUE(quick);
    EXPECT_DOUBLE_EQ(quick->heuristicObjective, 2500.0);
    EXPECT_FALSE(quick->exact);
    EXPECT_FALSE(quick->heuristicGap()) << "no gap is claimed without the exact solver";
    if (!exactSolverAvailable()) {
        EXPECT_THROW(proposals::solve(*instance, {true, 10.0}), ProposalError);
        GTEST_SKIP() << "built without CBC";
    }
    const std::optional<Proposal> proved = proposals::solve(*instance, {true, 10.0});
    ASSERT_TRUE(proved && proved->exact);
    EXPECT_TRUE(proved->exact->optimal);
    ASSERT_TRUE(proved->heuristicGap());
    EXPECT_NEAR(*proved->heuristicGap(), 0.0, 1e-9);
    std::atomic<bool> cancel{true};
    EXPECT_FALSE(proposals::solve(*instance, {}, &cancel)) << "a cancelled run gives nothing";
}

TEST(Proposals, AcceptedConversionsBecomePlannedFacilitiesLinkedToTheirSpace) {
    LineDistrict d;
    const PlannedChanges changes = plannedChanges(
        d.project, {{d.s1, "pharmacy"}, {d.s1, "childcare_service"}, {d.s4, "pharmacy"}});
    ASSERT_EQ(changes.facilities.size(), 3u);
    const project::Facility& f = changes.facilities[1];
    EXPECT_EQ(f.categoryCode, "childcare_service");
    EXPECT_EQ(f.status, project::FacilityStatus::Planned);
    EXPECT_EQ(f.source, "proposal");
    EXPECT_EQ(f.name, "S1");
    EXPECT_EQ(f.attributes.at("idle_space"), std::to_string(d.s1));
    EXPECT_EQ(f.position, d.project.idleSpaces().find(d.s1)->position);
    ASSERT_EQ(changes.spaces.size(), 2u) << "one updated space each, however many services";
    EXPECT_EQ(changes.spaces[0].id, d.s1);
    EXPECT_EQ(changes.spaces[0].proposedFor,
              (std::vector<std::string>{"pharmacy", "childcare_service"}));
    EXPECT_THROW(plannedChanges(d.project, {{987654, "pharmacy"}}), std::invalid_argument);
}

TEST(ProposalExport, JsonAndCsvCarryEveryConversionAndTheTotals) {
    LineDistrict d;
    ProposalOptions options = d.options();
    options.budgetYuan = 400;
    const Solved run = solve(d.project, options);
    const nlohmann::json json = nlohmann::json::parse(proposalJson(run.instance, run.proposal));
    ASSERT_EQ(json["conversions"].size(), 2u);
    EXPECT_EQ(json["conversions"][0]["idleSpace"], d.s1);
    EXPECT_EQ(json["conversions"][0]["category"], "pharmacy");
    EXPECT_DOUBLE_EQ(json["conversions"][0]["newlyCovered"]["all"].get<double>(), 1000.0);
    EXPECT_DOUBLE_EQ(json["conversions"][0]["newlyCovered"]["aged60Plus"].get<double>(), 200.0);
    EXPECT_DOUBLE_EQ(json["categories"][0]["after"]["all"].get<double>(), 1000.0 + 800.0);
    EXPECT_DOUBLE_EQ(json["budgetYuan"].get<double>(), 400.0);
    EXPECT_DOUBLE_EQ(json["weights"]["aged60Plus"].get<double>(), 2.0);
    bool tooSmall = false;
    for (const auto& u : json["spacesHostingNothing"])
        tooSmall |= u["idleSpace"] == d.s3 && u["reason"] == "too_small";
    EXPECT_TRUE(tooSmall);

    const std::string csv = proposalCsv(run.instance, run.proposal);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBFrank,", 0), 0u) << "Excel needs the byte-order mark";
    EXPECT_NE(csv.find("\r\n1," + std::to_string(d.s1) + ",S1,pharmacy,"), std::string::npos);
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << "a header and two conversions";
}

}  // namespace
}  // namespace yike::proposals
