// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/proposal_maps.h"

#include <algorithm>
#include <span>

#include "core/access/analysis_session.h"
#include "core/access/catchment.h"
#include "core/access/coverage.h"
#include "core/access/reach_search.h"
#include "core/project/project.h"
#include "ui/render/highlight_layer.h"

namespace yike::ui {

void addToHighlight(MapHighlight& highlight, const access::AnalysisSession& session,
                    const proposals::Instance& instance, const proposals::ProposalLine& line) {
    const geo::LonLat place = instance.spaces[instance.options[line.option].space].space.position;
    if (std::find(highlight.places.begin(), highlight.places.end(), place)
        == highlight.places.end())
        highlight.places.push_back(place);
    // Homes are the same in every cohort's analysis (they depend on the project only).
    const access::CoverageAnalysis* analysis = session.analysis(instance.profiles[0]);
    if (analysis == nullptr) return;
    const access::CoverageResult& r = analysis->result();
    const auto& cells = session.project().populationCells();
    for (const std::uint32_t h : line.newlyCoveredHomes) {
        const access::HomeResidents home = analysis->homeResidents(h);
        if (home.building != access::Home::kNone) {
            highlight.buildings.insert(r.buildings[home.building].id);
        } else if (home.gridHome != access::Home::kNone) {
            if (const project::PopulationCell* cell =
                    cells.find(r.gridHomes[home.gridHome].cellId)) {
                const geo::BoundingBox box = geo::boundsOf(cell->outline);
                highlight.points.push_back(
                    {(box.minLon + box.maxLon) / 2.0, (box.minLat + box.maxLat) / 2.0});
            }
        } else if (home.compound != access::Home::kNone) {
            highlight.compounds.insert(r.compounds[home.compound].id);
        }
    }
}

std::optional<std::vector<SpaceWalkArea>> spaceWalkAreas(const access::AnalysisSession& session,
                                                         const proposals::Instance& instance,
                                                         std::uint32_t space,
                                                         const std::vector<double>& minutes,
                                                         const std::atomic<bool>* cancel) {
    std::vector<SpaceWalkArea> areas;
    if (minutes.empty()) return areas;
    const double longest = *std::max_element(minutes.begin(), minutes.end());
    const geo::LonLat position = instance.spaces[space].space.position;
    std::vector<std::string> profiles;
    for (const std::string& code : instance.profiles)
        if (std::find(profiles.begin(), profiles.end(), code) == profiles.end())
            profiles.push_back(code);
    for (const std::string& code : profiles) {
        const access::CoverageAnalysis* analysis = session.analysis(code);
        if (analysis == nullptr) continue;
        const access::SearchSource source = analysis->placeFacility(position);
        if (source.isAbsent()) return areas;
        access::ReachSearch search = analysis->makeSearch();
        search.start(network::Seconds(longest * 60.0));
        search.addSource(source);
        if (!search.run(cancel)) return std::nullopt;
        access::CatchmentBuilder builder(session.graph(), analysis->costs());
        builder.setReach(search, std::span(&source, 1));
        std::vector<proposals::Cohort> cohorts;
        for (std::size_t g = 0; g < proposals::kCohortCount; ++g)
            if (instance.profiles[g] == code) cohorts.push_back(proposals::Cohort(g));
        std::vector<double> done;
        for (const double m : minutes) {
            if (std::find(done.begin(), done.end(), m) != done.end()) continue;
            done.push_back(m);
            if (cancel && cancel->load()) return std::nullopt;
            areas.push_back({m, code, cohorts, builder.build(network::Seconds(m * 60.0))});
        }
    }
    return areas;
}

}  // namespace yike::ui
