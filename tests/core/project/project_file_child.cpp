// SPDX-License-Identifier: GPL-3.0-or-later
// Helper program for the project store tests; each mode runs until the test kills it.
//   save-loop FILE                  open FILE for writing, print "ready", save generations forever
//   copy-loop FILE                  print "ready", writeCopy generations to FILE forever
//   hold FILE                       open FILE for writing, print "locked", wait
//   recover DIR ORIGINAL TITLE      autosave a project in a recovery session, print
//                                   "saved <file>", wait
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "core/platform/os_file.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"
#include "core/project/recovery.h"
#include "tests/core/project/sample_projects.h"

namespace {

using yike::project::ProjectFile;

[[noreturn]] void waitForever() {
    for (;;) std::this_thread::sleep_for(std::chrono::hours(1));
}

std::int64_t currentGeneration(const std::filesystem::path& file) {
    return yike::test::generationOf(ProjectFile::open(file, ProjectFile::Mode::ReadOnly)->load());
}

int run(int argc, char** argv) {
    // Arguments are UTF-8 text; paths are made from them the same way on every system.
    auto pathArg = [argv](int i) { return yike::platform::pathFromUtf8(argv[i]); };
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "save-loop" && argc == 3) {
        const auto file = ProjectFile::open(pathArg(2), ProjectFile::Mode::ReadWrite);
        std::int64_t generation = yike::test::generationOf(file->load());
        std::cout << "ready" << std::endl;
        for (;;) file->save(yike::test::crashTestState(++generation));
    }
    if (mode == "copy-loop" && argc == 3) {
        std::int64_t generation = currentGeneration(pathArg(2));
        std::cout << "ready" << std::endl;
        for (;;) ProjectFile::writeCopy(pathArg(2), yike::test::crashTestState(++generation));
    }
    if (mode == "hold" && argc == 3) {
        const auto file = ProjectFile::open(pathArg(2), ProjectFile::Mode::ReadWrite);
        std::cout << "locked" << std::endl;
        waitForever();
    }
    if (mode == "recover" && argc == 5) {
        yike::project::RecoverySession session(pathArg(2));
        yike::project::Project project = yike::test::fullSampleProject();
        project.setMetadataValue(yike::project::meta::kTitle, argv[4]);
        session.autosave(project, pathArg(3));
        std::cout << "saved " << yike::platform::utf8FromPath(session.file()) << std::endl;
        waitForever();
    }
    std::cerr << "usage: project_file_child save-loop|copy-loop|hold FILE"
                 " | recover DIR ORIGINAL TITLE\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        // The arguments in UTF-8 on every system (a Chinese title or path, for instance).
        std::vector<std::string> arguments = yike::platform::programArguments(argc, argv);
        std::vector<char*> utf8Argv{argv[0]};
        for (std::string& argument : arguments) utf8Argv.push_back(argument.data());
        return run(static_cast<int>(utf8Argv.size()), utf8Argv.data());
    } catch (const std::exception& e) {
        std::cerr << "project_file_child: " << e.what() << "\n";
        return 1;
    }
}
