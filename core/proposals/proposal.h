// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/access/coverage.h"
#include "core/access/run_control.h"
#include "core/catalog/catalog.h"
#include "core/project/features.h"
#include "core/project/project.h"
#include "core/proposals/siting_rules.h"

namespace yike::access {
class AnalysisSession;
}

/**
 * Conversion proposals: which idle spaces should become which missing services so that the
 * most residents (older people and children first) get the services within their walking
 * target, under floor-area, siting, budget and count limits.
 *
 * The model is maximum weighted coverage. A demand element is (category, home, cohort): the
 * residents of one cohort of one home who are beyond the category's target today. An option
 * is (idle space, category), allowed when the space's floor area holds the category's minimum
 * area and no siting rule forbids it; it covers the elements whose home reaches the space
 * within the target at the cohort's walking pace, measured by the walk analysis exactly as a
 * full run would measure the new facility (access::CoverageAnalysis::homesReachedFrom). The
 * objective is the sum over covered elements of category weight x cohort weight x residents.
 */
namespace yike::proposals {

/// Residents by age, each walking at its own pace: everyone not in the other two groups
/// (adult pace), those aged 60+ (older pace), children aged 0-14 (child pace).
enum class Cohort : std::uint8_t { Others = 0, Older = 1, Children = 2 };
inline constexpr std::size_t kCohortCount = 3;

/// The minimum area assumed for a category whose catalogue entry gives none: a small street
/// shop unit. A stated assumption; every line that relies on it says so.
inline constexpr double kDefaultMinAreaM2 = 30.0;

/// One service planned in one idle space.
struct Conversion {
    project::FeatureId space = 0;
    std::string category;
    friend bool operator==(const Conversion&, const Conversion&) = default;
    friend auto operator<=>(const Conversion&, const Conversion&) = default;
};

struct ProposalOptions {
    std::optional<double> budgetYuan;      ///< total cost of the spaces used; none: no limit
    std::optional<std::size_t> maxSpaces;  ///< spaces used; none: no limit
    /// Categories to fill; empty: every catalogue category with residents beyond its target.
    std::vector<std::string> categories;
    std::array<double, kCohortCount> cohortWeights{1.0, 2.0, 2.0};
    std::map<std::string, double> categoryWeights;  ///< missing: 1
    /// Walk profile code per cohort; set all three alike for one profile for everyone.
    std::array<std::string, kCohortCount> profiles{"adult", "older", "child"};
    bool includePlanned = false;  ///< planned facilities already count
    double defaultTargetMinutes = access::kDefaultTargetMinutes;
    double defaultMinAreaM2 = kDefaultMinAreaM2;
    std::vector<Conversion> lockedIn;   ///< always part of the proposal
    std::vector<Conversion> rejected;   ///< never proposed
    std::set<project::FeatureId> excludedSpaces;
    std::set<std::string> excludedCategories;
    SitingRules siting = builtinSitingRules();
    access::CoverageOptions coverage;  ///< snapping and residents; includePlanned is set from above

