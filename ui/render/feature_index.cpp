// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/feature_index.h"

#include <algorithm>
#include <cmath>

namespace yike::ui {

geo::BoundingBox featureBounds(const project::Street& street) {
    return geo::boundsOf(street.line);
}
geo::BoundingBox featureBounds(const project::Building& building) {
    return geo::boundsOf(building.outline.outer);
}
geo::BoundingBox featureBounds(const project::Compound& compound) {
    return geo::boundsOf(compound.outline);
}

namespace {

// About two features per cell, at most this many cells.
constexpr double kFeaturesPerCell = 2.0;
constexpr double kMaxCells = 4.0e6;

}  // namespace

template <typename T>
LayerGrid<T>::LayerGrid(const project::FeatureCollection<T>& collection)
    : m_collection(collection) {
    const std::vector<T>& items = m_collection.items();
    m_bounds.reserve(items.size());
    for (const T& item : items) {
        m_bounds.push_back(featureBounds(item));
        if (!m_bounds.back().isEmpty()) m_extent.extend(m_bounds.back());
    }
    if (m_extent.isEmpty()) return;

    const double width = std::max(m_extent.maxLon - m_extent.minLon, 1e-9);
    const double height = std::max(m_extent.maxLat - m_extent.minLat, 1e-9);
    const double cells =
        std::clamp(static_cast<double>(items.size()) / kFeaturesPerCell, 1.0, kMaxCells);
    // Square cells in degrees: good enough at city scale, where a degree of longitude and one
    // of latitude differ by a constant factor.
    const double side = std::sqrt(width * height / cells);
    m_columns = std::clamp(static_cast<int>(std::ceil(width / side)), 1, 4096);
    m_rows = std::clamp(static_cast<int>(std::ceil(height / side)), 1, 4096);
    m_cellLon = width / m_columns;
    m_cellLat = height / m_rows;

    // Two passes (count, then fill) give one flat list per cell without a vector per cell.
    const auto cellRange = [&](const geo::BoundingBox& b, int& c0, int& c1, int& r0, int& r1) {
        c0 = std::clamp(static_cast<int>((b.minLon - m_extent.minLon) / m_cellLon), 0,
                        m_columns - 1);
        c1 = std::clamp(static_cast<int>((b.maxLon - m_extent.minLon) / m_cellLon), 0,
                        m_columns - 1);
        r0 = std::clamp(static_cast<int>((b.minLat - m_extent.minLat) / m_cellLat), 0, m_rows - 1);
        r1 = std::clamp(static_cast<int>((b.maxLat - m_extent.minLat) / m_cellLat), 0, m_rows - 1);
    };
    const std::size_t cellCount =
        static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
    std::vector<std::uint32_t> counts(cellCount + 1, 0);
    int c0 = 0, c1 = 0, r0 = 0, r1 = 0;
    for (const geo::BoundingBox& b : m_bounds) {
        if (b.isEmpty()) continue;
        cellRange(b, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                ++counts[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns)
                         + static_cast<std::size_t>(c) + 1];
    }
    for (std::size_t i = 1; i <= cellCount; ++i) counts[i] += counts[i - 1];
    m_cellItems.resize(counts[cellCount]);
    m_cellStart = counts;
    for (std::size_t i = 0; i < m_bounds.size(); ++i) {
        const geo::BoundingBox& b = m_bounds[i];
        if (b.isEmpty()) continue;
        cellRange(b, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                m_cellItems[counts[static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns)
                                   + static_cast<std::size_t>(c)]++] =
                    static_cast<std::uint32_t>(i);
    }
}

template <typename T>
std::vector<std::uint32_t> LayerGrid<T>::query(const geo::BoundingBox& box) const {
    std::vector<std::uint32_t> found;
    if (m_columns == 0 || !box.intersects(m_extent)) return found;
    const auto column = [&](double lon) {
        return std::clamp(static_cast<int>((lon - m_extent.minLon) / m_cellLon), 0, m_columns - 1);
    };
    const auto row = [&](double lat) {
        return std::clamp(static_cast<int>((lat - m_extent.minLat) / m_cellLat), 0, m_rows - 1);
    };
    const int c0 = column(box.minLon), c1 = column(box.maxLon);
    const int r0 = row(box.minLat), r1 = row(box.maxLat);
    for (int r = r0; r <= r1; ++r) {
        const std::size_t first = static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns)
                                  + static_cast<std::size_t>(c0);
        const std::size_t last = static_cast<std::size_t>(r) * static_cast<std::size_t>(m_columns)
                                 + static_cast<std::size_t>(c1);
        for (std::uint32_t k = m_cellStart[first]; k < m_cellStart[last + 1]; ++k) {
            const std::uint32_t i = m_cellItems[k];
            if (m_bounds[i].intersects(box)) found.push_back(i);
        }
    }
    // A feature spanning several cells is met once in each.
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

template class LayerGrid<project::Street>;
template class LayerGrid<project::Building>;
template class LayerGrid<project::Compound>;

MapFeatureIndex::MapFeatureIndex(const project::Project& project)
    : m_streets(std::make_shared<const LayerGrid<project::Street>>(project.streets())),
      m_buildings(std::make_shared<const LayerGrid<project::Building>>(project.buildings())),
      m_compounds(std::make_shared<const LayerGrid<project::Compound>>(project.compounds())) {}

std::shared_ptr<const MapFeatureIndex> MapFeatureIndex::refreshed(
    const std::shared_ptr<const MapFeatureIndex>& previous, const project::Project& project) {
    if (!previous) return std::make_shared<const MapFeatureIndex>(project);
    if (previous->streets(project) && previous->buildings(project) && previous->compounds(project))
        return previous;
    std::shared_ptr<MapFeatureIndex> index(new MapFeatureIndex());
    index->m_streets = previous->streets(project)
                           ? previous->m_streets
                           : std::make_shared<const LayerGrid<project::Street>>(project.streets());
    index->m_buildings =
        previous->buildings(project)
            ? previous->m_buildings
            : std::make_shared<const LayerGrid<project::Building>>(project.buildings());
    index->m_compounds =
        previous->compounds(project)
            ? previous->m_compounds
            : std::make_shared<const LayerGrid<project::Compound>>(project.compounds());
    return index;
}

const LayerGrid<project::Street>* MapFeatureIndex::streets(const project::Project& project) const {
    return m_streets && m_streets->covers(project.streets()) ? m_streets.get() : nullptr;
}

const LayerGrid<project::Building>* MapFeatureIndex::buildings(
    const project::Project& project) const {
    return m_buildings && m_buildings->covers(project.buildings()) ? m_buildings.get() : nullptr;
}

const LayerGrid<project::Compound>* MapFeatureIndex::compounds(
    const project::Project& project) const {
    return m_compounds && m_compounds->covers(project.compounds()) ? m_compounds.get() : nullptr;
}

}  // namespace yike::ui
