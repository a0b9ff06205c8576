// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_file.h"

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "core/platform/sqlite_util.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project {
namespace {

namespace fs = std::filesystem;
using Code = ProjectError::Code;
using test::ScratchDir;

const char* codeName(Code code) {
    switch (code) {
        case Code::NotFound:
            return "NotFound";
        case Code::NotSqlite:
            return "NotSqlite";
        case Code::Corrupt:
            return "Corrupt";
        case Code::ForeignGeoPackage:
            return "ForeignGeoPackage";
        case Code::NotAProject:
            return "NotAProject";
        case Code::NewerVersion:
            return "NewerVersion";
        case Code::InUse:
            return "InUse";
        case Code::ReadOnly:
            return "ReadOnly";
        case Code::Io:
            return "Io";
    }
    return "?";
}

/// Opens `path` every way (writable, read-only, inspect) and checks each is refused with
/// `expected`, a one-line message naming the file, and no change to the file or its folder.
void expectRefused(const fs::path& path, Code expected) {
    SCOPED_TRACE(path.filename().string() + " should be refused with " + codeName(expected));
    const bool exists = fs::exists(path);
    const bool isFile = fs::is_regular_file(path);
    const std::uint64_t before = isFile ? test::fileHash(path) : 0;
    auto check = [&](const char* how, auto&& attempt) {
        try {
            attempt();
            ADD_FAILURE() << how << ": no error";
        } catch (const ProjectError& e) {
            const std::string message = e.what();
            EXPECT_EQ(codeName(e.code()), std::string(codeName(expected)))
                << how << ": " << message;
            EXPECT_NE(message.find(path.filename().string()), std::string::npos) << message;
            EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        } catch (const std::exception& e) {
            ADD_FAILURE() << how << ": not a ProjectError: " << e.what();
        }
        EXPECT_EQ(fs::exists(path), exists) << how;
        if (isFile) {
            EXPECT_EQ(test::fileHash(path), before) << how;
        }
        EXPECT_FALSE(fs::exists(test::withSuffix(path, ".lock"))) << how;
        EXPECT_FALSE(fs::exists(test::withSuffix(path, "-journal"))) << how;
    };
    check("read-write", [&] { ProjectFile::open(path, ProjectFile::Mode::ReadWrite); });
    check("read-only", [&] { ProjectFile::open(path, ProjectFile::Mode::ReadOnly); });
    check("inspect", [&] { ProjectFile::inspect(path); });
}

fs::path writeProject(const ScratchDir& dir, const std::string& name) {
    const fs::path path = dir / name;
    ProjectFile::writeCopy(path, test::fullSampleProject());
    return path;
}

TEST(ProjectFileErrors, RefusesTextFile) {
    const ScratchDir dir;
    test::writeFileBytes(dir / "notes.yike", "这不是一个项目文件\nplain text\n");
    expectRefused(dir / "notes.yike", Code::NotSqlite);
}

TEST(ProjectFileErrors, RefusesEmptyFile) {
    const ScratchDir dir;
    test::writeFileBytes(dir / "empty.yike", "");
    expectRefused(dir / "empty.yike", Code::NotSqlite);
}

TEST(ProjectFileErrors, RefusesRandomBytes) {
    const ScratchDir dir;
    std::mt19937_64 rng(test::testSeed());
    std::uniform_int_distribution<int> byte(0, 255);
    std::string noise(8192, '\0');
    for (char& c : noise) c = static_cast<char>(byte(rng));
    test::writeFileBytes(dir / "noise.yike", noise);
    expectRefused(dir / "noise.yike", Code::NotSqlite);

    // Random bytes behind a genuine SQLite magic: it claims to be a database but is not one.
    noise.replace(0, 16, std::string("SQLite format 3\0", 16));
    test::writeFileBytes(dir / "noise-with-magic.yike", noise);
    expectRefused(dir / "noise-with-magic.yike", Code::Corrupt);
}

TEST(ProjectFileErrors, RefusesTruncatedProject) {
    const ScratchDir dir;
    const fs::path whole = writeProject(dir, "whole.yike");
    const std::string bytes = test::readFileBytes(whole);
    ASSERT_GT(bytes.size(), 8u * 4096u);
    for (const std::size_t length :
         {std::size_t{100}, std::size_t{1000}, std::size_t{4096}, std::size_t{3 * 4096 + 17},
          bytes.size() / 2, bytes.size() - 4096, bytes.size() - 1}) {
        const fs::path cut = dir / ("cut-" + std::to_string(length) + ".yike");
        test::writeFileBytes(cut, bytes.substr(0, length));
        expectRefused(cut, Code::Corrupt);
    }
}

TEST(ProjectFileErrors, RefusesDamagedPages) {
    const ScratchDir dir;
    const fs::path whole = writeProject(dir, "whole.yike");
    const std::string bytes = test::readFileBytes(whole);
    const std::size_t pageSize = 4096;
    ASSERT_EQ(bytes.size() % pageSize, 0u);
    const std::size_t pages = bytes.size() / pageSize;
    // Every page but the first (whose damage may also hide the SQLite magic).
    for (std::size_t page = 1; page < pages; ++page) {
        std::string damaged = bytes;
        damaged.replace(page * pageSize, pageSize, std::string(pageSize, '\xA5'));
        const fs::path path = dir / ("page-" + std::to_string(page + 1) + ".yike");
        test::writeFileBytes(path, damaged);
        expectRefused(path, Code::Corrupt);
        fs::remove(path);
    }
    // A few bytes overwritten in the middle of the file, not a whole page.
    std::string damaged = bytes;
    damaged.replace(bytes.size() / 2 - 8, 16, std::string(16, '\xFF'));
    test::writeFileBytes(dir / "middle.yike", damaged);
    // Either the structure check or a read notices; both are refusals without writing.
    try {
        ProjectFile::open(dir / "middle.yike", ProjectFile::Mode::ReadWrite)->load();
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::Corrupt) << e.what();
    }
}

