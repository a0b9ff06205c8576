// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/analysis_session.h"

#include <algorithm>
#include <stdexcept>
#include <utility>

#include "core/network/graph_builder.h"

namespace yike::access {

AnalysisSession::AnalysisSession(project::Project copy)
    : m_project(std::move(copy)), m_graph(std::make_shared<network::StreetGraph>()) {}
AnalysisSession::~AnalysisSession() = default;

void AnalysisSession::buildGraph() {
    m_graph = std::make_shared<network::StreetGraph>(network::buildFromProject(m_project));
    const std::lock_guard lock(m_snapperLock);
    m_snapper.reset();
}

std::shared_ptr<const network::EdgeSnapper> AnalysisSession::snapperFor(
    const CoverageOptions& options) {
    const std::lock_guard lock(m_snapperLock);
    if (!m_snapper || m_snapperMinComponentNodes != options.minComponentNodes) {
        m_snapper = CoverageAnalysis::makeSnapper(*m_graph, options);
        m_snapperMinComponentNodes = options.minComponentNodes;
    }
    return m_snapper;
}

bool AnalysisSession::reuseGraphOf(const AnalysisSession& other) {
    // buildFromProject reads the streets, the compounds (fences) and the gates only.
    const project::Project& a = m_project;
    const project::Project& b = other.m_project;
    const bool sameNetwork = a.streets().sharesItemsWith(b.streets())
                             && a.compounds().sharesItemsWith(b.compounds())
                             && a.gates().sharesItemsWith(b.gates());
    if (!sameNetwork || other.m_graph->nodeCount() == 0) return false;
    m_graph = other.m_graph;
    const std::scoped_lock lock(m_snapperLock, other.m_snapperLock);
    m_snapper = other.m_snapper;
    m_snapperMinComponentNodes = other.m_snapperMinComponentNodes;
    return true;
}

const project::WalkProfile* AnalysisSession::profile(const std::string& profileCode) const {
    const auto& profiles = m_project.walkProfiles();
    const auto it = std::find_if(profiles.begin(), profiles.end(),
                                 [&](const project::WalkProfile& p) { return p.code == profileCode; });
    if (it != profiles.end()) return &*it;
    return profiles.empty() ? nullptr : &profiles.front();
}

const project::WalkProfile& AnalysisSession::runnableProfile(const std::string& profileCode) const {
    const project::WalkProfile* walk = profile(profileCode);
    if (walk == nullptr) throw std::runtime_error("the project has no walk profile");
    if (!(walk->speedMps > 0.0))
        throw std::runtime_error("the walk profile '" + walk->code + "' has no walking speed");
    return *walk;
}

const CoverageAnalysis& AnalysisSession::prepared(const std::string& profileCode,
                                                  const CoverageOptions& options) {
    if (const CoverageAnalysis* run = analysis(profileCode)) return *run;
    const project::WalkProfile& walk = runnableProfile(profileCode);
    for (const Entry& e : m_prepared)
        if (e.code == walk.code) return *e.analysis;
    m_prepared.push_back({walk.code, std::make_unique<CoverageAnalysis>(m_project, *m_graph, walk,
                                                                        options, snapperFor(options))});
    return *m_prepared.back().analysis;
}

CoverageAnalysis* AnalysisSession::run(const std::string& profileCode,
                                       const CoverageOptions& options, const RunControl& control) {
    const std::vector<CoverageAnalysis*> done = runAll({profileCode}, options, control);
    return done.empty() ? nullptr : done.front();
}

std::vector<CoverageAnalysis*> AnalysisSession::runAll(const std::vector<std::string>& profileCodes,
                                                       const CoverageOptions& options,
                                                       const RunControl& control) {
    std::vector<const project::WalkProfile*> walks;  // distinct, in the order first named
    for (const std::string& code : profileCodes) {
        const project::WalkProfile* walk = &runnableProfile(code);
        if (std::find(walks.begin(), walks.end(), walk) == walks.end()) walks.push_back(walk);
    }
    std::vector<std::unique_ptr<CoverageAnalysis>> made;
    std::vector<CoverageAnalysis*> running;
    for (const project::WalkProfile* walk : walks) {
        made.push_back(std::make_unique<CoverageAnalysis>(m_project, *m_graph, *walk, options,
                                                          snapperFor(options)));
        running.push_back(made.back().get());
    }
    if (!CoverageAnalysis::runAll(running, control)) return {};

    for (std::size_t i = 0; i < walks.size(); ++i) {
        const auto it = std::find_if(m_analyses.begin(), m_analyses.end(),
                                     [&](const Entry& e) { return e.code == walks[i]->code; });
        if (it != m_analyses.end())
            it->analysis = std::move(made[i]);
        else
            m_analyses.push_back({walks[i]->code, std::move(made[i])});
    }
    std::vector<CoverageAnalysis*> result;
    for (const std::string& code : profileCodes) result.push_back(analysis(code));
    return result;
}

CoverageAnalysis* AnalysisSession::analysis(const std::string& profileCode) {
    const project::WalkProfile* walk = profile(profileCode);
    if (walk == nullptr) return nullptr;
    for (Entry& e : m_analyses)
        if (e.code == walk->code) return e.analysis.get();
    return nullptr;
}

const CoverageAnalysis* AnalysisSession::analysis(const std::string& profileCode) const {
    return const_cast<AnalysisSession*>(this)->analysis(profileCode);
}

}  // namespace yike::access
