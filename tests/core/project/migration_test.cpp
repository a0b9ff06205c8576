// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/migration.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/catalog/catalog.h"
#include "core/platform/sqlite_util.h"
#include "core/project/project_file.h"
#include "tests/core/project/sample_projects.h"
#include "tests/core/project/test_files.h"
#include "tests/support/test_data.h"

namespace yike::project::detail {
namespace {

namespace fs = std::filesystem;
using test::ScratchDir;

std::string schemaVersionIn(const fs::path& path) {
    auto db = test::openRaw(path, false);
    return platform::queryText(db.get(),
                               "SELECT value FROM yike_metadata WHERE key = 'schema_version'")
        .value_or("");
}

std::vector<std::string> columnsIn(const fs::path& path, const std::string& table) {
    auto db = test::openRaw(path, false);
    platform::Statement info(db.get(), "PRAGMA table_info(\"" + table + "\")");
    std::vector<std::string> columns;
    while (info.step()) columns.push_back(info.columnText(1));
    return columns;
}

bool hasColumn(const fs::path& path, const std::string& table, const std::string& column) {
    const std::vector<std::string> columns = columnsIn(path, table);
    return std::find(columns.begin(), columns.end(), column) != columns.end();
}

/// The version the built-in plan migrates to, as yike_metadata holds it.
std::string currentVersionText() {
    return std::to_string(ProjectFile::currentSchemaVersion());
}

// Test steps that continue from the built-in plan's last version (6).
MigrationStep builtinStep(std::size_t i) {
    return builtinMigrationPlan().steps.at(i);
}

MigrationStep addColourColumn() {
    return {6, 7, "scenario colours", [](sqlite3* db) {
                platform::exec(db, "ALTER TABLE scenarios ADD COLUMN colour TEXT");
            }};
}

MigrationStep setDefaultColour() {
    return {7, 8, "default colour",
            [](sqlite3* db) { platform::exec(db, "UPDATE scenarios SET colour = '#1f78b4'"); }};
}

std::vector<std::string> tablesIn(sqlite3* db, const std::string& where) {
    std::vector<std::string> names;
    platform::Statement s(db,
                          "SELECT name FROM sqlite_master WHERE type = 'table'"
                          " AND name NOT LIKE 'sqlite_%'"
                              + where + " ORDER BY name");
    while (s.step()) names.push_back(s.columnText(0));
    return names;
}

std::vector<std::string> registeredLayers(sqlite3* db) {
    std::vector<std::string> names;
    platform::Statement s(db, "SELECT table_name FROM gpkg_contents ORDER BY table_name");
    while (s.step()) names.push_back(s.columnText(0));
    return names;
}

/// The tables of a schema-version-1 file, as Yike 0.1 wrote them.
const std::vector<std::string> kVersionOneTables = {
    "buildings", "facilities", "gates", "gpkg_contents", "gpkg_geometry_columns",
    "gpkg_spatial_ref_sys", "idle_spaces", "residential_compounds", "scenarios",
    "standards_catalog", "streets", "study_area", "walk_profiles", "water_areas",
    "yike_analysis_cache", "yike_metadata"};

/// Removes one of our tables with its registrations and id counter.
void dropProjectTable(sqlite3* db, const std::string& table) {
    platform::exec(db, "DROP TABLE " + table + ";"
             "DELETE FROM gpkg_geometry_columns WHERE table_name = '" + table + "';"
             "DELETE FROM gpkg_contents WHERE table_name = '" + table + "';"
             "DELETE FROM yike_metadata WHERE key = 'next_id." + table + "';");
}

/**
 * A file with the version-5 schema. Version 6 only added the circles feature table (with its
 * registrations), so a version-5 file is a current file of a project without living circles
 * with that table removed.
 */
fs::path writeVersionFiveFile(const ScratchDir& dir, const Project& project) {
    const fs::path path = dir / "old.yike";
    ProjectFile::writeCopy(path, project);
    auto db = test::openRaw(path);
    dropProjectTable(db.get(), "circles");
    platform::exec(db.get(),
                   "UPDATE yike_metadata SET value = '5' WHERE key = 'schema_version';"
                   "VACUUM;");
    return path;
}

/**
 * A file with the version-4 schema. Version 5 only added the print_layouts table (with its
 * registration), so a version-4 file is a version-5 file of a project without print layouts
 * with that table removed.
 */
fs::path writeVersionFourFile(const ScratchDir& dir, const Project& project) {
    const fs::path path = writeVersionFiveFile(dir, project);
    auto db = test::openRaw(path);
    dropProjectTable(db.get(), "print_layouts");
    platform::exec(db.get(),
                   "UPDATE yike_metadata SET value = '4' WHERE key = 'schema_version';"
                   "VACUUM;");
    return path;
}

/**
 * A file with the version-3 schema. Version 4 only added four columns to standards_catalog
 * (max_area_m2, area_kind, area_source, siting) and two to idle_spaces (has_lift,
 * proposed_for), so a version-3 file is a version-4 file of a project without those with
 * exactly these columns removed.
 */
fs::path writeVersionThreeFile(const ScratchDir& dir, const Project& project) {
    const fs::path path = writeVersionFourFile(dir, project);
    auto db = test::openRaw(path);
    platform::exec(db.get(),
                   "ALTER TABLE standards_catalog DROP COLUMN max_area_m2;"
                   "ALTER TABLE standards_catalog DROP COLUMN area_kind;"
                   "ALTER TABLE standards_catalog DROP COLUMN area_source;"
                   "ALTER TABLE standards_catalog DROP COLUMN siting;"
                   "ALTER TABLE idle_spaces DROP COLUMN has_lift;"
                   "ALTER TABLE idle_spaces DROP COLUMN proposed_for;"
                   "UPDATE yike_metadata SET value = '3' WHERE key = 'schema_version';"
                   "VACUUM;");
    return path;
}

/**
 * A file with the version-2 schema. Version 3 only added the population tables (with their
 * registrations and id counters) and residential_compounds.plot_ratio, so a version-2 file is a
 * version-3 file of a project without grids or plot ratios with exactly those removed.
 */
fs::path writeVersionTwoFile(const ScratchDir& dir, const Project& project) {
    const fs::path path = writeVersionThreeFile(dir, project);
    auto db = test::openRaw(path);
    dropProjectTable(db.get(), "population_cells");
    dropProjectTable(db.get(), "population_grids");
    platform::exec(db.get(),
                   "ALTER TABLE residential_compounds DROP COLUMN plot_ratio;"
                   "UPDATE yike_metadata SET value = '2' WHERE key = 'schema_version';"
                   "VACUUM;");
    return path;
}

/**
 * A file with the version-1 schema: version 2 only added the green_areas table, so it is a
 * version-2 file of a project without green areas with that table removed; the layout is
 * checked against kVersionOneTables.
 */
fs::path writeVersionOneFile(const ScratchDir& dir) {
    const fs::path path = writeVersionTwoFile(dir, test::versionOneSampleProject());
    auto db = test::openRaw(path);
    dropProjectTable(db.get(), "green_areas");
    platform::exec(db.get(),
                   "UPDATE yike_metadata SET value = '1' WHERE key = 'schema_version';"
                   "VACUUM;");
    EXPECT_EQ(tablesIn(db.get(), ""), kVersionOneTables);
    EXPECT_EQ(registeredLayers(db.get()).size(), 11u);
    return path;
}

/**
 * What the 3 -> 4 step gives the categories of `project` that the built-in catalogue has: its
 * largest area, area kind, area source and siting rule. The sample's clinic states a minimum
 * of its own, so that stays.
 */
Project withShippedAreas(Project project) {
    std::vector<catalog::Category> categories = project.catalog().categories();
    for (catalog::Category& c : categories) {
        const catalog::Category* shipped = catalog::builtinCatalog().find(c.code);
        if (shipped == nullptr) continue;
        c.maxAreaM2 = shipped->maxAreaM2;
        c.areaKind = shipped->areaKind;
        c.areaSource = shipped->areaSource;
        c.siting = shipped->siting;
    }
    project.setCatalog(catalog::Catalog(std::move(categories)));
    return project;
}

/// A read-only open reads an older file as it is: its version, its content, not a byte changed.
void expectReadAsItIs(const fs::path& path, int version, const Project& expected) {
    const std::uint64_t before = test::fileHash(path);
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
        EXPECT_EQ(file->schemaVersion(), version);
        EXPECT_TRUE(file->load().sameContent(expected));
    }
    EXPECT_EQ(test::fileHash(path), before);
}

/**
 * A file of `version` in which the user made a table called `table` (the SQL `userTable`), the
 * name a migration gives a new table of ours: a writable open refuses to migrate, naming the
 * table, and changes nothing; the file still reads as it is.
 */
void expectMigrationStopsAtUsersTable(const fs::path& path, const std::string& table,
                                      const std::string& userTable, int version,
                                      const Project& expected) {
    platform::exec(test::openRaw(path).get(), userTable);
    const std::uint64_t before = test::fileHash(path);
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        ADD_FAILURE() << "migrated over a table of the user's";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::Corrupt);
        EXPECT_NE(std::string(e.what()).find("already has a table named " + table),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(schemaVersionIn(path), std::to_string(version));
    // A table of that name is not ours in a file of that version.
    expectReadAsItIs(path, version, expected);
}

TEST(MigrationRunner, BuiltinPlanTargetsTheCurrentVersion) {
    EXPECT_EQ(builtinMigrationPlan().targetVersion, ProjectFile::currentSchemaVersion());
    EXPECT_EQ(ProjectFile::currentSchemaVersion(), 6);
    ASSERT_EQ(builtinMigrationPlan().steps.size(), 5u);
    EXPECT_EQ(builtinMigrationPlan().steps[0].from, 1);
    EXPECT_EQ(builtinMigrationPlan().steps[0].to, 2);
    EXPECT_EQ(builtinMigrationPlan().steps[1].from, 2);
    EXPECT_EQ(builtinMigrationPlan().steps[1].to, 3);
    EXPECT_EQ(builtinMigrationPlan().steps[2].from, 3);
    EXPECT_EQ(builtinMigrationPlan().steps[2].to, 4);
    EXPECT_EQ(builtinMigrationPlan().steps[3].from, 4);
    EXPECT_EQ(builtinMigrationPlan().steps[3].to, 5);
    EXPECT_EQ(builtinMigrationPlan().steps[4].from, 5);
    EXPECT_EQ(builtinMigrationPlan().steps[4].to, 6);
}

TEST(MigrationRunner, WritableOpenRunsEveryStep) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    // The order of the steps in a plan does not matter.
    const MigrationPlan plan{8,
                             {setDefaultColour(), builtinStep(1), builtinStep(4), addColourColumn(),
                              builtinStep(3), builtinStep(2), builtinStep(0)}};

    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        EXPECT_EQ(file->schemaVersion(), 8);
        EXPECT_TRUE(file->load().sameContent(withShippedAreas(test::versionOneSampleProject())));
    }
    EXPECT_EQ(schemaVersionIn(path), "8");
    auto db = test::openRaw(path, false);
    EXPECT_EQ(platform::queryText(db.get(), "SELECT DISTINCT colour FROM scenarios"), "#1f78b4");
    EXPECT_EQ(test::integrityCheck(path), "ok");
}

