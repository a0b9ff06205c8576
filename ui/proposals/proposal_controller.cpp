// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/proposals/proposal_controller.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <utility>

#include "core/access/analysis_session.h"
#include "ui/commands/accept_conversions.h"
#include "ui/document/project_document.h"
#include "ui/jobs/background_runner.h"
#include "ui/proposals/tr.h"
#include "ui/render/highlight_layer.h"
#include "ui/report/proposal_maps.h"

namespace yike::ui {
namespace {

/// FNV-1a over the bytes of plain values: a fingerprint of what a run read.
class Fingerprint {
public:
    template <typename T>
    void add(const T& value) {
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        for (const unsigned char b : bytes) m_hash = (m_hash ^ b) * 1099511628211ull;
    }
    void add(const std::string& text) {
        add(text.size());
        for (const char c : text) add(c);
    }
    std::uint64_t value() const { return m_hash; }

private:
    std::uint64_t m_hash = 14695981039346656037ull;
};

bool isProposalFacility(const project::Facility& f) {
    return f.status == project::FacilityStatus::Planned && f.source == "proposal" &&
           f.attributes.count("idle_space") != 0;
}

}  // namespace

QString proposalErrorText(proposals::ProposalError::Reason reason) {
    using R = proposals::ProposalError::Reason;
    switch (reason) {
        case R::NoStreets:
            return ProposalsTr::tr("The project has no streets to walk on: import the district "
                                   "from OpenStreetMap or draw its streets.");
        case R::NoResidents:
            return ProposalsTr::tr("No residents are known, so no one can be newly served: "
                                   "enter the compounds' survey figures, import a population "
                                   "grid, or map compounds and buildings.");
        case R::NoIdleSpaces:
            return ProposalsTr::tr("The project has no idle spaces: draw them on the map or "
                                   "import them (File → Import → Table or GeoJSON…).");
        case R::ZeroBudget:
            return ProposalsTr::tr("A limit of zero converts nothing: give a budget or a number "
                                   "of spaces above zero, or no limit.");
        case R::NoCategories:
            return ProposalsTr::tr("Every resident already reaches every chosen service within "
                                   "its target: nothing is missing.");
        case R::NoProfile:
            return ProposalsTr::tr("A chosen walk profile is not in the project: choose the "
                                   "walkers again.");
        case R::NoExactSolver:
            return ProposalsTr::tr("Proving the best needs the CBC solver, which this build "
                                   "lacks: install coinor-libcbc-dev and build again.");
    }
    return {};
}

ProposalController::ProposalController(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new BackgroundRunner(this)) {
    connect(m_runner, &BackgroundRunner::progressChanged, this,
            &ProposalController::progressChanged);
    connect(document, &ProjectDocument::projectChanged, this,
            &ProposalController::onProjectChanged);
    connect(document, &ProjectDocument::projectReplaced, this, [this] {
        cancel();
        m_options.rejected.clear();
        m_options.lockedIn.clear();
        m_options.excludedSpaces.clear();
        const bool had = m_result != nullptr;
        m_result.reset();
        m_stale = false;
        if (had) Q_EMIT resultChanged();
    });
}

// The runner (a child) cancels and waits for its worker before the members it reports to go.
ProposalController::~ProposalController() { delete m_runner; }

bool ProposalController::isRunning() const { return m_runner->isRunning(); }

double ProposalController::progress() const { return m_runner->progress(); }

void ProposalController::cancel() { m_runner->cancel(); }

void ProposalController::run() {
    const project::Project& current = m_document->project();
    auto run = std::make_shared<ProposalRun>();
    run->session = std::make_shared<access::AnalysisSession>(current);
    run->options = m_options;
    run->settings = m_settings;
    const std::uint64_t print = fingerprint(current);
    // What the worker found: a proposal, nothing (cancelled), or why none can be made.
    auto failure = std::make_shared<std::optional<proposals::ProposalError::Reason>>();
    auto completed = std::make_shared<bool>(false);
    m_lastError.clear();
    Q_EMIT runStarted();
    m_runner->start(
        [run, failure, completed](JobControl& job) {
            access::RunControl control;
            control.cancel = job.cancelFlag();
            control.progress = [&job](double f) { job.setProgress(0.05 + 0.85 * f); };
            try {
                run->session->buildGraph();
                job.setProgress(0.05);
                std::optional<proposals::Instance> instance =
                    proposals::buildInstance(*run->session, run->options, control);
                if (!instance) return;
                run->instance = std::move(*instance);
                job.setProgress(0.9);
                std::optional<proposals::Proposal> proposal =
                    proposals::solve(run->instance, run->settings, job.cancelFlag());
                if (!proposal) return;
                run->proposal = std::move(*proposal);
                *completed = true;
            } catch (const proposals::ProposalError& e) {
                *failure = e.reason();
            }
        },
        [this, run, failure, completed, print](BackgroundRunner::Outcome outcome,
                                               const QString& error) {
            if (outcome == BackgroundRunner::Outcome::Failed || failure->has_value()) {
                m_lastError = failure->has_value()
                                  ? proposalErrorText(**failure)
                                  : ProposalsTr::tr("The proposal failed: %1").arg(error);
                Q_EMIT runStopped(m_lastError);
                return;
            }
            if (outcome == BackgroundRunner::Outcome::Cancelled || !*completed) {
                Q_EMIT runStopped(QString());
                return;
            }
            m_result = run;
            m_resultFingerprint = print;
            m_stale = fingerprint(m_document->project()) != print;
            Q_EMIT resultChanged();
        });
}

bool ProposalController::isAccepted(std::size_t line) const {
    if (!m_result || line >= m_result->proposal.lines.size()) return false;
    const proposals::Conversion& c = m_result->proposal.lines[line].conversion;
    const std::string space = std::to_string(c.space);
    const auto& facilities = m_document->project().facilities().items();
    return std::any_of(facilities.begin(), facilities.end(), [&](const project::Facility& f) {
        return isProposalFacility(f) && f.categoryCode == c.category &&
               f.attributes.at("idle_space") == space;
    });
}

int ProposalController::accept(const std::vector<std::size_t>& lines) {
    if (!m_result) return 0;
    std::vector<proposals::Conversion> conversions;
    for (const std::size_t line : lines)
        if (line < m_result->proposal.lines.size() && !isAccepted(line))
            conversions.push_back(m_result->proposal.lines[line].conversion);
    if (conversions.empty()) return 0;
    proposals::PlannedChanges changes;
    try {
        changes = proposals::plannedChanges(m_document->project(), conversions);
    } catch (const std::invalid_argument&) {
        m_lastError = ProposalsTr::tr("An idle space of the proposal has been deleted since the "
                                      "run: run the proposal again.");
        Q_EMIT runStopped(m_lastError);
        return 0;
    }
    m_lastError.clear();
    m_document->undoStack()->push(
        new AcceptConversions(*m_document, std::move(changes.facilities), changes.spaces));
    return static_cast<int>(conversions.size());
}

void ProposalController::reject(std::size_t line) {
    if (!m_result || line >= m_result->proposal.lines.size()) return;
    m_options.rejected.push_back(m_result->proposal.lines[line].conversion);
    run();
}

void ProposalController::clearRejected() { m_options.rejected.clear(); }

std::shared_ptr<const MapHighlight> ProposalController::highlightOf(std::size_t line) const {
    if (!m_result || line >= m_result->proposal.lines.size()) return nullptr;
    auto highlight = std::make_shared<MapHighlight>();
    addToHighlight(*highlight, *m_result->session, m_result->instance,
                   m_result->proposal.lines[line]);
    return highlight;
}

void ProposalController::onProjectChanged() {
    if (!m_result) return;
    // The walk and the residents: large layers compare by identity first (shared
    // copy-on-write until changed), so this is cheap while they are untouched.
    const project::Project& now = m_document->project();
    const project::Project& then = m_result->session->project();
    m_stale = fingerprint(now) != m_resultFingerprint || !(now.streets() == then.streets()) ||
              !(now.buildings() == then.buildings()) || !(now.compounds() == then.compounds()) ||
              !(now.gates() == then.gates()) || !(now.populationCells() == then.populationCells()) ||
              !(now.catalog() == then.catalog()) || now.walkProfiles() != then.walkProfiles() ||
              now.metadata() != then.metadata();
    Q_EMIT projectStateChanged();
}

std::uint64_t ProposalController::fingerprint(const project::Project& p) const {
    // The facilities and idle spaces, except what accepting a proposal writes: the planned
    // facilities it adds and the spaces' proposed-for.
    Fingerprint f;
    for (const project::Facility& x : p.facilities().items()) {
        if (isProposalFacility(x)) continue;
        f.add(x.id);
        f.add(x.position.lon);
        f.add(x.position.lat);
        f.add(x.categoryCode);
        f.add(x.status);
    }
    for (const project::IdleSpace& s : p.idleSpaces().items()) {
        f.add(s.id);
        f.add(s.position.lon);
        f.add(s.position.lat);
        f.add(s.floorAreaM2);
        f.add(s.estimatedCostYuan);
        f.add(s.storey);
        f.add(s.hasLift);
        f.add(s.kind);
    }
    return f.value();
}

}  // namespace yike::ui
