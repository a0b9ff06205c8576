// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/migration.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sqlite3.h>

#include "core/catalog/catalog.h"
#include "core/platform/sqlite_util.h"
#include "core/project/schema.h"

namespace yike::project::detail {

namespace {

/// Creates a table a migration introduces, refusing when the user's file already holds a table
/// or a layer registration of that name (one of their own, or a leftover).
void addNewTable(sqlite3* db, const char* name) {
    const TableSpec& spec = projectTable(name);
    if (platform::hasTable(db, spec.name))
        throw MigrationError(std::string("the file already has a table named ") + spec.name
                             + " that Yike did not create; rename it (in QGIS, say) and "
                               "open the file again");
    // A leftover registration without its table would make the insert below fail.
    platform::Statement contents(db,
                                 "SELECT count(*) FROM gpkg_contents WHERE table_name = ?1"
                                 " OR identifier = ?2");
    contents.bindText(1, spec.name);
    contents.bindText(2, spec.identifier);
    if (contents.step() && contents.columnInt(0) > 0)
        throw MigrationError(std::string("gpkg_contents already registers ") + spec.name
                             + " or a layer titled '" + spec.identifier + "'");
    createProjectTable(db, spec);
}

/// Adds a column a migration introduces, refusing when the user's file already has a column of
/// that name in the table (one of their own, added in QGIS, say).
void addNewColumn(sqlite3* db, const std::string& table, const std::string& column,
                  const std::string& type) {
    platform::Statement columns(db, "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2");
    columns.bindText(1, table);
    columns.bindText(2, column);
    if (columns.step() && columns.columnInt(0) > 0)
        throw MigrationError(table + " already has a column named " + column
                             + " that Yike did not add; rename it (in QGIS, say) and open the "
                               "file again");
    platform::exec(db, "ALTER TABLE \"" + table + "\" ADD COLUMN " + column + " " + type);
}

/// 1 -> 2: the green_areas feature table (parks, gardens, pitches, lawns, woods). Nothing
/// else changes, so every row of a version-1 file stays as it is.
void addGreenAreas(sqlite3* db) { addNewTable(db, table::kGreen); }

/// 2 -> 3: population grids (population_grids, population_cells) and a plot ratio per compound
/// (residential_compounds.plot_ratio, empty for the compounds already there: they use the
/// project's setting).
void addPopulation(sqlite3* db) {
    addNewTable(db, table::kPopulationCells);
    addNewTable(db, table::kPopulationGrids);
    addNewColumn(db, table::kCompounds, "plot_ratio", "DOUBLE");
}

std::optional<std::string> optionalTextAt(const platform::Statement& row, int column) {
    if (row.columnType(column) != SQLITE_TEXT) return std::nullopt;
    return row.columnText(column);
}

std::optional<double> optionalNumberAt(const platform::Statement& row, int column) {
    const int type = row.columnType(column);
    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) return std::nullopt;
    return row.columnDouble(column);
}

void bindOptional(platform::Statement& s, int index, const std::optional<std::string>& value) {
    if (value)
        s.bindText(index, *value);
    else
        s.bindNull(index);
}

void bindOptional(platform::Statement& s, int index, const std::optional<double>& value) {
    if (value)
        s.bindDouble(index, *value);
    else
        s.bindNull(index);
}

/**
 * Gives the catalogue rows of built-in categories the area figures the shipped catalogue now
 * carries. The largest area, area kind, area source and siting rule go into the new columns.
 * The minimum (min_area, min_area_m2) is only filled where the row holds none of the user's
 * own: each of the two is empty or already the shipped value. A row that states a different
 * minimum keeps it, and so does a category the user made (a code the built-in catalogue lacks).
 */
void fillShippedAreas(sqlite3* db) {
    struct Row {
        std::int64_t fid;
        const catalog::Category* shipped;
        bool ownMinimum;
    };
    std::vector<Row> rows;
    {
        platform::Statement select(
            db, "SELECT fid, code, min_area, min_area_m2 FROM standards_catalog");
        while (select.step()) {
            const std::optional<std::string> code = optionalTextAt(select, 1);
            const catalog::Category* shipped =
                code ? catalog::builtinCatalog().find(*code) : nullptr;
            if (shipped == nullptr) continue;
            const std::optional<std::string> minArea = optionalTextAt(select, 2);
            const std::optional<double> minAreaM2 = optionalNumberAt(select, 3);
            // A value that is not text or not a number is the user's too.
            const bool ownText = !select.isNull(2) && (!minArea || minArea != shipped->minArea);
            const bool ownFigure =
                !select.isNull(3) && (!minAreaM2 || minAreaM2 != shipped->minAreaM2);
            rows.push_back({select.columnInt(0), shipped, ownText || ownFigure});
        }
    }
    platform::Statement areas(db,
                              "UPDATE standards_catalog SET max_area_m2 = ?2, area_kind = ?3,"
                              " area_source = ?4, siting = ?5 WHERE fid = ?1");
    platform::Statement minimum(db,
                                "UPDATE standards_catalog SET min_area = ?2, min_area_m2 = ?3"
                                " WHERE fid = ?1");
    for (const Row& row : rows) {
        const catalog::Category& c = *row.shipped;
        areas.reset();
        areas.bindInt(1, row.fid);
        bindOptional(areas, 2, c.maxAreaM2);
        bindOptional(areas, 3, c.areaKind.empty() ? std::nullopt : std::optional(c.areaKind));
        bindOptional(
            areas, 4,
            c.areaSource ? std::optional(catalog::toAreaSourceJson(*c.areaSource)) : std::nullopt);
        bindOptional(areas, 5, c.siting);
        areas.run();
        if (row.ownMinimum) continue;
        minimum.reset();
        minimum.bindInt(1, row.fid);
        bindOptional(minimum, 2, c.minArea);
        bindOptional(minimum, 3, c.minAreaM2);
        minimum.run();
    }
}

/// 3 -> 4: sourced areas in the catalogue (standards_catalog.max_area_m2, area_kind,
/// area_source, siting, filled for the built-in categories) and two facts per idle space
/// (idle_spaces.has_lift, proposed_for; empty for the spaces already there).
void addAreasAndLifts(sqlite3* db) {
    addNewColumn(db, table::kCatalog, "max_area_m2", "DOUBLE");
    addNewColumn(db, table::kCatalog, "area_kind", "TEXT");
    addNewColumn(db, table::kCatalog, "area_source", "TEXT");
    addNewColumn(db, table::kCatalog, "siting", "TEXT");
    addNewColumn(db, table::kIdleSpaces, "has_lift", "BOOLEAN");
    addNewColumn(db, table::kIdleSpaces, "proposed_for", "TEXT");
    fillShippedAreas(db);
}

/// 4 -> 5: the print_layouts attribute table (named page layouts of the print module), empty.
void addPrintLayouts(sqlite3* db) { addNewTable(db, table::kPrintLayouts); }

/// 5 -> 6: the circles feature table (living circles: outlines, or walks from a centre), empty.
void addCircles(sqlite3* db) { addNewTable(db, table::kCircles); }

}  // namespace

