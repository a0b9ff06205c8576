// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/analysis_controller.h"

#include <algorithm>
#include <exception>
#include <utility>

#include <QLocale>

#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "ui/analysis/tr.h"
#include "ui/document/project_document.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_legend.h"

namespace yike::ui {
namespace {

// Quiet time after a change before a full run starts: a burst of edits costs one run.
constexpr int kRerunDelayMs = 400;

}  // namespace

QString walkProfileTitle(const project::WalkProfile& profile) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const std::string& preferred = chinese ? profile.nameZh : profile.nameEn;
    const std::string& other = chinese ? profile.nameEn : profile.nameZh;
    if (!preferred.empty()) return QString::fromStdString(preferred);
    if (!other.empty()) return QString::fromStdString(other);
    return QString::fromStdString(profile.code);
}

/// A completed analysis: the project copy it read, the graph built from it, and the analysis,
/// which refers to both (so they never move: the session lives behind a pointer).
struct AnalysisController::Session {
    explicit Session(project::Project copy) : project(std::move(copy)) {}
    project::Project project;
    network::StreetGraph graph;
    project::WalkProfile profile;
    std::unique_ptr<access::CoverageAnalysis> analysis;
};

/// One full run on the worker: its input, its cancel flag and progress, and what it produced.
struct AnalysisController::Job {
    std::unique_ptr<Session> session;
    access::CoverageOptions options;
    std::atomic<bool> cancel{false};
    std::atomic<double> progress{0.0};
    bool completed = false;
    std::string error;
};

AnalysisController::AnalysisController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document) {
    m_pool.setMaxThreadCount(1);
    m_rerunTimer.setSingleShot(true);
    m_rerunTimer.setInterval(kRerunDelayMs);
    connect(&m_rerunTimer, &QTimer::timeout, this, &AnalysisController::startJob);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this,
            [this] { Q_EMIT progressChanged(progress()); });
    connect(document, &ProjectDocument::projectChanged, this,
            &AnalysisController::onProjectChanged);
    connect(document, &ProjectDocument::projectReplaced, this,
            &AnalysisController::onProjectReplaced);
}

AnalysisController::~AnalysisController() {
    if (m_job) m_job->cancel = true;
    m_pool.waitForDone();
}

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
    if (!m_job) return;
    m_job->cancel = true;  // the worker's result is dropped in finishJob
    m_job.reset();
    m_progressTimer.stop();
    Q_EMIT runStopped(QString());
}

double AnalysisController::progress() const {
    return m_job ? std::clamp(m_job->progress.load(), 0.0, 1.0) : 0.0;
}

const access::CoverageResult* AnalysisController::result() const {
    return m_session ? &m_session->analysis->result() : nullptr;
}

const project::WalkProfile* AnalysisController::resultProfile() const {
    return m_session ? &m_session->profile : nullptr;
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
    if (m_job) {
        // The running job reads an outdated copy: drop it and start again after the pause.
        m_job->cancel = true;
        m_job.reset();
        m_progressTimer.stop();
    }
    m_rerunTimer.start();
}

void AnalysisController::startJob() {
    if (m_job) m_job->cancel = true;
    const project::Project& current = m_document->project();
    const auto& profiles = current.walkProfiles();
    auto profile = std::find_if(profiles.begin(), profiles.end(),
                                [&](const project::WalkProfile& p) { return p.code == m_profile; });
    if (profile == profiles.end()) profile = profiles.begin();

    auto job = std::make_shared<Job>();
    job->session = std::make_unique<Session>(current);
    m_options.includePlanned = m_includePlanned;
    job->options = m_options;
    m_job = job;
    m_lastError.clear();
    if (profile == profiles.end()) {
        job->error = AnalysisTr::tr("The project has no walk profile.").toStdString();
        finishJob(job);
        return;
    }
    job->session->profile = *profile;
    if (job->session->profile.speedMps <= 0.0) {
        job->error = AnalysisTr::tr("The walk profile \"%1\" has no walking speed.")
                         .arg(QString::fromStdString(profile->code))
                         .toStdString();
        finishJob(job);
        return;
    }

    m_runClock.start();
    m_progressTimer.start();
    Q_EMIT runStarted();
    Q_EMIT progressChanged(0.0);
    // The pool outlives every job (the destructor waits), so `this` is valid when the worker
    // posts its result back; a cancelled job's result is ignored there.
    m_pool.start([this, job] {
        try {
            Session& s = *job->session;
            s.graph = network::buildFromProject(s.project);
            job->progress = 0.1;
            s.analysis = std::make_unique<access::CoverageAnalysis>(s.project, s.graph,
                                                                    s.profile, job->options);
            access::RunControl control;
            control.cancel = &job->cancel;
            control.progress = [job](double fraction) { job->progress = 0.1 + 0.9 * fraction; };
            job->completed = s.analysis->run(control);
        } catch (const std::exception& e) {
            job->error = e.what();
        }
        QMetaObject::invokeMethod(this, [this, job] { finishJob(job); }, Qt::QueuedConnection);
    });
}

void AnalysisController::finishJob(const std::shared_ptr<Job>& job) {
    if (job != m_job) return;  // cancelled or superseded
    m_job.reset();
    m_progressTimer.stop();
    if (!job->completed) {
        m_lastError = job->error.empty()
                          ? QString()
                          : AnalysisTr::tr("The walk analysis failed: %1")
                                .arg(QString::fromStdString(job->error));
        if (!m_lastError.isEmpty()) clearResult();
        Q_EMIT runStopped(m_lastError);
        return;
    }
    m_session = std::move(job->session);
    m_lastRunSeconds = static_cast<double>(m_runClock.nsecsElapsed()) / 1e9;
    ++m_fullRuns;
    if (!categoryIndex()) m_category.clear();
    rebuildOverlay();
    Q_EMIT progressChanged(1.0);
    Q_EMIT resultChanged();
}

void AnalysisController::onProjectReplaced() {
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
            if (!m_job && applyFacilityEdit(event)) return;
            scheduleRun();
            return;
        case Layer::Compounds:
        case Layer::Gates:
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

bool AnalysisController::applyFacilityEdit(const project::ChangeEvent& event) {
    if (!m_session || m_rerunTimer.isActive()) return false;
    if (event.kind == project::ChangeEvent::Kind::Reset) return false;
    access::CoverageAnalysis& analysis = *m_session->analysis;
    QElapsedTimer clock;
    clock.start();
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
    m_lastUpdateMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    ++m_incrementalUpdates;
    rebuildOverlay();
    Q_EMIT resultChanged();
    return true;
}

void AnalysisController::clearResult() {
    const bool had = m_session || m_overlay;
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
    m_overlay = makeAccessOverlay(*r, *index,
                                  AnalysisTr::tr("%1 · %2")
                                      .arg(categoryTitle(m_session->project, code),
                                           walkProfileTitle(m_session->profile)));
}

}  // namespace yike::ui
