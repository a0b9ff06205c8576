// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include <sqlite3.h>

/// The SQLite connection to a project file: hardened before it reads anything, the checks of
/// what the file holds, and the repair of what an interrupted write left behind.
namespace yike::project::detail {

/// Hardens a connection before it reads anything from an untrusted file (defensive mode, an
/// untrusted schema, no extensions, a busy timeout, cell size checks) and registers the
/// GeoPackage functions. @throws platform::SqliteError.
void configureConnection(sqlite3* db);

/// Trusts the schema while a write runs, if it holds no virtual table but R*Trees (see
/// detail::onlyRtreeVirtualTables); untrusted again afterwards. Create it after BEGIN
/// IMMEDIATE, so the schema cannot change between the check and the writes.
class SchemaTrust {
public:
    explicit SchemaTrust(sqlite3* db);
    ~SchemaTrust();
    SchemaTrust(const SchemaTrust&) = delete;
    SchemaTrust& operator=(const SchemaTrust&) = delete;

private:
    sqlite3* m_db;
};

/// A read-only connection cannot roll back the journal of a save that was interrupted (it
/// fails with SQLITE_READONLY_ROLLBACK). SQLite's own locks make that rollback safe from any
/// connection, so a short-lived writable one does it, restoring the last committed state.
void recoverInterruptedSave(const std::filesystem::path& path, sqlite3* readOnly);

enum class FileKind { Project, ForeignGeoPackage, OtherDatabase };

/// What an SQLite database is: one of our projects, another GeoPackage, or something else.
FileKind classify(sqlite3* db);

/// SQLite's quick check; the damage found is thrown as a ContentError.
void quickCheck(sqlite3* db);

/// The tables a file of `schemaVersion` must have (tables added by later versions are absent
/// from an older file until it is migrated). @throws ContentError.
void checkRequiredTables(sqlite3* db, int schemaVersion);

/// A whole decimal integer; std::nullopt for anything else.
std::optional<std::int64_t> parseInteger(const std::string& text);

/// The schema version in yike_metadata. @throws ContentError when it is missing or invalid.
int readSchemaVersion(sqlite3* db);

/// Journal mode stays DELETE (a rollback journal): a WAL file beside the project would be one
/// more file to lose when copying it, and GeoPackage readers expect a single file.
void ensureRollbackJournal(sqlite3* db);

/// A journal or WAL left beside `target` by a crashed writer belongs to the file about to be
/// replaced; SQLite would apply it to the new file. Let SQLite settle it first, then make sure
/// it is gone. The caller holds the lock of `target`.
void settleTarget(const std::filesystem::path& target);

}  // namespace yike::project::detail
