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

nlohmann::json toJson(const access::CoverageResult& r, const project::WalkProfile& profile,
                      const access::CoverageOptions& options) {
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
                             {"hasOrigin", b.hasOrigin},
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
            {"summary",
             {{"compounds", r.compounds.size()},
              {"population", r.population},
              {"residents60Plus", r.residents60Plus},
              {"children0To14", r.children0To14},
              {"facilitiesNotSnapped", r.unsnapped.size()}}},
            {"categories", categories},
            {"compounds", compounds},
            {"buildings", buildings},
            {"unsnappedFacilities", unsnapped}};
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
                << (percent(s.population) + "/" + percent(s.residents60Plus) + "/"
                    + percent(s.children0To14));
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

    const auto opened = project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly);
    const project::Project project = opened->load();
    const project::WalkProfile* profile = &requireProfile(project, profileCode);

    // Opened before any output, so a bad path fails with nothing but the error line.
    const std::optional<std::string> jsonFile = args.value("--json");
    std::ofstream json;
    if (jsonFile) {
        json.open(*jsonFile, std::ios::binary | std::ios::trunc);
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
    std::size_t estimated = 0;
    for (const access::CompoundCoverage& k : result.compounds) estimated += k.populationEstimated;
    out << "Summary: " << result.compounds.size() << " compounds, population "
        << result.population << ", " << counted << " facilities, " << result.unsnapped.size()
        << " not snapped to the street network\n";
    if (estimated > 0)
        out << "Estimated: residents of " << estimated << " compounds that record none, from "
            << "their buildings' floor area at " << options.residents.floorAreaPerPersonM2
            << " m2 per person (2020 census; " << options.residents.assumedLevels
            << " storeys where unknown)\n";
    out << "Homes: " << result.buildings.size() << " buildings timed one by one\n";

    if (jsonFile) {
        json << toJson(result, *profile, options).dump(2) << '\n';
        json.close();
        if (!json) throw CommandError("cannot write '" + *jsonFile + "'");
    }
    return 0;
}

}  // namespace yike::cli
