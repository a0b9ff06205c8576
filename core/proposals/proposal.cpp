// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/proposal.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/access/analysis_session.h"
#include "core/access/detail/parallel.h"
#include "core/access/reach_search.h"
#include "core/project/project.h"

namespace yike::proposals {
namespace {

constexpr double kEpsilon = 1e-9;

double residentsOf(const access::HomeResidents& home, Cohort cohort) {
    switch (cohort) {
        case Cohort::Older: return home.residents60Plus;
        case Cohort::Children: return home.children0To14;
        case Cohort::Others:
            return std::max(0.0, home.residents - home.residents60Plus - home.children0To14);
    }
    return 0.0;
}

std::size_t categoryIndex(const access::CoverageResult& result, const std::string& code) {
    for (std::size_t i = 0; i < result.categories.size(); ++i)
        if (result.categories[i].code == code) return i;
    return result.categories.size();
}

}  // namespace

double ProposalOptions::categoryWeight(const std::string& code) const {
    const auto it = categoryWeights.find(code);
    return it == categoryWeights.end() ? 1.0 : it->second;
}

std::optional<Instance> buildInstance(access::AnalysisSession& session,
                                      const ProposalOptions& options,
                                      const access::RunControl& control) {
    using Reason = ProposalError::Reason;
    const project::Project& project = session.project();
    if (project.idleSpaces().items().empty())
        throw ProposalError(Reason::NoIdleSpaces,
                            "the project has no idle spaces: draw them on the map or import them "
                            "(File > Import, or yike-cli import-csv --layer idle_spaces)");
    if (options.budgetYuan && !(*options.budgetYuan > 0.0))
        throw ProposalError(Reason::ZeroBudget,
                            "a budget of zero converts nothing: give a budget above zero, or "
                            "none for no limit");
    if (options.maxSpaces && *options.maxSpaces == 0)
        throw ProposalError(Reason::ZeroBudget,
                            "at most 0 spaces converts nothing: allow at least one space");
    for (const std::string& code : options.profiles) {
        const auto& profiles = project.walkProfiles();
        if (std::none_of(profiles.begin(), profiles.end(),
                         [&](const project::WalkProfile& p) { return p.code == code; }))
            throw ProposalError(Reason::NoProfile, "the project has no walk profile '" + code
                                                       + "': choose one of its walk profiles");
    }
    if (session.graph().edgeCount() == 0) session.buildGraph();
    if (session.graph().edgeCount() == 0)
        throw ProposalError(Reason::NoStreets,
                            "the project has no streets to walk on: import the district from "
                            "OpenStreetMap or draw its streets");

    // One analysis per distinct profile, run together.
    access::CoverageOptions coverage = options.coverage;
    coverage.includePlanned = options.includePlanned;
    coverage.repairable = false;  // read, never repaired
    std::array<const access::CoverageAnalysis*, kCohortCount> analyses{};
    access::RunControl inner;
    inner.cancel = control.cancel;
    inner.threads = control.threads;
    if (control.progress) inner.progress = [&](double f) { control.progress(0.4 * f); };
    const std::vector<access::CoverageAnalysis*> done = session.runAll(
        std::vector<std::string>(options.profiles.begin(), options.profiles.end()), coverage, inner);
    if (done.empty()) return std::nullopt;
    for (std::size_t g = 0; g < kCohortCount; ++g) analyses[g] = done[g];
    std::vector<std::string> distinct;
    for (const std::string& code : options.profiles)
        if (std::find(distinct.begin(), distinct.end(), code) == distinct.end())
            distinct.push_back(code);
    const access::CoverageAnalysis& first = *analyses[0];
    if (first.result().population <= 0)
        throw ProposalError(Reason::NoResidents,
                            "no residents are known, so no one can be newly served: enter "
                            "compounds' survey figures, import a population grid, or map "
                            "compounds and buildings");

    Instance instance;
    instance.budgetYuan = options.budgetYuan;
    instance.maxSpaces = options.maxSpaces;
    instance.cohortWeights = options.cohortWeights;
    instance.profiles = options.profiles;
    instance.siting = options.siting;
    const std::size_t homeCount = first.homeCount();
    std::vector<access::HomeResidents> homes(homeCount);
    instance.homeCompound.resize(homeCount);
    for (std::size_t h = 0; h < homeCount; ++h) {
        homes[h] = first.homeResidents(h);
        instance.homeCompound[h] = homes[h].compound;
    }
    for (const access::CompoundCoverage& c : first.result().compounds) {
        instance.compoundIds.push_back(c.id);
        instance.compoundNames.push_back(c.name);
    }
    instance.compoundSlots.assign(instance.compoundIds.size(), 0.0);
    instance.compoundBefore.assign(instance.compoundIds.size(), 0.0);

    // The categories to fill, with their residents within target today.
    std::vector<std::string> codes = options.categories;
    if (codes.empty())
        for (const catalog::Category& c : project.catalog().categories()) codes.push_back(c.code);
    std::vector<std::array<std::size_t, kCohortCount>> analysisIndex;
    std::vector<std::string> unknown;
    for (const std::string& code : codes) {
        if (options.excludedCategories.count(code)) continue;
        const catalog::Category* entry = project.catalog().find(code);
        if (entry == nullptr) {
            unknown.push_back(code);
            continue;
        }
        CategoryInfo info;
        info.code = code;
        info.nameZh = entry->nameZh;
        info.nameEn = entry->nameEn;
        info.targetAssumed = !entry->walkMinutes;
        info.targetMinutes = entry->walkMinutes ? *entry->walkMinutes : options.defaultTargetMinutes;
        info.areaAssumed = !(entry->minAreaM2 && *entry->minAreaM2 > 0.0);
        info.minAreaM2 = info.areaAssumed ? options.defaultMinAreaM2 : *entry->minAreaM2;
        info.areaKind = entry->areaKind;
        info.areaSource = entry->areaSource;
        info.weight = options.categoryWeight(code);
        std::array<std::size_t, kCohortCount> index{};
        for (std::size_t g = 0; g < kCohortCount; ++g) {
            index[g] = categoryIndex(analyses[g]->result(), code);
            for (std::size_t h = 0; h < homeCount; ++h) {
                const double people = residentsOf(homes[h], Cohort(g));
                info.residents[g] += people;
                if (analyses[g]->homeMinutes(h, index[g]) <= info.targetMinutes)
                    info.before[g] += people;
            }
        }
        double beyond = 0.0;
        for (std::size_t g = 0; g < kCohortCount; ++g) beyond += info.residents[g] - info.before[g];
        if (options.categories.empty() && !(beyond > kEpsilon)) continue;
        instance.categories.push_back(std::move(info));
        analysisIndex.push_back(index);
    }
    if (!unknown.empty()) {
        std::string list;
        for (const std::string& code : unknown) list += (list.empty() ? "" : ", ") + code;
        throw ProposalError(Reason::NoCategories,
                            "not in the project's catalogue: " + list
                                + " (see Tools > Catalogue for the codes)");
    }
    if (instance.categories.empty())
        throw ProposalError(Reason::NoCategories,
                            "every resident already reaches every category to fill within its "
                            "target: nothing is missing");
    for (std::size_t c = 0; c < instance.categories.size(); ++c)
        for (std::size_t g = 0; g < kCohortCount; ++g)
            for (std::size_t h = 0; h < homeCount; ++h) {
                const std::size_t k = homes[h].compound;
                if (k == access::Home::kNone) continue;
                const double people = residentsOf(homes[h], Cohort(g));
                instance.compoundSlots[k] += people;
                if (analyses[g]->homeMinutes(h, analysisIndex[c][g])
                    <= instance.categories[c].targetMinutes)
                    instance.compoundBefore[k] += people;
            }

    // Spaces: which categories each may host.
    const auto& spaces = project.idleSpaces().items();
    std::vector<std::vector<std::uint32_t>> allowed(spaces.size());
    for (std::size_t s = 0; s < spaces.size(); ++s) {
        const project::IdleSpace& space = spaces[s];
        instance.spaces.push_back({space, space.estimatedCostYuan > 0.0});
        UnusableSpace unusable;
        unusable.space = std::uint32_t(s);
        auto refuse = [&](UnusableSpace::Reason reason) {
            unusable.reason = reason;
            instance.unusable.push_back(unusable);
        };
        if (options.excludedSpaces.count(space.id)) {
            refuse(UnusableSpace::Reason::Excluded);
            continue;
        }
        if (!(space.floorAreaM2 > 0.0)) {
            refuse(UnusableSpace::Reason::NoFloorArea);
            continue;
        }
        if (options.budgetYuan && !(space.estimatedCostYuan > 0.0)) {
            refuse(UnusableSpace::Reason::NoCost);
            continue;
        }
        if (options.budgetYuan && space.estimatedCostYuan > *options.budgetYuan) {
            refuse(UnusableSpace::Reason::OverBudget);
            continue;
        }
        if (first.placeFacility(space.position).isAbsent()) {
            refuse(UnusableSpace::Reason::NotOnNetwork);
            continue;
        }
        double smallestMissed = std::numeric_limits<double>::infinity();
        bool bigEnough = false;
        for (std::size_t c = 0; c < instance.categories.size(); ++c) {
            const CategoryInfo& info = instance.categories[c];
            if (std::find(options.rejected.begin(), options.rejected.end(),
                          Conversion{space.id, info.code})
                != options.rejected.end())
                continue;
            if (info.minAreaM2 > space.floorAreaM2 + kEpsilon) {
                smallestMissed = std::min(smallestMissed, info.minAreaM2);
                continue;
            }
            bigEnough = true;
            if (auto violation = options.siting.check(space, *project.catalog().find(info.code))) {
                unusable.violations.push_back(std::move(*violation));
                continue;
            }
            allowed[s].push_back(std::uint32_t(c));
        }
        if (allowed[s].empty()) {
            unusable.smallestMinAreaM2 = std::isfinite(smallestMissed) ? smallestMissed : 0.0;
            refuse(bigEnough ? UnusableSpace::Reason::Siting : UnusableSpace::Reason::TooSmall);
        }
    }
    if (control.isCancelled()) return std::nullopt;

    // Where each usable space reaches, per distinct profile, in parallel.
    double maxTarget = 0.0;
    for (const CategoryInfo& info : instance.categories) maxTarget = std::max(maxTarget, info.targetMinutes);
    std::vector<std::size_t> usable;
    for (std::size_t s = 0; s < spaces.size(); ++s)
        if (!allowed[s].empty()) usable.push_back(s);
    // reached[i][p]: homes reached from usable[i] at distinct profile p.
    std::vector<std::vector<std::vector<access::HomeTime>>> reached(usable.size());
    std::array<std::size_t, kCohortCount> profileOf{};
    for (std::size_t g = 0; g < kCohortCount; ++g)
        profileOf[g] = std::size_t(std::find(distinct.begin(), distinct.end(), options.profiles[g])
                                   - distinct.begin());
    std::vector<const access::CoverageAnalysis*> byProfile;
    for (const std::string& code : distinct) byProfile.push_back(session.analysis(code));
    access::RunControl reachControl;
    reachControl.cancel = control.cancel;
    reachControl.threads = control.threads;
    if (control.progress) reachControl.progress = [&](double f) { control.progress(0.4 + 0.5 * f); };
    const bool finished = access::detail::runParallel(usable.size(), reachControl, [&] {
        std::vector<access::ReachSearch> searches;
        for (const access::CoverageAnalysis* a : byProfile) searches.push_back(a->makeSearch());
        return [&, searches = std::move(searches)](std::size_t task) mutable {
            const project::IdleSpace& space = spaces[usable[task]];
            reached[task].resize(byProfile.size());
            for (std::size_t p = 0; p < byProfile.size(); ++p)
                reached[task][p] = byProfile[p]->homesReachedFrom(
                    byProfile[p]->placeFacility(space.position), maxTarget * 60.0, searches[p]);
            return true;
        };
    });
    if (!finished || control.isCancelled()) return std::nullopt;

    // Options and the elements they cover.
    std::unordered_map<std::uint64_t, std::uint32_t> elementIds;
    for (std::size_t i = 0; i < usable.size(); ++i) {
        const std::size_t s = usable[i];
        bool anyGain = false;
        for (const std::uint32_t c : allowed[s]) {
            const CategoryInfo& info = instance.categories[c];
            Option option;
            option.space = std::uint32_t(s);
            option.category = c;
            option.locked = std::find(options.lockedIn.begin(), options.lockedIn.end(),
                                      Conversion{spaces[s].id, info.code})
                            != options.lockedIn.end();
            for (std::size_t g = 0; g < kCohortCount; ++g) {
                const access::CoverageAnalysis& analysis = *analyses[g];
                for (const access::HomeTime& t : reached[i][profileOf[g]]) {
                    if (!(t.seconds / 60.0 <= info.targetMinutes)) continue;
                    if (analysis.homeMinutes(t.home, analysisIndex[c][g]) <= info.targetMinutes)
                        continue;  // within target already
                    const double people = residentsOf(homes[t.home], Cohort(g));
                    if (!(people > 0.0)) continue;
                    const std::uint64_t key =
                        (std::uint64_t(c) << 34) | (std::uint64_t(t.home) << 2) | g;
                    auto [it, added] = elementIds.try_emplace(key, std::uint32_t(instance.elements.size()));
                    if (added) {
                        Element e;
                        e.residents = people;
                        e.weight = info.weight * options.cohortWeights[g] * people;
                        e.home = t.home;
                        e.category = c;
                        e.cohort = Cohort(g);
                        instance.elements.push_back(e);
                    }
                    option.elements.push_back(it->second);
                }
            }
            std::sort(option.elements.begin(), option.elements.end());
            for (const std::uint32_t e : option.elements) option.value += instance.elements[e].weight;
            if (option.elements.empty() && !option.locked) continue;
            anyGain = true;
            instance.options.push_back(std::move(option));
        }
        if (!anyGain) {
            UnusableSpace unusable;
            unusable.space = std::uint32_t(s);
            unusable.reason = UnusableSpace::Reason::NoGain;
            instance.unusable.push_back(unusable);
        }
    }
    std::sort(instance.unusable.begin(), instance.unusable.end(),
              [](const UnusableSpace& a, const UnusableSpace& b) { return a.space < b.space; });

    // Locks that no option carries.
    for (const Conversion& lock : options.lockedIn) {
        const bool carried = std::any_of(instance.options.begin(), instance.options.end(),
                                         [&](const Option& o) {
                                             return o.locked
                                                    && instance.spaces[o.space].space.id == lock.space
                                                    && instance.categories[o.category].code
                                                           == lock.category;
                                         });
        if (!carried) instance.impossibleLocks.push_back(lock);
    }
    if (control.progress) control.progress(1.0);
    return instance;
}

bool isFeasible(const Instance& instance, const std::vector<std::uint32_t>& chosen,
                std::string* why) {
    auto fail = [&](const std::string& text) {
        if (why) *why = text;
        return false;
    };
    std::vector<std::uint32_t> sorted = chosen;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
        return fail("an option is chosen twice");
    std::map<std::uint32_t, double> area;
    for (const std::uint32_t o : sorted) {
        if (o >= instance.options.size()) return fail("no such option");
        area[instance.options[o].space] += instance.categories[instance.options[o].category].minAreaM2;
    }
    double cost = 0.0;
    for (const auto& [space, used] : area) {
        if (used > instance.spaces[space].space.floorAreaM2 + 1e-6)
            return fail("space " + std::to_string(space) + " over its floor area");
        cost += instance.costOf(space);
    }
    if (instance.budgetYuan && cost > *instance.budgetYuan + 1e-6) return fail("over budget");
    if (instance.maxSpaces && area.size() > *instance.maxSpaces) return fail("too many spaces");
    for (std::uint32_t o = 0; o < instance.options.size(); ++o)
        if (instance.options[o].locked && !std::binary_search(sorted.begin(), sorted.end(), o))
            return fail("a locked option is missing");
    return true;
}

double objectiveOf(const Instance& instance, const std::vector<std::uint32_t>& chosen) {
    std::vector<char> covered(instance.elements.size(), 0);
    double total = 0.0;
    for (const std::uint32_t o : chosen)
        for (const std::uint32_t e : instance.options[o].elements)
            if (!covered[e]) {
                covered[e] = 1;
                total += instance.elements[e].weight;
            }
    return total;
}

Proposal describeSolution(const Instance& instance, const Solution& solution) {
    Proposal proposal;
    proposal.objective = objectiveOf(instance, solution.chosen);
    std::vector<char> covered(instance.elements.size(), 0);
    std::vector<std::uint32_t> left = solution.chosen;
    std::set<std::uint32_t> spacesUsed;
    std::vector<double> compoundGain(instance.compoundIds.size(), 0.0);
    std::vector<CategoryTotals> totals(instance.categories.size());
    for (std::uint32_t c = 0; c < totals.size(); ++c) {
        totals[c].category = c;
        totals[c].residents = instance.categories[c].residents;
        totals[c].before = instance.categories[c].before;
        totals[c].after = instance.categories[c].before;
    }
    // Rank: each line is the one adding most to the lines above it (ties: option order).
    while (!left.empty()) {
        std::size_t best = 0;
        double bestGain = -1.0;
        for (std::size_t i = 0; i < left.size(); ++i) {
            double gain = 0.0;
            for (const std::uint32_t e : instance.options[left[i]].elements)
                if (!covered[e]) gain += instance.elements[e].weight;
            if (gain > bestGain + kEpsilon || (std::abs(gain - bestGain) <= kEpsilon && left[i] < left[best])) {
                best = i;
                bestGain = gain;
            }
        }
        const std::uint32_t o = left[best];
        left.erase(left.begin() + std::ptrdiff_t(best));
        const Option& option = instance.options[o];
        const SpaceInfo& space = instance.spaces[option.space];
        const CategoryInfo& category = instance.categories[option.category];
        ProposalLine line;
        line.option = o;
        line.conversion = {space.space.id, category.code};
        line.spaceName = space.space.name;
        line.spaceKind = space.space.kind;
        line.storey = space.space.storey;
        line.hasLift = space.space.hasLift;
        line.areaUsedM2 = category.minAreaM2;
        line.spaceAreaM2 = space.space.floorAreaM2;
        line.spaceAlreadyUsed = !spacesUsed.insert(option.space).second;
        line.costKnown = space.costKnown;
        line.costYuan = line.spaceAlreadyUsed ? 0.0 : space.space.estimatedCostYuan;
        line.areaAssumed = category.areaAssumed;
        line.targetAssumed = category.targetAssumed;
        line.locked = option.locked;
        for (const SitingRule* rule : instance.siting.rulesFor(category.code)) line.rulesMet.push_back(*rule);
        for (const std::uint32_t e : option.elements) {
            if (covered[e]) continue;
            covered[e] = 1;
            const Element& element = instance.elements[e];
            line.newlyCovered[std::size_t(element.cohort)] += element.residents;
            line.gain += element.weight;
            line.newlyCoveredHomes.push_back(element.home);
            totals[option.category].after[std::size_t(element.cohort)] += element.residents;
            const std::size_t k = instance.homeCompound[element.home];
            if (k != access::Home::kNone) compoundGain[k] += element.residents;
        }
        std::sort(line.newlyCoveredHomes.begin(), line.newlyCoveredHomes.end());
        line.newlyCoveredHomes.erase(
            std::unique(line.newlyCoveredHomes.begin(), line.newlyCoveredHomes.end()),
            line.newlyCoveredHomes.end());
        proposal.totalCostYuan += line.costYuan;
        proposal.lines.push_back(std::move(line));
    }
    proposal.totals = std::move(totals);
    for (std::size_t k = 0; k < instance.compoundIds.size(); ++k) {
        if (!(instance.compoundSlots[k] > 0.0)) continue;
        CompoundEquity equity;
        equity.id = instance.compoundIds[k];
        equity.name = instance.compoundNames[k];
        equity.residents = instance.compoundSlots[k] / double(instance.categories.size());
        equity.shareWithinTarget =
            std::min(1.0, (instance.compoundBefore[k] + compoundGain[k]) / instance.compoundSlots[k]);
        proposal.worstServed.push_back(std::move(equity));
    }
    std::stable_sort(proposal.worstServed.begin(), proposal.worstServed.end(),
                     [](const CompoundEquity& a, const CompoundEquity& b) {
                         return a.shareWithinTarget < b.shareWithinTarget;
                     });
    if (proposal.worstServed.size() > 10) proposal.worstServed.resize(10);
    return proposal;
}

}  // namespace yike::proposals