TEST(MigrationRunner, FailingStepLeavesTheFileUntouched) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    MigrationStep failing{7, 8, "broken", [](sqlite3* db) {
                              platform::exec(db, "UPDATE scenarios SET name = 'half done'");
                              throw std::runtime_error("disk says no");
                          }};
    const MigrationPlan plan{8,
                             {builtinStep(0), builtinStep(1), builtinStep(2), builtinStep(3),
                              builtinStep(4), addColourColumn(), failing}};
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        ADD_FAILURE() << "a failed migration opened the file";
    } catch (const ProjectError& e) {
        EXPECT_EQ(e.code(), ProjectError::Code::Corrupt);
        const std::string message = e.what();
        EXPECT_NE(message.find("migration 7 -> 8 (broken) failed: disk says no"), std::string::npos)
            << message;
        EXPECT_NE(message.find("old.yike"), std::string::npos) << message;
    }
    EXPECT_EQ(test::fileHash(path), before);
    // The earlier steps were rolled back too.
    EXPECT_FALSE(hasColumn(path, "scenarios", "colour"));
    EXPECT_FALSE(hasColumn(path, "green_areas", "kind"));
    EXPECT_FALSE(hasColumn(path, "residential_compounds", "plot_ratio"));
    EXPECT_FALSE(hasColumn(path, "idle_spaces", "has_lift"));
    EXPECT_FALSE(hasColumn(path, "print_layouts", "definition"));
    EXPECT_FALSE(hasColumn(path, "circles", "satisfaction_percent"));
    EXPECT_EQ(schemaVersionIn(path), "1");
    EXPECT_FALSE(fs::exists(test::withSuffix(path, ".lock")));
    // The file still opens with the built-in plan.
    EXPECT_NO_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite)->load());
}

