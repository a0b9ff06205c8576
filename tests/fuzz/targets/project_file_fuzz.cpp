// SPDX-License-Identifier: GPL-3.0-or-later
// Project files from anyone: any bytes as a .yike file, opened as the workstation opens it
// (summary first, then read-only and for writing, which may migrate it) and loaded. SQLite's
// own checks, ours on the schema, the application id and every geometry blob stand between
// the bytes and the project. ProjectError is the answer to a bad file; anything else escaping
// is a finding.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/project/project.h"
#include "core/project/project_file.h"
#include "tests/fuzz/fuzz_target.h"

namespace {

void write(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using yike::project::ProjectFile;
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path()
                 / ("yike-fuzz-project-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    const std::filesystem::path file = dir / "input.yike";
    std::filesystem::remove(dir / "input.yike-journal");
    write(file, data, size);
    try {
        (void)ProjectFile::inspect(file);
    } catch (const yike::project::ProjectError&) {
    }
    try {
        (void)ProjectFile::open(file, ProjectFile::Mode::ReadOnly)->load();
    } catch (const yike::project::ProjectError&) {
    }
    try {
        // Writable: a file of an older schema is migrated, then loaded and saved back.
        auto opened = ProjectFile::open(file, ProjectFile::Mode::ReadWrite);
        yike::project::Project project = opened->load();
        opened->save(project);
    } catch (const yike::project::ProjectError&) {
    }
    return 0;
}