    double categoryWeight(const std::string& code) const;
};

/// What goes wrong before anything can be proposed; what() says what to enter.
class ProposalError : public std::runtime_error {
public:
    enum class Reason {
        NoStreets, NoResidents, NoIdleSpaces, ZeroBudget, NoCategories, NoProfile, NoExactSolver
    };
    ProposalError(Reason reason, const std::string& what)
        : std::runtime_error(what), m_reason(reason) {}
    Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

/// An idle space as the model sees it.
struct SpaceInfo {
    project::IdleSpace space;
    bool costKnown = false;  ///< estimatedCostYuan > 0
};

/// A category to fill.
struct CategoryInfo {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    double targetMinutes = 0.0;
    bool targetAssumed = false;  ///< no catalogue walkMinutes: the run's default
    double minAreaM2 = 0.0;
    bool areaAssumed = false;    ///< no catalogue minimum: the run's default
    std::string areaKind;
    std::optional<catalog::AreaSource> areaSource;
    double weight = 1.0;
    std::array<double, kCohortCount> residents{};  ///< every resident of the cohort
    std::array<double, kCohortCount> before{};     ///< within the target today
};

/// A (space, category) pair the space may host.
struct Option {
    std::uint32_t space = 0;     ///< index into Instance::spaces
    std::uint32_t category = 0;  ///< index into Instance::categories
    bool locked = false;
    std::vector<std::uint32_t> elements;  ///< demand elements it covers, sorted
    double value = 0.0;                   ///< weight of all its elements
};

/// Residents of one cohort of one home beyond one category's target today.
struct Element {
    double weight = 0.0;     ///< category weight x cohort weight x residents
    double residents = 0.0;
    std::uint32_t home = 0;
    std::uint32_t category = 0;
    Cohort cohort = Cohort::Others;
};

/// Why a space hosts nothing.
struct UnusableSpace {
    enum class Reason {
        Excluded,      ///< the user excluded it
        NoFloorArea,   ///< floor area not recorded
        NoCost,        ///< cost not recorded while a budget is set
        OverBudget,    ///< costs more than the whole budget
        NotOnNetwork,  ///< no street near enough to walk to it
        TooSmall,      ///< smaller than every missing service's minimum area
        Siting,        ///< the siting rules forbid every service it is big enough for
        NoGain         ///< everything it could host is already within reach of its neighbours
    };
    std::uint32_t space = 0;
    Reason reason = Reason::Excluded;
    double smallestMinAreaM2 = 0.0;          ///< TooSmall: the smallest minimum it missed
    std::vector<SitingViolation> violations; ///< Siting: one per category it is big enough for
};

/// The optimisation problem, built from walk analyses.
struct Instance {
    std::vector<SpaceInfo> spaces;
    std::vector<CategoryInfo> categories;
    std::vector<Option> options;
    std::vector<Element> elements;
    std::vector<UnusableSpace> unusable;
    std::optional<double> budgetYuan;
    std::optional<std::size_t> maxSpaces;
    std::array<double, kCohortCount> cohortWeights{};
    std::array<std::string, kCohortCount> profiles;
    /// Per home: its compound (index into the analyses' compounds) or access::Home::kNone.
    std::vector<std::size_t> homeCompound;
    std::vector<std::string> compoundNames;
    std::vector<project::FeatureId> compoundIds;
    /// Spaces locked in but impossible (too small, forbidden): left out, named here.
    std::vector<Conversion> impossibleLocks;
    SitingRules siting;  ///< the rules the options were checked against
    /// Per compound, over the categories to fill and the cohorts: residents in all, and within
    /// target today (for the equity view).
    std::vector<double> compoundSlots;
    std::vector<double> compoundBefore;