TEST(MigrationRunner, MissingStepIsRefusedWithoutWriting) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    const MigrationPlan plan{8,
                             {builtinStep(0), builtinStep(1), builtinStep(2), builtinStep(3),
                              builtinStep(4), addColourColumn()}};
    try {
        ProjectFile::open(path, ProjectFile::Mode::ReadWrite, plan);
        ADD_FAILURE() << "opened without a migration path";
    } catch (const ProjectError& e) {
        EXPECT_NE(std::string(e.what()).find("no migration from schema version 7"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(test::fileHash(path), before);
}

TEST(MigrationRunner, ReadOnlyOpenDoesNotMigrate) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    const MigrationPlan plan{7,
                             {builtinStep(0), builtinStep(1), builtinStep(2), builtinStep(3),
                              builtinStep(4), addColourColumn()}};
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
    EXPECT_EQ(platform::queryText(db.get(),
                                  "SELECT value FROM yike_metadata WHERE key = 'schema_version'"),
              "2");
    runMigrations(db.get(), 2, MigrationPlan{2, {counting}});  // already there: nothing runs
    EXPECT_EQ(calls, 1);
    EXPECT_THROW(runMigrations(db.get(), 3, MigrationPlan{2, {}}), MigrationError);
}

// ---- version 1 -> 2: green areas ---------------------------------------------------------

TEST(SchemaOneToTwo, WritableOpenAddsGreenAreasAndLosesNothing) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    {
        // What a user may have added in QGIS: a column in one of our tables and a table.
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "ALTER TABLE facilities ADD COLUMN surveyor TEXT;"
                       "UPDATE facilities SET surveyor = '王工' WHERE fid = 1;"
                       "CREATE TABLE field_notes (id INTEGER PRIMARY KEY, note TEXT);"
                       "INSERT INTO field_notes (note) VALUES ('东门常闭');");
    }

    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        const Project loaded = file->load();
        EXPECT_TRUE(loaded.sameContent(withShippedAreas(test::versionOneSampleProject())));
        EXPECT_EQ(loaded.facilities().size(), 2u);
        EXPECT_EQ(loaded.compounds().items()[0].name, "金陵花园");
        EXPECT_EQ(loaded.facilities().nextId(), 4);  // counters of version 1 are kept
        EXPECT_TRUE(loaded.greenAreas().items().empty());
    }
    EXPECT_EQ(schemaVersionIn(path), currentVersionText());
    EXPECT_EQ(test::integrityCheck(path), "ok");
    EXPECT_EQ(columnsIn(path, "green_areas"),
              (std::vector<std::string>{"fid", "geom", "kind", "name"}));
    {
        auto db = test::openRaw(path, false);
        EXPECT_EQ(platform::queryText(db.get(),
                                      "SELECT data_type || ' ' || srs_id FROM gpkg_contents"
                                      " WHERE table_name = 'green_areas'"),
                  "features 4326");
        EXPECT_EQ(platform::queryText(db.get(),
                                      "SELECT geometry_type_name FROM gpkg_geometry_columns"
                                      " WHERE table_name = 'green_areas'"),
                  "POLYGON");
        EXPECT_EQ(platform::queryText(db.get(), "SELECT surveyor FROM facilities WHERE fid = 1"),
                  "王工");
        EXPECT_EQ(platform::queryText(db.get(), "SELECT note FROM field_notes"), "东门常闭");
    }

    // The migrated file takes green areas like a new one.
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        Project project = file->load();
        GreenArea park;
        park.outline = {{{118.781, 32.041}, {118.783, 32.041}, {118.783, 32.043}}, {}};
        park.kind = "park";
        park.name = "北极阁公园";
        project.addGreenArea(park);
        file->save(project);
    }
    const auto reopened = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
    const Project loaded = reopened->load();
    ASSERT_EQ(loaded.greenAreas().size(), 1u);
    EXPECT_EQ(loaded.greenAreas().items()[0].name, "北极阁公园");
    EXPECT_EQ(loaded.facilities().size(), 2u);
    auto db = test::openRaw(path, false);
    EXPECT_EQ(platform::queryText(db.get(), "SELECT surveyor FROM facilities WHERE fid = 1"),
              "王工");
}

