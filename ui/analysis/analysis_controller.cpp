// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/analysis_controller.h"

#include <algorithm>
#include <exception>
#include <utility>

#include "core/access/analysis_session.h"
#include "ui/analysis/tr.h"
#include "ui/document/project_document.h"
#include "ui/jobs/background_runner.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_legend.h"
#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

// Quiet time after a change before a full run starts: a burst of edits costs one run.
constexpr int kRerunDelayMs = 400;

}  // namespace

AnalysisController::AnalysisController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new BackgroundRunner(this)) {
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(kRerunDelayMs);
    connect(&m_rerunTimer, &QTimer::timeout, this, &AnalysisController::startJob);
    // Zero: the next pass of the event loop, after the pointer moves queued meanwhile.
    m_pendingTimer.setSingleShot(true);
    m_pendingTimer.setInterval(0);
    connect(&m_pendingTimer, &QTimer::timeout, this, &AnalysisController::applyPendingEdits);
    connect(m_runner, &BackgroundRunner::progressChanged, this,
            &AnalysisController::progressChanged);
    connect(document, &ProjectDocument::projectChanged, this,
            &AnalysisController::onProjectChanged);
    connect(document, &ProjectDocument::projectReplaced, this,
            &AnalysisController::onProjectReplaced);
}

// The runner (a child) cancels and waits for its worker before the session it writes goes.
AnalysisController::~AnalysisController() { delete m_runner; }

void AnalysisController::setActive(bool active) {
    if (active == m_active) return;
    m_active = active;
    if (active) {
        run();
    } else {
        cancel();
        clearResult();
    }
}

void AnalysisController::setCategory(const std::string& code) {
    if (code == m_category) return;
    m_category = code;
    rebuildOverlay();
    Q_EMIT resultChanged();
}

void AnalysisController::setProfile(const std::string& code) {
    if (code == m_profile) return;
    m_profile = code;
    if (m_active) run();
}

void AnalysisController::setIncludePlanned(bool include) {
    if (include == m_includePlanned) return;
    m_includePlanned = include;
    if (m_active) run();
}

void AnalysisController::refreshTexts() {
    if (!m_overlay) return;
    rebuildOverlay();
    Q_EMIT resultChanged();
}

void AnalysisController::run() {
    if (!m_active) return;
    m_rerunTimer.stop();
    startJob();
}

void AnalysisController::cancel() {
    m_rerunTimer.stop();
    stopJob(true);
}

void AnalysisController::stopJob(bool announce) {
    m_quietStop = !announce;
    m_runner->cancel();  // the worker's result is dropped; its finish reports the cancel
    m_quietStop = false;
}

bool AnalysisController::isRunning() const { return m_runner->isRunning(); }

bool AnalysisController::isUpToDate() const {
    return m_active && !isRunning() && !m_rerunTimer.isActive() && m_pending.empty();
}

double AnalysisController::progress() const { return m_runner->progress(); }

const access::CoverageResult* AnalysisController::result() const {
    return m_analysis ? &m_analysis->result() : nullptr;
}

const project::WalkProfile* AnalysisController::resultProfile() const {
    return m_session ? m_session->profile(m_resultProfile) : nullptr;
}

std::optional<std::size_t> AnalysisController::categoryIndex() const {
    const access::CoverageResult* r = result();
    if (!r) return std::nullopt;
    const auto& categories = r->categories;
    const auto it = std::find_if(categories.begin(), categories.end(),
                                 [&](const access::CategoryCoverage& c) {
                                     return c.code == m_category;
                                 });
    if (it == categories.end()) return std::nullopt;
    return static_cast<std::size_t>(it - categories.begin());
}

void AnalysisController::scheduleRun() {
    if (!m_active) return;
    // A running job reads an outdated copy: drop it and start again after the pause.
    stopJob(false);
    m_rerunTimer.start();
}

