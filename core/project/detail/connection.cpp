// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/detail/connection.h"

#include <exception>
#include <limits>
#include <string>
#include <system_error>
#include <vector>

#include "core/platform/os_file.h"
#include "core/platform/sqlite_util.h"
#include "core/project/detail/file_checks.h"
#include "core/project/detail/file_errors.h"
#include "core/project/project_file.h"
#include "core/project/schema.h"

namespace yike::project::detail {

namespace fs = std::filesystem;
using Code = ProjectError::Code;

namespace {

constexpr int kBusyTimeoutMs = 5000;
// Older GeoPackage application ids ("GP10", "GP11") still identify a GeoPackage.
constexpr std::int64_t kGpkg10ApplicationId = 0x47503130;
constexpr std::int64_t kGpkg11ApplicationId = 0x47503131;

void dbConfig(sqlite3* db, int option, int value, const char* name) {
    int applied = -1;
    const int rc = sqlite3_db_config(db, option, value, &applied);
    if (rc != SQLITE_OK || applied != value)
        throw platform::SqliteError(rc == SQLITE_OK ? SQLITE_ERROR : rc,
                                    std::string("cannot set ") + name);
}

}  // namespace

void configureConnection(sqlite3* db) {
    dbConfig(db, SQLITE_DBCONFIG_DEFENSIVE, 1, "SQLITE_DBCONFIG_DEFENSIVE");
    dbConfig(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "SQLITE_DBCONFIG_TRUSTED_SCHEMA");
    dbConfig(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION");
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    platform::exec(db, "PRAGMA cell_size_check = ON");
    detail::registerGpkgFunctions(db);
}

SchemaTrust::SchemaTrust(sqlite3* db) : m_db(db) {
    if (detail::onlyRtreeVirtualTables(db))
        dbConfig(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, "SQLITE_DBCONFIG_TRUSTED_SCHEMA");
}

SchemaTrust::~SchemaTrust() {
    int applied = -1;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied);
}

void recoverInterruptedSave(const fs::path& path, sqlite3* readOnly) {
    try {
        platform::queryInt(readOnly, "SELECT count(*) FROM sqlite_master");
        return;
    } catch (const platform::SqliteError& e) {
        if (e.code() != SQLITE_READONLY_ROLLBACK) throw;
    }
    if (!platform::isWritableFile(path) || !platform::isWritableDirectory(folderOf(path)))
        throw ProjectError(Code::ReadOnly,
                           "cannot open " + quoted(path)
                               + ": a save was interrupted, and the file can only be repaired "
                                 "where it can be written");
    platform::DatabaseHandle writer = platform::openDatabase(path, SQLITE_OPEN_READWRITE);
    configureConnection(writer.get());
    platform::queryInt(writer.get(), "SELECT count(*) FROM sqlite_master");
    platform::closeDatabase(writer);
}

FileKind classify(sqlite3* db) {
    if (platform::hasTable(db, detail::table::kMetadata)) {
        try {
            const auto format =
                platform::queryText(db, "SELECT value FROM yike_metadata WHERE key = 'format'");
            if (format == std::string(detail::kFormatValue)) return FileKind::Project;
        } catch (const platform::SqliteError& e) {
            if (e.primaryCode() != SQLITE_ERROR) throw;  // an unrelated table of that name
        }
    }
    const std::int64_t applicationId = platform::queryInt(db, "PRAGMA application_id").value_or(0);
    if (applicationId == detail::kGpkgApplicationId || applicationId == kGpkg10ApplicationId
        || applicationId == kGpkg11ApplicationId || platform::hasTable(db, "gpkg_contents"))
        return FileKind::ForeignGeoPackage;
    return FileKind::OtherDatabase;
}

void quickCheck(sqlite3* db) {
    platform::Statement check(db, "PRAGMA quick_check(3)");
    std::string problems;
    for (;;) {
        try {
            if (!check.step()) break;
        } catch (const platform::SqliteError&) {
            if (problems.empty()) throw;
            break;  // the damage already found is reason enough
        }
        std::string line = check.columnText(0);
        if (line == "ok") continue;
        // Multi-line reports start with "*** in database main ***"; keep one line.
        const std::string header = "*** in database main ***";
        if (line.compare(0, header.size(), header) == 0) line.erase(0, header.size());
        for (char& c : line)
            if (c == '\n' || c == '\r') c = ' ';
        while (!line.empty() && line.front() == ' ') line.erase(0, 1);
        if (!problems.empty()) problems += "; ";
        problems += line;
    }
    if (!problems.empty())
        throw ContentError(Code::Corrupt, "the file is damaged (" + problems + ")");
}

void checkRequiredTables(sqlite3* db, int schemaVersion) {
    std::vector<const char*> names = {"gpkg_spatial_ref_sys", "gpkg_contents",
                                      "gpkg_geometry_columns", detail::table::kMetadata,
                                      detail::table::kCache};
    for (const detail::TableSpec& spec : detail::projectTables())
        if (spec.sinceVersion <= schemaVersion) names.push_back(spec.name);
    for (const char* name : names)
        if (!platform::hasTable(db, name))
            throw ContentError(Code::Corrupt, std::string("the table ") + name + " is missing");
}

std::optional<std::int64_t> parseInteger(const std::string& text) {
    if (text.empty()) return std::nullopt;
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used, 10);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (used != text.size()) return std::nullopt;
    return static_cast<std::int64_t>(value);
}

int readSchemaVersion(sqlite3* db) {
    const auto text = platform::queryText(db, "SELECT value FROM yike_metadata WHERE key = '"
                                                  + std::string(detail::key::kSchemaVersion) + "'");
    const std::optional<std::int64_t> version = text ? parseInteger(*text) : std::nullopt;
    if (!version || *version < 0 || *version > std::numeric_limits<int>::max())
        throw ContentError(Code::Corrupt, "yike_metadata has no valid schema_version");
    return static_cast<int>(*version);
}

void ensureRollbackJournal(sqlite3* db) {
    const std::string mode = platform::queryText(db, "PRAGMA journal_mode").value_or("");
    if (mode == "delete") return;
    const std::string now = platform::queryText(db, "PRAGMA journal_mode = DELETE").value_or("");
    if (now != "delete")
        throw platform::SqliteError(SQLITE_BUSY, "cannot leave journal mode '" + mode + "'");
}

void settleTarget(const fs::path& target) {
    fs::path journal = target;
    journal += "-journal";
    fs::path wal = target;
    wal += "-wal";
    std::error_code ec;
    if (!fs::exists(journal, ec) && !fs::exists(wal, ec)) return;
    try {
        platform::DatabaseHandle db = platform::openDatabase(target, SQLITE_OPEN_READWRITE);
        configureConnection(db.get());
        platform::queryInt(db.get(), "SELECT count(*) FROM sqlite_master");
        if (platform::queryText(db.get(), "PRAGMA journal_mode").value_or("") == "wal")
            platform::queryText(db.get(), "PRAGMA journal_mode = DELETE");
        platform::closeDatabase(db);
    } catch (const std::exception&) {
        // Not a database SQLite can open: whatever journal lies beside it is useless.
    }
    fs::remove(journal, ec);
    fs::remove(wal, ec);
}

}  // namespace yike::project::detail