TEST(SchemaOneToTwo, ReadOnlyOpenReadsAVersionOneFileAsItIs) {
    const ScratchDir dir;
    const fs::path path = writeVersionOneFile(dir);
    const std::uint64_t before = test::fileHash(path);
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadOnly);
        EXPECT_EQ(file->schemaVersion(), 1);
        const Project loaded = file->load();
        EXPECT_TRUE(loaded.sameContent(test::versionOneSampleProject()));
        EXPECT_TRUE(loaded.greenAreas().items().empty());
    }
    const ProjectInfo info = ProjectFile::inspect(path);
    EXPECT_EQ(info.schemaVersion, 1);
    EXPECT_EQ(info.facilities, 2);
    EXPECT_EQ(info.buildings, 2);
    EXPECT_EQ(info.greenAreas, 0);
    EXPECT_EQ(info.bounds, test::versionOneSampleProject().bounds());
    EXPECT_EQ(test::fileHash(path), before);
    EXPECT_EQ(schemaVersionIn(path), "1");
}

TEST(SchemaOneToTwo, ATableNamedGreenAreasThatIsNotOursIsKept) {
    const ScratchDir dir;
    expectMigrationStopsAtUsersTable(writeVersionOneFile(dir), "green_areas",
                                     "CREATE TABLE green_areas (id INTEGER PRIMARY KEY, "
                                     "species TEXT);"
                                     "INSERT INTO green_areas (species) VALUES ('香樟');",
                                     1, test::versionOneSampleProject());
}

