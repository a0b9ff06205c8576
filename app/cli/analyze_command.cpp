// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/access/coverage.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

/// "5,10,15" -> {5, 10, 15}; each a positive number of minutes.
std::vector<double> parseThresholds(const std::string& text) {
    std::vector<double> values;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (item.empty() || used != item.size() || !(value > 0.0) || !std::isfinite(value))
            throw UsageError("--thresholds: '" + item + "' is not a positive number of minutes");
        values.push_back(value);
    }
    if (values.empty() || (!text.empty() && text.back() == ','))
        throw UsageError("--thresholds: expected minutes such as 5,10,15");
    return values;
}

std::string minutesLabel(double minutes) {
    std::ostringstream s;
    s << minutes << " min";
    return s.str();
}

std::string percent(double share) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(1) << 100.0 * share;
    return s.str();
}

nlohmann::json minutesOrNull(double minutes) {
    return std::isfinite(minutes) ? nlohmann::json(minutes) : nlohmann::json(nullptr);
}

const char* snapStatusCode(network::SnapStatus status) {
    switch (status) {
    case network::SnapStatus::Snapped:
        return "snapped";
    case network::SnapStatus::TooFar:
        return "too_far";
    case network::SnapStatus::NoEdge:
        return "no_edge";
    }
    return "unknown";
}

const char* plotRatioFrom(access::PlotRatioSetting::From from) {
    switch (from) {
    case access::PlotRatioSetting::From::Options: return "options";
    case access::PlotRatioSetting::From::Project: return "project";
    case access::PlotRatioSetting::From::BuiltIn: break;
    }
    return "built_in";
}

constexpr access::ResidentsSource kSources[] = {
    access::ResidentsSource::Survey, access::ResidentsSource::Grid,
    access::ResidentsSource::FloorArea, access::ResidentsSource::PlotRatio,
    access::ResidentsSource::None};

/// Where the residents come from: per ladder step, the settings behind it, the grid's placement.
nlohmann::json residentsJson(const access::ResidentsSummary& s, const project::Project& project) {
    nlohmann::json bySource = nlohmann::json::object();
    for (const access::ResidentsSource source : kSources)
        bySource[access::toCode(source)] = {{"compounds", s.compounds(source)},
                                            {"residents", s.residents(source)}};
    nlohmann::json out{
        {"bySource", bySource},
        {"homesOutsideCompounds", s.homesOutsideCompounds},
        {"residentsOutsideCompounds", s.residentsOutsideCompounds},
        {"plotRatio",
         {{"value", s.plotRatio.value},
          {"from", plotRatioFrom(s.plotRatio.from)},
          {"basis", s.plotRatio.from == access::PlotRatioSetting::From::BuiltIn
                        ? access::kDefaultPlotRatioBasis
                        : "set for the project"}}},
        {"cohortGrids", s.cohortGrids}};
    if (s.grid) {
        const project::PopulationGrid* grid = project.populationGrids().find(s.grid->gridId);
        out["grid"] = {{"source", grid ? grid->source : ""},
                       {"year", grid && grid->year > 0 ? nlohmann::json(grid->year) : nlohmann::json()},
                       {"notes", grid ? grid->notes : ""},
                       {"cells", s.grid->cells},
                       {"people", s.grid->people},
                       {"toBuildings", s.grid->toBuildings},
                       {"toCompoundLand", s.grid->toCompoundLand},
                       {"toNearestHome", s.grid->toNearestHome},
                       {"atCellCentres", s.grid->atCellCentres},
                       {"cellsAtCentres", s.grid->cellsAtCentres},
                       {"replacedBySurvey", s.grid->replacedBySurvey}};
    }
    return out;
}

