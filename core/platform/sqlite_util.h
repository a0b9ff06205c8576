// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include <sqlite3.h>

/// Thin RAII wrappers over the SQLite C API (project files, MBTiles). Every failure is thrown as
/// SqliteError carrying SQLite's extended result code; callers turn it into their own errors.
namespace yike::platform {

struct DatabaseCloser {
    void operator()(sqlite3* db) const noexcept;
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const noexcept;
};
using DatabaseHandle = std::unique_ptr<sqlite3, DatabaseCloser>;
using StatementHandle = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

/// An SQLite failure: the extended result code and SQLite's message with some context.
class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message);
    int code() const { return m_code; }
    int primaryCode() const { return m_code & 0xFF; }

private:
    int m_code;
};

/// Throws SqliteError for `rc` with the connection's message (db may be null).
[[noreturn]] void throwSqlite(sqlite3* db, int rc, std::string_view context);

/// Opens a connection with sqlite3_open_v2 and the given SQLITE_OPEN_* flags; extended result
/// codes are switched on. @throws SqliteError.
DatabaseHandle openDatabase(const std::filesystem::path& path, int flags);

/// Closes explicitly, reporting a failure (the deleter cannot). Leaves `db` empty.
void closeDatabase(DatabaseHandle& db);

/// Runs one or more statements without results. @throws SqliteError.
void exec(sqlite3* db, const std::string& sql);

/// A prepared statement. Bind indexes start at 1, column indexes at 0 (as in SQLite).
class Statement {
public:
    /// @throws SqliteError when the SQL does not compile.
    Statement(sqlite3* db, std::string_view sql);

    void bindNull(int index);
    void bindInt(int index, std::int64_t value);
    void bindDouble(int index, double value);
    void bindText(int index, std::string_view value);
    void bindBlob(int index, std::span<const std::uint8_t> value);

    /// Advances; true when a row is available, false when done. @throws SqliteError.
    bool step();
    /// Steps to completion, ignoring any rows. @throws SqliteError.
    void run();
    /// Resets for a new execution and clears the bindings.
    void reset();

    int columnCount() const;
    int columnType(int column) const;  ///< SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, ...
    bool isNull(int column) const { return columnType(column) == SQLITE_NULL; }
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::span<const std::uint8_t> columnBlob(int column) const;
    std::string columnName(int column) const;

private:
    sqlite3* m_db;
    StatementHandle m_statement;
};

/// The first column of the first row, as text; std::nullopt when there is no row or it is NULL.
std::optional<std::string> queryText(sqlite3* db, const std::string& sql);
/// The first column of the first row as an integer; std::nullopt when no row or NULL.
std::optional<std::int64_t> queryInt(sqlite3* db, const std::string& sql);

/// True when the schema has a table (or view) of that name.
bool hasTable(sqlite3* db, const std::string& name);

/// A transaction that rolls back when destroyed without commit().
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    Transaction(sqlite3* db, Kind kind);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// @throws SqliteError; the transaction is rolled back when COMMIT fails.
    void commit();

private:
    sqlite3* m_db;
    bool m_active = true;
};

}  // namespace yike::platform