// ---- version 2 -> 3: population grids and plot ratios -------------------------------------

Project versionTwoProject() { return test::sampleProjectForVersion(2); }

TEST(SchemaTwoToThree, WritableOpenAddsPopulationTablesAndPlotRatios) {
    const ScratchDir dir;
    const fs::path path = writeVersionTwoFile(dir, versionTwoProject());
    EXPECT_FALSE(hasColumn(path, "residential_compounds", "plot_ratio"));
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "ALTER TABLE residential_compounds ADD COLUMN 街道 TEXT;"
                       "UPDATE residential_compounds SET 街道 = '新街口' WHERE fid = 1;");
    }
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        Project project = file->load();
        EXPECT_TRUE(project.sameContent(withShippedAreas(versionTwoProject())));
        EXPECT_EQ(project.compounds().items()[0].plotRatio, 0.0);
        EXPECT_TRUE(project.populationGrids().items().empty());
        // The migrated file takes grids and plot ratios like a new one.
        Compound first = project.compounds().items()[0];
        first.plotRatio = 2.4;
        project.updateCompound(first);
        PopulationGrid grid;
        grid.source = "WorldPop";
        grid.year = 2020;
        PopulationCell cell;
        cell.outline = {{{118.780, 32.040}, {118.781, 32.040}, {118.781, 32.041}, {118.780, 32.041}}, {}};
        cell.value = 87.5;
        project.addPopulationGrid(grid, {cell});
        file->save(project);
    }
    EXPECT_EQ(schemaVersionIn(path), currentVersionText());
    EXPECT_EQ(test::integrityCheck(path), "ok");
    const Project loaded = ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load();
    EXPECT_DOUBLE_EQ(loaded.compounds().items()[0].plotRatio, 2.4);
    ASSERT_EQ(loaded.populationCells().size(), 1u);
    EXPECT_DOUBLE_EQ(loaded.populationCells().items()[0].value, 87.5);
    EXPECT_EQ(loaded.populationGrids().items()[0].source, "WorldPop");
    auto db = test::openRaw(path, false);
    EXPECT_EQ(platform::queryText(db.get(), "SELECT 街道 FROM residential_compounds WHERE fid = 1"),
              "新街口");
    EXPECT_EQ(platform::queryText(db.get(),
                                  "SELECT data_type FROM gpkg_contents"
                                  " WHERE table_name = 'population_grids'"),
              "attributes");
}

TEST(SchemaTwoToThree, ReadOnlyOpenReadsAVersionTwoFileAsItIs) {
    const ScratchDir dir;
    expectReadAsItIs(writeVersionTwoFile(dir, versionTwoProject()), 2, versionTwoProject());
}

TEST(SchemaTwoToThree, ATableOrColumnOfTheUsersWithOurNameStopsTheMigration) {
    for (const char* clash : {"CREATE TABLE population_cells (id INTEGER PRIMARY KEY, note TEXT)",
                              "ALTER TABLE residential_compounds ADD COLUMN plot_ratio TEXT"}) {
        SCOPED_TRACE(clash);
        const ScratchDir dir;
        const fs::path path = writeVersionTwoFile(dir, versionTwoProject());
        platform::exec(test::openRaw(path).get(), clash);
        const std::uint64_t before = test::fileHash(path);
        EXPECT_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite), ProjectError);
        EXPECT_EQ(test::fileHash(path), before);
        EXPECT_EQ(schemaVersionIn(path), "2");
    }
}

// ---- version 3 -> 4: catalogue areas, lifts and proposals ---------------------------------

/// A built-in category as a version-3 file holds it: without the columns of version 4.
catalog::Category shippedBeforeAreas(const char* code) {
    catalog::Category c = *catalog::builtinCatalog().find(code);
    c.maxAreaM2.reset();
    c.areaKind.clear();
    c.areaSource.reset();
    c.siting.reset();
    return c;
}

/**
 * A version-3 project whose catalogue has built-in categories as version 3 shipped them, a
 * minimum the user changed (figure and text), a minimum figure the user changed under the
 * shipped text, and a category of the user's own.
 */
