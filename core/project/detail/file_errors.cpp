// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/detail/file_errors.h"

#include <cerrno>
#include <new>
#include <system_error>

#include <sqlite3.h>

#include "core/geo/gpkg_geometry.h"
#include "core/platform/sqlite_util.h"
#include "core/platform/utf8_path.h"
#include "core/project/migration.h"

namespace yike::project::detail {

namespace fs = std::filesystem;
using Code = ProjectError::Code;

std::string quoted(const fs::path& path) {
    return "'" + platform::utf8FromPath(path) + "'";
}

std::string firstLine(std::string text) {
    const std::size_t end = text.find_first_of("\r\n");
    if (end != std::string::npos) text.resize(end);
    return text;
}

std::string rowLabel(const std::string& table, FeatureId fid) {
    return "table " + table + ", row fid " + std::to_string(fid);
}

namespace {

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

}  // namespace

[[noreturn]] void rethrowAsProjectError(const std::string& action, const fs::path& file) {
    const std::string prefix = action + " " + quoted(file) + ": ";
    try {
        throw;
    } catch (const ProjectError&) {
        throw;
    } catch (const ContentError& e) {
        throw ProjectError(e.code(), prefix + firstLine(e.what()));
    } catch (const platform::SqliteError& e) {
        const Code code = codeForSqlite(e.primaryCode());
        std::string detail;
        if (code == Code::InUse) detail = "another program holds an SQLite lock on the file";
        std::string reason = firstLine(e.what());
        if (e.primaryCode() == SQLITE_CORRUPT || e.primaryCode() == SQLITE_NOTADB)
            reason = "the file is damaged or truncated (" + reason + ")";
        throw ProjectError(code, prefix + reason, detail);
    } catch (const MigrationError& e) {
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

}  // namespace yike::project::detail
