// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/access/coverage.h"
#include "core/access/run_control.h"
#include "core/network/street_graph.h"
#include "core/project/project.h"

namespace yike::access {

/**
 * A project copy, the street graph built from it and its walk analyses, one per walk profile:
 * what every panel that measures access reads (the Walk Access panel, proposals, evaluation),
 * built once on a worker and then shared. The copy is cheap (feature layers are shared
 * copy-on-write) and never changes, so the analyses' references to it stay valid; the session
 * lives behind a pointer and does not move.
 */
class AnalysisSession {
public:
    explicit AnalysisSession(project::Project copy);
    AnalysisSession(const AnalysisSession&) = delete;
    AnalysisSession& operator=(const AnalysisSession&) = delete;
    ~AnalysisSession();

    const project::Project& project() const { return m_project; }
    const network::StreetGraph& graph() const { return *m_graph; }

    /// Builds the street graph from the copy; call once, before any analysis.
    void buildGraph();
    /**
     * Takes the street graph of `other` instead of building one when both copies have the same
     * walk network: the same streets, compounds and gates, unchanged since one project was
     * copied from the other (FeatureCollection::sharesItemsWith), as when only facilities
     * moved. Call instead of buildGraph(), once `other` has its graph. The graph is never
     * changed, so the sessions may be used on different threads.
     * @return whether it did; when not, call buildGraph()
     */
    bool reuseGraphOf(const AnalysisSession& other);

    /**
     * Runs the analysis of the walk profile with this code (the project's first profile when
     * the code is empty or unknown) and keeps it; a second call for the same profile replaces
     * it. @return the analysis, or null when cancelled
     * @throws std::runtime_error when the project has no walk profile or the profile no speed
     */
    CoverageAnalysis* run(const std::string& profileCode, const CoverageOptions& options,
                          const RunControl& control = {});
    /**
     * Runs the analyses of several walk profiles together (CoverageAnalysis::runAll: the same
     * results as run() for each, sooner on several cores) and keeps them, replacing any run
     * before. Codes naming the same profile run once.
     * @return the analyses in the order of `profileCodes`, or empty when cancelled
     * @throws std::runtime_error as run()
     */
    std::vector<CoverageAnalysis*> runAll(const std::vector<std::string>& profileCodes,
                                          const CoverageOptions& options,
                                          const RunControl& control = {});

    /// The analysis of a profile run before, or null.
    CoverageAnalysis* analysis(const std::string& profileCode);
    const CoverageAnalysis* analysis(const std::string& profileCode) const;
    /// The walk profile an analysis was run for (the project's, by code), or null.
    const project::WalkProfile* profile(const std::string& profileCode) const;

    /**
     * What a walk from one place needs of an analysis and no more: the analysis of the walk
     * profile (as run() picks it) made but not run, with its walk costs, its snapping onto the
     * streets and its gate rules; the facilities and homes are not measured. The analysis run
     * for the profile when there is one, which has the same costs and snapping. Kept per
     * profile, with the options of the first call.
     * @throws std::runtime_error as run()
     */
    const CoverageAnalysis& prepared(const std::string& profileCode,
                                     const CoverageOptions& options = {});

private:
    struct Entry {
        std::string code;
        std::unique_ptr<CoverageAnalysis> analysis;
    };
    const project::WalkProfile& runnableProfile(const std::string& profileCode) const;
    /// The snapper of the graph for these options, made once and shared by every analysis.
    std::shared_ptr<const network::EdgeSnapper> snapperFor(const CoverageOptions& options);

    project::Project m_project;
    std::shared_ptr<const network::StreetGraph> m_graph;
    // The snapper of m_graph, or null, and what it was made with; another session taking this
    // one's graph may read them from another thread, hence the lock.
    mutable std::mutex m_snapperLock;
    std::shared_ptr<const network::EdgeSnapper> m_snapper;
    std::size_t m_snapperMinComponentNodes = 0;
    std::vector<Entry> m_analyses;
    std::vector<Entry> m_prepared;  // made, not run
};

}  // namespace yike::access