Project versionThreeProject() {
    catalog::Category pharmacy = shippedBeforeAreas("pharmacy");
    pharmacy.minAreaM2.reset();  // version 3 shipped no minimum for pharmacies
    catalog::Category nursing = shippedBeforeAreas("nursing_home");
    nursing.minAreaM2.reset();  // only the stated text ("≥35 m²/bed ...")
    catalog::Category station = shippedBeforeAreas("community_health_station");
    station.minArea = "≥ 150 m²（区卫健委 2026）";
    station.minAreaM2 = 150.0;
    catalog::Category dayCare = shippedBeforeAreas("elderly_service_station");
    dayCare.minAreaM2 = 400.0;
    catalog::Category barber;  // the user's own
    barber.code = "barber_shop";
    barber.nameZh = "理发店";
    barber.minArea = "≥ 20 m²";
    barber.minAreaM2 = 20.0;

    Project project = test::sampleProjectForVersion(3);
    project.setCatalog(catalog::Catalog({pharmacy, nursing, station, dayCare, barber}));
    return project;
}

TEST(SchemaThreeToFour, WritableOpenFillsShippedAreasAndKeepsTheUsersFigures) {
    const ScratchDir dir;
    const Project before = versionThreeProject();
    const fs::path path = writeVersionThreeFile(dir, before);
    EXPECT_FALSE(hasColumn(path, "standards_catalog", "area_source"));
    EXPECT_FALSE(hasColumn(path, "idle_spaces", "has_lift"));
    {
        auto db = test::openRaw(path);
        platform::exec(db.get(),
                       "ALTER TABLE idle_spaces ADD COLUMN 管理人 TEXT;"
                       "UPDATE idle_spaces SET 管理人 = '李工' WHERE fid = 1;");
    }
    const catalog::Catalog& shipped = catalog::builtinCatalog();
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        const Project loaded = file->load();
        const catalog::Catalog& c = loaded.catalog();
        ASSERT_EQ(c.size(), 5u);

        // Untouched built-in categories gain the sourced figures.
        EXPECT_EQ(*c.find("pharmacy"), *shipped.find("pharmacy"));
        EXPECT_EQ(c.find("pharmacy")->minAreaM2, 40.0);
        EXPECT_EQ(*c.find("nursing_home"), *shipped.find("nursing_home"));

        // The user's minimum stays; the new columns are filled all the same.
        const catalog::Category& station = *c.find("community_health_station");
        EXPECT_EQ(station.minAreaM2, 150.0);
        EXPECT_EQ(station.minArea, "≥ 150 m²（区卫健委 2026）");
        EXPECT_EQ(station.areaKind, "floor");
        EXPECT_EQ(station.areaSource, shipped.find("community_health_station")->areaSource);
        const catalog::Category& dayCare = *c.find("elderly_service_station");
        EXPECT_EQ(dayCare.minAreaM2, 400.0);
        EXPECT_EQ(dayCare.maxAreaM2, 750.0);
        EXPECT_EQ(dayCare.siting, shipped.find("elderly_service_station")->siting);

        // The user's own category is left as it was.
        EXPECT_EQ(*c.find("barber_shop"), *before.catalog().find("barber_shop"));

        // Idle spaces have no lift and no proposal until someone says so.
        ASSERT_EQ(loaded.idleSpaces().size(), 2u);
        for (const IdleSpace& space : loaded.idleSpaces().items()) {
            EXPECT_FALSE(space.hasLift);
            EXPECT_TRUE(space.proposedFor.empty());
        }
        EXPECT_EQ(loaded.idleSpaces().items(), before.idleSpaces().items());
    }
    EXPECT_EQ(schemaVersionIn(path), currentVersionText());
    EXPECT_EQ(test::integrityCheck(path), "ok");

    // The migrated file takes lifts and proposals like a new one.
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        Project project = file->load();
        IdleSpace shop = project.idleSpaces().items()[0];
        shop.hasLift = true;
        shop.proposedFor = {"pharmacy", "barber_shop"};
        project.updateIdleSpace(shop);
        file->save(project);
    }
    const Project reloaded = ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load();
    EXPECT_TRUE(reloaded.idleSpaces().items()[0].hasLift);
    EXPECT_EQ(reloaded.idleSpaces().items()[0].proposedFor,
              (std::vector<std::string>{"pharmacy", "barber_shop"}));
    auto db = test::openRaw(path, false);
    EXPECT_EQ(platform::queryText(db.get(), "SELECT 管理人 FROM idle_spaces WHERE fid = 1"),
              "李工");
}

TEST(SchemaThreeToFour, ReadOnlyOpenReadsAVersionThreeFileAsItIs) {
    const ScratchDir dir;
    expectReadAsItIs(writeVersionThreeFile(dir, versionThreeProject()), 3, versionThreeProject());
}

