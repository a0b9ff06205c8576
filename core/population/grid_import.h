// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/population/population_grid.h"
#include "core/project/features.h"

namespace yike::project {
class Project;
}

namespace yike::population {

/// Raised when a raster is readable but cannot be a grid of the kind asked for (shares above 1)
/// or when the project gives no area to import for.
class GridImportError : public std::runtime_error {
public:
    enum class Reason {
        NoArea,      ///< no study area and no features: nothing says where the district is
        NotShares,   ///< a share grid with values above 1; detail: the largest value
        NoCells      ///< no cell with a value in the area
    };
    GridImportError(Reason reason, const std::string& what, std::string detail = {})
        : std::runtime_error(what), m_reason(reason), m_detail(std::move(detail)) {}
    Reason reason() const { return m_reason; }
    const std::string& detail() const { return m_detail; }

private:
    Reason m_reason;
    std::string m_detail;
};

struct GridImportOptions {
    project::PopulationGridKind kind = project::PopulationGridKind::People;
    /// The source's name ("WorldPop", "GHS-POP"); empty: the file's name.
    std::string source;
    int year = 0;  ///< 0: not known
    /// What the values count; empty: the raster's UNITS metadata or band description.
    std::string notes;
    std::string importedAt;  ///< ISO 8601 UTC; the caller's clock
};

/// A grid ready to go into a project, and what was kept of the raster.
struct GridImportPlan {
    project::PopulationGrid grid;
    std::vector<project::PopulationCell> cells;  ///< cells with a value whose centre is in the area
    GridInfo info;
    /// Where the cells were kept: inside the study area, or (without one) inside the box of the
    /// project's compounds, buildings and streets.
    enum class Area { StudyArea, ProjectExtent } area = Area::StudyArea;
    std::int64_t cellsLookedAt = 0;   ///< cells of the raster over the area's box
    std::int64_t noDataCells = 0;     ///< of those, NoData (no estimate for them)
    std::int64_t otherCells = 0;      ///< of those, 0 or negative
    std::int64_t cellsOutside = 0;    ///< with a value, but their centre is outside the area
    double valueOutside = 0.0;        ///< their sum
    double total = 0.0;               ///< the sum of the cells kept: the grid's total in the area
    /// The grid of the same kind this one replaces, if the project has one.
    std::optional<project::PopulationGrid> replaces;
};

/**
 * Reads the cells of a population raster that cover the project and makes them a grid for it:
 * every cell with a value whose centre lies in the study area (or, without one, in the box of
 * the project's compounds, buildings and streets), so the sum of the kept cells is the grid's
 * total in the area. Share grids (60+ or 0–14) must hold values in 0..1.
 * @throws GridReadError when the raster cannot be read for the area; GridImportError as above
 */
GridImportPlan planGridImport(const std::filesystem::path& file, const project::Project& project,
                              const GridImportOptions& options,
                              const std::atomic<bool>* cancel = nullptr,
                              const std::function<void(double)>& progress = {});

}  // namespace yike::population