const MigrationPlan& builtinMigrationPlan() {
    // Each step moves one version forward; a schema change appends a step and raises
    // kCurrentSchemaVersion (core/project/schema.h).
    static const MigrationPlan plan{
        kCurrentSchemaVersion,
        {
            {1, 2, "green areas", &addGreenAreas},
            {2, 3, "population grids and plot ratios", &addPopulation},
            {3, 4, "catalogue areas, lifts and proposals in idle spaces", &addAreasAndLifts},
            {4, 5, "print layouts", &addPrintLayouts},
            {5, 6, "living circles", &addCircles},
        }};
    return plan;
}

void runMigrations(sqlite3* db, int fromVersion, const MigrationPlan& plan) {
    if (fromVersion == plan.targetVersion) return;
    if (fromVersion > plan.targetVersion)
        throw MigrationError("schema version " + std::to_string(fromVersion)
                             + " is newer than the target " + std::to_string(plan.targetVersion));

    std::vector<const MigrationStep*> chain;
    for (int version = fromVersion; version < plan.targetVersion;) {
        const MigrationStep* next = nullptr;
        for (const MigrationStep& step : plan.steps) {
            if (step.from == version && step.to > version && step.to <= plan.targetVersion
                && (next == nullptr || step.to > next->to))
                next = &step;
        }
        if (next == nullptr)
            throw MigrationError("no migration from schema version " + std::to_string(version)
                                 + " towards " + std::to_string(plan.targetVersion));
        chain.push_back(next);
        version = next->to;
    }

    platform::Transaction transaction(db, platform::Transaction::Kind::Immediate);
    for (const MigrationStep* step : chain) {
        const std::string name =
            "migration " + std::to_string(step->from) + " -> " + std::to_string(step->to)
            + (step->description.empty() ? "" : " (" + step->description + ")");
        try {
            if (!step->apply) throw MigrationError("the step has no function");
            step->apply(db);
        } catch (const std::exception& e) {
            throw MigrationError(name + " failed: " + e.what());
        }
    }
    platform::Statement update(db, "UPDATE yike_metadata SET value = ? WHERE key = ?");
    update.bindText(1, std::to_string(plan.targetVersion));
    update.bindText(2, key::kSchemaVersion);
    update.run();
    if (sqlite3_changes(db) != 1) throw MigrationError("yike_metadata has no schema_version row");
    transaction.commit();
}

}  // namespace yike::project::detail
