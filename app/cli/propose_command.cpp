// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <string>

#include "app/cli/commands.h"
#include "app/cli/proposal_options.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/proposals/proposal.h"
#include "core/proposals/proposal_export.h"

namespace yike::cli {
namespace {

using proposals::kCohortCount;

std::string number(double value, int decimals = 0) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

const char* reasonText(proposals::UnusableSpace::Reason reason) {
    using R = proposals::UnusableSpace::Reason;
    switch (reason) {
        case R::Excluded: return "excluded";
        case R::NoFloorArea: return "no floor area recorded: enter it";
        case R::NoCost: return "no estimated cost recorded while a budget is set: enter one";
        case R::OverBudget: return "costs more than the whole budget";
        case R::NotOnNetwork: return "no street near enough to walk to it";
        case R::TooSmall: return "smaller than every missing service needs";
        case R::Siting: return "the siting rules allow none of the services it is big enough for";
        case R::NoGain: return "everything it could host is already within reach of its neighbours";
    }
    return "";
}

std::string spaceLabel(const project::IdleSpace& s) {
    return s.name.empty() ? "idle space " + std::to_string(s.id) : s.name;
}

}  // namespace

int runPropose(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::filesystem::path path = platform::pathFromUtf8(args.positionals()[0]);
    const proposals::ProposalOptions options = proposalOptions(args);
    const proposals::SolveSettings settings = solveSettings(args);
    const bool apply = args.has("--apply");

    const auto file = project::ProjectFile::open(
        path, apply ? project::ProjectFile::Mode::ReadWrite : project::ProjectFile::Mode::ReadOnly);
    project::Project project = file->load();
    std::ofstream json, csv;
    auto openOutput = [](std::ofstream& stream, const std::optional<std::string>& name) {
        if (!name) return;
        stream.open(platform::pathFromUtf8(*name), std::ios::binary | std::ios::trunc);
        if (!stream) throw CommandError("cannot write '" + *name + "'");
    };
    openOutput(json, args.value("--json"));
    openOutput(csv, args.value("--csv"));

    const SolvedProposal solved = solveProposal(project, options, settings);
    const proposals::Instance* instance = &solved.instance;
    const proposals::Proposal& proposal = solved.proposal;
    const std::optional<proposals::ExactResult>& proof = proposal.exact;

    // The report.
    const auto& w = instance->cohortWeights;
    out << "Weights: residents aged 60+ x" << number(w[1], 2) << ", aged 0-14 x" << number(w[2], 2)
        << ", others x" << number(w[0], 2) << "; walkers: " << instance->profiles[0] << " / "
        << instance->profiles[1] << " / " << instance->profiles[2] << " (others / 60+ / 0-14)\n";
    out << "Limits: budget "
        << (instance->budgetYuan ? "CNY " + number(*instance->budgetYuan) : std::string("none"))
        << ", spaces " << (instance->maxSpaces ? std::to_string(*instance->maxSpaces) : std::string("no limit"))
        << (options.includePlanned ? ", planned facilities count" : "") << "\n";
    out << "Proposal (" << proposal.lines.size() << " conversions, CNY " << number(proposal.totalCostYuan)
        << "):\n";
    int rank = 0;
    for (const proposals::ProposalLine& line : proposal.lines) {
        const proposals::CategoryInfo& c = instance->categories[instance->options[line.option].category];
        const project::IdleSpace& space = instance->spaces[instance->options[line.option].space].space;
        out << std::setw(3) << ++rank << ". Convert " << spaceLabel(space) << " ("
            << number(line.spaceAreaM2) << " m2, "
            << (line.spaceAlreadyUsed ? std::string("same space as above")
                : line.costKnown       ? "CNY " + number(line.costYuan)
                                       : std::string("cost not recorded"))
            << ") into " << (c.nameEn.empty() ? c.code : c.nameEn) << " (" << c.nameZh << "): +"
            << number(line.residentsAll()) << " residents within " << number(c.targetMinutes)
            << " min, " << number(line.newlyCovered[1]) << " of them aged 60+ and "
            << number(line.newlyCovered[2]) << " aged 0-14\n";
        out << "       uses " << number(line.areaUsedM2) << " of " << number(line.spaceAreaM2) << " m2";
        if (line.areaAssumed) out << " (minimum area assumed: the catalogue gives none)";
        if (line.targetAssumed) out << "; target assumed: the catalogue gives none";
        if (!line.rulesMet.empty()) {
            out << "; suits it: storey " << line.storey << (line.hasLift ? " with a lift" : "");
            for (const proposals::SitingRule& rule : line.rulesMet) out << ", " << proposals::describe(rule);
        }
        if (line.locked) out << "; locked in";
        out << "\n";
    }
    out << "Within target, before -> after (all / 60+ / 0-14):\n";
    for (const proposals::CategoryTotals& t : proposal.totals) {
        const proposals::CategoryInfo& c = instance->categories[t.category];
        auto all = [](const std::array<double, kCohortCount>& v) { return v[0] + v[1] + v[2]; };
        out << "  " << std::left << std::setw(28) << c.code << std::right << number(all(t.before))
            << " -> " << number(all(t.after)) << " of " << number(all(t.residents)) << " / "
            << number(t.before[1]) << " -> " << number(t.after[1]) << " of " << number(t.residents[1])
            << " / " << number(t.before[2]) << " -> " << number(t.after[2]) << " of "
            << number(t.residents[2]) << " (" << number(c.targetMinutes) << " min"
            << (c.targetAssumed ? ", assumed" : "") << ")\n";
    }
    if (!proposal.worstServed.empty()) {
        out << "Worst served after it (share of residents within target, over these categories):\n";
        for (std::size_t i = 0; i < proposal.worstServed.size() && i < 5; ++i)
            out << "  " << (proposal.worstServed[i].name.empty() ? "compound " + std::to_string(proposal.worstServed[i].id)
                                                                 : proposal.worstServed[i].name)
                << ": " << number(100.0 * proposal.worstServed[i].shareWithinTarget, 1) << " %\n";
    }
    if (!instance->unusable.empty()) {
        out << "Spaces that host nothing:\n";
        for (const proposals::UnusableSpace& u : instance->unusable) {
            out << "  " << spaceLabel(instance->spaces[u.space].space) << ": " << reasonText(u.reason);
            if (u.reason == proposals::UnusableSpace::Reason::TooSmall)
                out << " (the smallest needs " << number(u.smallestMinAreaM2) << " m2)";
            out << "\n";
        }
    }
    for (const proposals::Conversion& lock : instance->impossibleLocks)
        out << "Locked conversion not possible: space " << lock.space << " into " << lock.category << "\n";
    out << "Solver: heuristic, " << number(proposal.heuristicSeconds, 2) << " s, objective "
        << number(proposal.heuristicObjective, 1);
    if (proof) {
        out << "; " << proof->solver << ", " << number(proof->seconds, 1) << " s: "
            << (proof->optimal ? "proved optimal" : "best bound " + number(proof->bound, 1))
            << ", objective " << number(proof->solution.objective, 1);
        if (const std::optional<double> gap = proposal.heuristicGap())
            out << ", heuristic gap " << number(100.0 * *gap, 2) << " %";
    }
    out << "\n";

    auto write = [](std::ofstream& stream, const std::string& text, const std::string& name) {
        stream << text;
        stream.close();
        if (!stream) throw CommandError("cannot write '" + name + "'");
    };
    if (json.is_open()) write(json, proposals::proposalJson(*instance, proposal), *args.value("--json"));
    if (csv.is_open()) write(csv, proposals::proposalCsv(*instance, proposal), *args.value("--csv"));
    if (apply) {
        std::vector<proposals::Conversion> conversions;
        for (const proposals::ProposalLine& line : proposal.lines) conversions.push_back(line.conversion);
        proposals::PlannedChanges changes = proposals::plannedChanges(project, conversions);
        for (project::Facility& facility : changes.facilities) project.addFacility(std::move(facility));
        for (const project::IdleSpace& space : changes.spaces) project.updateIdleSpace(space);
        file->save(project);
        out << "Applied: " << proposal.lines.size() << " planned facilities added to "
            << platform::utf8FromPath(path) << "\n";
    }
    return 0;
}

}  // namespace yike::cli
