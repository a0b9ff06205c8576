// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population/grid_import.h"

#include <algorithm>

#include "core/geo/local_frame.h"
#include "core/geo/plane.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"

namespace yike::population {
namespace {

/// The box of the features a district is made of: compounds, buildings and streets.
geo::BoundingBox districtExtent(const project::Project& project) {
    geo::BoundingBox box;
    for (const project::Compound& c : project.compounds().items()) box.extend(geo::boundsOf(c.outline));
    for (const project::Building& b : project.buildings().items()) box.extend(geo::boundsOf(b.outline));
    for (const project::Street& s : project.streets().items()) box.extend(geo::boundsOf(s.line));
    return box;
}

std::string firstNonEmpty(std::initializer_list<std::string> texts) {
    for (const std::string& t : texts)
        if (!t.empty()) return t;
    return {};
}

std::string metadataItem(const GridInfo& info, const char* key) {
    const auto found = info.metadata.find(key);
    return found == info.metadata.end() ? std::string() : found->second;
}

}  // namespace

GridImportPlan planGridImport(const std::filesystem::path& file, const project::Project& project,
                              const GridImportOptions& options, const std::atomic<bool>* cancel,
                              const std::function<void(double)>& progress) {
    GridImportPlan plan;
    const std::optional<geo::Polygon>& studyArea = project.studyArea();
    geo::BoundingBox box;
    if (studyArea && studyArea->outer.size() >= 3) {
        plan.area = GridImportPlan::Area::StudyArea;
        box = geo::boundsOf(*studyArea);
    } else {
        plan.area = GridImportPlan::Area::ProjectExtent;
        box = districtExtent(project);
    }
    if (box.isEmpty())
        throw GridImportError(GridImportError::Reason::NoArea,
                              "the project has no study area and no compounds, buildings or "
                              "streets, so nothing says which part of the grid to import");

    GridWindow window = readPopulationGrid(file, box, cancel, progress);
    plan.info = window.info;
    plan.cellsLookedAt = window.cellsInArea;
    plan.noDataCells = window.noDataCells;
    plan.otherCells = window.negativeCells + window.zeroCells;

    const bool share = options.kind != project::PopulationGridKind::People;
    if (share) {
        double largest = 0.0;
        for (const GridCell& cell : window.cells) largest = std::max(largest, cell.value);
        if (largest > 1.0)
            throw GridImportError(GridImportError::Reason::NotShares,
                                  platform::utf8FromPath(file) + " holds values up to "
                                      + std::to_string(largest) + ", not shares between 0 and 1",
                                  std::to_string(largest));
    }

    std::optional<geo::LocalFrame> frame;
    std::optional<geo::LocalPolygon> area;
    if (plan.area == GridImportPlan::Area::StudyArea) {
        frame.emplace(studyArea->outer.front());
        area = geo::LocalPolygon::from(*studyArea, *frame);
    }
    for (GridCell& cell : window.cells) {
        const bool inside = area ? area->contains(frame->toLocal(cell.centre)) : box.contains(cell.centre);
        if (!inside) {
            ++plan.cellsOutside;
            plan.valueOutside += cell.value;
            continue;
        }
        project::PopulationCell kept;
        kept.outline = std::move(cell.outline);
        kept.value = cell.value;
        plan.total += kept.value;
        plan.cells.push_back(std::move(kept));
    }
    if (plan.cells.empty())
        throw GridImportError(GridImportError::Reason::NoCells,
                              "no cell of " + platform::utf8FromPath(file)
                                  + " with a value lies in the "
                                  + (area ? "study area" : "project's extent"));

    project::PopulationGrid& grid = plan.grid;
    grid.kind = options.kind;
    grid.source = firstNonEmpty({options.source, platform::utf8FromPath(file.stem())});
    grid.year = options.year;
    grid.fileName = platform::utf8FromPath(file.filename());
    grid.crs = window.info.crs;
    grid.cellAreaM2 = window.info.approxCellAreaM2;
    grid.notes = firstNonEmpty(
        {options.notes, metadataItem(window.info, "UNITS"), window.info.bandDescription});
    grid.importedAt = options.importedAt;
    if (const project::PopulationGrid* existing = project.populationGrid(options.kind))
        plan.replaces = *existing;
    return plan;
}

}  // namespace yike::population
