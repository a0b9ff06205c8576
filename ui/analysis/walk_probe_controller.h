// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <QObject>
#include <QString>
#include <QTimer>

#include "core/access/probe.h"
#include "core/access/walk_rings.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;
struct WalkRingsOverlay;

/**
 * Answers "what can be walked to from here" for the Walk Probe panel and the Walk rings layer,
 * in the background:
 *
 * - a probe: from a point, the minutes to the nearest facility of every category for every
 *   walk profile of the project (access::probe), and optionally the route to one of them
 *   (access::probeRoute, the nearest facility of a chosen category for a chosen profile);
 * - walk rings: around a facility, a gate or a point, the areas reached in 5/10/15 minutes
 *   (access::walkRings) for one profile.
 *
 * What is asked stays asked: when the project changes (a facility dragged, a gate closed) the
 * answers are measured again, at most one job at a time and the newest project winning, so
 * rings around a dragged facility follow it. The street graph and the analyses are kept while
 * the project is unchanged. Lives on the GUI thread.
 */
class WalkProbeController : public QObject {
    Q_OBJECT

public:
    explicit WalkProbeController(ProjectDocument* document, QObject* parent = nullptr);
    ~WalkProbeController() override;

    ProjectDocument* document() const { return m_document; }

    /// Probes `point` (every walk profile); the route asked for before is kept.
    void probeAt(geo::LonLat point);
    void clearProbe();
    const std::optional<geo::LonLat>& probePoint() const { return m_probePoint; }
    /// The answer for probePoint(); null before it is measured or when it failed.
    const access::ProbeResult* probeResult() const;

    /// Draws the route from the probed point to the nearest facility of `categoryCode` for the
    /// walk profile `profileCode`; empty codes draw none.
    void setRoute(const std::string& profileCode, const std::string& categoryCode);
    const std::string& routeProfile() const { return m_routeProfile; }
    const std::string& routeCategory() const { return m_routeCategory; }
    /// The route asked for; null when none is asked, reachable or measured yet.
    const access::ProbeRoute* route() const;

    /// Draws the walk rings `request` asks for.
    void showRings(const access::WalkRingsRequest& request);
    void clearRings();
    const std::optional<access::WalkRingsRequest>& ringsRequest() const { return m_ringsRequest; }
    const access::WalkRings* rings() const;

    /// Also counts planned facilities (in probes, and as ring centres).
    void setIncludePlanned(bool include);
    bool includePlanned() const { return m_includePlanned; }

    bool isRunning() const;
    /// Why the probe, the route or the rings could not be measured (translated); empty when
    /// they were.
    const QString& probeError() const { return m_probeError; }
    const QString& routeError() const { return m_routeError; }
    const QString& ringsError() const { return m_ringsError; }

    /// What the Walk rings layer shows; null when nothing is asked.
    std::shared_ptr<const WalkRingsOverlay> overlay() const { return m_overlay; }
    /// Completed measurements since construction (for tests and the status line).
    int completedRuns() const { return m_completedRuns; }

    /// The translated text of a failure of a place walk.
    static QString placeErrorText(const access::PlaceError& error);

Q_SIGNALS:
    void runStarted();
    /// The probe, the route, the rings or an error changed (a measurement completed, or an
    /// answer was dropped).
    void resultChanged();
    /// overlay() changed.
    void overlayChanged();

private:
    struct Answers;
    void schedule();
    void start();
    void apply(const Answers& answers);
    void rebuildOverlay();

    ProjectDocument* m_document;
    BackgroundRunner* m_runner;
    QTimer m_scheduleTimer;
    bool m_includePlanned = false;
    std::optional<geo::LonLat> m_probePoint;
    std::string m_routeProfile;
    std::string m_routeCategory;
    std::optional<access::WalkRingsRequest> m_ringsRequest;

    std::shared_ptr<const access::ProbeResult> m_probe;
    std::shared_ptr<const access::ProbeRoute> m_route;
    std::shared_ptr<const access::WalkRings> m_rings;
    QString m_probeError;
    QString m_routeError;
    QString m_ringsError;
    std::shared_ptr<const WalkRingsOverlay> m_overlay;

    /// The session measured on, for the project at m_sessionRevision and m_sessionPlanned.
    std::shared_ptr<access::AnalysisSession> m_session;
    std::shared_ptr<bool> m_sessionBuilt;  ///< whether its graph is built (by a worker)
    std::uint64_t m_sessionRevision = 0;
    bool m_sessionPlanned = false;
    int m_completedRuns = 0;
};

}  // namespace yike::ui
