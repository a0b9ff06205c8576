// SPDX-License-Identifier: GPL-3.0-or-later
#include <string>

#include <QString>

#include "app/cli/commands.h"
#include "app/cli/gui_session.h"
#include "app/cli/proposal_options.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"
#include "ui/report/proposal_report.h"

namespace yike::cli {

int runReport(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::filesystem::path path = platform::pathFromUtf8(args.positionals()[0]);
    const std::string target = args.required("--out");
    const proposals::ProposalOptions options = proposalOptions(args);
    const proposals::SolveSettings settings = solveSettings(args);
    const std::string language = languageOption(args);

    const project::Project project =
        project::ProjectFile::open(path, project::ProjectFile::Mode::ReadOnly)->load();
    const SolvedProposal solved = solveProposal(project, options, settings);
    // Qt starts once there is something to draw: a proposal that cannot be made fails first.
    const GuiSession gui(language);
    ui::ReportOptions report;
    report.preparedBy = QString::fromStdString(args.value("--prepared-by").value_or(""));
    std::optional<ui::ReportSummary> written;
    try {
        written = ui::writeProposalReport(
            QString::fromStdString(target), solved.session->project(),
            {*solved.session, solved.instance, solved.proposal, options}, report);
    } catch (const ui::ReportError& e) {
        throw CommandError(e.what());
    }
    if (!written) throw CommandError("cancelled");
    out << "Wrote the proposal report to " << target << ": " << written->pages << " pages, "
        << solved.proposal.lines.size() << " conversions in " << written->spaces
        << " spaces, one sheet each from page " << written->firstSpacePage << "\n";
    return 0;
}

}  // namespace yike::cli
