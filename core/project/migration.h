// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

struct sqlite3;

/// Schema migrations: how a file written with an older schema version is brought up to the
/// version this build writes. ProjectFile::open runs them on a writable open.
namespace yike::project::detail {

/// One step from schema version `from` to `to` (to > from). `apply` changes the tables on the
/// connection it is given (inside the runner's transaction) and throws on failure.
struct MigrationStep {
    int from = 0;
    int to = 0;
    std::string description;
    std::function<void(sqlite3*)> apply;
};

/// The target version and the steps that can reach it.
struct MigrationPlan {
    int targetVersion = 0;
    std::vector<MigrationStep> steps;
};

/// Raised when no chain of steps leads from a file's version to the target, or a step fails.
class MigrationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The plan this build uses: target ProjectFile::currentSchemaVersion() and every step
/// written so far.
const MigrationPlan& builtinMigrationPlan();

/**
 * Brings the file open on `db` from schema version `fromVersion` to plan.targetVersion. The
 * chain of steps is chosen first (each step starts where the previous one ended); then every
 * step and the update of yike_metadata.schema_version run in ONE transaction (BEGIN
 * IMMEDIATE), which is rolled back, leaving the file untouched, if anything fails.
 * Does nothing when fromVersion == targetVersion.
 * @throws MigrationError when no chain exists or a step throws (the message names the step);
 * SqliteError when the transaction itself cannot begin or commit.
 */
void runMigrations(sqlite3* db, int fromVersion, const MigrationPlan& plan);

}  // namespace yike::project::detail