nlohmann::json toJson(const access::CoverageResult& r, const project::WalkProfile& profile,
                      const access::CoverageOptions& options, const project::Project& project) {
    nlohmann::json categories = nlohmann::json::array();
    for (const access::CategoryCoverage& c : r.categories) {
        nlohmann::json shares = nlohmann::json::array();
        for (const access::CoverageShare& s : c.shares)
            shares.push_back({{"thresholdMinutes", s.thresholdMinutes},
                              {"population", s.population},
                              {"residents60Plus", s.residents60Plus},
                              {"children0To14", s.children0To14}});
        categories.push_back({{"code", c.code},
                              {"nameZh", c.nameZh},
                              {"inCatalog", c.inCatalog},
                              {"targetMinutes", c.targetMinutes},
                              {"targetFromCatalog", c.targetFromCatalog},
                              {"facilities", c.facilities},
                              {"facilitiesSnapped", c.facilitiesSnapped},
                              {"relevant", c.isRelevant},
                              {"coverage", shares},
                              {"compoundsBeyondTarget", c.blindSpots}});
    }
    nlohmann::json compounds = nlohmann::json::array();
    for (const access::CompoundCoverage& k : r.compounds) {
        nlohmann::json minutes = nlohmann::json::object();
        for (std::size_t c = 0; c < r.categories.size(); ++c)
            minutes[r.categories[c].code] = minutesOrNull(k.minutes[c]);
        compounds.push_back({{"id", k.id},
                             {"name", k.name},
                             {"population", k.population},
                             {"residents60Plus", k.residents60Plus},
                             {"children0To14", k.children0To14},
                             {"populationEstimated", k.populationEstimated},
                             {"residentsSource", access::toCode(k.residentsSource)},
                             {"cohortSource", access::toCode(k.cohortSource)},
                             {"plotRatio", k.residentsSource == access::ResidentsSource::PlotRatio
                                               ? nlohmann::json(k.plotRatio)
                                               : nlohmann::json()},
                             {"homeBuildings", k.homeBuildings},
                             {"hasOrigin", k.hasOrigin},
                             {"minutes", minutes},
                             {"relevantCategories", k.relevantCategories},
                             {"categoriesWithinTarget", k.categoriesWithinTarget},
                             {"completeness", k.completeness}});
    }
    nlohmann::json buildings = nlohmann::json::array();
    for (const access::BuildingCoverage& b : r.buildings) {
        nlohmann::json minutes = nlohmann::json::object();
        for (std::size_t c = 0; c < r.categories.size(); ++c)
            minutes[r.categories[c].code] = minutesOrNull(b.minutes[c]);
        buildings.push_back({{"id", b.id},
                             {"compoundId", b.compoundId},
                             {"residents", b.residents},
                             {"residentsSource", access::toCode(b.residentsSource)},
                             {"hasOrigin", b.hasOrigin},
                             {"minutes", minutes}});
    }
    nlohmann::json gridHomes = nlohmann::json::array();
    for (const access::GridHomeCoverage& g : r.gridHomes) {
        nlohmann::json minutes = nlohmann::json::object();
        for (std::size_t c = 0; c < r.categories.size(); ++c)
            minutes[r.categories[c].code] = minutesOrNull(g.minutes[c]);
        gridHomes.push_back({{"cellId", g.cellId},
                             {"residents", g.residents},
                             {"hasOrigin", g.hasOrigin},
                             {"minutes", minutes}});
    }
    nlohmann::json unsnapped = nlohmann::json::array();
    for (const access::UnsnappedFacility& u : r.unsnapped)
        unsnapped.push_back({{"id", u.id},
                             {"category", u.categoryCode},
                             {"status", snapStatusCode(u.status)},
                             {"smallComponent", u.smallComponent},
                             {"distanceM", u.distanceM}});
    return {{"profile",
             {{"code", profile.code}, {"nameZh", profile.nameZh}, {"speedMps", profile.speedMps}}},
            {"thresholdsMinutes", r.thresholdsMinutes},
            {"includePlanned", options.includePlanned},
            {"defaultTargetMinutes", access::kDefaultTargetMinutes},
            {"insideDetourFactor", options.insideDetourFactor},
            {"estimates",
             {{"floorAreaPerPersonM2", options.residents.floorAreaPerPersonM2},
              {"assumedLevels", options.residents.assumedLevels},
              {"share60Plus", options.residents.share60Plus},
              {"share0To14", options.residents.share0To14}}},
            {"residents", residentsJson(r.residents, project)},
            {"summary",
             {{"compounds", r.compounds.size()},
              {"population", r.population},
              {"residents60Plus", r.residents60Plus},
              {"children0To14", r.children0To14},
              {"residentsKnown", r.population > 0},
              {"facilitiesNotSnapped", r.unsnapped.size()}}},
            {"categories", categories},
            {"compounds", compounds},
            {"buildings", buildings},
            {"gridHomes", gridHomes},
            {"unsnappedFacilities", unsnapped}};
}

