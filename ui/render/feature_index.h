// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "core/geo/lon_lat.h"
#include "core/project/project.h"

namespace yike::ui {

/// The bounds MapRenderer culls each kind of feature by (geo::boundsOf of its geometry).
geo::BoundingBox featureBounds(const project::Street& street);
geo::BoundingBox featureBounds(const project::Building& building);
geo::BoundingBox featureBounds(const project::Compound& compound);

/**
 * Which features of one layer lie in a box, without testing them all: a uniform grid over the
 * layer's extent whose cells list the features whose bounds touch them. Built from a copy of
 * the layer's collection, which shares the project's items (copy-on-write) and so keeps them
 * exactly as they were indexed; the index answers for a project only while that project's
 * collection still shares those items (covers()), i.e. until the layer changes.
 */
template <typename T>
class LayerGrid {
public:
    explicit LayerGrid(const project::FeatureCollection<T>& collection);

    /// Whether this grid describes `collection` as it is now.
    bool covers(const project::FeatureCollection<T>& collection) const {
        return collection.sharesItemsWith(m_collection)
               || (collection.size() == 0 && m_collection.size() == 0);
    }
    /// The indices into items() of the features whose bounds intersect `box` (touching
    /// counts, as in BoundingBox::intersects), ascending: the order a full scan meets them.
    std::vector<std::uint32_t> query(const geo::BoundingBox& box) const;
    /// The bounds of the feature at `index` (as geo::boundsOf gives them).
    const geo::BoundingBox& bounds(std::uint32_t index) const { return m_bounds[index]; }

private:
    project::FeatureCollection<T> m_collection;
    std::vector<geo::BoundingBox> m_bounds;
    geo::BoundingBox m_extent;
    int m_columns = 0;
    int m_rows = 0;
    double m_cellLon = 1.0;
    double m_cellLat = 1.0;
    std::vector<std::uint32_t> m_cellStart;  // m_columns * m_rows + 1 offsets into m_cellItems
    std::vector<std::uint32_t> m_cellItems;
};

/**
 * Spatial indexes of the layers with many features (streets, buildings, compounds), for
 * MapRenderer: with an index that covers the project it draws, a frame tests only the
 * features near the view instead of every one; the picture is the same. Immutable once built,
 * so render threads may share it. refreshed() reuses the grids of the layers that did not
 * change, so an edit of a facility costs nothing and an edit of a street re-indexes streets.
 */
class MapFeatureIndex {
public:
    explicit MapFeatureIndex(const project::Project& project);
    /// An index of `project` reusing the grids of `previous` (may be null) that still cover it.
    static std::shared_ptr<const MapFeatureIndex> refreshed(
        const std::shared_ptr<const MapFeatureIndex>& previous, const project::Project& project);

    /// The grids, or null when the layer has changed since (the caller then scans the layer).
    const LayerGrid<project::Street>* streets(const project::Project& project) const;
    const LayerGrid<project::Building>* buildings(const project::Project& project) const;
    const LayerGrid<project::Compound>* compounds(const project::Project& project) const;

private:
    MapFeatureIndex() = default;

    std::shared_ptr<const LayerGrid<project::Street>> m_streets;
    std::shared_ptr<const LayerGrid<project::Building>> m_buildings;
    std::shared_ptr<const LayerGrid<project::Compound>> m_compounds;
};

/// Calls visit(feature, bounds) for every feature of `collection` whose bounds intersect
/// `box`, in the collection's order: through `grid` when it is given (it must cover the
/// collection), otherwise by testing each feature.
template <typename T, typename Visit>
void forEachIntersecting(const project::FeatureCollection<T>& collection, const LayerGrid<T>* grid,
                         const geo::BoundingBox& box, Visit&& visit) {
    const std::vector<T>& items = collection.items();
    if (grid) {
        for (const std::uint32_t i : grid->query(box)) visit(items[i], grid->bounds(i));
        return;
    }
    for (const T& item : items) {
        const geo::BoundingBox bounds = featureBounds(item);
        if (bounds.intersects(box)) visit(item, bounds);
    }
}

}  // namespace yike::ui
