// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QString>

#include "core/proposals/proposal.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;
struct MapHighlight;

/// A finished proposal run: the session it measured, the instance it solved and the proposal.
struct ProposalRun {
    std::shared_ptr<access::AnalysisSession> session;
    proposals::Instance instance;
    proposals::Proposal proposal;
    proposals::ProposalOptions options;
    proposals::SolveSettings settings;
};

/**
 * Runs conversion proposals (core/proposals) on the document's project in the background and
 * turns the user's decisions into edits.
 *
 * - run() copies the project (cheap, copy-on-write layers), builds its street graph, the walk
 *   analyses of the three cohorts and the coverage of every (space, category) pair, then solves
 *   (the heuristic; the exact solver too when "prove the best" is on), on a BackgroundRunner with
 *   progress and cancel. A new run drops one in progress.
 * - accept() adds the chosen conversions as planned facilities at their spaces and records on
 *   each space what it is proposed for: one undo step (AcceptConversions). Undo takes them back,
 *   and isAccepted() follows: it reads the project, not a list of its own.
 * - reject() leaves a conversion out and runs again.
 * - isStale() tells when the project has changed in a way that bears on the result since the
 *   run (anything but the planned facilities a proposal added and the spaces' proposed-for).
 *
 * GUI thread only; the destructor cancels and waits for a running job.
 */
class ProposalController : public QObject {
    Q_OBJECT

public:
    explicit ProposalController(ProjectDocument* document, QObject* parent = nullptr);
    ~ProposalController() override;

    ProjectDocument* document() const { return m_document; }

    /// The parameters of the next run (budget, limits, categories, weights, walkers, planned).
    proposals::ProposalOptions& options() { return m_options; }
    const proposals::ProposalOptions& options() const { return m_options; }
    proposals::SolveSettings& solveSettings() { return m_settings; }

    void run();
    void cancel();
    bool isRunning() const;
    double progress() const;

    /// The last completed run; null before one or after a failure or a new project.
    std::shared_ptr<const ProposalRun> result() const { return m_result; }
    /// Why the last run failed (translated); empty when it did not.
    const QString& lastError() const { return m_lastError; }
    bool isStale() const { return m_stale; }

    /// Whether the project has the planned facility of this line of the result.
    bool isAccepted(std::size_t line) const;
    /**
     * Accepts these lines of the result (indices; accepted ones are skipped) as one undo step.
     * @return the number of conversions accepted; 0 with lastError() set when a space is gone
     */
    int accept(const std::vector<std::size_t>& lines);
    /// Leaves the conversion of this line out of later runs and runs again.
    void reject(std::size_t line);
    /// Forgets every rejected conversion (the next run may propose them again).
    void clearRejected();

    /// What a line points out on the map: its space and the homes it newly brings within
    /// target; null for a line the result lacks.
    std::shared_ptr<const MapHighlight> highlightOf(std::size_t line) const;

Q_SIGNALS:
    void runStarted();
    void progressChanged(double fraction);
    /// The run ended without a result: cancelled (error empty) or failed (error says why).
    void runStopped(const QString& error);
    /// result() changed: a run completed, or the result was dropped.
    void resultChanged();
    /// isAccepted() or isStale() may have changed.
    void projectStateChanged();

private:
    void onProjectChanged();
    std::uint64_t fingerprint(const project::Project& project) const;

    ProjectDocument* m_document;
    BackgroundRunner* m_runner;
    proposals::ProposalOptions m_options;
    proposals::SolveSettings m_settings;
    std::shared_ptr<const ProposalRun> m_result;
    std::uint64_t m_resultFingerprint = 0;
    bool m_stale = false;
    QString m_lastError;
};

/// The message for a proposal that cannot be made, in the UI language: what is missing and
/// what to enter.
QString proposalErrorText(proposals::ProposalError::Reason reason);

}  // namespace yike::ui