/// "12,345" style thousands, for the people counts.
std::string people(double count) {
    std::string digits = std::to_string(std::llround(count));
    for (int i = static_cast<int>(digits.size()) - 3; i > 0 && digits[std::size_t(i) - 1] != '-'; i -= 3)
        digits.insert(std::size_t(i), ",");
    return digits;
}

/// Where the residents come from, a line per ladder step in use.
void printResidents(const access::CoverageResult& r, const access::CoverageOptions& options,
                    const project::Project& project, std::ostream& out) {
    const access::ResidentsSummary& s = r.residents;
    if (r.population <= 0) {
        out << "Residents: none known, so no shares are given. Enter survey figures for the "
               "compounds (population), draw residential compounds or import building "
               "footprints, or import a population grid (yike-cli import-population PROJECT "
               "GRID.tif).\n";
        return;
    }
    out << "Residents: " << people(double(r.population)) << " (aged 60+: "
        << people(double(r.residents60Plus)) << ", aged 0-14: " << people(double(r.children0To14))
        << ")";
    if (s.homesOutsideCompounds > 0)
        out << ", of them " << people(s.residentsOutsideCompounds) << " in "
            << s.homesOutsideCompounds << " homes outside compounds";
    out << "\n";
    const auto line = [&](access::ResidentsSource source, const std::string& how) {
        if (s.residents(source) <= 0.0 && s.compounds(source) == 0) return;
        out << "  " << how << ": " << people(s.residents(source)) << " residents, "
            << s.compounds(source) << " compounds\n";
    };
    line(access::ResidentsSource::Survey, "surveyed");
    if (s.grid) {
        const project::PopulationGrid* grid = project.populationGrids().find(s.grid->gridId);
        std::string name = grid && !grid->source.empty() ? grid->source : "population grid";
        if (grid && grid->year > 0) name += " " + std::to_string(grid->year);
        if (grid && !grid->notes.empty()) name += ", " + grid->notes;
        line(access::ResidentsSource::Grid, "from the population grid (" + name + ")");
    }
    std::ostringstream floor;
    floor << "estimated from floor area (" << options.residents.floorAreaPerPersonM2
          << " m2 per person, 2020 census; " << options.residents.assumedLevels
          << " storeys where unknown)";
    line(access::ResidentsSource::FloorArea, floor.str());
    std::ostringstream land;
    land << "estimated from land area x plot ratio " << std::fixed << std::setprecision(1)
         << s.plotRatio.value << " ("
         << (s.plotRatio.from == access::PlotRatioSetting::From::BuiltIn
                 ? std::string(access::kDefaultPlotRatioBasis)
                 : std::string("the project's setting"))
         << "; a compound's own ratio where set)";
    line(access::ResidentsSource::PlotRatio, land.str());
    line(access::ResidentsSource::None, "unknown (no survey, buildings, land or grid)");
    std::ostringstream cohorts;
    cohorts << "  aged 60+ and 0-14: "
            << (s.cohortGrids ? "grids of shares where they cover, else " : "") << "census shares "
            << std::fixed << std::setprecision(2) << 100.0 * options.residents.share60Plus
            << " % and " << 100.0 * options.residents.share0To14 << " %, unless surveyed\n";
    out << cohorts.str();
    if (s.grid && s.grid->atCellCentres > 0.0)
        out << "  " << people(s.grid->atCellCentres) << " grid residents in " << s.grid->cellsAtCentres
            << " cells with no home mapped within " << options.residents.gridReachM
            << " m walk from their cell's centre\n";
}

