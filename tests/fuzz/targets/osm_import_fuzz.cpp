// SPDX-License-Identifier: GPL-3.0-or-later
// OpenStreetMap files of every format (XML, PBF, o5m, OPL, Overpass JSON, plain or compressed)
// through the import the workstation and yike-cli use, into a new project. The import reads a
// file, so each input is written to one first. OsmImportError is the import's answer to a bad
// file; anything else escaping is a finding.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path()
        / ("yike-fuzz-osm-" + std::to_string(::getpid()) + ".osm");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    yike::project::Project project = yike::project::Project::createDefault();
    try {
        (void)yike::osm::importOsm(file, project);
    } catch (const yike::osm::OsmImportError&) {
    }
    return 0;
}