namespace yike::proposals {

std::optional<double> Proposal::heuristicGap() const {
    if (!exact || !exact->solved) return std::nullopt;
    if (exact->optimal) {
        const double best = exact->solution.objective;
        return best > 0.0 ? std::max(0.0, (best - heuristicObjective) / best) : 0.0;
    }
    return exact->bound > 0.0 ? std::max(0.0, (exact->bound - heuristicObjective) / exact->bound)
                              : 0.0;
}

std::optional<Proposal> solve(const Instance& instance, const SolveSettings& settings,
                              const std::atomic<bool>* cancel) {
    if (settings.exact && !exactSolverAvailable())
        throw ProposalError(ProposalError::Reason::NoExactSolver,
                            "proving the best needs the exact solver, which this build lacks: "
                            "install coinor-libcbc-dev and build again");
    const auto started = std::chrono::steady_clock::now();
    Solution solution = solveHeuristic(instance, cancel);
    if (cancel && cancel->load()) return std::nullopt;
    const double heuristicSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double heuristicObjective = solution.objective;
    std::optional<ExactResult> exact;
    if (settings.exact) {
        exact = solveExact(instance, &solution, settings.exactTimeLimitSeconds, cancel);
        if (cancel && cancel->load()) return std::nullopt;
        if (exact->solved && exact->solution.objective > solution.objective)
            solution = exact->solution;
    }
    Proposal proposal = describeSolution(instance, solution);
    proposal.heuristicSeconds = heuristicSeconds;
    proposal.heuristicObjective = heuristicObjective;
    proposal.exact = std::move(exact);
    return proposal;
}

PlannedChanges plannedChanges(const project::Project& project,
                              const std::vector<Conversion>& conversions) {
    PlannedChanges changes;
    for (const Conversion& conversion : conversions) {
        auto it = std::find_if(changes.spaces.begin(), changes.spaces.end(),
                               [&](const project::IdleSpace& s) { return s.id == conversion.space; });
        if (it == changes.spaces.end()) {
            const project::IdleSpace* space = project.idleSpaces().find(conversion.space);
            if (space == nullptr)
                throw std::invalid_argument("no idle space " + std::to_string(conversion.space));
            changes.spaces.push_back(*space);
            it = changes.spaces.end() - 1;
        }
        project::Facility facility;
        facility.position = it->position;
        facility.categoryCode = conversion.category;
        facility.name = it->name;
        facility.status = project::FacilityStatus::Planned;
        facility.source = "proposal";
        facility.attributes["idle_space"] = std::to_string(it->id);
        changes.facilities.push_back(std::move(facility));
        if (std::find(it->proposedFor.begin(), it->proposedFor.end(), conversion.category) ==
            it->proposedFor.end())
            it->proposedFor.push_back(conversion.category);
    }
    return changes;
}

}  // namespace yike::proposals
