// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/migration.h"

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/project/project_file.h"
#include "core/project/sqlite_util.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project::detail {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

std::string schemaVersionIn(const fs::path& path) {
    auto db = test::openRaw(path, false);
    return queryText(db.get(), "SELECT value FROM yike_metadata WHERE key = 'schema_version'")
        .value_or("");
}

bool hasColumn(const fs::path& path, const std::string& table, const std::string& column) {
    auto db = test::openRaw(path, false);
    Statement info(db.get(), "PRAGMA table_info(\"" + table + "\")");
    while (info.step())
        if (info.columnText(1) == column) return true;
    return false;
}

MigrationStep addColourColumn() {
    return {1, 2, "scenario colours",
            [](sqlite3* db) { exec(db, "ALTER TABLE scenarios ADD COLUMN colour TEXT"); }};
}

MigrationStep setDefaultColour() {
    return {2, 3, "default colour",
            [](sqlite3* db) { exec(db, "UPDATE scenarios SET colour = '#1f78b4'"); }};
}

fs::path writeVersionOneFile(const ScratchDir& dir) {
    const fs::path path = dir / "old.yike";
    ProjectFile::writeCopy(path, test::fullSampleProject());
    return path;
}

TEST(MigrationRunner, BuiltinPlanTargetsTheCurrentVersion) {
    EXPECT_EQ(builtinMigrationPlan().targetVersion, ProjectFile::currentSchemaVersion());
    EXPECT_EQ(ProjectFile::currentSchemaVersion(), 1);
}

TEST(MigrationRunner, WritableOpenRunsEveryStep) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const MigrationPlan plan{3, {setDefaultColour(), addColourColumn()}};  // order does not matter

    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        EXPECT_EQ(file->schemaVersion(), 3);
        EXPECT_TRUE(file->load().sameContent(test::fullSampleProject()));
    }
    EXPECT_EQ(schemaVersionIn(path), "3");
    auto db = test::openRaw(path, false);
    EXPECT_EQ(queryText(db.get(), "SELECT DISTINCT colour FROM scenarios"), "#1f78b4");
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(MigrationRunner, FailingStepLeavesTheFileUntouched) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    MigrationStep failing{2, 3, "broken", [](sqlite3* db) {
                              exec(db, "UPDATE scenarios SET name = 'half done'");
                              throw std::runtime_error("disk says no");
                          }};
    const MigrationPlan plan{3, {addColourColumn(), failing}};
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        ADD_FAILURE() << "a failed migration opened the file";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::Corrupt);
        const std::string message = e.what();
        EXPECT_NE(message.find("migration 2 -> 3 (broken) failed: disk says no"), std::string::npos)
            << message;
        EXPECT_NE(message.find("old.yike"), std::string::npos) << message;
    }
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_FALSE(hasColumn(path, "scenarios", "colour"));  // step 1 -> 2 was rolled back too
    EXPECT_EQ(schemaVersionIn(path), "1");
    EXPECT_FALSE(fs::exists(test::withSuffix(path, ".lock")));
    // The file still opens with the built-in plan.
    EXPECT_NO_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite)->load());
}

TEST(MigrationRunner, MissingStepIsRefusedWithoutWriting) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    const MigrationPlan plan{3, {addColourColumn()}};
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        ADD_FAILURE() << "opened without a migration path";
    } catch (const ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("no migration from schema version 2"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(MigrationRunner, ReadOnlyOpenDoesNotMigrate) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    const MigrationPlan plan{2, {addColourColumn()}};
    const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadOnly, plan);
    EXPECT_EQ(file->schemaVersion(), 1);
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(MigrationRunner, RunsOnAConnectionInOneTransaction) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    auto db = test::openRaw(path);
    int calls = 0;
    MigrationStep counting{1, 2, "count", [&calls](sqlite3* connection) {
                               ++calls;
                               // Inside the runner's transaction, not in autocommit mode.
                               EXPECT_EQ(sqlite3_get_autocommit(connection), 0);
                           }};
    runMigrations(db.get(), 1, MigrationPlan{2, {counting}});
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(sqlite3_get_autocommit(db.get()), 1);
    EXPECT_EQ(queryText(db.get(), "SELECT value FROM yike_metadata WHERE key = 'schema_version'"),
              "2");
    runMigrations(db.get(), 2, MigrationPlan{2, {counting}});  // already there: nothing runs
    EXPECT_EQ(calls, 1);
    EXPECT_THROW(runMigrations(db.get(), 3, MigrationPlan{2, {}}), MigrationError);
}

}  // namespace
}  // namespace yike::project::detail
