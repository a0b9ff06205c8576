// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/proposals/proposal.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::ui {

struct MapHighlight;

/// Adds what a line of a proposal points out on a map to `highlight`: its space (once) and the
/// homes it newly brings within target (home buildings, compounds counted as one home, the
/// centres of population cells for people of a grid).
void addToHighlight(MapHighlight& highlight, const access::AnalysisSession& session,
                    const proposals::Instance& instance, const proposals::ProposalLine& line);

/// The area reached from a converted space within one walking target at one walk profile's
/// pace.
struct SpaceWalkArea {
    double minutes = 0.0;
    std::string profileCode;
    std::vector<proposals::Cohort> cohorts;  ///< the age groups that walk at this pace
    /// In lon/lat, as access::Catchment::polygons; empty when nothing is reached.
    std::vector<geo::Polygon> polygons;
};

/**
 * The walk areas of a space of the instance: for each of `minutes` (distinct values, in the
 * given order) and each distinct walk profile of the instance's cohorts (others, 60+, 0–14), the
 * streets reached from the space within that time, drawn by access::CatchmentBuilder (raster
 * method, 50 m off the street) from a search over the session's graph at the profile's costs.
 * The space is placed on the streets as the proposal placed it (CoverageAnalysis::
 * placeFacility), so the areas show where the walks it was credited with go.
 * @return the areas (none for a space off the network), or nothing when cancelled
 */
std::optional<std::vector<SpaceWalkArea>> spaceWalkAreas(const access::AnalysisSession& session,
                                                         const proposals::Instance& instance,
                                                         std::uint32_t space,
                                                         const std::vector<double>& minutes,
                                                         const std::atomic<bool>* cancel = nullptr);

}  // namespace yike::ui
