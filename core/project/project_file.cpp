// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_file.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <new>
#include <system_error>
#include <unordered_set>
#include <utility>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "yike_version.h"

#include "core/geo/gpkg_geometry.h"
#include "core/project/migration.h"
#include "core/project/os_file.h"
#include "core/project/project_io.h"
#include "core/project/schema.h"
#include "core/project/sqlite_util.h"

namespace yike::project {

namespace fs = std::filesystem;
using Code = ProjectError::Code;
using Json = nlohmann::json;

ProjectError::ProjectError(Code code, std::string message, std::string detail)
    : std::runtime_error(std::move(message)), m_code(code), m_detail(std::move(detail)) {}

struct ProjectFile::Impl {
    fs::path path;
    bool readOnly = true;
    int schemaVersion = 0;
    std::unique_ptr<detail::FileLock> lock;  // declared before db: the connection closes first
    detail::DatabaseHandle db;

    static std::unique_ptr<Impl> open(const fs::path& path, Mode mode,
                                      const detail::MigrationPlan& plan,
                                      std::unique_ptr<detail::FileLock> lock);
    static void restoreNextIds(Project& project,
                               const std::map<std::string, std::string>& metadata);
};

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr std::size_t kSqliteHeaderSize = 100;
// The first 16 bytes of every SQLite 3 database: "SQLite format 3" and a NUL.
constexpr std::array<char, 16> kSqliteMagic{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                            'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
// Older GeoPackage application ids ("GP10", "GP11") still identify a GeoPackage.
constexpr std::int64_t kGpkg10ApplicationId = 0x47503130;
constexpr std::int64_t kGpkg11ApplicationId = 0x47503131;

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

std::string firstLine(std::string text) {
    const std::size_t end = text.find_first_of("\r\n");
    if (end != std::string::npos) text.resize(end);
    return text;
}

/// A problem found in the content of a table, with the table and row named in the message.
class ContentError : public std::runtime_error {
public:
    ContentError(Code code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    Code code() const { return m_code; }

private:
    Code m_code;
};

Code codeForSqlite(int primaryCode) {
    switch (primaryCode) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
        case SQLITE_FORMAT:
        case SQLITE_ERROR:       // the tables are not what they should be
        case SQLITE_CONSTRAINT:  // a table refuses our rows (a changed schema or trigger)
        case SQLITE_MISMATCH:
            return Code::Corrupt;
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return Code::InUse;
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            return Code::ReadOnly;
        default:
            return Code::Io;
    }
}

Code codeForErrno(int error) {
    switch (error) {
        case EACCES:
        case EPERM:
        case EROFS:
            return Code::ReadOnly;
        case ENOENT:
            return Code::NotFound;
        default:
            return Code::Io;
    }
}

/// Turns the exception in flight into a ProjectError "<action> '<file>': <reason>".
[[noreturn]] void rethrowAsProjectError(const std::string& action, const fs::path& file) {
    const std::string prefix = action + " " + quoted(file) + ": ";
    try {
        throw;
    } catch (const ProjectError&) {
        throw;
    } catch (const ContentError& e) {
        throw ProjectError(e.code(), prefix + firstLine(e.what()));
    } catch (const detail::SqliteError& e) {
        const Code code = codeForSqlite(e.primaryCode());
        std::string detail;
        if (code == Code::InUse) detail = "another program holds an SQLite lock on the file";
        std::string reason = firstLine(e.what());
        if (e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB)
            reason = "the file is damaged or truncated (" + reason + ")";
        throw ProjectError(code, prefix + reason, detail);
    } catch (const detail::MigrationError& e) {
        throw ProjectError(Code::Corrupt, prefix + firstLine(e.what()));
    } catch (const geo::GpkgGeometryError& e) {
        throw ProjectError(Code::Corrupt, prefix + firstLine(e.what()));
    } catch (const std::system_error& e) {
        throw ProjectError(codeForErrno(e.code().value()), prefix + firstLine(e.what()));
    } catch (const std::bad_alloc&) {
        throw ProjectError(Code::Io, prefix + "out of memory");
    } catch (const std::exception& e) {
        throw ProjectError(Code::Io, prefix + firstLine(e.what()));
    }
}

fs::path folderOf(const fs::path& file) {
    const fs::path parent = file.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

// ---- file header checks ---------------------------------------------------------------------

std::vector<char> readHead(const fs::path& path, std::size_t count) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ContentError(Code::Io, "the file cannot be read");
    std::vector<char> bytes(count);
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return bytes;
}

std::uint32_t bigEndian32(const std::vector<char>& bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return v;
}

/// Refuses, before SQLite touches the file, anything that is not an SQLite database.
void checkIsSqliteFile(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw ProjectError(Code::NotFound, "cannot open " + quoted(path) + ": no such file");
    if (fs::is_directory(status))
        throw ProjectError(Code::NotSqlite,
                           "cannot open " + quoted(path) + ": it is a folder, not a project file");
    if (!fs::is_regular_file(status))
        throw ProjectError(Code::NotSqlite,
                           "cannot open " + quoted(path) + ": it is not a regular file");
    std::vector<char> head;
    try {
        head = readHead(path, kSqliteMagic.size());
    } catch (...) {
        rethrowAsProjectError("cannot open", path);
    }
    if (head.empty())
        throw ProjectError(Code::NotSqlite, "cannot open " + quoted(path) + ": the file is empty");
    if (head.size() < kSqliteMagic.size()
        || !std::equal(kSqliteMagic.begin(), kSqliteMagic.end(), head.begin()))
        throw ProjectError(
            Code::NotSqlite,
            "cannot open " + quoted(path) + ": not an SQLite database, so not a Yike project");
}

/// Compares the page count in the database header with the file size (a cut-off copy).
/// Called inside a read transaction, after SQLite has rolled back any hot journal.
void checkNotTruncated(const fs::path& path) {
    const std::vector<char> header = readHead(path, kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize)
        throw ContentError(Code::Corrupt, "the file is truncated (shorter than its header)");
    std::uint32_t pageSize =
        (static_cast<std::uint32_t>(static_cast<std::uint8_t>(header[16])) << 8)
        | static_cast<std::uint8_t>(header[17]);
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t changeCounter = bigEndian32(header, 24);
    const std::uint32_t pageCount = bigEndian32(header, 28);
    const std::uint32_t validFor = bigEndian32(header, 92);
    // The in-header size is only meaningful when written by SQLite 3.7.0 or later, which
    // also stores the change counter at offset 92.
    if (pageCount == 0 || changeCounter != validFor) return;
    const std::uintmax_t expected = static_cast<std::uintmax_t>(pageCount) * pageSize;
    const std::uintmax_t actual = fs::file_size(path);
    if (actual < expected)
        throw ContentError(Code::Corrupt, "the file is truncated (" + std::to_string(actual)
                                              + " of " + std::to_string(expected) + " bytes)");
}

// ---- connection ---------------------------------------------------------------------------

void dbConfig(sqlite3* db, int option, int value, const char* name) {
    int applied = -1;
    const int rc = sqlite3_db_config(db, option, value, &applied);
    if (rc != SQLITE_OK || applied != value)
        throw detail::SqliteError(rc == SQLITE_OK ? SQLITE_ERROR : rc,
                                  std::string("cannot set ") + name);
}

/// Hardens a connection before it reads anything from an untrusted file.
void configureConnection(sqlite3* db) {
    dbConfig(db, SQLITE_DBCONFIG_DEFENSIVE, 1, "SQLITE_DBCONFIG_DEFENSIVE");
    dbConfig(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "SQLITE_DBCONFIG_TRUSTED_SCHEMA");
    dbConfig(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION");
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    detail::exec(db, "PRAGMA cell_size_check = ON");
    detail::registerGpkgFunctions(db);
}

/// Trusts the schema while a write runs, if it holds no virtual table but R*Trees (see
/// detail::onlyRtreeVirtualTables); untrusted again afterwards. Create it after BEGIN
/// IMMEDIATE, so the schema cannot change between the check and the writes.
class SchemaTrust {
public:
    explicit SchemaTrust(sqlite3* db) : m_db(db) {
        if (detail::onlyRtreeVirtualTables(db))
            dbConfig(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 1, "SQLITE_DBCONFIG_TRUSTED_SCHEMA");
    }
    ~SchemaTrust() {
        int applied = -1;
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied);
    }
    SchemaTrust(const SchemaTrust&) = delete;
    SchemaTrust& operator=(const SchemaTrust&) = delete;

private:
    sqlite3* m_db;
};

/// A read-only connection cannot roll back the journal of a save that was interrupted (it
/// fails with SQLITE_READONLY_ROLLBACK). SQLite's own locks make that rollback safe from any
/// connection, so a short-lived writable one does it, restoring the last committed state.
void recoverInterruptedSave(const fs::path& path, sqlite3* readOnly) {
    try {
        detail::queryInt(readOnly, "SELECT count(*) FROM sqlite_master");
        return;
    } catch (const detail::SqliteError& e) {
        if (e.code() != SQLITE_READONLY_ROLLBACK) throw;
    }
    if (!detail::isWritableFile(path) || !detail::isWritableDirectory(folderOf(path)))
        throw ProjectError(Code::ReadOnly,
                           "cannot open " + quoted(path)
                               + ": a save was interrupted, and the file can only be repaired "
                                 "where it can be written");
    detail::DatabaseHandle writer = detail::openDatabase(path, SQLITE_OPEN_READWRITE);
    configureConnection(writer.get());
    detail::queryInt(writer.get(), "SELECT count(*) FROM sqlite_master");
    detail::closeDatabase(writer);
}

enum class FileKind { Project, ForeignGeoPackage, OtherDatabase };

FileKind classify(sqlite3* db) {
    if (detail::hasTable(db, detail::table::kMetadata)) {
        try {
            const auto format =
                detail::queryText(db, "SELECT value FROM yike_metadata WHERE key = 'format'");
            if (format == std::string(detail::kFormatValue)) return FileKind::Project;
        } catch (const detail::SqliteError& e) {
            if (e.primaryCode() != SQLITE_ERROR) throw;  // an unrelated table of that name
        }
    }
    const std::int64_t applicationId = detail::queryInt(db, "PRAGMA application_id").value_or(0);
    if (applicationId == detail::kGpkgApplicationId || applicationId == kGpkg10ApplicationId
        || applicationId == kGpkg11ApplicationId || detail::hasTable(db, "gpkg_contents"))
        return FileKind::ForeignGeoPackage;
    return FileKind::OtherDatabase;
}

void quickCheck(sqlite3* db) {
    detail::Statement check(db, "PRAGMA quick_check(3)");
    std::string problems;
    for (;;) {
        try {
            if (!check.step()) break;
        } catch (const detail::SqliteError&) {
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

/// The tables a file of `schemaVersion` must have (tables added by later versions are absent
/// from an older file until it is migrated).
void checkRequiredTables(sqlite3* db, int schemaVersion) {
    std::vector<const char*> names = {"gpkg_spatial_ref_sys", "gpkg_contents",
                                      "gpkg_geometry_columns", detail::table::kMetadata,
                                      detail::table::kCache};
    for (const detail::TableSpec& spec : detail::projectTables())
        if (spec.sinceVersion <= schemaVersion) names.push_back(spec.name);
    for (const char* name : names)
        if (!detail::hasTable(db, name))
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
    const auto text = detail::queryText(db, "SELECT value FROM yike_metadata WHERE key = '"
                                                + std::string(detail::key::kSchemaVersion) + "'");
    const std::optional<std::int64_t> version = text ? parseInteger(*text) : std::nullopt;
    if (!version || *version < 0 || *version > std::numeric_limits<int>::max())
        throw ContentError(Code::Corrupt, "yike_metadata has no valid schema_version");
    return static_cast<int>(*version);
}

/// Journal mode stays DELETE (a rollback journal): a WAL file beside the project would be one
/// more file to lose when copying it, and GeoPackage readers expect a single file.
void ensureRollbackJournal(sqlite3* db) {
    const std::string mode = detail::queryText(db, "PRAGMA journal_mode").value_or("");
    if (mode == "delete") return;
    const std::string now = detail::queryText(db, "PRAGMA journal_mode = DELETE").value_or("");
    if (now != "delete")
        throw detail::SqliteError(SQLITE_BUSY, "cannot leave journal mode '" + mode + "'");
}

std::unique_ptr<detail::FileLock> lockProjectFile(const fs::path& path, const std::string& prefix) {
    detail::FileLock::Attempt attempt = detail::FileLock::tryAcquire(detail::lockFileFor(path));
    if (attempt.lock) return std::move(attempt.lock);
    switch (attempt.failure) {
        case detail::FileLock::Failure::Held:
            throw ProjectError(Code::InUse,
                               prefix + ": it is open for writing in another Yike session ("
                                   + attempt.detail + ")",
                               attempt.detail);
        case detail::FileLock::Failure::NotWritable:
            throw ProjectError(Code::ReadOnly, prefix + ": cannot create the lock file "
                                                   + quoted(detail::lockFileFor(path)) + " ("
                                                   + attempt.detail + ")");
        case detail::FileLock::Failure::Io:
            break;
    }
    throw ProjectError(Code::Io, prefix + ": cannot lock " + quoted(detail::lockFileFor(path))
                                     + " (" + attempt.detail + ")");
}

/// Refuses targets of create() and writeCopy() that can never be written.
void checkWritableTarget(const fs::path& path, const std::string& prefix) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw ProjectError(Code::Io, prefix + ": it is a folder");
    const fs::path folder = folderOf(path);
    if (!fs::is_directory(folder, ec))
        throw ProjectError(Code::NotFound,
                           prefix + ": the folder " + quoted(folder) + " does not exist");
    if (!detail::isWritableDirectory(folder))
        throw ProjectError(Code::ReadOnly,
                           prefix + ": the folder " + quoted(folder) + " is not writable");
}

// ---- writing ------------------------------------------------------------------------------

std::string rowLabel(const std::string& table, FeatureId fid) {
    return "table " + table + ", row fid " + std::to_string(fid);
}

/**
 * Writes the rows of one table. Each row is an UPDATE by fid, or an INSERT when the fid is
 * new, so the values of columns a user added to our tables (in QGIS, say) survive a save;
 * finish() then deletes the rows that are no longer in the project. Tables with another unique
 * key are emptied first instead.
 *
 * Not an UPSERT: its DO UPDATE runs the table's triggers with ABORT conflict handling, which
 * breaks the INSERT OR REPLACE in the R*Tree triggers of GDAL and QGIS spatial indexes.
 */
class RowWriter {
public:
    RowWriter(sqlite3* db, const char* table, std::initializer_list<const char*> columns,
              bool emptyFirst = false)
        : m_db(db),
          m_table(table),
          m_emptyFirst(emptyFirst),
          m_update(db, updateSql(m_table, columns)),
          m_insert(db, insertSql(m_table, columns)) {
        if (emptyFirst) detail::exec(db, "DELETE FROM \"" + m_table + "\"");
    }

    RowWriter& begin(FeatureId fid) {
        m_update.reset();
        m_insert.reset();
        m_next = 1;
        m_fid = fid;
        m_written.insert(fid);
        return integer(fid);
    }
    RowWriter& text(std::string_view value) {
        return bind([value](detail::Statement& s, int i) { s.bindText(i, value); });
    }
    RowWriter& optionalText(const std::optional<std::string>& value) {
        return value ? text(*value) : null();
    }
    RowWriter& integer(std::int64_t value) {
        return bind([value](detail::Statement& s, int i) { s.bindInt(i, value); });
    }
    RowWriter& real(double value) {
        return bind([value](detail::Statement& s, int i) { s.bindDouble(i, value); });
    }
    RowWriter& optionalReal(const std::optional<double>& value) {
        return value ? real(*value) : null();
    }
    RowWriter& boolean(bool value) { return integer(value ? 1 : 0); }
    RowWriter& null() {
        return bind([](detail::Statement& s, int i) { s.bindNull(i); });
    }
    RowWriter& geometry(const geo::Geometry& geometry) {
        std::vector<std::uint8_t> blob;
        try {
            blob = geo::encodeGpkgGeometry(geometry);
        } catch (const geo::GpkgGeometryError& e) {
            throw ContentError(Code::Io, rowLabel(m_table, m_fid) + ": " + e.what());
        }
        m_extent.extend(geo::extentOf(geometry));
        return bind([&blob](detail::Statement& s, int i) { s.bindBlob(i, blob); });
    }
    /// A string map as a JSON object; NULL when empty.
    RowWriter& jsonObject(const std::map<std::string, std::string>& values) {
        if (values.empty()) return null();
        Json object = Json::object();
        for (const auto& [key, value] : values) object[key] = value;
        return json(object);
    }
    RowWriter& json(const Json& value) {
        try {
            return text(value.dump());
        } catch (const Json::exception& e) {
            throw ContentError(Code::Io, rowLabel(m_table, m_fid) + ": " + e.what());
        }
    }
    void end() {
        if (!m_emptyFirst) {
            m_update.run();
            if (sqlite3_changes(m_db) > 0) return;
        }
        m_insert.run();
    }

    /// Deletes the rows not written by this writer.
    void finish() {
        std::vector<std::int64_t> stale;
        detail::Statement select(m_db, "SELECT fid FROM \"" + m_table + "\"");
        while (select.step())
            if (!m_written.contains(select.columnInt(0))) stale.push_back(select.columnInt(0));
        detail::Statement remove(m_db, "DELETE FROM \"" + m_table + "\" WHERE fid = ?");
        for (const std::int64_t fid : stale) {
            remove.reset();
            remove.bindInt(1, fid);
            remove.run();
        }
    }

    const geo::BoundingBox& extent() const { return m_extent; }

private:
    // Both statements number their parameters alike: ?1 is the fid, ?2... the columns.
    template <typename Bind>
    RowWriter& bind(Bind&& bindOne) {
        bindOne(m_update, m_next);
        bindOne(m_insert, m_next);
        ++m_next;
        return *this;
    }
    static std::string updateSql(const std::string& table,
                                 std::initializer_list<const char*> columns) {
        std::string sql = "UPDATE \"" + table + "\" SET ";
        int index = 2;
        for (const char* column : columns) {
            if (index > 2) sql += ", ";
            sql += std::string(column) + " = ?" + std::to_string(index++);
        }
        return sql + " WHERE fid = ?1";
    }
    static std::string insertSql(const std::string& table,
                                 std::initializer_list<const char*> columns) {
        std::string names = "fid";
        std::string values = "?1";
        int index = 2;
        for (const char* column : columns) {
            names += std::string(", ") + column;
            values += ", ?" + std::to_string(index++);
        }
        return "INSERT INTO \"" + table + "\" (" + names + ") VALUES (" + values + ")";
    }

    sqlite3* m_db;
    std::string m_table;
    bool m_emptyFirst;
    detail::Statement m_update;
    detail::Statement m_insert;
    int m_next = 1;
    FeatureId m_fid = 0;
    std::unordered_set<std::int64_t> m_written;
    geo::BoundingBox m_extent;
};

Json sourcesJson(const std::vector<catalog::Source>& sources) {
    Json array = Json::array();
    for (const catalog::Source& source : sources)
        array.push_back(Json{{"id", source.id}, {"where", source.where}});
    return array;
}

/// Writes every project table, the gpkg_contents extents and yike_metadata. Runs inside the
/// caller's transaction; touches no other table.
void writeContent(sqlite3* db, const Project& project,
                  const std::map<std::string, std::string>& internalMetadata) {
    namespace t = detail::table;
    std::map<std::string, geo::BoundingBox> extents;

    {
        RowWriter w(db, t::kFacilities,
                    {"geom", "category", "name", "status", "source", "attributes"});
        for (const Facility& f : project.facilities().items()) {
            w.begin(f.id).geometry(f.position).text(f.categoryCode).text(f.name);
            w.text(toCode(f.status)).text(f.source).jsonObject(f.attributes).end();
        }
        w.finish();
        extents[t::kFacilities] = w.extent();
    }
    {
        RowWriter w(db, t::kCompounds,
                    {"geom", "name", "population", "residents_60_plus", "children_0_14",
                     "households", "fenced", "plot_ratio"});
        for (const Compound& c : project.compounds().items()) {
            w.begin(c.id).geometry(c.outline).text(c.name).integer(c.population);
            w.integer(c.residents60Plus).integer(c.children0To14).integer(c.households);
            w.boolean(c.fenced).real(c.plotRatio).end();
        }
        w.finish();
        extents[t::kCompounds] = w.extent();
    }
    {
        RowWriter w(db, t::kGates, {"geom", "compound_id", "kind", "name", "open_hours"});
        for (const Gate& g : project.gates().items()) {
            w.begin(g.id).geometry(g.position).integer(g.compoundId).text(toCode(g.kind));
            w.text(g.name).text(g.openHours).end();
        }
        w.finish();
        extents[t::kGates] = w.extent();
    }
    {
        RowWriter w(db, t::kIdleSpaces,
                    {"geom", "lon", "lat", "kind", "name", "floor_area_m2", "storey", "owner",
                     "estimated_cost_yuan", "notes", "has_lift", "proposed_for"});
        for (const IdleSpace& s : project.idleSpaces().items()) {
            const geo::Geometry shape =
                s.footprint ? geo::Geometry(*s.footprint) : geo::Geometry(s.position);
            w.begin(s.id).geometry(shape).real(s.position.lon).real(s.position.lat);
            w.text(toCode(s.kind)).text(s.name).real(s.floorAreaM2).integer(s.storey);
            w.text(s.owner).real(s.estimatedCostYuan).text(s.notes).boolean(s.hasLift);
            if (s.proposedFor.empty())
                w.null();
            else
                w.json(Json(s.proposedFor));
            w.end();
        }
        w.finish();
        extents[t::kIdleSpaces] = w.extent();
    }
    {
        RowWriter w(db, t::kStudyArea, {"geom"});
        if (project.studyArea()) w.begin(1).geometry(*project.studyArea()).end();
        w.finish();
        extents[t::kStudyArea] = w.extent();
    }
    {
        RowWriter w(db, t::kStreets, {"geom", "highway", "name", "bridge", "tags"});
        for (const Street& s : project.streets().items()) {
            w.begin(s.id).geometry(s.line).text(s.highway).text(s.name).boolean(s.bridge);
            w.jsonObject(s.tags).end();
        }
        w.finish();
        extents[t::kStreets] = w.extent();
    }
    {
        RowWriter w(db, t::kWater, {"geom", "name"});
        for (const WaterArea& water : project.waterAreas().items())
            w.begin(water.id).geometry(water.outline).text(water.name).end();
        w.finish();
        extents[t::kWater] = w.extent();
    }
    {
        RowWriter w(db, t::kBuildings, {"geom", "kind", "name", "levels"});
        for (const Building& b : project.buildings().items())
            w.begin(b.id).geometry(b.outline).text(b.kind).text(b.name).integer(b.levels).end();
        w.finish();
        extents[t::kBuildings] = w.extent();
    }
    {
        RowWriter w(db, t::kGreen, {"geom", "kind", "name"});
        for (const GreenArea& g : project.greenAreas().items())
            w.begin(g.id).geometry(g.outline).text(g.kind).text(g.name).end();
        w.finish();
        extents[t::kGreen] = w.extent();
    }
    {
        RowWriter w(db, t::kPopulationGrids,
                    {"kind", "source", "year", "file_name", "crs", "cell_area_m2", "notes",
                     "imported_at"});
        for (const PopulationGrid& g : project.populationGrids().items()) {
            w.begin(g.id).text(toCode(g.kind)).text(g.source).integer(g.year).text(g.fileName);
            w.text(g.crs).real(g.cellAreaM2).text(g.notes).text(g.importedAt).end();
        }
        w.finish();
    }
    {
        RowWriter w(db, t::kPopulationCells, {"geom", "grid_id", "value"});
        for (const PopulationCell& c : project.populationCells().items())
            w.begin(c.id).geometry(c.outline).integer(c.gridId).real(c.value).end();
        w.finish();
        extents[t::kPopulationCells] = w.extent();
    }
    {
        RowWriter w(db, t::kScenarios, {"name", "description"});
        for (const Scenario& s : project.scenarios().items())
            w.begin(s.id).text(s.name).text(s.description).end();
        w.finish();
    }
    {
        RowWriter w(db, t::kWalkProfiles,
                    {"code", "name_zh", "name_en", "speed_m_per_s", "stairs_factor",
                     "crossing_delay_s", "vehicle_gates_passable", "source"},
                    true);
        FeatureId position = 0;
        for (const WalkProfile& p : project.walkProfiles()) {
            w.begin(++position).text(p.code).text(p.nameZh).text(p.nameEn).real(p.speedMps);
            w.real(p.stairsFactor).real(p.crossingDelayS).boolean(p.vehicleGatesPassable);
            w.text(p.source).end();
        }
    }
    {
        RowWriter w(db, t::kCatalog,
                    {"code", "name_zh", "name_en", "service_group", "gb50180_level", "walk_target",
                     "walk_minutes", "walk_distance_m", "min_area", "min_area_m2", "per_population",
                     "sources", "confidence", "notes", "max_area_m2", "area_kind", "area_source",
                     "siting"},
                    true);
        FeatureId position = 0;
        for (const catalog::Category& c : project.catalog().categories()) {
            w.begin(++position).text(c.code).text(c.nameZh).text(c.nameEn).text(c.group);
            w.optionalText(c.gb50180Level).optionalText(c.walkTarget).optionalReal(c.walkMinutes);
            w.optionalReal(c.walkDistanceM).optionalText(c.minArea).optionalReal(c.minAreaM2);
            w.optionalText(c.perPopulation).json(sourcesJson(c.sources)).text(c.confidence);
            w.optionalText(c.notes).optionalReal(c.maxAreaM2);
            w.optionalText(c.areaKind.empty() ? std::nullopt : std::optional(c.areaKind));
            w.optionalText(c.areaSource ? std::optional(catalog::toAreaSourceJson(*c.areaSource))
                                        : std::nullopt);
            w.optionalText(c.siting).end();
        }
    }
    {
        // Names are unique, so the table is emptied first; the fid is the place in the list.
        RowWriter w(db, t::kPrintLayouts, {"name", "kind", "definition"}, true);
        FeatureId position = 0;
        for (const PrintLayout& layout : project.printLayouts())
            w.begin(++position).text(layout.name).text(layout.kind).text(layout.definition).end();
    }
    {
        // Names are unique too, and the fid is the circle's place in the list. A centre circle
        // has no outline (geom NULL), an area circle no centre.
        RowWriter w(db, t::kCircles,
                    {"geom", "name", "kind", "centre_facility", "centre_lon", "centre_lat",
                     "profile", "minutes", "satisfaction_percent", "households", "notes"},
                    true);
        FeatureId position = 0;
        for (const Circle& c : project.circles()) {
            w.begin(++position);
            if (c.area.empty())
                w.null();
            else
                w.geometry(c.area);
            w.text(c.name).text(toCode(c.kind));
            if (c.centreFacility != 0)
                w.integer(c.centreFacility);
            else
                w.null();
            w.optionalReal(c.centrePoint ? std::optional(c.centrePoint->lon) : std::nullopt);
            w.optionalReal(c.centrePoint ? std::optional(c.centrePoint->lat) : std::nullopt);
            w.text(c.profileCode).real(c.minutes).optionalReal(c.satisfactionPercent);
            if (c.households)
                w.integer(*c.households);
            else
                w.null();
            w.text(c.notes).end();
        }
        extents[t::kCircles] = w.extent();
    }

    // gpkg_contents: every layer's extent and the time of the change. A row the user deleted
    // is put back, so the layer stays visible to GeoPackage readers.
    detail::Statement contents(
        db,
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,"
        " min_x, min_y, max_x, max_y, srs_id)"
        " VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%fZ','now'), ?5, ?6, ?7, ?8, ?9)"
        " ON CONFLICT(table_name) DO UPDATE SET last_change = excluded.last_change,"
        " min_x = excluded.min_x, min_y = excluded.min_y, max_x = excluded.max_x,"
        " max_y = excluded.max_y");
    for (const detail::TableSpec& spec : detail::projectTables()) {
        const bool features = spec.geometryType != nullptr;
        contents.reset();
        contents.bindText(1, spec.name);
        contents.bindText(2, features ? "features" : "attributes");
        contents.bindText(3, spec.identifier);
        contents.bindText(4, spec.description);
        const auto found = extents.find(spec.name);
        if (found != extents.end() && !found->second.isEmpty()) {
            contents.bindDouble(5, found->second.minLon);
            contents.bindDouble(6, found->second.minLat);
            contents.bindDouble(7, found->second.maxLon);
            contents.bindDouble(8, found->second.maxLat);
        }
        if (features) contents.bindInt(9, geo::kWgs84SrsId);
        contents.run();
    }

    // yike_metadata: the project's own entries are replaced as a whole.
    const std::string prefix = detail::key::kProjectPrefix;
    detail::Statement clear(db, "DELETE FROM yike_metadata WHERE substr(key, 1, ?) = ?");
    clear.bindInt(1, static_cast<std::int64_t>(prefix.size()));
    clear.bindText(2, prefix);
    clear.run();
    detail::Statement put(db, "INSERT OR REPLACE INTO yike_metadata (key, value) VALUES (?, ?)");
    auto store = [&put](const std::string& key, const std::string& value) {
        put.reset();
        put.bindText(1, key);
        put.bindText(2, value);
        put.run();
    };
    store(detail::key::kFormat, detail::kFormatValue);
    store(detail::key::kAppVersion, yike::kVersion);
    store(detail::key::kSavedAt, detail::formatUtc(std::chrono::system_clock::now()));
    const std::string next = detail::key::kNextIdPrefix;
    store(next + t::kFacilities, std::to_string(project.facilities().nextId()));
    store(next + t::kCompounds, std::to_string(project.compounds().nextId()));
    store(next + t::kGates, std::to_string(project.gates().nextId()));
    store(next + t::kIdleSpaces, std::to_string(project.idleSpaces().nextId()));
    store(next + t::kStreets, std::to_string(project.streets().nextId()));
    store(next + t::kWater, std::to_string(project.waterAreas().nextId()));
    store(next + t::kBuildings, std::to_string(project.buildings().nextId()));
    store(next + t::kGreen, std::to_string(project.greenAreas().nextId()));
    store(next + t::kScenarios, std::to_string(project.scenarios().nextId()));
    store(next + t::kPopulationGrids, std::to_string(project.populationGrids().nextId()));
    store(next + t::kPopulationCells, std::to_string(project.populationCells().nextId()));
    for (const auto& [key, value] : project.metadata()) store(prefix + key, value);
    for (const auto& [key, value] : internalMetadata) store(key, value);
}

// ---- reading ------------------------------------------------------------------------------

/// Reads one row, checking every value; errors name the table, the row and the column.
class RowReader {
public:
    RowReader(const detail::Statement& statement, const char* table)
        : m_row(statement), m_table(table) {
        if (m_row.columnType(0) != SQLITE_INTEGER) fail("fid", "is not an integer");
        m_fid = m_row.columnInt(0);
        if (m_fid <= 0) fail("fid", "must be positive");
    }

    FeatureId fid() const { return m_fid; }

    [[noreturn]] void fail(const char* column, const std::string& what) const {
        std::string message = rowLabel(m_table, m_fid);
        if (column != nullptr) message += std::string(", column ") + column;
        throw ContentError(Code::Corrupt, message + ": " + what);
    }

    std::string text(int column, const char* name) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return {};
        if (type != SQLITE_TEXT) fail(name, "expected text");
        return m_row.columnText(column);
    }
    std::optional<std::string> optionalText(int column, const char* name) const {
        if (m_row.isNull(column)) return std::nullopt;
        return text(column, name);
    }
    std::string requiredText(int column, const char* name) const {
        std::string value = text(column, name);
        if (value.empty()) fail(name, "is empty");
        return value;
    }
    std::int64_t integer(int column, const char* name, std::int64_t fallback) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return fallback;
        if (type != SQLITE_INTEGER) fail(name, "expected an integer");
        return m_row.columnInt(column);
    }
    std::optional<std::int64_t> optionalInteger(int column, const char* name) const {
        if (m_row.isNull(column)) return std::nullopt;
        return integer(column, name, 0);
    }
    int smallInteger(int column, const char* name, int fallback) const {
        const std::int64_t value = integer(column, name, fallback);
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            fail(name, "out of range");
        return static_cast<int>(value);
    }
    std::optional<double> optionalReal(int column, const char* name) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) return std::nullopt;
        if (type != SQLITE_INTEGER && type != SQLITE_FLOAT) fail(name, "expected a number");
        return m_row.columnDouble(column);
    }
    double real(int column, const char* name, double fallback) const {
        return optionalReal(column, name).value_or(fallback);
    }
    bool boolean(int column, const char* name, bool fallback) const {
        return integer(column, name, fallback ? 1 : 0) != 0;
    }
    std::map<std::string, std::string> jsonObject(int column, const char* name) const {
        std::map<std::string, std::string> values;
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return values;
        const Json parsed = Json::parse(*text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_object()) fail(name, "expected a JSON object");
        for (const auto& [key, value] : parsed.items()) {
            if (value.is_string())
                values[key] = value.get<std::string>();
            else if (value.is_primitive() && !value.is_null())
                values[key] = value.dump();
            else if (!value.is_null())
                fail(name, "the value of '" + key + "' is not text");
        }
        return values;
    }
    /// The JSON array in a text column; an empty one for NULL or empty text.
    Json jsonArray(int column, const char* name) const {
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return Json::array();
        Json parsed = Json::parse(*text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_array()) fail(name, "expected a JSON array");
        return parsed;
    }
    std::vector<catalog::Source> sources(int column, const char* name) const {
        std::vector<catalog::Source> result;
        for (const Json& item : jsonArray(column, name)) {
            if (!item.is_object() || !item.contains("id") || !item["id"].is_string()
                || (item.contains("where") && !item["where"].is_string()))
                fail(name, "expected objects with the text fields id and where");
            result.push_back({item["id"].get<std::string>(),
                              item.contains("where") ? item["where"].get<std::string>() : ""});
        }
        return result;
    }

