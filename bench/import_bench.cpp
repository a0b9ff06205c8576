// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-import FILE: time and peak memory of the OpenStreetMap import, one file per
// process run so the peak memory belongs to that import alone.
// yike-bench-import --write-reversed FILE OUT: writes FILE with every object in reverse order
// (relations, ways, nodes, each by descending id), for timing the import of unsorted files.
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "bench/bench_util.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "tests/core/osm/osm_rewrite.h"

int main(int argc, char** argv) {
    if (argc == 4 && std::strcmp(argv[1], "--write-reversed") == 0) {
        if (!std::filesystem::exists(argv[2])) {
            std::printf("skipped: %s is absent\n", argv[2]);
            return 0;
        }
        yike::osm::test::writeReversed(argv[2], argv[3]);
        return 0;
    }
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE.osm.pbf | --write-reversed FILE OUT\n", argv[0]);
        return 2;
    }
    const std::filesystem::path file = argv[1];
    if (!std::filesystem::exists(file)) {
        std::printf("skipped: %s is absent\n", file.string().c_str());
        return 0;
    }
    yike::osm::ImportReport report;
    const double seconds = yike::bench::medianSeconds(3, [&] {
        yike::project::Project project = yike::project::Project::createDefault();
        report = yike::osm::importOsm(file, project);
    });
    const std::string name = file.filename().string();
    yike::bench::printFigure("import " + name + " (median of 3)", seconds, "s", "target <= 2 s");
    yike::bench::printFigure("import " + name + " peak memory", yike::bench::peakRssMiB(), "MiB",
                             "target <= 300 MB");
    std::printf("  %lld streets (%lld walkable), %lld buildings, %lld facilities, %lld compounds\n",
                static_cast<long long>(report.streets), static_cast<long long>(report.walkableStreets),
                static_cast<long long>(report.buildings), static_cast<long long>(report.facilities),
                static_cast<long long>(report.compounds));
    if (report.sortedInMemory)
        std::printf("  not sorted: read into memory and sorted (%.1f MiB of objects)\n",
                    static_cast<double>(report.memoryBytes) / (1024.0 * 1024.0));
    return 0;
}