TEST(SchemaThreeToFour, AColumnOfTheUsersWithOurNameStopsTheMigration) {
    for (const char* column : {"has_lift", "proposed_for"}) {
        SCOPED_TRACE(column);
        const ScratchDir dir;
        const fs::path path = writeVersionThreeFile(dir, versionThreeProject());
        platform::exec(test::openRaw(path).get(),
                       std::string("ALTER TABLE idle_spaces ADD COLUMN ") + column + " TEXT");
        const std::uint64_t before = test::fileHash(path);
        try {
            ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
            ADD_FAILURE() << "migrated over a column of the user's";
        } catch (const ProjectError& e) {
            EXPECT_EQ(e.code(), ProjectError::Code::Corrupt);
            EXPECT_NE(std::string(e.what()).find(std::string("idle_spaces already has a column "
                                                             "named ")
                                                 + column + " that Yike did not add"),
                      std::string::npos)
                << e.what();
        }
        EXPECT_EQ(test::fileHash(path), before);
        EXPECT_EQ(schemaVersionIn(path), "3");
    }
    const ScratchDir dir;
    const fs::path path = writeVersionThreeFile(dir, versionThreeProject());
    platform::exec(test::openRaw(path).get(),
                   "ALTER TABLE standards_catalog ADD COLUMN siting TEXT");
    EXPECT_THROW(ProjectFile::open(path, ProjectFile::Mode::ReadWrite), ProjectError);
    EXPECT_EQ(schemaVersionIn(path), "3");
}

// ---- version 4 -> 5: print layouts ---------------------------------------------------------

Project versionFourProject() { return test::sampleProjectForVersion(4); }

TEST(SchemaFourToFive, WritableOpenAddsAnEmptyPrintLayoutsTable) {
    const ScratchDir dir;
    const fs::path path = writeVersionFourFile(dir, versionFourProject());
    {
        auto db = test::openRaw(path);
        EXPECT_FALSE(platform::hasTable(db.get(), "print_layouts"));
        platform::exec(db.get(),
                       "ALTER TABLE scenarios ADD COLUMN 负责人 TEXT;"
                       "UPDATE scenarios SET 负责人 = '张工' WHERE fid = 1;");
    }
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        const Project loaded = file->load();
        EXPECT_TRUE(loaded.sameContent(versionFourProject()));
        EXPECT_TRUE(loaded.printLayouts().empty());
    }
    EXPECT_EQ(schemaVersionIn(path), currentVersionText());
    EXPECT_EQ(test::integrityCheck(path), "ok");
    EXPECT_EQ(columnsIn(path, "print_layouts"),
              (std::vector<std::string>{"fid", "name", "kind", "definition"}));
    {
        auto db = test::openRaw(path, false);
        EXPECT_EQ(platform::queryInt(db.get(), "SELECT count(*) FROM print_layouts"), 0);
        EXPECT_EQ(platform::queryText(db.get(),
                                      "SELECT data_type || ' ' || identifier FROM gpkg_contents"
                                      " WHERE table_name = 'print_layouts' AND srs_id IS NULL"),
                  "attributes Print layouts");
        EXPECT_EQ(platform::queryInt(db.get(),
                                     "SELECT count(*) FROM gpkg_geometry_columns"
                                     " WHERE table_name = 'print_layouts'"),
                  0);
        EXPECT_EQ(platform::queryText(db.get(), "SELECT 负责人 FROM scenarios WHERE fid = 1"),
                  "张工");
    }

    // The migrated file takes print layouts like a new one.
    Project project = versionFourProject();
    project.setPrintLayout({"鼓楼区 A3 导览图", "guide_map", R"({"scale":"1:5000"})"});
    ProjectFile::open(path, ProjectFile::Mode::ReadWrite)->save(project);
    EXPECT_TRUE(ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load().sameContent(project));
    EXPECT_EQ(ProjectFile::inspect(path).printLayouts, 1);
}

TEST(SchemaFourToFive, ReadOnlyOpenReadsAVersionFourFileAsItIs) {
    const ScratchDir dir;
    const fs::path path = writeVersionFourFile(dir, versionFourProject());
    expectReadAsItIs(path, 4, versionFourProject());
    EXPECT_EQ(ProjectFile::inspect(path).printLayouts, 0);
}

TEST(SchemaFourToFive, ATableOfTheUsersNamedPrintLayoutsStopsTheMigration) {
    const ScratchDir dir;
    expectMigrationStopsAtUsersTable(writeVersionFourFile(dir, versionFourProject()),
                                     "print_layouts",
                                     "CREATE TABLE print_layouts (id INTEGER PRIMARY KEY, "
                                     "sheet TEXT);"
                                     "INSERT INTO print_layouts (sheet) VALUES ('A3 横版');",
                                     4, versionFourProject());
}

