// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/proposal_options.h"

#include <sstream>
#include <string>

namespace yike::cli {
namespace {

using proposals::Cohort;

double positiveNumber(const Arguments& args, std::string_view option, bool allowZero) {
    return parsePositive(*args.value(option), option, allowZero);
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, ','))
        if (!part.empty()) parts.push_back(part);
    return parts;
}

}  // namespace

std::vector<OptionSpec> proposalOptionSpecs(std::initializer_list<OptionSpec> own) {
    std::vector<OptionSpec> specs{
        {"--budget", "YUAN", "total conversion cost allowed (default: no limit)"},
        {"--max-spaces", "N", "spaces converted at most (default: no limit)"},
        {"--categories", "LIST",
         "category codes to fill (default: every one with residents "
         "beyond its target)"},
        {"--weight-older", "W", "weight of a resident aged 60+ (default 2)"},
        {"--weight-children", "W", "weight of a child aged 0-14 (default 2)"},
        {"--single-profile", "P", "one walk profile for everyone (default: adult, older, child)"},
        {"--include-planned", "", "planned facilities already count"},
        {"--exact", "", "also solve exactly (CBC) and report the optimum or the gap"},
        {"--time-limit", "S", "seconds for --exact (default 60)"}};
    specs.insert(specs.end(), own.begin(), own.end());
    return specs;
}

proposals::ProposalOptions proposalOptions(const Arguments& args) {
    proposals::ProposalOptions options;
    if (args.has("--budget")) options.budgetYuan = positiveNumber(args, "--budget", true);
    if (args.has("--max-spaces"))
        options.maxSpaces = std::size_t(parseUnsigned(*args.value("--max-spaces"), "--max-spaces"));
    if (args.has("--categories")) options.categories = splitList(*args.value("--categories"));
    if (args.has("--weight-older"))
        options.cohortWeights[std::size_t(Cohort::Older)] =
            positiveNumber(args, "--weight-older", true);
    if (args.has("--weight-children"))
        options.cohortWeights[std::size_t(Cohort::Children)] =
            positiveNumber(args, "--weight-children", true);
    if (args.has("--single-profile")) {
        const std::string code = *args.value("--single-profile");
        options.profiles = {code, code, code};
    }
    options.includePlanned = args.has("--include-planned");
    return options;
}

proposals::SolveSettings solveSettings(const Arguments& args) {
    proposals::SolveSettings settings;
    settings.exact = args.has("--exact");
    if (args.has("--time-limit")) {
        if (!settings.exact) throw UsageError("--time-limit goes with --exact");
        settings.exactTimeLimitSeconds = positiveNumber(args, "--time-limit", false);
    }
    return settings;
}

SolvedProposal solveProposal(const project::Project& project,
                             const proposals::ProposalOptions& options,
                             const proposals::SolveSettings& settings) {
    SolvedProposal solved;
    solved.session = std::make_unique<access::AnalysisSession>(project);
    solved.session->buildGraph();
    std::optional<proposals::Instance> instance;
    try {
        instance = proposals::buildInstance(*solved.session, options);
    } catch (const proposals::ProposalError& e) {
        throw CommandError(e.what());
    }
    if (!instance) throw CommandError("cancelled");
    solved.instance = std::move(*instance);
    std::optional<proposals::Proposal> proposal;
    try {
        proposal = proposals::solve(solved.instance, settings);
    } catch (const proposals::ProposalError& e) {
        throw CommandError("--exact: " + std::string(e.what()));
    }
    if (!proposal) throw CommandError("cancelled");
    solved.proposal = std::move(*proposal);
    return solved;
}

}  // namespace yike::cli
