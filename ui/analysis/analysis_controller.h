// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/access/coverage.h"
#include "core/project/project.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;
struct AccessOverlay;

/**
 * Runs the walk-access analysis (access::CoverageAnalysis) of the document's project in the
 * background and keeps its result current while the user edits.
 *
 * - A full run builds an access::AnalysisSession (a project copy, cheap: feature layers are
 *   shared copy-on-write; its street graph; the analysis of the chosen walk profile, every
 *   category) on a BackgroundRunner, with progress and cancel. The GUI never waits for it.
 * - Moving, adding, re-categorising or deleting one facility repairs only that category
 *   (CoverageAnalysis::updateFacility / removeFacility), on the GUI thread: a fraction of a
 *   millisecond on a district, so the map follows the edit at once.
 * - During a live edit (beginLiveEdit() .. endLiveEdit(), a facility being dragged) those
 *   repairs are coalesced: the edits are noted and repaired once per pass of the event loop,
 *   from the newest positions, so a repair slower than the pointer's event rate never queues
 *   up stale positions. endLiveEdit() repairs what is still pending at once.
 * - Opening or closing a gate (a change of its hours only; the analysis counts a gate
 *   closed when project::gateAlwaysClosed says so) starts a full run at once.
 * - Anything else the walk depends on (streets, compounds, gates, buildings, the catalogue,
 *   the walk profiles, a bulk facility change) starts a new full run after a short pause, so a
 *   burst of edits costs one run; a run in progress is cancelled first.
 * - While inactive it does nothing and holds no result.
 *
 * The result covers every category; the chosen category only decides what overlay() shows.
 * Lives on the GUI thread; its destructor cancels and waits for a running job.
 */
class AnalysisController : public QObject {
    Q_OBJECT

public:
    explicit AnalysisController(ProjectDocument* document, QObject* parent = nullptr);
    ~AnalysisController() override;

    ProjectDocument* document() const { return m_document; }

    /// Active: runs when the project changes and keeps a result. Inactive: cancels, forgets.
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// The category the overlay shows; empty picks the first category that has facilities.
    void setCategory(const std::string& code);
    const std::string& category() const { return m_category; }
    /// The walk profile (a code of the project's walk profiles); empty: the first profile.
    void setProfile(const std::string& code);
    const std::string& profile() const { return m_profile; }
    /// Also count planned facilities (a proposal's effect).
    void setIncludePlanned(bool include);
    bool includePlanned() const { return m_includePlanned; }

    /// Rebuilds the overlay's texts in the current UI language.
    void refreshTexts();
    /// Starts a full run now, cancelling one in progress. Does nothing while inactive.
    void run();
    /// Stops a running job; the previous result, if any, stays.
    void cancel();

    /// A live edit begins (a drag): facility edits are coalesced until endLiveEdit().
    void beginLiveEdit();
    /// The live edit ends: pending facility edits are applied now, before this returns.
    void endLiveEdit();
    bool isLiveEditing() const { return m_liveEdit; }

    bool isRunning() const;
    /// Whether the result follows the project as it is now: active, nothing running, no run
    /// waiting for a pause in the edits and no live edit left to apply.
    bool isUpToDate() const;
    /// Fraction done of the running job, 0..1.
    double progress() const;
    /// The current result; null before the first run completes or after a failure.
    const access::CoverageResult* result() const;
    /// The index in result()->categories of the shown category, or nullopt.
    std::optional<std::size_t> categoryIndex() const;
    /// What the map's Analysis results layer shows; null without a result.
    std::shared_ptr<const AccessOverlay> overlay() const { return m_overlay; }
    /// The walk profile the result was computed for (null without a result).
    const project::WalkProfile* resultProfile() const;
    /// The options of the last full run (residents estimate, thresholds).
    const access::CoverageOptions& options() const { return m_options; }

    /// Counters for the status line and for tests: completed full runs and edits applied
    /// incrementally since construction.
    int fullRuns() const { return m_fullRuns; }
    int incrementalUpdates() const { return m_incrementalUpdates; }
    /// Street graphs built for completed full runs (a run takes the last result's graph when
    /// the streets, compounds and gates did not change).
    int graphBuilds() const { return m_graphBuilds; }
    /// Seconds the last full run took; milliseconds the last incremental update took.
    double lastRunSeconds() const { return m_lastRunSeconds; }
    double lastUpdateMs() const { return m_lastUpdateMs; }
    /// Why the last run failed (translated); empty when it did not.
    const QString& lastError() const { return m_lastError; }

Q_SIGNALS:
    void runStarted();
    void progressChanged(double fraction);
    /// The run ended without a result: cancelled (error empty) or failed (error says why).
    void runStopped(const QString& error);
    /// result() or overlay() changed: a run completed, an edit was applied, the category
    /// changed, or the result was dropped.
    void resultChanged();

private:
    void onProjectChanged(const project::ChangeEvent& event);
    void onProjectReplaced();
    void scheduleRun();
    void startJob();
    /// Stops the running job; `announce` says whether runStopped() tells the panel.
    void stopJob(bool announce);
    void fail(const QString& error);
    bool applyFacilityEdit(const project::ChangeEvent& event);
    /// Repairs the result for one facility edit, without a new overlay; false when only a
    /// full run can take it.
    bool repairFacility(const project::ChangeEvent& event);
    /// Applies the facility edits noted during a live edit.
    void applyPendingEdits();
    /// Whether a gate edit changed only the opening hours of a gate the result walked
    /// through (opened or closed it, most likely).
    bool onlyHoursChanged(const project::ChangeEvent& event) const;
    void clearResult();
    void rebuildOverlay();

    ProjectDocument* m_document;
    bool m_active = false;
    std::string m_category;
    std::string m_profile;
    bool m_includePlanned = false;
    access::CoverageOptions m_options;

    /// The session of the current result, its analysis and the code of the profile it walked.
    std::shared_ptr<access::AnalysisSession> m_session;
    access::CoverageAnalysis* m_analysis = nullptr;
    std::string m_resultProfile;
    std::shared_ptr<const AccessOverlay> m_overlay;
    BackgroundRunner* m_runner;
    bool m_quietStop = false;
    QTimer m_rerunTimer;
    bool m_liveEdit = false;
    /// Facility edits noted during a live edit, the newest per facility.
    std::vector<project::ChangeEvent> m_pending;
    QTimer m_pendingTimer;
    QElapsedTimer m_runClock;
    int m_fullRuns = 0;
    int m_incrementalUpdates = 0;
    int m_graphBuilds = 0;
    double m_lastRunSeconds = 0.0;
    double m_lastUpdateMs = 0.0;
    QString m_lastError;
};

}  // namespace yike::ui