// ---- version 5 -> 6: living circles --------------------------------------------------------

Project versionFiveProject() { return test::sampleProjectForVersion(5); }

TEST(SchemaFiveToSix, WritableOpenAddsAnEmptyCirclesLayer) {
    const ScratchDir dir;
    const fs::path path = writeVersionFiveFile(dir, versionFiveProject());
    {
        auto db = test::openRaw(path);
        EXPECT_FALSE(platform::hasTable(db.get(), "circles"));
        platform::exec(db.get(),
                       "ALTER TABLE print_layouts ADD COLUMN 审核人 TEXT;"
                       "UPDATE print_layouts SET 审核人 = '刘工' WHERE fid = 1;");
    }
    {
        const auto file = ProjectFile::open(path, ProjectFile::Mode::ReadWrite);
        EXPECT_EQ(file->schemaVersion(), ProjectFile::currentSchemaVersion());
        const Project loaded = file->load();
        EXPECT_TRUE(loaded.sameContent(versionFiveProject()));
        EXPECT_TRUE(loaded.circles().empty());
        EXPECT_EQ(loaded.printLayouts().size(), 2u);
    }
    EXPECT_EQ(schemaVersionIn(path), currentVersionText());
    EXPECT_EQ(test::integrityCheck(path), "ok");
    EXPECT_EQ(columnsIn(path, "circles"),
              (std::vector<std::string>{"fid", "geom", "name", "kind", "centre_facility",
                                        "centre_lon", "centre_lat", "profile", "minutes",
                                        "satisfaction_percent", "households", "notes"}));
    {
        auto db = test::openRaw(path, false);
        EXPECT_EQ(platform::queryInt(db.get(), "SELECT count(*) FROM circles"), 0);
        EXPECT_EQ(platform::queryText(db.get(),
                                      "SELECT data_type || ' ' || identifier || ' ' || srs_id"
                                      " FROM gpkg_contents WHERE table_name = 'circles'"),
                  "features Living circles 4326");
        EXPECT_EQ(platform::queryText(db.get(),
                                      "SELECT geometry_type_name || ' ' || column_name || ' '"
                                      " || srs_id FROM gpkg_geometry_columns"
                                      " WHERE table_name = 'circles'"),
                  "MULTIPOLYGON geom 4326");
        // The outline is optional: a centre circle has none.
        EXPECT_EQ(platform::queryInt(db.get(),
                                     "SELECT \"notnull\" FROM pragma_table_info('circles')"
                                     " WHERE name = 'geom'"),
                  0);
        EXPECT_EQ(platform::queryText(db.get(), "SELECT 审核人 FROM print_layouts WHERE fid = 1"),
                  "刘工");
    }

    // The migrated file takes circles like a new one.
    Project project = versionFiveProject();
    Circle walk;
    walk.name = "鼓楼医院 15 分钟";
    walk.kind = CircleKind::Centre;
    walk.centrePoint = geo::LonLat{118.7791, 32.0581};
    walk.satisfactionPercent = 64.0;
    project.setCircle(walk);
    ProjectFile::open(path, ProjectFile::Mode::ReadWrite)->save(project);
    EXPECT_TRUE(ProjectFile::open(path, ProjectFile::Mode::ReadOnly)->load().sameContent(project));
    EXPECT_EQ(ProjectFile::inspect(path).circles, 1);
    EXPECT_EQ(ProjectFile::inspect(path).bounds, project.bounds());
}

TEST(SchemaFiveToSix, ReadOnlyOpenReadsAVersionFiveFileAsItIs) {
    const ScratchDir dir;
    const fs::path path = writeVersionFiveFile(dir, versionFiveProject());
    expectReadAsItIs(path, 5, versionFiveProject());
    const ProjectInfo info = ProjectFile::inspect(path);
    EXPECT_EQ(info.schemaVersion, 5);
    EXPECT_EQ(info.circles, 0);
    EXPECT_EQ(info.printLayouts, 2);
    EXPECT_EQ(info.bounds, versionFiveProject().bounds());
}

TEST(SchemaFiveToSix, ATableOfTheUsersNamedCirclesStopsTheMigration) {
    const ScratchDir dir;
    expectMigrationStopsAtUsersTable(writeVersionFiveFile(dir, versionFiveProject()), "circles",
                                     "CREATE TABLE circles (id INTEGER PRIMARY KEY, radius_m REAL);"
                                     "INSERT INTO circles (radius_m) VALUES (1000);",
                                     5, versionFiveProject());
}

}  // namespace
}  // namespace yike::project::detail