void printTable(const access::CoverageResult& r, std::ostream& out) {
    out << std::left << std::setw(28) << "category" << std::right << std::setw(6) << "fac.";
    for (const double t : r.thresholdsMinutes)
        out << "  " << std::setw(20) << (minutesLabel(t) + " all/60+/0-14 %");
    out << std::setw(9) << "beyond" << "  name\n";
    for (const access::CategoryCoverage& c : r.categories) {
        out << std::left << std::setw(28) << c.code << std::right << std::setw(6) << c.facilities;
        for (const access::CoverageShare& s : c.shares)
            out << "  " << std::setw(20)
                << (r.population > 0 ? percent(s.population) + "/" + percent(s.residents60Plus)
                                           + "/" + percent(s.children0To14)
                                     : std::string("-"));
        out << std::setw(9) << c.blindSpots.size() << "  " << c.nameZh << '\n';
    }
}

}  // namespace

int runAnalyze(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    const std::vector<double> thresholds =
        args.value("--thresholds") ? parseThresholds(*args.value("--thresholds"))
                                   : std::vector<double>{5.0, 10.0, 15.0};
    const std::string profileCode = profileOption(args);
    std::optional<int> minuteOfDay;
    if (const auto at = args.value("--at")) {
        const auto open = project::gateOpenAt(*at + "-" + *at, 0);  // validates HH:MM
        if (!open || at->size() != 5)
            throw UsageError("--at expects a time of day HH:MM, e.g. 22:30");
        minuteOfDay = std::stoi(at->substr(0, 2)) * 60 + std::stoi(at->substr(3, 2));
    }

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    const project::Project project = opened->load();
    const project::WalkProfile* profile = &requireProfile(project, profileCode);

    // Opened before any output, so a bad path fails with nothing but the error line.
    const std::optional<std::string> jsonFile = args.value("--json");
    std::ofstream json;
    if (jsonFile) {
        json.open(platform::pathFromUtf8(*jsonFile), std::ios::binary | std::ios::trunc);
        if (!json) throw CommandError("cannot write '" + *jsonFile + "'");
    }

    const network::StreetGraph graph = network::buildFromProject(project);
    access::CoverageOptions options;
    options.thresholdsMinutes = thresholds;
    options.includePlanned = args.has("--include-planned");
    if (minuteOfDay) {
        // Gates whose opening hours cannot be read are counted as open.
        options.isGateOpen = [minute = *minuteOfDay](const project::Gate& gate) {
            return project::gateOpenAt(gate.openHours, minute).value_or(true);
        };
    }
    access::CoverageAnalysis analysis(project, graph, *profile, options);
    if (!analysis.run()) throw CommandError("the analysis was cancelled");
    const access::CoverageResult& result = analysis.result();

    out << "Walk profile: " << profile->code << " (" << profile->speedMps << " m/s)\n";
    printTable(result, out);
    std::size_t counted = 0;
    for (const access::CategoryCoverage& c : result.categories) counted += c.facilities;
    out << "Summary: " << result.compounds.size() << " compounds, " << counted << " facilities, "
        << result.unsnapped.size() << " not snapped to the street network\n";
    printResidents(result, options, project, out);
    out << "Homes: " << result.buildings.size() << " buildings timed one by one";
    if (!result.gridHomes.empty()) out << ", and " << result.gridHomes.size() << " grid cells";
    out << "\n";

    if (jsonFile) {
        json << toJson(result, *profile, options, project).dump(2) << '\n';
        json.close();
        if (!json) throw CommandError("cannot write '" + *jsonFile + "'");
    }
    return 0;
}

}  // namespace yike::cli
