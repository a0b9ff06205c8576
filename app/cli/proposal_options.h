// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <memory>
#include <vector>

#include "app/cli/arguments.h"
#include "core/access/analysis_session.h"
#include "core/proposals/proposal.h"

/// What `propose` and `report` share: the options that say what to propose and how to solve
/// it, and the run from a project to a proposal.
namespace yike::cli {

/// The shared options (--budget, --max-spaces, --categories, --weight-older,
/// --weight-children, --single-profile, --include-planned, --exact, --time-limit) followed by
/// a command's `own`.
std::vector<OptionSpec> proposalOptionSpecs(std::initializer_list<OptionSpec> own);

/// The proposal options the arguments give. @throws UsageError for a malformed value
proposals::ProposalOptions proposalOptions(const Arguments& args);
/// --exact and --time-limit. @throws UsageError for --time-limit without --exact
proposals::SolveSettings solveSettings(const Arguments& args);

/// A proposal with what it was measured on.
struct SolvedProposal {
    std::unique_ptr<access::AnalysisSession> session;  ///< its analyses, one per cohort profile
    proposals::Instance instance;
    proposals::Proposal proposal;
};

/// Builds the street graph and the walk analyses of `project`, the instance and solves it.
/// @throws CommandError when nothing can be proposed (no idle spaces, no streets, ...) or the
///         exact solver is asked for but missing
SolvedProposal solveProposal(const project::Project& project,
                             const proposals::ProposalOptions& options,
                             const proposals::SolveSettings& settings);

}  // namespace yike::cli
