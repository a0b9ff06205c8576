// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <unordered_set>
#include <vector>

#include <QPainter>

#include "core/geo/lon_lat.h"
#include "core/project/project.h"

namespace yike::ui {

struct MapFrame;

/**
 * Features a panel points out on the map, drawn over every layer: a proposal line's idle
 * space, and the homes it newly brings within reach (home buildings, compounds counted as one
 * home, single points for people of a population grid).
 */
struct MapHighlight {
    std::vector<geo::LonLat> places;  ///< ringed markers, e.g. the idle space
    std::unordered_set<project::FeatureId> buildings;
    std::unordered_set<project::FeatureId> compounds;
    std::vector<geo::LonLat> points;  ///< homes without an outline

    bool isEmpty() const {
        return places.empty() && buildings.empty() && compounds.empty() && points.empty();
    }
};

/// Draws `highlight` for `frame` (in the frame's pixel space, its origin already applied).
void drawHighlight(QPainter& painter, const project::Project& project, const MapFrame& frame,
                   const MapHighlight& highlight);

}  // namespace yike::ui
