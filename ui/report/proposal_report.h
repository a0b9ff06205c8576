// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

#include <QDate>
#include <QString>

#include "core/access/run_control.h"
#include "core/proposals/proposal.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::project {
class Project;
}

namespace yike::ui {

/// A proposal as it was made: the session whose walk analyses measured it (one per cohort
/// profile, already run), the instance it solved, the proposal and the options behind it. The
/// report only reads them; they must outlive the call.
struct ProposalReportInput {
    const access::AnalysisSession& session;
    const proposals::Instance& instance;
    const proposals::Proposal& proposal;
    const proposals::ProposalOptions& options;
};

/// What the report says beyond the proposal.
struct ReportOptions {
    /// The date on the cover; today when null.
    QDate date;
    /// Who prepared it (a consultancy, an office), on the cover when not empty.
    QString preparedBy;
};

/// What was written.
struct ReportSummary {
    int pages = 0;           ///< every page, the cover included
    int spacePages = 0;      ///< one sheet per converted space
    int firstSpacePage = 0;  ///< 1-based page of the first sheet; 0 when no space is converted
    int spaces = 0;          ///< converted spaces
};

/// The report cannot be written; what() is the reason in the interface language (UTF-8).
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * Writes the proposal as an A4 PDF that consultants hand to their client, in the interface
 * language (the installed translation and QLocale's default):
 *
 *  1. cover: title, project, date, who prepared it, the parameters and the result in figures;
 *  2. the study area: a map with the converted spaces ringed and numbered, the district in
 *     figures;
 *  3. method: who walks at which pace (walk profiles and their sources), where the residents
 *     come from (the estimation ladder), the walking target and minimum area of each service
 *     with the catalogue's sources and confidence, how the conversions were chosen;
 *  4. coverage before and after per service and age group: a table and bar charts;
 *  5. the proposal: the ranked conversions, the compounds served worst afterwards;
 *  6. one sheet per converted space, in the order of the proposal: a location map with the
 *     space's walk areas at each group's pace and the homes it newly serves, the space, the
 *     services it would host with their residents gained per age group, area and cost, why it
 *     suits, every figure assumed and its sources;
 *  7. appendices: the spaces not used and why; the sources of the figures.
 * Every section starts on a new page; every page after the cover has a header, a footer with
 * its number and, where a map drawn from OpenStreetMap data is shown, the credit
 * (MapRenderer::attributionText). Text is set in WenQuanYi Micro Hei (then Noto Sans CJK SC,
 * Noto Sans), whose text layer PDF readers extract correctly; fonts are embedded.
 *
 * The file is written aside and renamed into place (QSaveFile): a failure or a cancel never
 * leaves half a file, and an existing file is kept until the new one is complete. Walk areas
 * are measured first, then pages are drawn; `control` gets the progress (0..1) and is polled
 * for cancel between spaces and pages. Runs on any thread (no widgets).
 *
 * @param project the project the proposal was made on (input.session.project())
 * @return the pages written, or nothing when cancelled
 * @throws ReportError when the file cannot be written
 */
std::optional<ReportSummary> writeProposalReport(const QString& pdfPath,
                                                 const project::Project& project,
                                                 const ProposalReportInput& input,
                                                 const ReportOptions& options = {},
                                                 const access::RunControl& control = {});

}  // namespace yike::ui
