// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests on random districts: constraints always hold, the heuristic stays close to
// the exact optimum, and what a proposal claims is what the walk analysis measures after it.
#include <algorithm>
#include <cstdio>

#include <gtest/gtest.h>

#include "core/access/analysis_session.h"
#include "core/proposals/proposal.h"
#include "tests/core/proposals/proposal_district.h"

namespace yike::proposals {
namespace {

/// The heuristic's stated worst gap to the exact optimum (the target).
constexpr double kStatedGap = 0.01;

ProposalOptions randomOptions(std::uint32_t seed, const project::Project& project) {
    ProposalOptions o;
    o.siting = parseSitingRules("canteen\tground_or_lift\nclinic\tnot_below_ground\n");
    switch (seed % 4) {
        case 0: o.budgetYuan = 150000.0 + 10000.0 * (seed % 17); break;
        case 1: o.maxSpaces = 1 + seed % 5; break;
        case 2:
            o.budgetYuan = 300000.0;
            o.maxSpaces = 3;
            break;
        default: o.budgetYuan = 60000.0 + 5000.0 * (seed % 7); break;
    }
    if (seed % 5 == 0) o.profiles = {"adult", "adult", "adult"};
    if (seed % 7 == 0 && !project.idleSpaces().items().empty())
        o.excludedSpaces.insert(project.idleSpaces().items().front().id);
    return o;
}

/// Residents of each cohort within each category's target, measured afresh with the
/// proposal's conversions added as planned facilities.
void expectClaimsMatchAFreshAnalysis(const project::Project& project, const ProposalOptions& options,
                                     const Instance& instance, const Proposal& proposal) {
    project::Project after = project;
    for (const ProposalLine& line : proposal.lines) {
        project::Facility f;
        f.position = after.idleSpaces().find(line.conversion.space)->position;
        f.categoryCode = line.conversion.category;
        f.status = project::FacilityStatus::Planned;
        after.addFacility(f);
    }
    access::AnalysisSession session(after);
    session.buildGraph();
    access::CoverageOptions coverage = options.coverage;
    coverage.includePlanned = true;
    for (std::size_t g = 0; g < kCohortCount; ++g) {
        const access::CoverageAnalysis& a = *session.run(options.profiles[g], coverage);
        for (const CategoryTotals& totals : proposal.totals) {
            const CategoryInfo& info = instance.categories[totals.category];
            std::size_t c = 0;
            while (a.result().categories[c].code != info.code) ++c;
            double within = 0.0;
            for (std::size_t h = 0; h < a.homeCount(); ++h) {
                if (!(a.homeMinutes(h, c) <= info.targetMinutes)) continue;
                const access::HomeResidents r = a.homeResidents(h);
                within += g == 1 ? r.residents60Plus
                        : g == 2 ? r.children0To14
                                 : std::max(0.0, r.residents - r.residents60Plus - r.children0To14);
            }
            EXPECT_NEAR(within, totals.after[g], 1e-6) << info.code << " cohort " << g;
        }
    }
}

TEST(ProposalsRandom, HeuristicIsFeasibleCloseToTheOptimumAndTrue) {
    double worstGap = 0.0;
    std::uint32_t worstSeed = 0;
    int solvedExactly = 0;
    for (std::uint32_t seed = 1; seed <= 60; ++seed) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const project::Project project = test::randomDistrict(seed, 20 + seed % 40);
        const ProposalOptions options = randomOptions(seed, project);
        access::AnalysisSession session(project);
        session.buildGraph();
        std::optional<Instance> instance;
        try {
            instance = buildInstance(session, options);
        } catch (const ProposalError& e) {
            // A district where nothing is missing is a fair outcome, not a failure.
            EXPECT_EQ(e.reason(), ProposalError::Reason::NoCategories) << e.what();
            continue;
        }
        ASSERT_TRUE(instance);
        const Solution heuristic = solveHeuristic(*instance);
        std::string why;
        EXPECT_TRUE(isFeasible(*instance, heuristic.chosen, &why)) << why;
        EXPECT_DOUBLE_EQ(heuristic.objective, objectiveOf(*instance, heuristic.chosen));
        EXPECT_EQ(solveHeuristic(*instance).chosen, heuristic.chosen) << "deterministic";
        const Proposal proposal = describeSolution(*instance, heuristic);
        double gains = 0.0;
        for (const ProposalLine& line : proposal.lines) gains += line.gain;
        EXPECT_NEAR(gains, heuristic.objective, 1e-6 * (1.0 + gains));
        if (seed % 3 == 0) expectClaimsMatchAFreshAnalysis(project, options, *instance, proposal);

        if (!exactSolverAvailable()) continue;
        const ExactResult exact = solveExact(*instance, &heuristic, 30.0);
        ASSERT_TRUE(exact.solved);
        EXPECT_TRUE(isFeasible(*instance, exact.solution.chosen, &why)) << why;
        EXPECT_GE(exact.solution.objective, heuristic.objective - 1e-6);
        if (!exact.optimal) continue;
        ++solvedExactly;
        const double gap = exact.solution.objective > 0.0
                               ? (exact.solution.objective - heuristic.objective) / exact.solution.objective
                               : 0.0;
        if (gap > worstGap) {
            worstGap = gap;
            worstSeed = seed;
        }
        EXPECT_LE(gap, kStatedGap);
    }
    std::printf("[ proposals ] worst heuristic gap to the exact optimum: %.4f %% (seed %u), "
                "%d instances proved optimal\n",
                100.0 * worstGap, worstSeed, solvedExactly);
    if (exactSolverAvailable()) {
        EXPECT_GE(solvedExactly, 50);
    }
}

}  // namespace
}  // namespace yike::proposals