TEST(ProjectFileErrors, RefusesForeignGeoPackage) {
    const ScratchDir dir;
    const fs::path path = dir / "roads.gpkg";
    {
        auto db = platform::openDatabase(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        platform::exec(db.get(), R"sql(
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10300;
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84"]', NULL);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT
  (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE,
  max_y DOUBLE, srs_id INTEGER);
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
  m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
CREATE TABLE roads (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom LINESTRING, name TEXT);
INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('roads', 'features', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('roads', 'geom', 'LINESTRING', 4326, 0, 0);
INSERT INTO roads (name) VALUES ('中山路');
)sql");
    }
    expectRefused(path, Code::ForeignGeoPackage);
}

TEST(ProjectFileErrors, RefusesPlainSqliteDatabase) {
    const ScratchDir dir;
    const fs::path path = dir / "other.db";
    {
        auto db = platform::openDatabase(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        platform::exec(db.get(),
                       "CREATE TABLE yike_metadata (k, v); INSERT INTO yike_metadata VALUES (1, 2);"
                       "CREATE TABLE t (x); INSERT INTO t VALUES (42);");
    }
    expectRefused(path, Code::NotAProject);
}

TEST(ProjectFileErrors, RefusesNewerSchemaVersion) {
    const ScratchDir dir;
    const fs::path path = writeProject(dir, "future.yike");
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "UPDATE yike_metadata SET value = '99' WHERE key = 'schema_version';"
                       "UPDATE yike_metadata SET value = '9.0.0' WHERE key = 'app_version'");
    }
    expectRefused(path, Code::NewerVersion);
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.detail(), "9.0.0");
    }
}

