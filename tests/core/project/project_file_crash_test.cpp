// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_file.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "tests/core/project/child_process.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project {
namespace {

namespace fs = std::filesystem;
using test::ChildProcess;
using test::ScratchDir;

constexpr int kIterations = 40;
constexpr int kMaxDelayMicroseconds = 30000;

/// Opens the file as the next session would and checks it holds exactly one whole state.
void expectWholeState(const fs::path& path, ProjectFile::Mode mode, int iteration) {
    SCOPED_TRACE("iteration " + std::to_string(iteration));
    Project loaded;
    try {
        loaded = ProjectFile::open(path, mode)->load();
    } catch (const ProjectError& e) {
        FAIL() << "the file cannot be opened after the kill: " << e.what();
    }
    const std::int64_t generation = test::generationOf(loaded);
    ASSERT_GE(generation, 0);
    EXPECT_TRUE(loaded.sameContent(test::crashTestState(generation)))
        << "generation " << generation << " is not exactly state " << (generation % 2 ? "B" : "A")
        << " (" << loaded.facilities().size() << " facilities, " << loaded.streets().size()
        << " streets)";
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(ProjectFileCrash, KillDuringSaveLeavesOldOrNewState) {
    const ScratchDir dir;
    const fs::path path = dir / "crash.yike";
    ProjectFile::create(path, test::crashTestState(0)).reset();
    const std::uint64_t seed = test::testSeed();
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMicroseconds);
    int killedMidTransaction = 0;
    std::int64_t lastGeneration = 0;
    for (int i = 0; i < kIterations; ++i) {
        {
            ChildProcess child({YIKE_PROJECT_FILE_CHILD, "save-loop", path.string()});
            ASSERT_EQ(child.readLine(), "ready") << "the helper did not start";
            std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
            child.kill();
        }
        if (fs::exists(test::withSuffix(path, "-journal"))) ++killedMidTransaction;
        // The next session rolls back a hot journal, whether it opens for writing or not.
        expectWholeState(
            path, i % 2 == 0 ? ProjectFile::Mode::ReadWrite : ProjectFile::Mode::ReadOnly, i);
        if (HasFatalFailure()) return;
        lastGeneration =
            test::generationOf(ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load());
    }
    std::cout << "[ info ] " << killedMidTransaction << " of " << kIterations
              << " kills left a journal behind; last generation " << lastGeneration << "\n";
}

TEST(ProjectFileCrash, KillDuringWriteCopyLeavesOldOrNewFile) {
    const ScratchDir dir;
    const fs::path path = dir / "copy.yike";
    ProjectFile::writeCopy(path, test::crashTestState(0));
    const std::uint64_t seed = test::testSeed() + 1;
    SCOPED_TRACE("seed " + std::to_string(seed));
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<int> delay(0, kMaxDelayMicroseconds);
    int leftovers = 0;
    for (int i = 0; i < kIterations; ++i) {
        {
            ChildProcess child({YIKE_PROJECT_FILE_CHILD, "copy-loop", path.string()});
            ASSERT_EQ(child.readLine(), "ready") << "the helper did not start";
            std::this_thread::sleep_for(std::chrono::microseconds(delay(rng)));
            child.kill();
        }
        for (const auto& entry : fs::directory_iterator(dir.path()))
            if (entry.path().filename().string().rfind(".copy.yike.tmp-", 0) == 0) ++leftovers;
        expectWholeState(path, ProjectFile::Mode::ReadOnly, i);
        if (HasFatalFailure()) return;
    }
    std::cout << "[ info ] temporary files left by kills: " << leftovers << "\n";
    // The next successful write removes whatever the killed writers left.
    ProjectFile::writeCopy(path, test::crashTestState(1000));
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename(), "copy.yike") << "left behind: " << entry.path();
}

TEST(ProjectFileLock, AnotherProcessHoldsTheLockUntilItDies) {
    const ScratchDir dir;
    const fs::path path = dir / "held.yike";
    const Project project = test::fullSampleProject();
    ProjectFile::writeCopy(path, project);
    ChildProcess child({YIKE_PROJECT_FILE_CHILD, "hold", path.string()});
    ASSERT_EQ(child.readLine(), "locked");

    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        ADD_FAILURE() << "opened a file another process holds";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::InUse);
        EXPECT_NE(e.detail().find("pid " + std::to_string(child.pid())), std::string::npos)
            << e.detail();
        EXPECT_NE(std::string(e.what()).find(e.detail()), std::string::npos) << e.what();
    }
    EXPECT_TRUE(ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load().sameContent(project));

    child.kill();  // SIGKILL: no destructor runs, the lock file stays behind
    EXPECT_TRUE(fs::exists(test::withSuffix(path, ".lock")));
    const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
    EXPECT_TRUE(file->load().sameContent(project));
}

}  // namespace
}  // namespace yike::project
