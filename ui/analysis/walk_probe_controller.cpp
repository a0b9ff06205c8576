// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/walk_probe_controller.h"

#include <algorithm>

#include "core/access/analysis_session.h"
#include "ui/analysis/tr.h"
#include "ui/document/project_document.h"
#include "ui/jobs/background_runner.h"
#include "ui/render/walk_rings_layer.h"
#include "ui/report/report_text.h"

namespace yike::ui {

/// What one measurement found, made on the worker and applied on the GUI thread.
struct WalkProbeController::Answers {
    std::shared_ptr<access::ProbeResult> probe;
    std::optional<access::PlaceError> probeError;
    std::shared_ptr<access::ProbeRoute> route;
    std::optional<access::PlaceError> routeError;
    std::shared_ptr<access::WalkRings> rings;
    std::optional<access::PlaceError> ringsError;
    bool cancelled = false;
};

WalkProbeController::WalkProbeController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new BackgroundRunner(this)) {
    // Edits come in bursts (a drag sends one per mouse move): one measurement per event pass.
    m_scheduleTimer.setSingleShot(true);
    m_scheduleTimer.setInterval(0);
    connect(&m_scheduleTimer, &QTimer::timeout, this, &WalkProbeController::start);
    connect(document, &ProjectDocument::projectChanged, this, [this] { schedule(); });
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        m_runner->cancel();
        m_session.reset();
        m_probePoint.reset();
        m_ringsRequest.reset();
        m_routeProfile.clear();
        m_routeCategory.clear();
        apply(Answers{});
    });
}

// The runner (a child) cancels and waits for its worker before the members it reports to go.
WalkProbeController::~WalkProbeController() { delete m_runner; }

const access::ProbeResult* WalkProbeController::probeResult() const { return m_probe.get(); }
const access::ProbeRoute* WalkProbeController::route() const { return m_route.get(); }
const access::WalkRings* WalkProbeController::rings() const { return m_rings.get(); }
bool WalkProbeController::isRunning() const {
    return m_runner->isRunning() || m_scheduleTimer.isActive();
}

void WalkProbeController::probeAt(geo::LonLat point) {
    m_probePoint = point;
    schedule();
}

void WalkProbeController::clearProbe() {
    m_probePoint.reset();
    m_probe.reset();
    m_route.reset();
    m_probeError.clear();
    m_routeError.clear();
    rebuildOverlay();
    Q_EMIT resultChanged();
}

void WalkProbeController::setRoute(const std::string& profileCode,
                                   const std::string& categoryCode) {
    m_routeProfile = categoryCode.empty() ? std::string() : profileCode;
    m_routeCategory = profileCode.empty() ? std::string() : categoryCode;
    if (m_routeCategory.empty()) {
        m_route.reset();
        m_routeError.clear();
        rebuildOverlay();
        Q_EMIT resultChanged();
        return;
    }
    schedule();
}

void WalkProbeController::showRings(const access::WalkRingsRequest& request) {
    m_ringsRequest = request;
    schedule();
}

void WalkProbeController::clearRings() {
    m_ringsRequest.reset();
    m_rings.reset();
    m_ringsError.clear();
    rebuildOverlay();
    Q_EMIT resultChanged();
}

void WalkProbeController::setIncludePlanned(bool include) {
    if (include == m_includePlanned) return;
    m_includePlanned = include;
    schedule();
}

void WalkProbeController::schedule() {
    if (!m_probePoint && !m_ringsRequest) return;
    m_scheduleTimer.start();
}

void WalkProbeController::start() {
    const project::Project& project = m_document->project();
    std::shared_ptr<const access::AnalysisSession> previous;
    std::shared_ptr<const bool> previousBuilt;
    if (!m_session || m_sessionRevision != project.revision()
        || m_sessionPlanned != m_includePlanned) {
        previous = m_session;
        previousBuilt = m_sessionBuilt;
        m_session = std::make_shared<access::AnalysisSession>(project);
        m_sessionRevision = project.revision();
        m_sessionPlanned = m_includePlanned;
        m_sessionBuilt = std::make_shared<bool>(false);
    }
    auto session = m_session;
    auto built = m_sessionBuilt;
    auto answers = std::make_shared<Answers>();
    const std::optional<geo::LonLat> point = m_probePoint;
    const std::string routeProfile = m_routeProfile;
    const std::string routeCategory = m_routeCategory;
    std::optional<access::WalkRingsRequest> rings = m_ringsRequest;
    if (rings) rings->includePlanned = m_includePlanned;
    const bool planned = m_includePlanned;
    Q_EMIT runStarted();
    m_runner->start(
        [session, built, previous, previousBuilt, answers, point, routeProfile, routeCategory,
         rings, planned](JobControl& job) {
            access::RunControl control;
            control.cancel = job.cancelFlag();
            access::AnalysisSession& s = *session;
            // Workers run one at a time, so the flags are never read and written at once. When
            // only facilities changed (a drag), the last session's graph serves as it is.
            if (!*built) {
                if (!(previous && *previousBuilt && s.reuseGraphOf(*previous))) s.buildGraph();
                *built = true;
            }
            if (point) {
                try {
                    access::ProbeRequest request;
                    request.point = *point;
                    request.includePlanned = planned;
                    auto result = std::make_shared<access::ProbeResult>(
                        access::probe(s, request, control));
                    if (!result->complete) {
                        answers->cancelled = true;
                        return;
                    }
                    answers->probe = result;
                    const access::ProbeProfile* profile = nullptr;
                    for (const access::ProbeProfile& p : result->profiles)
                        if (p.profileCode == routeProfile) profile = &p;
                    const access::ProbeCategory* category =
                        profile ? profile->category(routeCategory) : nullptr;
                    if (category && category->found()) {
                        try {
                            auto route = access::probeRoute(s, *point, routeProfile,
                                                            category->facilityId, planned, control);
                            if (!route) {
                                answers->cancelled = true;
                                return;
                            }
                            answers->route = std::make_shared<access::ProbeRoute>(std::move(*route));
                        } catch (const access::PlaceError& e) {
                            answers->routeError = e;
                        }
                    }
                } catch (const access::PlaceError& e) {
                    answers->probeError = e;
                }
            }
            job.setProgress(0.5);
            if (rings) {
                try {
                    auto result =
                        std::make_shared<access::WalkRings>(access::walkRings(s, *rings, control));
                    if (!result->complete) {
                        answers->cancelled = true;
                        return;
                    }
                    answers->rings = result;
                } catch (const access::PlaceError& e) {
                    answers->ringsError = e;
                }
            }
        },
        [this, answers](BackgroundRunner::Outcome outcome, const QString& error) {
            if (outcome == BackgroundRunner::Outcome::Cancelled || answers->cancelled) return;
            if (outcome == BackgroundRunner::Outcome::Failed) {
                // Not a place: the graph or an analysis failed (a profile without a speed).
                apply(Answers{});
                const QString text = AnalysisTr::tr("Cannot measure walks: %1").arg(error);
                if (m_probePoint) m_probeError = text;
                if (m_ringsRequest) m_ringsError = text;
                Q_EMIT resultChanged();
                return;
            }
            apply(*answers);
        });
}