TEST(ProjectFileErrors, RefusesFolderAndMissingFile) {
    const ScratchDir dir;
    fs::create_directories(dir / "folder.yike");
    expectRefused(dir / "folder.yike", Code::NotSqlite);
    expectRefused(dir / "missing.yike", Code::NotFound);
    EXPECT_FALSE(fs::exists(dir / "missing.yike"));  // open() never creates
}

TEST(ProjectFileErrors, RefusesProjectWithoutItsTables) {
    const ScratchDir dir;
    const fs::path path = writeProject(dir, "gutted.yike");
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(), "DROP TABLE gates");
    }
    expectRefused(path, Code::Corrupt);
}

/// Changes one value behind the store's back; load() must refuse it and name the row.
void expectLoadRefused(const std::string& tamper, const std::string& expectedInMessage) {
    SCOPED_TRACE(tamper);
    const ScratchDir dir;
    const fs::path path = writeProject(dir, "tampered.yike");
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(), tamper);
    }
    const std::uint64_t before = test::fileHash(path);
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite)->load();
        ADD_FAILURE() << "loaded a tampered file";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), Code::Corrupt) << e.what();
        EXPECT_NE(std::string(e.what()).find(expectedInMessage), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("tampered.yike"), std::string::npos) << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(ProjectFileErrors, RefusesUnknownCodesNamingTableAndRow) {
    expectLoadRefused("UPDATE facilities SET status = 'demolished' WHERE fid = 2",
                      "table facilities, row fid 2, column status: unknown code 'demolished'");
    expectLoadRefused("UPDATE gates SET kind = 'secret' WHERE fid = 1",
                      "table gates, row fid 1, column kind: unknown code 'secret'");
    expectLoadRefused("UPDATE idle_spaces SET kind = 'castle' WHERE fid = 2",
                      "table idle_spaces, row fid 2, column kind: unknown code 'castle'");
    expectLoadRefused("UPDATE standards_catalog SET area_kind = 'roof' WHERE fid = 1",
                      "table standards_catalog, row fid 1, column area_kind: unknown kind 'roof'");
}

TEST(ProjectFileErrors, RefusesBadValuesNamingTableAndRow) {
    expectLoadRefused(
        "UPDATE residential_compounds SET geom = x'47500003E6100000' WHERE fid = 1",
        "table residential_compounds, row fid 1, column geom: invalid GeoPackage geometry");
    expectLoadRefused("UPDATE facilities SET geom = NULL WHERE fid = 1",
                      "table facilities, row fid 1, column geom");
    expectLoadRefused(
        "UPDATE streets SET geom = (SELECT geom FROM facilities WHERE fid = 1) WHERE fid = 1",
        "table streets, row fid 1, column geom: expected a line string");
    expectLoadRefused(
        "UPDATE residential_compounds SET population = 'many' WHERE fid = 2",
        "table residential_compounds, row fid 2, column population: expected an integer");
    expectLoadRefused("UPDATE facilities SET attributes = '[1, 2]' WHERE fid = 1",
                      "table facilities, row fid 1, column attributes: expected a JSON object");
    expectLoadRefused("UPDATE gates SET compound_id = 77 WHERE fid = 2", "table gates, row fid 2");
    expectLoadRefused("INSERT INTO study_area (geom) SELECT geom FROM study_area",
                      "table study_area, row fid 2");
    expectLoadRefused("UPDATE standards_catalog SET sources = '{\"id\": 1}' WHERE fid = 1",
                      "table standards_catalog, row fid 1, column sources");
    expectLoadRefused("UPDATE standards_catalog SET area_source = '[\"Beijing\"]' WHERE fid = 1",
                      "table standards_catalog, row fid 1, column area_source");
    expectLoadRefused("UPDATE idle_spaces SET proposed_for = 'pharmacy' WHERE fid = 1",
                      "table idle_spaces, row fid 1, column proposed_for: expected a JSON array");
    expectLoadRefused("UPDATE idle_spaces SET proposed_for = '[1]' WHERE fid = 1",
                      "table idle_spaces, row fid 1, column proposed_for");
    expectLoadRefused("UPDATE yike_metadata SET value = 'soon' WHERE key = 'next_id.gates'",
                      "next_id.gates");
}