    /// A JSON array of strings; empty for NULL or empty text.
    std::vector<std::string> textArray(int column, const char* name) const {
        std::vector<std::string> result;
        for (const Json& item : jsonArray(column, name)) {
            if (!item.is_string()) fail(name, "expected an array of texts");
            result.push_back(item.get<std::string>());
        }
        return result;
    }
    std::optional<catalog::AreaSource> areaSource(int column, const char* name) const {
        const std::optional<std::string> text = optionalText(column, name);
        if (!text || text->empty()) return std::nullopt;
        try {
            return catalog::parseAreaSourceJson(*text);
        } catch (const catalog::CatalogError& e) {
            fail(name, e.what());
        }
    }

    geo::GpkgGeometry geometry(int column) const {
        const int type = m_row.columnType(column);
        if (type == SQLITE_NULL) fail("geom", "the feature has no geometry");
        if (type != SQLITE_BLOB) fail("geom", "expected a GeoPackage geometry blob");
        geo::GpkgGeometry decoded;
        try {
            decoded = geo::decodeGpkgGeometry(m_row.columnBlob(column));
        } catch (const geo::GpkgGeometryError& e) {
            fail("geom", e.what());
        }
        if (decoded.srsId != geo::kWgs84SrsId)
            fail("geom", "SRS id " + std::to_string(decoded.srsId) + " instead of 4326");
        return decoded;
    }
    geo::LonLat point(int column) const {
        const geo::GpkgGeometry g = geometry(column);
        if (g.type != geo::GeometryType::WkbPoint) fail("geom", "expected a point");
        if (g.isEmpty()) fail("geom", "the point is empty");
        return std::get<geo::LonLat>(*g.geometry);
    }
    geo::LineString line(int column) const {
        const geo::GpkgGeometry g = geometry(column);
        if (g.type != geo::GeometryType::WkbLineString) fail("geom", "expected a line string");
        return g.isEmpty() ? geo::LineString{} : std::get<geo::LineString>(*g.geometry);
    }
    geo::Polygon polygon(int column) const { return polygonOf(geometry(column)); }
    /// A polygon or a multipolygon, as a multipolygon; empty for NULL or an empty geometry.
    geo::MultiPolygon multiPolygon(int column) const {
        if (m_row.isNull(column)) return {};
        const geo::GpkgGeometry g = geometry(column);
        if (g.type == geo::GeometryType::WkbMultiPolygon)
            return g.isEmpty() ? geo::MultiPolygon{} : std::get<geo::MultiPolygon>(*g.geometry);
        if (g.type == geo::GeometryType::WkbPolygon)
            return g.isEmpty() ? geo::MultiPolygon{}
                               : geo::MultiPolygon{std::get<geo::Polygon>(*g.geometry)};
        fail("geom", "expected a polygon or a multipolygon");
    }
    geo::Polygon polygonOf(const geo::GpkgGeometry& g) const {
        if (g.type != geo::GeometryType::WkbPolygon) fail("geom", "expected a polygon");
        return g.isEmpty() ? geo::Polygon{} : std::get<geo::Polygon>(*g.geometry);
    }

