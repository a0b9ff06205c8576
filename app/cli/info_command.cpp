// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cctype>
#include <iomanip>
#include <string>

#include "app/cli/commands.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

/// The attribution is not among the summary facts, so it is read from the loaded project.
std::string attributionOf(const std::filesystem::path& file) {
    const auto opened = project::ProjectFile::open(file, project::ProjectFile::Mode::ReadOnly);
    return opened->load().metadataValue(project::meta::kAttribution);
}

void printCount(std::ostream& out, const char* layer, std::int64_t count) {
    out << "  " << std::left << std::setw(13) << layer << std::right << std::setw(8) << count
        << '\n';
}

}  // namespace

int runInfo(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"FILE"});
    const std::string& file = args.positionals().front();
    const project::ProjectInfo info = project::ProjectFile::inspect(platform::pathFromUtf8(file));
    const std::string attribution = attributionOf(platform::pathFromUtf8(file));

    out << "File: " << file << '\n';
    out << "Title: " << (info.title.empty() ? "(none)" : info.title) << '\n';
    out << "Region: " << (info.region.empty() ? "(none)" : info.region) << '\n';
    out << "Schema version: " << info.schemaVersion;
    if (!info.appVersion.empty()) out << " (written by Yike " << info.appVersion << ')';
    out << '\n';
    out << "Layers:\n";
    printCount(out, "facilities", info.facilities);
    printCount(out, "compounds", info.compounds);
    printCount(out, "gates", info.gates);
    printCount(out, "idle spaces", info.idleSpaces);
    printCount(out, "streets", info.streets);
    printCount(out, "water areas", info.waterAreas);
    printCount(out, "buildings", info.buildings);
    printCount(out, "green areas", info.greenAreas);
    printCount(out, "scenarios", info.scenarios);
    out << "Catalogue categories: " << info.categories << '\n';
    out << "Walk profiles: " << info.walkProfiles << '\n';
    out << "Study area: " << (info.hasStudyArea ? "yes" : "no") << '\n';
    if (info.bounds.isEmpty()) {
        out << "Bounds: (empty)\n";
    } else {
        out << std::fixed << std::setprecision(6) << "Bounds: lon " << info.bounds.minLon << " to "
            << info.bounds.maxLon << ", lat " << info.bounds.minLat << " to " << info.bounds.maxLat
            << '\n';
    }
    if (mentionsOpenStreetMap(attribution)) out << "Map data: © OpenStreetMap contributors\n";
    return 0;
}

}  // namespace yike::cli
