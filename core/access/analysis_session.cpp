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
    m_prepared.push_back(
        {walk.code, std::make_unique<CoverageAnalysis>(m_project, *m_graph, walk, options)});
    return *m_prepared.back().analysis;
}

CoverageAnalysis* AnalysisSession::run(const std::string& profileCode,
                                       const CoverageOptions& options, const RunControl& control) {
    const project::WalkProfile* walk = &runnableProfile(profileCode);
    auto analysis = std::make_unique<CoverageAnalysis>(m_project, *m_graph, *walk, options);
    if (!analysis->run(control)) return nullptr;
    const auto it = std::find_if(m_analyses.begin(), m_analyses.end(),
                                 [&](const Entry& e) { return e.code == walk->code; });
    if (it != m_analyses.end()) {
        it->analysis = std::move(analysis);
        return it->analysis.get();
    }
    m_analyses.push_back({walk->code, std::move(analysis)});
    return m_analyses.back().analysis.get();
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