TEST(ProjectFileErrors, RefusesBadPrintLayoutRows) {
    expectLoadRefused("UPDATE print_layouts SET name = '' WHERE fid = 2",
                      "table print_layouts, row fid 2, column name: is empty");
    expectLoadRefused("UPDATE print_layouts SET kind = '' WHERE fid = 1",
                      "table print_layouts, row fid 1, column kind: is empty");
    // A text column holds a blob when another program wrote one there.
    expectLoadRefused("UPDATE print_layouts SET definition = x'7B7D' WHERE fid = 1",
                      "table print_layouts, row fid 1, column definition: expected text");
    // The byte ff is never part of UTF-8.
    expectLoadRefused("UPDATE print_layouts SET definition = CAST(x'7B2261223A22FF227D' AS TEXT)"
                      " WHERE fid = 2",
                      "table print_layouts, row fid 2: print layout 'Annual report': its "
                      "definition is not UTF-8");
    // 图 and then a UTF-16 surrogate (ed a0 80), which UTF-8 never holds.
    expectLoadRefused("UPDATE print_layouts SET name = CAST(x'E59BBEEDA080' AS TEXT) WHERE fid = 1",
                      "table print_layouts, row fid 1: print layout name that is not UTF-8");

    // Our table forbids these; a copy rebuilt by another program may not.
    const std::string rebuilt =
        "DROP TABLE print_layouts;"
        "CREATE TABLE print_layouts (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT,"
        " kind TEXT, definition TEXT);";
    expectLoadRefused(rebuilt
                          + "INSERT INTO print_layouts (name, kind, definition) VALUES"
                            " ('导览图', 'guide_map', '{}'), ('导览图', 'report', '{}');",
                      "table print_layouts, row fid 2: a second print layout called '导览图'");
    expectLoadRefused(rebuilt
                          + "INSERT INTO print_layouts (name, kind, definition) VALUES"
                            " ('导览图', 'guide_map', NULL);",
                      "table print_layouts, row fid 1, column definition: expected text");
    expectLoadRefused(rebuilt
                          + "INSERT INTO print_layouts (name, kind, definition) VALUES"
                            " (NULL, 'guide_map', '{}');",
                      "table print_layouts, row fid 1, column name: is empty");
}

