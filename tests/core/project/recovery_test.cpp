// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/recovery.h"

#include <chrono>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "core/platform/sqlite_util.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"
#include "tests/core/project/child_process.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project {
namespace {

namespace fs = std::filesystem;
using test::ChildProcess;
using test::ScratchDir;

/// Starts a helper that autosaves into `directory` and kills it; returns its recovery file.
fs::path crashSession(const fs::path& directory, const std::string& original,
                      const std::string& title) {
    ChildProcess child(
        {YIKE_PROJECT_FILE_CHILD, "recover", platform::utf8FromPath(directory), original, title});
    const std::optional<std::string> line = child.readLine();
    child.kill();
    const std::string prefix = "saved ";
    if (!line || line->rfind(prefix, 0) != 0) return {};
    return platform::pathFromUtf8(line->substr(prefix.size()));
}

TEST(RecoverySession, ListsTheFileOfAKilledSession) {
    const ScratchDir dir;
    const fs::path recovery = dir / "recovery";
    const fs::path crashed = crashSession(recovery, "/home/planner/新街口.yike", "新街口 2027");
    ASSERT_FALSE(crashed.empty()) << "the helper did not autosave";

    RecoverySession live(recovery);
    live.autosave(test::fullSampleProject(), dir / "live.yike");
    ASSERT_TRUE(fs::exists(live.file()));

    const std::vector<RecoveryEntry> orphans = RecoverySession::orphans(recovery);
    ASSERT_EQ(orphans.size(), 1u);  // the live session is not an orphan
    EXPECT_EQ(orphans[0].recoveryFile, crashed);
    EXPECT_EQ(orphans[0].originalPath, fs::path(u8"/home/planner/新街口.yike"));
    EXPECT_EQ(orphans[0].title, "新街口 2027");
    EXPECT_GT(orphans[0].savedAt.time_since_epoch().count(), 0);

    // The orphan is a complete project.
    Project expected = test::fullSampleProject();
    expected.setMetadataValue(meta::kTitle, "新街口 2027");
    EXPECT_TRUE(ProjectFile::open(orphans[0].recoveryFile, ProjectFile::Mode::ReadOnly)
                    ->load()
                    .sameContent(expected));

    RecoverySession::remove(orphans[0]);
    EXPECT_FALSE(fs::exists(crashed));
    EXPECT_TRUE(RecoverySession::orphans(recovery).empty());
    EXPECT_TRUE(fs::exists(live.file()));
}

TEST(RecoverySession, OrphansAreNewestFirst) {
    const ScratchDir dir;
    const fs::path recovery = dir / "recovery";
    const fs::path first = crashSession(recovery, "/a.yike", "A");
    const fs::path second = crashSession(recovery, "/b.yike", "B");
    ASSERT_FALSE(first.empty());
    ASSERT_FALSE(second.empty());
    // Fix the save times so the order does not depend on the clock.
    auto setSavedAt = [](const fs::path& file, const char* when) {
        auto db = test::openRaw(file);
        platform::exec(db.get(), std::string("UPDATE yike_metadata SET value = '") + when
                                     + "' WHERE key = 'recovery.saved_at'");
    };
    setSavedAt(first, "2026-05-02T10:00:00.000Z");
    setSavedAt(second, "2026-05-01T10:00:00.000Z");
    std::vector<RecoveryEntry> orphans = RecoverySession::orphans(recovery);
    ASSERT_EQ(orphans.size(), 2u);
    EXPECT_EQ(orphans[0].title, "A");
    EXPECT_EQ(orphans[1].title, "B");
    EXPECT_EQ(orphans[0].savedAt - orphans[1].savedAt, std::chrono::hours(24));
}

TEST(RecoverySession, DiscardsItsFileWhenItEnds) {
    const ScratchDir dir;
    fs::path file;
    {
        RecoverySession session(dir / "recovery");
        session.autosave(test::fullSampleProject(), {});
        file = session.file();
        EXPECT_TRUE(fs::exists(file));
        EXPECT_TRUE(fs::exists(test::withSuffix(file, ".lock")));
        session.discard();
        EXPECT_FALSE(fs::exists(file));
        session.autosave(test::fullSampleProject(), {});  // a later autosave starts again
        EXPECT_TRUE(fs::exists(file));
    }
    EXPECT_FALSE(fs::exists(file));
    EXPECT_FALSE(fs::exists(test::withSuffix(file, ".lock")));
    EXPECT_TRUE(RecoverySession::orphans(dir / "recovery").empty());
}

TEST(RecoverySession, LiveSessionCannotBeRemoved) {
    const ScratchDir dir;
    RecoverySession session(dir / "recovery");
    session.autosave(test::fullSampleProject(), "/x.yike");
    RecoveryEntry entry;
    entry.recoveryFile = session.file();
    try {
        RecoverySession::remove(entry);
        ADD_FAILURE() << "removed the file of a live session";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::InUse);
    }
    EXPECT_TRUE(fs::exists(session.file()));
}

TEST(RecoverySession, RefusesAnUnusableFolder) {
    const ScratchDir dir;
    test::writeFileBytes(dir / "file", "not a folder");
    try {
        RecoverySession session(dir / "file");
        ADD_FAILURE() << "used a file as the recovery folder";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::ReadOnly);
    }
}

}  // namespace
}  // namespace yike::project
