// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/migration.h"

#include <sqlite3.h>

#include "core/project/schema.h"
#include "core/project/sqlite_util.h"

namespace yike::project::detail {

namespace {

/// Creates a table a migration introduces, refusing when the user's file already holds a table
/// or a layer registration of that name (one of their own, or a leftover).
void addNewTable(sqlite3* db, const char* name) {
    const TableSpec& spec = projectTable(name);
    if (hasTable(db, spec.name))
        throw MigrationError(std::string("the file already has a table named ") + spec.name
                             + " that Yike did not create; rename it (in QGIS, say) and "
                               "open the file again");
    // A leftover registration without its table would make the insert below fail.
    Statement contents(db, "SELECT count(*) FROM gpkg_contents WHERE table_name = ?1"
                           " OR identifier = ?2");
    contents.bindText(1, spec.name);
    contents.bindText(2, spec.identifier);
    if (contents.step() && contents.columnInt(0) > 0)
        throw MigrationError(std::string("gpkg_contents already registers ") + spec.name
                             + " or a layer titled '" + spec.identifier + "'");
    createProjectTable(db, spec);
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
    Statement columns(db, "SELECT count(*) FROM pragma_table_info('residential_compounds')"
                          " WHERE name = 'plot_ratio'");
    if (columns.step() && columns.columnInt(0) > 0)
        throw MigrationError("residential_compounds already has a column named plot_ratio that "
                             "Yike did not add; rename it (in QGIS, say) and open the file again");
    Statement(db, "ALTER TABLE residential_compounds ADD COLUMN plot_ratio DOUBLE").run();
}

}  // namespace

const MigrationPlan& builtinMigrationPlan() {
    // Each step moves one version forward; a schema change appends a step and raises
    // kCurrentSchemaVersion (core/project/schema.h).
    static const MigrationPlan plan{
        kCurrentSchemaVersion,
        {
            {1, 2, "green areas", &addGreenAreas},
            {2, 3, "population grids and plot ratios", &addPopulation},
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

    Transaction transaction(db, Transaction::Kind::Immediate);
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
    Statement update(db, "UPDATE yike_metadata SET value = ? WHERE key = ?");
    update.bindText(1, std::to_string(plan.targetVersion));
    update.bindText(2, key::kSchemaVersion);
    update.run();
    if (sqlite3_changes(db) != 1) throw MigrationError("yike_metadata has no schema_version row");
    transaction.commit();
}

}  // namespace yike::project::detail