void AnalysisController::startJob() {
    const project::Project& current = m_document->project();
    const auto& profiles = current.walkProfiles();
    auto profile = std::find_if(profiles.begin(), profiles.end(),
                                [&](const project::WalkProfile& p) { return p.code == m_profile; });
    if (profile == profiles.end()) profile = profiles.begin();
    stopJob(false);
    m_lastError.clear();
    if (profile == profiles.end()) {
        fail(AnalysisTr::tr("The project has no walk profile."));
        return;
    }
    if (!(profile->speedMps > 0.0)) {
        fail(AnalysisTr::tr("The walk profile \"%1\" has no walking speed.")
                 .arg(QString::fromStdString(profile->code)));
        return;
    }

    m_options.includePlanned = m_includePlanned;
    // Gates are open at every hour here; those marked closed (the one-click toggle) the
    // analysis itself leaves out.
    const access::CoverageOptions options = m_options;
    const std::string code = profile->code;
    // Shared with the worker: a cancelled job's session lives until its worker lets go.
    auto session = std::make_shared<access::AnalysisSession>(current);
    // The session of the last result has its graph built; when the streets, compounds and
    // gates are still those of its copy (only facilities, spaces or settings changed), the new
    // run walks the same graph instead of building it again.
    std::shared_ptr<const access::AnalysisSession> previous = m_session;
    auto builtGraph = std::make_shared<bool>(false);  // written by the worker, read when done
    m_runClock.start();
    Q_EMIT runStarted();
    m_runner->start(
        [session, previous, builtGraph, code, options](JobControl& job) {
            access::AnalysisSession& s = *session;
            if (!(previous && s.reuseGraphOf(*previous))) {
                s.buildGraph();
                *builtGraph = true;
            }
            job.setProgress(0.1);
            access::RunControl control;
            control.cancel = job.cancelFlag();
            control.progress = [&job](double fraction) { job.setProgress(0.1 + 0.9 * fraction); };
            s.run(code, options, control);
        },
        [this, session, builtGraph, code](BackgroundRunner::Outcome outcome,
                                          const QString& error) {
            if (outcome == BackgroundRunner::Outcome::Failed) {
                fail(AnalysisTr::tr("The walk analysis failed: %1").arg(error));
                return;
            }
            if (outcome == BackgroundRunner::Outcome::Cancelled) {
                if (!m_quietStop) Q_EMIT runStopped(QString());
                return;
            }
            access::CoverageAnalysis* analysis = session->analysis(code);
            if (analysis == nullptr) {  // the run noticed a cancel the runner had not seen
                Q_EMIT runStopped(QString());
                return;
            }
            m_session = session;
            m_analysis = analysis;
            m_resultProfile = code;
            m_lastRunSeconds = static_cast<double>(m_runClock.nsecsElapsed()) / 1e9;
            ++m_fullRuns;
            if (*builtGraph) ++m_graphBuilds;
            if (!categoryIndex()) m_category.clear();
            rebuildOverlay();
            Q_EMIT resultChanged();
        });
}

void AnalysisController::fail(const QString& error) {
    m_lastError = error;
    clearResult();
    Q_EMIT runStopped(m_lastError);
}

void AnalysisController::beginLiveEdit() {
    m_liveEdit = true;
}

void AnalysisController::endLiveEdit() {
    if (!m_liveEdit) return;
    m_liveEdit = false;
    applyPendingEdits();
}

void AnalysisController::onProjectReplaced() {
    m_pending.clear();
    m_pendingTimer.stop();
    cancel();
    clearResult();
    m_category.clear();
    if (m_active) run();
}

void AnalysisController::onProjectChanged(const project::ChangeEvent& event) {
    if (!m_active) return;
    using project::Layer;
    switch (event.layer) {
        case Layer::Facilities:
            if (m_liveEdit && m_session && event.kind != project::ChangeEvent::Kind::Reset) {
                const auto same = std::find_if(m_pending.begin(), m_pending.end(),
                                               [&](const project::ChangeEvent& e) {
                                                   return e.id == event.id;
                                               });
                if (same != m_pending.end())
                    *same = event;
                else
                    m_pending.push_back(event);
                if (!m_pendingTimer.isActive()) m_pendingTimer.start();
                return;
            }
            if (!isRunning() && applyFacilityEdit(event)) return;
            scheduleRun();
            return;
        case Layer::Gates:
            if (onlyHoursChanged(event)) {
                run();  // opened or closed with one click: no pause to wait for more edits
                return;
            }
            scheduleRun();
            return;
        case Layer::Compounds:
        case Layer::Streets:
        case Layer::Buildings:
        case Layer::Catalog:
        case Layer::WalkProfiles:
        case Layer::Population:
        case Layer::Metadata:  // the plot ratio that estimates residents
            scheduleRun();
            return;
        default: return;  // water, green, idle spaces, study area... do not change the walk
    }
}

