// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/sqlite_util.h"

#include <limits>

#include "core/platform/utf8_path.h"

namespace yike::platform {
namespace {

int toInt(std::size_t size, sqlite3* db) {
    if (size > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throwSqlite(db, SQLITE_TOOBIG, "value too large to bind");
    return static_cast<int>(size);
}

}  // namespace

void DatabaseCloser::operator()(sqlite3* db) const noexcept {
    sqlite3_close_v2(db);
}

void StatementFinalizer::operator()(sqlite3_stmt* statement) const noexcept {
    sqlite3_finalize(statement);
}

SqliteError::SqliteError(int code, const std::string& message)
    : std::runtime_error(message), m_code(code) {}

void throwSqlite(sqlite3* db, int rc, std::string_view context) {
    std::string message(context);
    const char* text = nullptr;
    if (db != nullptr && sqlite3_errcode(db) != SQLITE_OK) text = sqlite3_errmsg(db);
    if (text == nullptr) text = sqlite3_errstr(rc);
    if (!message.empty()) message += ": ";
    message += text;
    throw SqliteError(rc, message);
}

DatabaseHandle openDatabase(const std::filesystem::path& path, int flags) {
    sqlite3* raw = nullptr;
    // SQLite takes UTF-8 names on every platform.
    const std::string name = utf8FromPath(path);
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    DatabaseHandle db(raw);
    if (rc != SQLITE_OK) throwSqlite(raw, rc, "cannot open database");
    sqlite3_extended_result_codes(raw, 1);
    return db;
}

void closeDatabase(DatabaseHandle& db) {
    sqlite3* raw = db.release();
    if (raw == nullptr) return;
    const int rc = sqlite3_close(raw);
    if (rc != SQLITE_OK) {
        // Statements still open: let SQLite finish the close when they are finalized.
        sqlite3_close_v2(raw);
        throw SqliteError(rc, "cannot close database");
    }
}

void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(sqlite3_extended_errcode(db), message);
    }
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), toInt(sql.size(), db), &raw, nullptr);
    m_statement.reset(raw);
    if (rc != SQLITE_OK) throwSqlite(db, rc, "");
    if (raw == nullptr) throw SqliteError(SQLITE_MISUSE, "empty SQL statement");
}

void Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_statement.get(), index);
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "cannot bind");
}

void Statement::bindInt(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_statement.get(), index, static_cast<sqlite3_int64>(value));
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "cannot bind");
}

void Statement::bindDouble(int index, double value) {
    const int rc = sqlite3_bind_double(m_statement.get(), index, value);
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "cannot bind");
}

void Statement::bindText(int index, std::string_view value) {
    const int rc = sqlite3_bind_text(m_statement.get(), index, value.data(),
                                     toInt(value.size(), m_db), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "cannot bind");
}

void Statement::bindBlob(int index, std::span<const std::uint8_t> value) {
    const int rc = sqlite3_bind_blob(m_statement.get(), index, value.data(),
                                     toInt(value.size(), m_db), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) throwSqlite(m_db, rc, "cannot bind");
}

bool Statement::step() {
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throwSqlite(m_db, rc, "");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_statement.get());
}

int Statement::columnType(int column) const {
    return sqlite3_column_type(m_statement.get(), column);
}

std::int64_t Statement::columnInt(int column) const {
    return static_cast<std::int64_t>(sqlite3_column_int64(m_statement.get(), column));
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_statement.get(), column);
}

std::string Statement::columnText(int column) const {
    const unsigned char* text = sqlite3_column_text(m_statement.get(), column);
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    if (text == nullptr || size <= 0) return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::span<const std::uint8_t> Statement::columnBlob(int column) const {
    const void* data = sqlite3_column_blob(m_statement.get(), column);
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    if (data == nullptr || size <= 0) return {};
    return {static_cast<const std::uint8_t*>(data), static_cast<std::size_t>(size)};
}

std::string Statement::columnName(int column) const {
    const char* name = sqlite3_column_name(m_statement.get(), column);
    return name != nullptr ? name : "";
}

std::optional<std::string> queryText(sqlite3* db, const std::string& sql) {
    Statement statement(db, sql);
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return statement.columnText(0);
}

std::optional<std::int64_t> queryInt(sqlite3* db, const std::string& sql) {
    Statement statement(db, sql);
    if (!statement.step() || statement.isNull(0)) return std::nullopt;
    return statement.columnInt(0);
}

bool hasTable(sqlite3* db, const std::string& name) {
    Statement statement(db,
                        "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view')"
                        " AND name = ? COLLATE NOCASE");
    statement.bindText(1, name);
    return statement.step();
}

Transaction::Transaction(sqlite3* db, Kind kind) : m_db(db) {
    exec(db, kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
    if (m_active) sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    exec(m_db, "COMMIT");
    m_active = false;
}

}  // namespace yike::platform