    /// Runs an addition to the project, reporting a refused one against this row.
    template <typename Add>
    void add(Add&& addition) const {
        try {
            addition();
        } catch (const ProjectLogicError& e) {
            fail(nullptr, e.what());
        }
    }

private:
    const detail::Statement& m_row;
    std::string m_table;
    FeatureId m_fid = 0;
};

std::map<std::string, std::string> readMetadataTable(sqlite3* db) {
    std::map<std::string, std::string> values;
    detail::Statement select(db, "SELECT key, value FROM yike_metadata");
    while (select.step())
        if (select.columnType(0) == SQLITE_TEXT)
            values[select.columnText(0)] = select.columnText(1);
    return values;
}

std::string selectAll(const char* table, const char* columns) {
    return std::string("SELECT ") + columns + " FROM \"" + table + "\" ORDER BY fid";
}

/// Reads the whole project from a file of `schemaVersion` (tables of later versions are not
/// looked for: a version-1 file opened read-only has no green areas, and a table of that name
/// in it is not ours).
Project loadContent(sqlite3* db, int schemaVersion) {
    namespace t = detail::table;
    Project project;
    const std::map<std::string, std::string> metadata = readMetadataTable(db);

    {
        detail::Statement s(
            db, selectAll(t::kFacilities, "fid, geom, category, name, status, source, attributes"));
        while (s.step()) {
            const RowReader r(s, t::kFacilities);
            Facility f;
            f.id = r.fid();
            f.position = r.point(1);
            f.categoryCode = r.requiredText(2, "category");
            f.name = r.text(3, "name");
            const std::string status = r.requiredText(4, "status");
            const std::optional<FacilityStatus> parsed = facilityStatusFromCode(status);
            if (!parsed) r.fail("status", "unknown code '" + status + "'");
            f.status = *parsed;
            f.source = r.text(5, "source");
            f.attributes = r.jsonObject(6, "attributes");
            r.add([&] { project.addFacility(std::move(f)); });
        }
    }
    {
        // plot_ratio came with schema 3; an older file opened read-only lacks it.
        const bool hasPlotRatio = schemaVersion >= 3;
        detail::Statement s(db, selectAll(t::kCompounds,
                                          hasPlotRatio
                                              ? "fid, geom, name, population, residents_60_plus, "
                                                "children_0_14, households, fenced, plot_ratio"
                                              : "fid, geom, name, population, residents_60_plus, "
                                                "children_0_14, households, fenced"));
        while (s.step()) {
            const RowReader r(s, t::kCompounds);
            Compound c;
            c.id = r.fid();
            c.outline = r.polygon(1);
            c.name = r.text(2, "name");
            c.population = r.smallInteger(3, "population", 0);
            c.residents60Plus = r.smallInteger(4, "residents_60_plus", 0);
            c.children0To14 = r.smallInteger(5, "children_0_14", 0);
            c.households = r.smallInteger(6, "households", 0);
            c.fenced = r.boolean(7, "fenced", true);
            if (hasPlotRatio) {
                c.plotRatio = r.real(8, "plot_ratio", 0.0);
                if (!(c.plotRatio >= 0.0 && c.plotRatio < 100.0))
                    r.fail("plot_ratio", "out of range");
            }
            r.add([&] { project.addCompound(std::move(c)); });
        }
    }
    {
        detail::Statement s(db,
                            selectAll(t::kGates, "fid, geom, compound_id, kind, name, open_hours"));
        while (s.step()) {
            const RowReader r(s, t::kGates);
            Gate g;
            g.id = r.fid();
            g.position = r.point(1);
            g.compoundId = r.integer(2, "compound_id", 0);
            const std::string kind = r.requiredText(3, "kind");
            const std::optional<GateKind> parsed = gateKindFromCode(kind);
            if (!parsed) r.fail("kind", "unknown code '" + kind + "'");
            g.kind = *parsed;
            g.name = r.text(4, "name");
            g.openHours = r.text(5, "open_hours");
            r.add([&] { project.addGate(std::move(g)); });
        }
    }
    {
        // has_lift and proposed_for came with schema 4; an older file opened read-only lacks them.
        const bool hasLifts = schemaVersion >= 4;
        std::string columns =
            "fid, geom, lon, lat, kind, name, floor_area_m2, storey, owner, estimated_cost_yuan, "
            "notes";
        if (hasLifts) columns += ", has_lift, proposed_for";
        detail::Statement s(db, selectAll(t::kIdleSpaces, columns.c_str()));
        while (s.step()) {
            const RowReader r(s, t::kIdleSpaces);
            IdleSpace space;
            space.id = r.fid();
            const geo::GpkgGeometry shape = r.geometry(1);
            if (shape.type == geo::GeometryType::WkbPoint) {
                if (shape.isEmpty()) r.fail("geom", "the point is empty");
                space.position = std::get<geo::LonLat>(*shape.geometry);
            } else {
                space.footprint = r.polygonOf(shape);
                const std::optional<double> lon = r.optionalReal(2, "lon");
                const std::optional<double> lat = r.optionalReal(3, "lat");
                if (lon && lat) {
                    space.position = {*lon, *lat};
                } else {
                    // Drawn in another program without a position: use the footprint's centre.
                    const geo::BoundingBox box = geo::boundsOf(*space.footprint);
                    if (box.isEmpty()) r.fail("lon", "no position and an empty footprint");
                    space.position = {(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2};
                }
            }
            const std::string kind = r.requiredText(4, "kind");
            const std::optional<IdleSpaceKind> parsed = idleSpaceKindFromCode(kind);
            if (!parsed) r.fail("kind", "unknown code '" + kind + "'");
            space.kind = *parsed;
            space.name = r.text(5, "name");
            space.floorAreaM2 = r.real(6, "floor_area_m2", 0.0);
            space.storey = r.smallInteger(7, "storey", 1);
            space.owner = r.text(8, "owner");
            space.estimatedCostYuan = r.real(9, "estimated_cost_yuan", 0.0);
            space.notes = r.text(10, "notes");
            if (hasLifts) {
                space.hasLift = r.boolean(11, "has_lift", false);
                space.proposedFor = r.textArray(12, "proposed_for");
            }
            r.add([&] { project.addIdleSpace(std::move(space)); });
        }
    }
    {
        detail::Statement s(db, selectAll(t::kStudyArea, "fid, geom"));
        std::optional<geo::Polygon> area;
        while (s.step()) {
            const RowReader r(s, t::kStudyArea);
            if (area) r.fail(nullptr, "a project has at most one study area");
            area = r.polygon(1);
        }
        if (area) project.setStudyArea(std::move(area));
    }
    {
        detail::Statement s(db, selectAll(t::kStreets, "fid, geom, highway, name, bridge, tags"));
        while (s.step()) {
            const RowReader r(s, t::kStreets);
            Street street;
            street.id = r.fid();
            street.line = r.line(1);
            street.highway = r.text(2, "highway");
            street.name = r.text(3, "name");
            street.bridge = r.boolean(4, "bridge", false);
            street.tags = r.jsonObject(5, "tags");
            r.add([&] { project.addStreet(std::move(street)); });
        }
    }
    {
        detail::Statement s(db, selectAll(t::kWater, "fid, geom, name"));
        while (s.step()) {
            const RowReader r(s, t::kWater);
            WaterArea water;
            water.id = r.fid();
            water.outline = r.polygon(1);
            water.name = r.text(2, "name");
            r.add([&] { project.addWaterArea(std::move(water)); });
        }
    }
    {
        detail::Statement s(db, selectAll(t::kBuildings, "fid, geom, kind, name, levels"));
        while (s.step()) {
            const RowReader r(s, t::kBuildings);
            Building building;
            building.id = r.fid();
            building.outline = r.polygon(1);
            building.kind = r.text(2, "kind");
            building.name = r.text(3, "name");
            building.levels = r.smallInteger(4, "levels", 0);
            r.add([&] { project.addBuilding(std::move(building)); });
        }
    }
    if (schemaVersion >= detail::projectTable(t::kGreen).sinceVersion) {
        detail::Statement s(db, selectAll(t::kGreen, "fid, geom, kind, name"));
        while (s.step()) {
            const RowReader r(s, t::kGreen);
            GreenArea green;
            green.id = r.fid();
            green.outline = r.polygon(1);
            green.kind = r.text(2, "kind");
            green.name = r.text(3, "name");
            r.add([&] { project.addGreenArea(std::move(green)); });
        }
    }
    if (schemaVersion >= detail::projectTable(t::kPopulationGrids).sinceVersion) {
        std::vector<PopulationGrid> grids;
        std::map<FeatureId, std::vector<PopulationCell>> cellsOf;
        detail::Statement s(db, selectAll(t::kPopulationGrids,
                                          "fid, kind, source, year, file_name, crs, cell_area_m2, "
                                          "notes, imported_at"));
        while (s.step()) {
            const RowReader r(s, t::kPopulationGrids);
            PopulationGrid grid;
            grid.id = r.fid();
            const std::string kind = r.requiredText(1, "kind");
            const std::optional<PopulationGridKind> parsed = populationGridKindFromCode(kind);
            if (!parsed) r.fail("kind", "unknown code '" + kind + "'");
            grid.kind = *parsed;
            grid.source = r.text(2, "source");
            grid.year = r.smallInteger(3, "year", 0);
            grid.fileName = r.text(4, "file_name");
            grid.crs = r.text(5, "crs");
            grid.cellAreaM2 = r.real(6, "cell_area_m2", 0.0);
            grid.notes = r.text(7, "notes");
            grid.importedAt = r.text(8, "imported_at");
            for (const PopulationGrid& other : grids)
                if (other.kind == grid.kind) r.fail("kind", "a second grid of kind '" + kind + "'");
            grids.push_back(std::move(grid));
        }
        detail::Statement c(db, selectAll(t::kPopulationCells, "fid, geom, grid_id, value"));
        while (c.step()) {
            const RowReader r(c, t::kPopulationCells);
            PopulationCell cell;
            cell.id = r.fid();
            cell.outline = r.polygon(1);
            cell.gridId = r.integer(2, "grid_id", 0);
            if (std::none_of(grids.begin(), grids.end(),
                             [&](const PopulationGrid& g) { return g.id == cell.gridId; }))
                r.fail("grid_id", "names no population grid");
            cell.value = r.real(3, "value", 0.0);
            if (!std::isfinite(cell.value) || cell.value < 0.0) r.fail("value", "not a count or share");
            cellsOf[cell.gridId].push_back(std::move(cell));
        }
        for (PopulationGrid& grid : grids) {
            const FeatureId id = grid.id;
            try {
                project.addPopulationGrid(std::move(grid), std::move(cellsOf[id]));
            } catch (const ProjectLogicError& e) {
                throw ContentError(Code::Corrupt, std::string(t::kPopulationCells) + ": " + e.what());
            }
        }
    }
    {
        detail::Statement s(db, selectAll(t::kScenarios, "fid, name, description"));
        while (s.step()) {
            const RowReader r(s, t::kScenarios);
            Scenario scenario;
            scenario.id = r.fid();
            scenario.name = r.text(1, "name");
            scenario.description = r.text(2, "description");
            r.add([&] { project.addScenario(std::move(scenario)); });
        }
    }
    {
        detail::Statement s(db, selectAll(t::kWalkProfiles,
                                          "fid, code, name_zh, name_en, speed_m_per_s, "
                                          "stairs_factor, crossing_delay_s, "
                                          "vehicle_gates_passable, source"));
        std::vector<WalkProfile> profiles;
        while (s.step()) {
            const RowReader r(s, t::kWalkProfiles);
            WalkProfile p;
            p.code = r.requiredText(1, "code");
            p.nameZh = r.text(2, "name_zh");
            p.nameEn = r.text(3, "name_en");
            const std::optional<double> speed = r.optionalReal(4, "speed_m_per_s");
            if (!speed) r.fail("speed_m_per_s", "is empty");
            p.speedMps = *speed;
            p.stairsFactor = r.real(5, "stairs_factor", p.stairsFactor);
            p.crossingDelayS = r.real(6, "crossing_delay_s", p.crossingDelayS);
            p.vehicleGatesPassable = r.boolean(7, "vehicle_gates_passable", true);
            p.source = r.text(8, "source");
            profiles.push_back(std::move(p));
        }
        try {
            project.setWalkProfiles(std::move(profiles));
        } catch (const ProjectLogicError& e) {
            throw ContentError(Code::Corrupt,
                               std::string("table ") + t::kWalkProfiles + ": " + e.what());
        }
    }
    {
        // The area columns came with schema 4; an older file opened read-only lacks them.
        const bool hasAreas = schemaVersion >= 4;
        std::string columns =
            "fid, code, name_zh, name_en, service_group, gb50180_level, walk_target, "
            "walk_minutes, walk_distance_m, min_area, min_area_m2, per_population, sources, "
            "confidence, notes";
        if (hasAreas) columns += ", max_area_m2, area_kind, area_source, siting";
        detail::Statement s(db, selectAll(t::kCatalog, columns.c_str()));
        std::vector<catalog::Category> categories;
        while (s.step()) {
            const RowReader r(s, t::kCatalog);
            catalog::Category c;
            c.code = r.requiredText(1, "code");
            c.nameZh = r.text(2, "name_zh");
            c.nameEn = r.text(3, "name_en");
            c.group = r.text(4, "service_group");
            c.gb50180Level = r.optionalText(5, "gb50180_level");
            c.walkTarget = r.optionalText(6, "walk_target");
            c.walkMinutes = r.optionalReal(7, "walk_minutes");
            c.walkDistanceM = r.optionalReal(8, "walk_distance_m");
            c.minArea = r.optionalText(9, "min_area");
            c.minAreaM2 = r.optionalReal(10, "min_area_m2");
            c.perPopulation = r.optionalText(11, "per_population");
            c.sources = r.sources(12, "sources");
            c.confidence = r.text(13, "confidence");
            c.notes = r.optionalText(14, "notes");
            if (hasAreas) {
                c.maxAreaM2 = r.optionalReal(15, "max_area_m2");
                c.areaKind = r.text(16, "area_kind");
                if (!c.areaKind.empty() && !catalog::isAreaKind(c.areaKind))
                    r.fail("area_kind", "unknown kind '" + c.areaKind + "'");
                c.areaSource = r.areaSource(17, "area_source");
                c.siting = r.optionalText(18, "siting");
            }
            categories.push_back(std::move(c));
        }
        try {
            project.setCatalog(catalog::Catalog(std::move(categories)));
        } catch (const catalog::CatalogError& e) {
            throw ContentError(Code::Corrupt,
                               std::string("table ") + t::kCatalog + ": " + e.what());
        }
    }

    if (schemaVersion >= detail::projectTable(t::kPrintLayouts).sinceVersion) {
        detail::Statement s(db, selectAll(t::kPrintLayouts, "fid, name, kind, definition"));
        while (s.step()) {
            const RowReader r(s, t::kPrintLayouts);
            PrintLayout layout;
            layout.name = r.requiredText(1, "name");
            layout.kind = r.requiredText(2, "kind");
            std::optional<std::string> definition = r.optionalText(3, "definition");
            if (!definition) r.fail("definition", "expected text");
            layout.definition = std::move(*definition);
            // Refuses a second layout of one name and text that is not UTF-8.
            r.add([&] {
                project.insertPrintLayout(project.printLayouts().size(), std::move(layout));
            });
        }
    }

    if (schemaVersion >= detail::projectTable(t::kCircles).sinceVersion) {
        detail::Statement s(db, selectAll(t::kCircles,
                                          "fid, geom, name, kind, centre_facility, centre_lon, "
                                          "centre_lat, profile, minutes, satisfaction_percent, "
                                          "households, notes"));
        while (s.step()) {
            const RowReader r(s, t::kCircles);
            Circle circle;
            circle.name = r.requiredText(2, "name");
            const std::string kind = r.requiredText(3, "kind");
            const std::optional<CircleKind> parsed = circleKindFromCode(kind);
            if (!parsed) r.fail("kind", "unknown code '" + kind + "'");
            circle.kind = *parsed;
            circle.area = r.multiPolygon(1);
            circle.centreFacility = r.integer(4, "centre_facility", 0);
            const std::optional<double> lon = r.optionalReal(5, "centre_lon");
            const std::optional<double> lat = r.optionalReal(6, "centre_lat");
            if (lon.has_value() != lat.has_value())
                r.fail(lon ? "centre_lat" : "centre_lon",
                       "is empty, but the other coordinate is not");
            if (lon) circle.centrePoint = geo::LonLat{*lon, *lat};
            // A row drawn in QGIS may leave these empty: the defaults then.
            if (std::optional<std::string> profile = r.optionalText(7, "profile"))
                circle.profileCode = std::move(*profile);
            circle.minutes = r.real(8, "minutes", circle.minutes);
            circle.satisfactionPercent = r.optionalReal(9, "satisfaction_percent");
            if (const std::optional<std::int64_t> households = r.optionalInteger(10, "households"))
                circle.households = *households;
            circle.notes = r.text(11, "notes");
            // Refuses a second circle of one name, and what checkCircle refuses: an area circle
            // without an outline, a centre circle without a centre, figures out of range.
            r.add([&] { project.insertCircle(project.circles().size(), std::move(circle)); });
        }
    }

    const std::string prefix = detail::key::kProjectPrefix;
    for (const auto& [key, value] : metadata)
        if (key.size() > prefix.size() && key.compare(0, prefix.size(), prefix) == 0
            && !value.empty())
            project.setMetadataValue(key.substr(prefix.size()), value);

    ProjectFile::Impl::restoreNextIds(project, metadata);
    return project;
}

void removeLeftovers(const fs::path& folder, const std::string& prefix) {
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) return;
    std::vector<fs::path> leftovers;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) == 0) leftovers.push_back(it->path());
    }
    for (const fs::path& path : leftovers) fs::remove(path, ec);
}

