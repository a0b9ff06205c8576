// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/project/project.h"
#include "ui/render/map_layers.h"

namespace yike::test {

/**
 * A scene that shows where basemap tiles are painted: one fenced compound about 200 m across
 * at Xinjiekou, and a primary street over its northern part. Tiles under the compounds show
 * only outside it; above the compounds they cover it, and the street stays on top of them.
 */
struct CompoundUnderStreet {
    static constexpr geo::LonLat kInside{118.7780, 32.0404};
    static constexpr geo::LonLat kOnStreet{118.7780, 32.0414};
    static constexpr geo::LonLat kOutside{118.7780, 32.03993};  ///< just south of the compound

    static void addTo(project::Project& project) {
        project::Compound compound;
        compound.outline.outer = {{118.7770, 32.0400},
                                  {118.7790, 32.0400},
                                  {118.7790, 32.0418},
                                  {118.7770, 32.0418},
                                  {118.7770, 32.0400}};
        compound.fenced = true;
        project.addCompound(compound);
        project::Street street;
        street.line = {{118.7772, 32.0414}, {118.7788, 32.0414}};
        street.highway = "primary";
        project.addStreet(street);
    }
};

/// `order` with the Basemap moved to just above `below`.
inline std::vector<ui::MapLayer> basemapAbove(std::vector<ui::MapLayer> order,
                                             ui::MapLayer below) {
    order.erase(std::find(order.begin(), order.end(), ui::MapLayer::Basemap));
    order.insert(std::find(order.begin(), order.end(), below) + 1, ui::MapLayer::Basemap);
    return order;
}

}  // namespace yike::test