TEST(ProjectFileErrors, RefusesBadCircleRows) {
    // In the sample, fid 1 is an area circle, fid 2 a centre at a facility, fid 3 at a point.
    expectLoadRefused("UPDATE circles SET name = '' WHERE fid = 2",
                      "table circles, row fid 2, column name: is empty");
    expectLoadRefused("UPDATE circles SET name = '  ' WHERE fid = 2",
                      "table circles, row fid 2: living circle without a name");
    expectLoadRefused("UPDATE circles SET kind = 'ring' WHERE fid = 1",
                      "table circles, row fid 1, column kind: unknown code 'ring'");
    expectLoadRefused("UPDATE circles SET kind = 'Area' WHERE fid = 1",
                      "table circles, row fid 1, column kind: unknown code 'Area'");
    expectLoadRefused("UPDATE circles SET minutes = 'fifteen' WHERE fid = 2",
                      "table circles, row fid 2, column minutes: expected a number");
    expectLoadRefused("UPDATE circles SET minutes = 0 WHERE fid = 2",
                      "table circles, row fid 2: living circle 'Clinic walk': a walk of 0 minutes");
    expectLoadRefused(
        "UPDATE circles SET minutes = -10 WHERE fid = 2",
        "table circles, row fid 2: living circle 'Clinic walk': a walk of -10 minutes");
    expectLoadRefused("UPDATE circles SET satisfaction_percent = 'high' WHERE fid = 1",
                      "table circles, row fid 1, column satisfaction_percent: expected a number");
    expectLoadRefused("UPDATE circles SET satisfaction_percent = 120 WHERE fid = 1",
                      "table circles, row fid 1: living circle '汉中路社区': a satisfaction of "
                      "120 %; it must be 0 .. 100");
    expectLoadRefused("UPDATE circles SET households = 'many' WHERE fid = 1",
                      "table circles, row fid 1, column households: expected an integer");
    expectLoadRefused("UPDATE circles SET households = 12.5 WHERE fid = 1",
                      "table circles, row fid 1, column households: expected an integer");
    expectLoadRefused("UPDATE circles SET households = -3 WHERE fid = 3",
                      "table circles, row fid 3: living circle '新街口广场': -3 households");
    expectLoadRefused("UPDATE circles SET centre_facility = 'clinic' WHERE fid = 2",
                      "table circles, row fid 2, column centre_facility: expected an integer");
    expectLoadRefused("UPDATE circles SET centre_lat = NULL WHERE fid = 3",
                      "table circles, row fid 3, column centre_lat: is empty, but the other "
                      "coordinate is not");
    expectLoadRefused("UPDATE circles SET centre_lon = 'east' WHERE fid = 3",
                      "table circles, row fid 3, column centre_lon: expected a number");
    // What kind says and what the row holds must agree.
    expectLoadRefused("UPDATE circles SET geom = NULL WHERE fid = 1",
                      "table circles, row fid 1: living circle '汉中路社区': an area circle needs "
                      "an outline");
    expectLoadRefused("UPDATE circles SET centre_facility = NULL WHERE fid = 2",
                      "table circles, row fid 2: living circle 'Clinic walk': a centre circle "
                      "needs a facility or a point");
    expectLoadRefused("UPDATE circles SET centre_facility = 1 WHERE fid = 3",
                      "table circles, row fid 3: living circle '新街口广场': a centre circle has a "
                      "facility or a point, not both");
    expectLoadRefused(
        "UPDATE circles SET kind = 'centre' WHERE fid = 1",
        "table circles, row fid 1: living circle '汉中路社区': a centre circle has no "
        "outline");
    expectLoadRefused(
        "UPDATE circles SET geom = (SELECT geom FROM facilities WHERE fid = 1)"
        " WHERE fid = 1",
        "table circles, row fid 1, column geom: expected a polygon or a multipolygon");
    expectLoadRefused("UPDATE circles SET geom = x'47500003E6100000' WHERE fid = 1",
                      "table circles, row fid 1, column geom: invalid GeoPackage geometry");

    // Our table forbids these; a copy rebuilt by another program may not.
    const std::string rebuilt =
        "DROP TABLE circles;"
        "CREATE TABLE circles (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,"
        " name TEXT, kind TEXT, centre_facility INTEGER, centre_lon REAL, centre_lat REAL,"
        " profile TEXT, minutes REAL, satisfaction_percent REAL, households INTEGER, notes TEXT);";
    expectLoadRefused(rebuilt
                          + "INSERT INTO circles (name, kind, centre_facility) VALUES"
                            " ('卫生站', 'centre', 1), ('卫生站', 'centre', 2);",
                      "table circles, row fid 2: a second living circle called '卫生站'");
    expectLoadRefused(rebuilt
                          + "INSERT INTO circles (name, kind, centre_facility) VALUES"
                            " (NULL, 'centre', 1);",
                      "table circles, row fid 1, column name: is empty");
    expectLoadRefused(rebuilt
                          + "INSERT INTO circles (name, kind, centre_facility) VALUES"
                            " ('卫生站', NULL, 1);",
                      "table circles, row fid 1, column kind: is empty");
    expectLoadRefused(rebuilt
                          + "INSERT INTO circles (name, kind, centre_facility) VALUES"
                            " (x'E58DAB', 'centre', 1);",
                      "table circles, row fid 1, column name: expected text");
}

}  // namespace
}  // namespace yike::project
