// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include "app/cli/commands.h"
#include "core/osm/osm_import.h"
#include "core/platform/os_file.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

geo::BoundingBox parseBbox(const std::string& text) {
    double v[4];
    std::istringstream in(text);
    char comma = 0;
    for (int i = 0; i < 4; ++i) {
        if (!(in >> v[i])) throw UsageError("--bbox expects MINLON,MINLAT,MAXLON,MAXLAT");
        if (i < 3 && (!(in >> comma) || comma != ','))
            throw UsageError("--bbox expects MINLON,MINLAT,MAXLON,MAXLAT");
    }
    if (in >> comma) throw UsageError("--bbox expects MINLON,MINLAT,MAXLON,MAXLAT");
    const geo::BoundingBox box{v[0], v[1], v[2], v[3]};
    if (box.isEmpty() || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90)
        throw UsageError("--bbox must give MINLON < MAXLON and MINLAT < MAXLAT in degrees");
    return box;
}

/// "reading 42%" on standard error, redrawn in place on a terminal, every 10 % otherwise.
class ProgressLine {
public:
    ProgressLine() : m_tty(platform::isTerminal(stderr)) {}
    void update(double fraction) {
        const int percent = static_cast<int>(fraction * 100.0);
        if (percent == m_last || (!m_tty && percent / 10 == m_last / 10)) return;
        m_last = percent;
        std::fprintf(stderr, m_tty ? "\rreading %3d%%" : "reading %3d%%\n", percent);
    }
    ~ProgressLine() {
        if (m_tty && m_last >= 0) std::fprintf(stderr, "\n");
    }

private:
    bool m_tty;
    int m_last = -1;
};

}  // namespace

int runImportOsm(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"FILE"});
    const std::filesystem::path input = platform::pathFromUtf8(args.positionals().front());
    const std::filesystem::path output = platform::pathFromUtf8(args.required("--out"));
    osm::ImportOptions options;
    if (const auto bbox = args.value("--bbox")) options.bbox = parseBbox(*bbox);
    std::optional<osm::PoiRules> table;
    if (const auto path = args.value("--poi-table")) {
        std::ifstream file(platform::pathFromUtf8(*path), std::ios::binary);
        if (!file) throw CommandError("cannot read the tag table '" + *path + "'");
        std::ostringstream text;
        text << file.rdbuf();
        table = osm::PoiRules::parse(text.str());
        options.poiRules = &*table;
    }
    std::error_code error;
    if (std::filesystem::exists(std::filesystem::symlink_status(output, error))
        && !args.has("--force"))
        throw CommandError("'" + platform::utf8FromPath(output)
                           + "' already exists (use --force to replace it)");

    project::Project project = project::Project::createDefault();
    project.setMetadataValue(project::meta::kTitle, platform::utf8FromPath(input.stem().stem()));
    osm::ImportReport report;
    {
        ProgressLine progress;
        options.progress = [&](double f) { progress.update(f); };
        report = osm::importOsm(input, project, options);
    }
    project::ProjectFile::writeCopy(output, project);

    out << "Imported " << platform::utf8FromPath(input) << " (" << report.format << ") into "
        << platform::utf8FromPath(output) << "\n"
        << "  streets:     " << report.streets << " (" << report.walkableStreets << " walkable)\n"
        << "  buildings:   " << report.buildings << "\n"
        << "  compounds:   " << report.compounds << " with " << report.gates << " gates\n"
        << "  facilities:  " << report.facilities << " (" << report.poisUnmapped
        << " points of interest matched no category)\n"
        << "  water areas: " << report.waterAreas << "\n"
        << "  green areas: " << report.greenAreas << "\n";
    if (report.waysWithMissingNodes + report.waysDropped + report.outsideBbox + report.areaProblems
        > 0)
        out << "  skipped:     " << report.waysWithMissingNodes << " ways with missing nodes ("
            << report.waysDropped << " dropped), " << report.outsideBbox << " objects outside the box, "
            << report.areaProblems << " areas that could not be assembled\n";
    if (report.deletedObjects + report.duplicateObjects + report.otherElementsSkipped > 0)
        out << "  left out:    " << report.deletedObjects << " objects marked deleted, "
            << report.duplicateObjects << " older copies of repeated objects, "
            << report.otherElementsSkipped << " Overpass elements that are not map objects\n";
    for (const std::string& w : report.warnings) out << "  note: " << w << "\n";
    out << "Map data © OpenStreetMap contributors (ODbL)\n";
    return 0;
}

}  // namespace yike::cli
