// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <locale>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"
#include "core/access/coverage.h"
#include "core/access/nearest_times.h"
#include "core/access/reach_search.h"
#include "core/network/graph_builder.h"
#include "core/network/snapping.h"
#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

constexpr network::Meters kMaxSnapDistance{200.0};

}  // namespace

int runReach(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    const std::string& categoryCode = args.required("--category");
    const std::filesystem::path output = platform::pathFromUtf8(args.required("--out"));
    const std::string profileCode = profileOption(args);
    const double minutes = args.value("--minutes") ? parsePositive(*args.value("--minutes"), "--minutes") : 15.0;
    const bool includePlanned = args.has("--include-planned");

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    const project::Project project = opened->load();
    const project::WalkProfile* profile = &requireProfile(project, profileCode);
    if (project.catalog().find(categoryCode) == nullptr)
        throw CommandError("unknown category '" + categoryCode
                           + "' (not in the project's catalogue)");

    // Opened before any output, so a bad path fails with nothing but the error line.
    std::ofstream csv(output, std::ios::binary | std::ios::trunc);
    if (!csv) throw CommandError("cannot write '" + platform::utf8FromPath(output) + "'");
    csv.imbue(std::locale::classic());

    const network::StreetGraph graph = network::buildFromProject(project);
    const network::WalkCost costs(graph, *profile);
    network::SnapOptions snapOptions;
    snapOptions.minComponentNodes = access::CoverageOptions().minComponentNodes;
    const network::EdgeSnapper snapper(graph, snapOptions);

    std::vector<access::SearchSource> sources;
    std::size_t facilities = 0;
    std::size_t unsnapped = 0;
    for (const project::Facility& f : project.facilities().items()) {
        if (f.categoryCode != categoryCode) continue;
        if (f.status != project::FacilityStatus::Existing
            && !(includePlanned && f.status == project::FacilityStatus::Planned))
            continue;
        ++facilities;
        const network::SnapResult snap = snapper.snap(f.position, kMaxSnapDistance);
        if (snap.isSnapped())
            sources.push_back(access::SearchSource::at(snap.position));
        else
            ++unsnapped;
    }

    const network::Seconds budget(minutes * 60.0);
    const access::NearestTimes times(
        graph, costs, std::vector<std::vector<access::SearchSource>>{sources}, budget);
    if (!times.isComplete()) throw CommandError("the search was cancelled");
    const std::span<const float> seconds = times.seconds(0);

    std::size_t reached = 0;
    csv << "node_id,seconds\r\n";
    for (std::size_t n = 0; n < graph.nodeCount(); ++n) {
        csv << n << ',';
        if (std::isfinite(seconds[n]) && seconds[n] <= budget.value()) {
            csv << std::fixed << std::setprecision(3) << seconds[n];
            ++reached;
        }
        csv << "\r\n";
    }
    csv.close();
    if (!csv) throw CommandError("cannot write '" + platform::utf8FromPath(output) + "'");

    out << "Category " << categoryCode << ", walk profile " << profile->code << ", " << minutes
        << " min: " << reached << " of " << graph.nodeCount() << " nodes reached from "
        << facilities << (includePlanned ? " existing and planned" : " existing") << " facilities, "
        << unsnapped << " not snapped to the street network (within " << kMaxSnapDistance.value()
        << " m)\n";
    if (facilities == 0)
        out << "No facility of category " << categoryCode
            << " in the project: every node is beyond reach\n";
    return 0;
}

}  // namespace yike::cli