    double costOf(std::uint32_t space) const { return spaces[space].space.estimatedCostYuan; }
};

/// Chosen options (indices into Instance::options) and the objective they reach.
struct Solution {
    std::vector<std::uint32_t> chosen;
    double objective = 0.0;
};

/**
 * Builds the instance from the session's analyses, one per cohort profile (they are run here
 * when missing, with options.coverage). Cancellable; progress in 0..1.
 * @return nothing when cancelled
 * @throws ProposalError when nothing can be proposed (see Reason)
 */
std::optional<Instance> buildInstance(access::AnalysisSession& session,
                                      const ProposalOptions& options,
                                      const access::RunControl& control = {});

/// Whether the chosen options keep every constraint (area, one per category and space,
/// budget, space count, locks); `why` says which is broken.
bool isFeasible(const Instance& instance, const std::vector<std::uint32_t>& chosen,
                std::string* why = nullptr);
/// The objective of the chosen options.
double objectiveOf(const Instance& instance, const std::vector<std::uint32_t>& chosen);

/// The fast solver: lazy greedy on marginal gain and on gain per yuan (the better of the two),
/// then exchange local search. Deterministic for the same instance.
Solution solveHeuristic(const Instance& instance, const std::atomic<bool>* cancel = nullptr);

/// What the exact solver proved.
struct ExactResult {
    bool available = false;  ///< false: built without a MIP solver
    bool solved = false;     ///< a feasible solution was found
    bool optimal = false;    ///< proved optimal
    Solution solution;
    double bound = 0.0;      ///< best upper bound on the objective
    double gap = 0.0;        ///< (bound - objective) / bound, 0 when optimal
    double seconds = 0.0;
    std::string solver;      ///< name and version
};

/// Solves the instance as a mixed-integer programme (CBC), starting from `start` when given,
/// within `timeLimitSeconds`. Cancellable through `cancel`.
ExactResult solveExact(const Instance& instance, const Solution* start, double timeLimitSeconds,
                       const std::atomic<bool>* cancel = nullptr);
/// Whether an exact solver was built in.
bool exactSolverAvailable();

/// One conversion of the proposal, ranked; its gains are marginal to the lines above it.
struct ProposalLine {
    Conversion conversion;
    std::uint32_t option = 0;
    std::string spaceName;
    project::IdleSpaceKind spaceKind = project::IdleSpaceKind::Other;
    int storey = 1;
    bool hasLift = false;
    double areaUsedM2 = 0.0;       ///< the category's minimum area
    double spaceAreaM2 = 0.0;
    double costYuan = 0.0;         ///< the space's cost, on its first line only
    bool costKnown = false;
    bool spaceAlreadyUsed = false; ///< an earlier line converts the same space
    std::array<double, kCohortCount> newlyCovered{};  ///< residents per cohort
    double gain = 0.0;             ///< weighted
    bool areaAssumed = false;
    bool targetAssumed = false;
    bool locked = false;
    /// The siting rules of the category that the space meets (why it suits).
    std::vector<SitingRule> rulesMet;
    std::vector<std::uint32_t> newlyCoveredHomes;  ///< homes (indices of the analyses) it brings within target
    double residentsAll() const { return newlyCovered[0] + newlyCovered[1] + newlyCovered[2]; }
};

struct CategoryTotals {
    std::uint32_t category = 0;
    std::array<double, kCohortCount> residents{};
    std::array<double, kCohortCount> before{};
    std::array<double, kCohortCount> after{};
};

/// A compound after the proposal: the share of its residents (cohorts at their paces, over
/// the categories to fill) within target.
struct CompoundEquity {
    project::FeatureId id = 0;
    std::string name;
    double residents = 0.0;
    double shareWithinTarget = 0.0;
};

struct Proposal {
    std::vector<ProposalLine> lines;
    std::vector<CategoryTotals> totals;
    std::vector<CompoundEquity> worstServed;  ///< lowest share first, at most 10
    double totalCostYuan = 0.0;
    double objective = 0.0;
    double heuristicSeconds = 0.0;
    double heuristicObjective = 0.0;
    std::optional<ExactResult> exact;  ///< when the exact solver ran
    /// The exact solver's optimum or bound over the heuristic's objective, 0..1 (0 when the
    /// heuristic's result was proved optimal); nothing when the exact solver did not run.
    std::optional<double> heuristicGap() const;
};

/// The ranked, explained proposal of a solution.
Proposal describeSolution(const Instance& instance, const Solution& solution);

/// How to solve: the heuristic alone, or then the exact solver from its result ("prove the
/// best"), within a time limit.
struct SolveSettings {
    bool exact = false;
    double exactTimeLimitSeconds = 60.0;
};

/**
 * Solves the instance (the heuristic; then the exact solver when asked, keeping the better)
 * and describes the result, with the solvers' times and objectives.
 * @return nothing when cancelled
 * @throws ProposalError (NoExactSolver) when the exact solver is asked for but not built in
 */
std::optional<Proposal> solve(const Instance& instance, const SolveSettings& settings,
                              const std::atomic<bool>* cancel = nullptr);

/// What accepting conversions changes in a project: a planned facility per conversion, at its
/// space, named after it, source "proposal", attribute idle_space = the space's id; and each
/// space with the category added to what it is proposed for.
struct PlannedChanges {
    std::vector<project::Facility> facilities;
    std::vector<project::IdleSpace> spaces;  ///< updated, one per space touched
};
/// @throws std::invalid_argument for a conversion whose space the project lacks
PlannedChanges plannedChanges(const project::Project& project,
                              const std::vector<Conversion>& conversions);

}  // namespace yike::proposals