void AnalysisController::applyPendingEdits() {
    m_pendingTimer.stop();
    if (m_pending.empty()) return;
    const std::vector<project::ChangeEvent> pending = std::exchange(m_pending, {});
    if (isRunning() || !m_session || m_rerunTimer.isActive()) {
        scheduleRun();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    for (const project::ChangeEvent& event : pending) {
        if (!repairFacility(event)) {
            scheduleRun();
            return;
        }
    }
    m_lastUpdateMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    ++m_incrementalUpdates;
    rebuildOverlay();
    Q_EMIT resultChanged();
}

bool AnalysisController::onlyHoursChanged(const project::ChangeEvent& event) const {
    if (!m_session || event.kind != project::ChangeEvent::Kind::Changed) return false;
    const project::Gate* before = m_session->project().gates().find(event.id);
    const project::Gate* after = m_document->project().gates().find(event.id);
    if (before == nullptr || after == nullptr || before->openHours == after->openHours)
        return false;
    project::Gate sameHours = *after;
    sameHours.openHours = before->openHours;
    return sameHours == *before;
}

bool AnalysisController::applyFacilityEdit(const project::ChangeEvent& event) {
    if (!m_session || m_rerunTimer.isActive()) return false;
    QElapsedTimer clock;
    clock.start();
    if (!repairFacility(event)) return false;
    m_lastUpdateMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    ++m_incrementalUpdates;
    rebuildOverlay();
    Q_EMIT resultChanged();
    return true;
}

bool AnalysisController::repairFacility(const project::ChangeEvent& event) {
    if (event.kind == project::ChangeEvent::Kind::Reset) return false;
    access::CoverageAnalysis& analysis = *m_analysis;
    if (event.kind == project::ChangeEvent::Kind::Removed) {
        analysis.removeFacility(event.id);
    } else {
        const project::Facility* facility = m_document->project().facilities().find(event.id);
        if (!facility) return false;
        // A category the result has no slot for needs a full run on a fresh copy.
        const auto& categories = analysis.result().categories;
        if (std::none_of(categories.begin(), categories.end(),
                         [&](const access::CategoryCoverage& c) {
                             return c.code == facility->categoryCode;
                         }))
            return false;
        analysis.updateFacility(*facility);
    }
    return true;
}

void AnalysisController::clearResult() {
    const bool had = m_session || m_overlay;
    m_analysis = nullptr;
    m_session.reset();
    m_overlay.reset();
    if (had) Q_EMIT resultChanged();
}

void AnalysisController::rebuildOverlay() {
    const access::CoverageResult* r = result();
    if (!r) {
        m_overlay.reset();
        return;
    }
    if (m_category.empty()) {
        // The first category that has facilities, else the first at all.
        const auto& categories = r->categories;
        const auto it = std::find_if(categories.begin(), categories.end(),
                                     [](const access::CategoryCoverage& c) {
                                         return c.facilities > 0;
                                     });
        if (it != categories.end())
            m_category = it->code;
        else if (!categories.empty())
            m_category = categories.front().code;
    }
    const std::optional<std::size_t> index = categoryIndex();
    if (!index) {
        m_overlay.reset();
        return;
    }
    const std::string& code = r->categories[*index].code;
    m_overlay =
        makeAccessOverlay(*r, *index,
                          AnalysisTr::tr("%1 · %2").arg(categoryTitle(m_session->project(), code),
                                                        walkProfileName(*resultProfile())));
}

}  // namespace yike::ui
