// SPDX-License-Identifier: GPL-3.0-or-later
#include <chrono>
#include <cmath>
#include <iomanip>
#include <sstream>
#include <string>

#include "app/cli/commands.h"
#include "core/access/residents.h"
#include "core/platform/utf8_path.h"
#include "core/population/grid_import.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/project/project_io.h"

namespace yike::cli {
namespace {

project::PopulationGridKind kindOption(const Arguments& args) {
    const std::string code = args.value("--kind").value_or("people");
    if (code == "people") return project::PopulationGridKind::People;
    if (code == "share60") return project::PopulationGridKind::Share60Plus;
    if (code == "share0to14") return project::PopulationGridKind::Share0To14;
    throw UsageError("--kind: '" + code + "' is not people, share60 or share0to14");
}

int yearOption(const Arguments& args) {
    const auto text = args.value("--year");
    if (!text) return 0;
    std::size_t used = 0;
    int year = 0;
    try {
        year = std::stoi(*text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text->size() || year < 1800 || year > 2200)
        throw UsageError("--year expects a year such as 2020");
    return year;
}

std::string number(double value, int decimals = 0) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

}  // namespace

int runImportPopulation(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT", "GRID"});
    const std::filesystem::path projectPath = platform::pathFromUtf8(args.positionals()[0]);
    const std::filesystem::path gridPath = platform::pathFromUtf8(args.positionals()[1]);
    population::GridImportOptions options;
    options.kind = kindOption(args);
    options.source = args.value("--source").value_or("");
    options.year = yearOption(args);
    options.notes = args.value("--notes").value_or("");
    options.importedAt = project::detail::formatUtc(std::chrono::system_clock::now());

    const auto file = project::ProjectFile::open(projectPath, project::ProjectFile::Mode::ReadWrite);
    project::Project project = file->load();
    population::GridImportPlan plan;
    try {
        plan = population::planGridImport(gridPath, project, options);
    } catch (const population::GridReadError& e) {
        throw CommandError(e.what());
    } catch (const population::GridImportError& e) {
        throw CommandError(e.what());
    }
    if (plan.replaces) project.removePopulationGrid(plan.replaces->id);
    const project::FeatureId gridId = project.addPopulationGrid(plan.grid, plan.cells);

    out << "Read " << platform::utf8FromPath(gridPath) << ": " << plan.info.crs
        << ", cells of about " << number(plan.info.approxCellAreaM2) << " m2";
    if (!plan.grid.notes.empty()) out << ", values: " << plan.grid.notes;
    out << "\n";
    for (const std::string& note : plan.info.notes) out << "  note: " << note << "\n";
    out << "Area: "
        << (plan.area == population::GridImportPlan::Area::StudyArea
                ? "the study area"
                : "the extent of the project's compounds, buildings and streets (no study area "
                  "drawn)")
        << "\n";
    out << "Cells: " << plan.cells.size() << " kept of " << plan.cellsLookedAt
        << " over the area (" << plan.noDataCells << " without data, " << plan.otherCells
        << " zero or negative, " << plan.cellsOutside << " with their centre outside the area)\n";
    const bool people = options.kind == project::PopulationGridKind::People;
    if (people) {
        out << "People in the area: " << number(plan.total, 1) << " (" << number(plan.valueOutside, 1)
            << " more in cells centred outside it, left out)\n";
        const access::ResidentsOptions estimate;
        const access::Residents residents = access::locateResidents(project, estimate);
        const std::string reach = number(estimate.gridReachM) + " m";
        if (residents.grid && residents.grid->gridId == gridId) {
            const access::GridPlacement& g = *residents.grid;
            out << "Placed: " << number(g.toBuildings) << " on home buildings by floor area, "
                << number(g.toCompoundLand) << " on the land of compounds without buildings, "
                << number(g.toNearestHome) << " moved to the nearest home within " << reach << ", "
                << number(g.atCellCentres) << " in " << g.cellsAtCentres
                << " cells with no home within " << reach << " (they walk from the cell's centre), "
                << number(g.replacedBySurvey) << " where compounds have survey figures (the survey "
                << "is kept)\n";
        }
        out << "Residents in the project now: " << number(residents.population) << "\n";
    } else {
        out << "Shares kept for " << plan.cells.size() << " cells; they replace the census share "
            << "for the homes in them\n";
    }
    if (plan.replaces)
        out << "Replaces the grid '" << plan.replaces->source << "' imported "
            << plan.replaces->importedAt << "\n";
    file->save(project);
    out << "Saved " << platform::utf8FromPath(projectPath) << "\n";
    return 0;
}

}  // namespace yike::cli