/// A journal or WAL left beside `target` by a crashed writer belongs to the file about to be
/// replaced; SQLite would apply it to the new file. Let SQLite settle it first, then make sure
/// it is gone. The caller holds the lock of `target`.
void settleTarget(const fs::path& target) {
    fs::path journal = target;
    journal += "-journal";
    fs::path wal = target;
    wal += "-wal";
    std::error_code ec;
    if (!fs::exists(journal, ec) && !fs::exists(wal, ec)) return;
    try {
        detail::DatabaseHandle db = detail::openDatabase(target, SQLITE_OPEN_READWRITE);
        configureConnection(db.get());
        detail::queryInt(db.get(), "SELECT count(*) FROM sqlite_master");
        if (detail::queryText(db.get(), "PRAGMA journal_mode").value_or("") == "wal")
            detail::queryText(db.get(), "PRAGMA journal_mode = DELETE");
        detail::closeDatabase(db);
    } catch (const std::exception&) {
        // Not a database SQLite can open: whatever journal lies beside it is useless.
    }
    fs::remove(journal, ec);
    fs::remove(wal, ec);
}

}  // namespace

// ---- ProjectFile::Impl --------------------------------------------------------------------

std::unique_ptr<ProjectFile::Impl> ProjectFile::Impl::open(const fs::path& path, Mode mode,
                                                           const detail::MigrationPlan& plan,
                                                           std::unique_ptr<detail::FileLock> lock) {
    const bool writable = mode == Mode::ReadWrite;
    checkIsSqliteFile(path);
    if (writable) {
        const std::string prefix = "cannot open " + quoted(path) + " for writing";
        if (!detail::isWritableFile(path))
            throw ProjectError(Code::ReadOnly, prefix + ": the file is read-only");
        if (!detail::isWritableDirectory(folderOf(path)))
            throw ProjectError(Code::ReadOnly, prefix + ": the folder " + quoted(folderOf(path))
                                                   + " is not writable");
        if (!lock) lock = lockProjectFile(path, prefix);
    }

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = !writable;
    impl->lock = std::move(lock);
    try {
        // Never SQLITE_OPEN_CREATE: a file that vanished is an error, not a new database.
        impl->db =
            detail::openDatabase(path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
        sqlite3* db = impl->db.get();
        configureConnection(db);
        if (!writable) recoverInterruptedSave(path, db);

        int fileVersion = 0;
        std::string appVersion;
        {
            detail::Transaction read(db, detail::Transaction::Kind::Deferred);
            quickCheck(db);
            checkNotTruncated(path);
            switch (classify(db)) {
                case FileKind::Project:
                    break;
                case FileKind::ForeignGeoPackage:
                    throw ProjectError(
                        Code::ForeignGeoPackage,
                        "cannot open " + quoted(path)
                            + ": it is a GeoPackage but not a Yike project (import it instead)");
                case FileKind::OtherDatabase:
                    throw ProjectError(Code::NotAProject,
                                       "cannot open " + quoted(path)
                                           + ": an SQLite database, but not a Yike project");
            }
            fileVersion = readSchemaVersion(db);
            checkRequiredTables(db, std::clamp(fileVersion, 1, std::max(1, plan.targetVersion)));
            appVersion = detail::queryText(db, "SELECT value FROM yike_metadata WHERE key = '"
                                                   + std::string(detail::key::kAppVersion) + "'")
                             .value_or("");
            read.commit();
        }
        if (fileVersion > plan.targetVersion)
            throw ProjectError(Code::NewerVersion,
                               "cannot open " + quoted(path) + ": it was written by a newer Yike ("
                                   + (appVersion.empty() ? "unknown version" : appVersion)
                                   + ", schema version " + std::to_string(fileVersion)
                                   + "; this version reads up to "
                                   + std::to_string(plan.targetVersion) + ")",
                               appVersion);
        if (writable) {
            ensureRollbackJournal(db);
            detail::exec(db, "PRAGMA synchronous = FULL");
            if (fileVersion < plan.targetVersion) {
                const SchemaTrust trust(db);
                detail::runMigrations(db, fileVersion, plan);
                fileVersion = plan.targetVersion;
            }
        }
        impl->schemaVersion = fileVersion;
    } catch (...) {
        rethrowAsProjectError("cannot open", path);
    }
    return impl;
}

void ProjectFile::Impl::restoreNextIds(Project& project,
                                       const std::map<std::string, std::string>& metadata) {
    namespace t = detail::table;
    auto counter = [&metadata](const char* table) -> FeatureId {
        const auto found = metadata.find(std::string(detail::key::kNextIdPrefix) + table);
        if (found == metadata.end()) return 1;
        const std::optional<std::int64_t> value = parseInteger(found->second);
        if (!value || *value < 1)
            throw ContentError(Code::Corrupt, std::string("yike_metadata: ") + found->first
                                                  + " is not a positive integer");
        return *value;
    };
    project.m_facilities.setNextId(counter(t::kFacilities));
    project.m_compounds.setNextId(counter(t::kCompounds));
    project.m_gates.setNextId(counter(t::kGates));
    project.m_idleSpaces.setNextId(counter(t::kIdleSpaces));
    project.m_streets.setNextId(counter(t::kStreets));
    project.m_water.setNextId(counter(t::kWater));
    project.m_buildings.setNextId(counter(t::kBuildings));
    project.m_green.setNextId(counter(t::kGreen));
    project.m_scenarios.setNextId(counter(t::kScenarios));
    project.m_grids.setNextId(counter(t::kPopulationGrids));
    project.m_cells.setNextId(counter(t::kPopulationCells));
}

// ---- ProjectFile --------------------------------------------------------------------------

ProjectFile::ProjectFile(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

ProjectFile::~ProjectFile() = default;

int ProjectFile::currentSchemaVersion() {
    return detail::kCurrentSchemaVersion;
}

std::unique_ptr<ProjectFile> ProjectFile::open(const fs::path& path, Mode mode) {
    return open(path, mode, detail::builtinMigrationPlan());
}

std::unique_ptr<ProjectFile> ProjectFile::open(const fs::path& path, Mode mode,
                                               const detail::MigrationPlan& plan) {
    return std::unique_ptr<ProjectFile>(new ProjectFile(Impl::open(path, mode, plan, nullptr)));
}

std::unique_ptr<ProjectFile> ProjectFile::create(const fs::path& path, const Project& project) {
    const std::string prefix = "cannot create " + quoted(path);
    checkWritableTarget(path, prefix);
    std::unique_ptr<detail::FileLock> lock = lockProjectFile(path, prefix);
    detail::writeProjectAtomically(path, project, {});
    return std::unique_ptr<ProjectFile>(new ProjectFile(
        Impl::open(path, Mode::ReadWrite, detail::builtinMigrationPlan(), std::move(lock))));
}

void ProjectFile::writeCopy(const fs::path& path, const Project& project) {
    const std::string prefix = "cannot write " + quoted(path);
    checkWritableTarget(path, prefix);
    const std::unique_ptr<detail::FileLock> lock = lockProjectFile(path, prefix);
    detail::writeProjectAtomically(path, project, {});
}

ProjectInfo ProjectFile::inspect(const fs::path& path) {
    const std::unique_ptr<Impl> impl =
        Impl::open(path, Mode::ReadOnly, detail::builtinMigrationPlan(), nullptr);
    try {
        sqlite3* db = impl->db.get();
        detail::Transaction read(db, detail::Transaction::Kind::Deferred);
        // A table added by a later schema version is absent from an older file: no rows.
        const int version = impl->schemaVersion;
        auto present = [version](const char* table) {
            return detail::projectTable(table).sinceVersion <= version;
        };
        auto count = [db, &present](const char* table) -> std::int64_t {
            if (!present(table)) return 0;
            return detail::queryInt(db, std::string("SELECT count(*) FROM \"") + table + "\"")
                .value_or(0);
        };
        namespace t = detail::table;
        ProjectInfo info;
        info.schemaVersion = impl->schemaVersion;
        const std::map<std::string, std::string> metadata = readMetadataTable(db);
        auto value = [&metadata](const std::string& key) {
            const auto found = metadata.find(key);
            return found == metadata.end() ? std::string() : found->second;
        };
        info.appVersion = value(detail::key::kAppVersion);
        info.title = value(std::string(detail::key::kProjectPrefix) + meta::kTitle);
        info.region = value(std::string(detail::key::kProjectPrefix) + meta::kRegion);
        info.facilities = count(t::kFacilities);
        info.compounds = count(t::kCompounds);
        info.gates = count(t::kGates);
        info.idleSpaces = count(t::kIdleSpaces);
        info.streets = count(t::kStreets);
        info.waterAreas = count(t::kWater);
        info.buildings = count(t::kBuildings);
        info.greenAreas = count(t::kGreen);
        info.scenarios = count(t::kScenarios);
        info.categories = count(t::kCatalog);
        info.walkProfiles = count(t::kWalkProfiles);
        info.printLayouts = count(t::kPrintLayouts);
        info.circles = count(t::kCircles);
        info.hasStudyArea = count(t::kStudyArea) > 0;

        auto extend = [db, &info](const std::string& sql) {
            detail::Statement s(db, sql);
            if (s.step() && !s.isNull(0) && !s.isNull(1) && !s.isNull(2) && !s.isNull(3))
                info.bounds.extend(geo::BoundingBox{s.columnDouble(0), s.columnDouble(1),
                                                    s.columnDouble(2), s.columnDouble(3)});
        };
        for (const detail::TableSpec& spec : detail::projectTables())
            if (spec.geometryType != nullptr && present(spec.name))
                extend(std::string("SELECT min(ST_MinX(geom)), min(ST_MinY(geom)), "
                                   "max(ST_MaxX(geom)), max(ST_MaxY(geom)) FROM \"")
                       + spec.name + "\"");
        extend("SELECT min(lon), min(lat), max(lon), max(lat) FROM idle_spaces");
        if (present(t::kCircles))
            extend(
                "SELECT min(centre_lon), min(centre_lat), max(centre_lon), max(centre_lat) "
                "FROM circles");
        read.commit();
        return info;
    } catch (...) {
        rethrowAsProjectError("cannot inspect", path);
    }
}

const fs::path& ProjectFile::path() const {
    return m_impl->path;
}

bool ProjectFile::isReadOnly() const {
    return m_impl->readOnly;
}

int ProjectFile::schemaVersion() const {
    return m_impl->schemaVersion;
}

Project ProjectFile::load() const {
    try {
        detail::Transaction read(m_impl->db.get(), detail::Transaction::Kind::Deferred);
        Project project = loadContent(m_impl->db.get(), m_impl->schemaVersion);
        read.commit();
        return project;
    } catch (...) {
        rethrowAsProjectError("cannot load", m_impl->path);
    }
}

void ProjectFile::save(const Project& project) {
    if (m_impl->readOnly)
        throw ProjectError(Code::ReadOnly,
                           "cannot save " + quoted(m_impl->path) + ": it was opened read-only");
    try {
        detail::Transaction transaction(m_impl->db.get(), detail::Transaction::Kind::Immediate);
        const SchemaTrust trust(m_impl->db.get());
        writeContent(m_impl->db.get(), project, {});
        transaction.commit();
    } catch (...) {
        rethrowAsProjectError("cannot save", m_impl->path);
    }
}

std::optional<std::vector<std::uint8_t>> ProjectFile::cachedResult(
    const std::string& key, const std::string& inputsHash) const {
    try {
        detail::Statement select(m_impl->db.get(),
                                 "SELECT payload FROM yike_analysis_cache"
                                 " WHERE key = ? AND inputs_hash = ?");
        select.bindText(1, key);
        select.bindText(2, inputsHash);
        if (!select.step()) return std::nullopt;
        const std::span<const std::uint8_t> payload = select.columnBlob(0);
        return std::vector<std::uint8_t>(payload.begin(), payload.end());
    } catch (...) {
        rethrowAsProjectError("cannot read the analysis cache of", m_impl->path);
    }
}

void ProjectFile::storeResult(const std::string& key, const std::string& inputsHash,
                              const std::vector<std::uint8_t>& payload) {
    if (m_impl->readOnly)
        throw ProjectError(Code::ReadOnly, "cannot store a result in " + quoted(m_impl->path)
                                               + ": it was opened read-only");
    try {
        detail::Statement insert(m_impl->db.get(),
                                 "INSERT OR REPLACE INTO yike_analysis_cache"
                                 " (key, inputs_hash, payload, created_at) VALUES (?, ?, ?, ?)");
        insert.bindText(1, key);
        insert.bindText(2, inputsHash);
        insert.bindBlob(3, payload);
        insert.bindText(4, detail::formatUtc(std::chrono::system_clock::now()));
        insert.run();
    } catch (...) {
        rethrowAsProjectError("cannot store a result in", m_impl->path);
    }
}

// ---- shared with RecoverySession ----------------------------------------------------------

namespace detail {

void writeProjectAtomically(const fs::path& target, const Project& project,
                            const std::map<std::string, std::string>& internalMetadata) {
    const fs::path folder = folderOf(target);
    const std::string tempPrefix = "." + target.filename().string() + ".tmp-";
    const fs::path temp = folder / (tempPrefix + std::to_string(currentProcessId()));
    std::error_code ignored;
    try {
        fs::remove(temp, ignored);
        {
            DatabaseHandle db = openDatabase(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            configureConnection(db.get());
            // The temporary file is only renamed once complete and flushed, so it needs no
            // journal on disk and no syncs of its own.
            exec(db.get(), "PRAGMA journal_mode = MEMORY");
            exec(db.get(), "PRAGMA synchronous = OFF");
            Transaction transaction(db.get(), Transaction::Kind::Immediate);
            createSchema(db.get());
            writeContent(db.get(), project, internalMetadata);
            transaction.commit();
            closeDatabase(db);
        }
        syncFile(temp);
        settleTarget(target);
        replaceFile(temp, target);
        syncDirectory(folder);
    } catch (...) {
        fs::remove(temp, ignored);
        rethrowAsProjectError("cannot write", target);
    }
    removeLeftovers(folder, tempPrefix);
}

std::map<std::string, std::string> readProjectMetadata(const fs::path& file) {
    const std::unique_ptr<ProjectFile::Impl> impl =
        ProjectFile::Impl::open(file, ProjectFile::Mode::ReadOnly, builtinMigrationPlan(), nullptr);
    try {
        return readMetadataTable(impl->db.get());
    } catch (...) {
        rethrowAsProjectError("cannot read", file);
    }
}

std::string formatUtc(std::chrono::system_clock::time_point time) {
    using namespace std::chrono;
    const auto millis = time_point_cast<milliseconds>(time);
    const sys_days day = floor<days>(millis);
    const year_month_day date(day);
    const hh_mm_ss<milliseconds> clock(millis - day);
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()),
                  static_cast<int>(clock.seconds().count()),
                  static_cast<int>(clock.subseconds().count()));
    return text.data();
}

std::optional<std::chrono::system_clock::time_point> parseUtc(const std::string& text) {
    using namespace std::chrono;
    int y = 0;
    unsigned mo = 0;
    unsigned d = 0;
    int h = 0;
    int mi = 0;
    int s = 0;
    int ms = 0;
    char zone = 0;
    const int fields = std::sscanf(text.c_str(), "%4d-%2u-%2uT%2d:%2d:%2d.%3d%c", &y, &mo, &d, &h,
                                   &mi, &s, &ms, &zone);
    if (fields != 8) {
        ms = 0;
        if (std::sscanf(text.c_str(), "%4d-%2u-%2uT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &zone)
            != 7)
            return std::nullopt;
    }
    const year_month_day date{year(y), month(mo), day(d)};
    if (zone != 'Z' || !date.ok() || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 60
        || ms < 0 || ms > 999)
        return std::nullopt;
    return sys_days(date) + hours(h) + minutes(mi) + seconds(s) + milliseconds(ms);
}

}  // namespace detail

}  // namespace yike::project