void WalkProbeController::apply(const Answers& answers) {
    ++m_completedRuns;
    m_probe = m_probePoint ? answers.probe : nullptr;
    m_probeError = m_probePoint && answers.probeError ? placeErrorText(*answers.probeError)
                                                      : QString();
    m_route = m_routeCategory.empty() ? nullptr : answers.route;
    m_routeError.clear();
    if (!m_routeCategory.empty() && m_probe) {
        if (answers.routeError)
            m_routeError = placeErrorText(*answers.routeError);
        else if (!answers.route)
            m_routeError = AnalysisTr::tr("No facility of this service is within reach.");
    }
    m_rings = m_ringsRequest ? answers.rings : nullptr;
    m_ringsError = m_ringsRequest && answers.ringsError ? placeErrorText(*answers.ringsError)
                                                        : QString();
    rebuildOverlay();
    Q_EMIT resultChanged();
}

void WalkProbeController::rebuildOverlay() {
    if (!m_probePoint && !m_ringsRequest) {
        if (m_overlay) {
            m_overlay.reset();
            Q_EMIT overlayChanged();
        }
        return;
    }
    auto overlay = std::make_shared<WalkRingsOverlay>();
    const project::Project& project = m_document->project();
    overlay->probe = m_probePoint;
    if (m_rings) {
        overlay->centre = m_rings->centre;
        std::vector<std::size_t> order(m_rings->rings.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            return m_rings->rings[a].minutes < m_rings->rings[b].minutes;
        });
        for (std::size_t i : order)
            overlay->rings.push_back({m_rings->rings[i].minutes, m_rings->rings[i].polygons});
        QString centre = QString::fromStdString(m_rings->centreName);
        if (centre.isEmpty()) {
            switch (m_rings->centreKind) {
                case access::RingCentreKind::Facility:
                    centre = AnalysisTr::tr("facility #%1").arg(m_rings->centreId);
                    break;
                case access::RingCentreKind::Gate:
                    centre = AnalysisTr::tr("gate #%1").arg(m_rings->centreId);
                    break;
                case access::RingCentreKind::Point: centre = AnalysisTr::tr("the point"); break;
            }
        }
        const project::WalkProfile* profile = project.walkProfile(m_rings->profileCode);
        overlay->title = AnalysisTr::tr("%1 · %2").arg(
            centre, profile ? walkProfileName(*profile)
                            : QString::fromStdString(m_rings->profileCode));
    }
    if (m_route) {
        overlay->route.assign(m_route->walk.line.begin(), m_route->walk.line.end());
        // From the point to where it joins the streets, and from the streets to the door.
        overlay->route.insert(overlay->route.begin(), m_route->point);
        overlay->route.push_back(m_route->facilityPosition);
        overlay->routeEnd = m_route->facilityPosition;
        for (project::FeatureId id : m_route->walk.gates)
            if (const project::Gate* gate = project.gates().find(id))
                overlay->routeGates.push_back(gate->position);
    }
    m_overlay = std::move(overlay);
    Q_EMIT overlayChanged();
}

QString WalkProbeController::placeErrorText(const access::PlaceError& error) {
    switch (error.reason()) {
        case access::PlaceErrorReason::UnknownFacility:
        case access::PlaceErrorReason::UnknownGate:
            return AnalysisTr::tr("The centre is no longer in the project.");
        case access::PlaceErrorReason::NotCounted:
            return AnalysisTr::tr("A planned facility counts only when planned facilities are "
                                  "included.");
        case access::PlaceErrorReason::OffNetwork:
            return AnalysisTr::tr("No street that can be walked is near enough to this place.");
        case access::PlaceErrorReason::GateImpassable:
            return AnalysisTr::tr("These walkers cannot pass this gate (closed, or a vehicle "
                                  "gate).");
        case access::PlaceErrorReason::MissingProfile:
            return AnalysisTr::tr("The project has no such walk profile.");
        case access::PlaceErrorReason::BadMinutes:
            return AnalysisTr::tr("Walk times must be numbers above zero.");
        case access::PlaceErrorReason::NotReached:
            return AnalysisTr::tr("Not reached on foot within the search limit.");
    }
    return QString::fromStdString(error.what());
}

}  // namespace yike::ui
