// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/project/project.h"

namespace yike::project {

namespace detail {
struct MigrationPlan;
}  // namespace detail

/// Why a project file could not be opened, created or saved. The UI maps the code to a
/// translated sentence; what() is a one-line English message for logs and the command line.
class ProjectError : public std::runtime_error {
public:
    enum class Code {
        NotFound,           ///< no such file
        NotSqlite,          ///< not an SQLite database at all (or empty)
        Corrupt,            ///< SQLite reports damage, or the file is truncated
        ForeignGeoPackage,  ///< a valid GeoPackage, but not a Yike project: offer an import
        NotAProject,        ///< an SQLite database that is neither a GeoPackage nor a project
        NewerVersion,       ///< written by a newer Yike; left untouched
        InUse,              ///< another Yike instance has it open for writing
        ReadOnly,           ///< the file or its folder cannot be written
        Io                  ///< any other I/O failure
    };

    ProjectError(Code code, std::string message, std::string detail = {});
    Code code() const { return m_code; }
    /// Extra facts for the message, e.g. who holds the lock ("user@host, pid 123").
    const std::string& detail() const { return m_detail; }

private:
    Code m_code;
    std::string m_detail;
};

/// Summary facts of a project file, read without loading every feature.
struct ProjectInfo {
    int schemaVersion = 0;
    std::string appVersion;  ///< version of Yike that last wrote the file
    std::string title;
    std::string region;
    std::int64_t facilities = 0;
    std::int64_t compounds = 0;
    std::int64_t gates = 0;
    std::int64_t idleSpaces = 0;
    std::int64_t streets = 0;
    std::int64_t waterAreas = 0;
    std::int64_t buildings = 0;
    std::int64_t greenAreas = 0;
    std::int64_t scenarios = 0;
    std::int64_t categories = 0;
    std::int64_t walkProfiles = 0;
    std::int64_t printLayouts = 0;
    std::int64_t circles = 0;  ///< living circles
    bool hasStudyArea = false;
    geo::BoundingBox bounds;
};

/**
 * An open `.yike` project file: one SQLite database that is also a GeoPackage 1.3
 * (application_id "GPKG", user_version 10300) so QGIS and GDAL read its layers.
 *
 * Safety rules:
 * - Files are opened defensively (SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off, no extension
 *   loading); anything that is not one of our projects is refused before it is written to.
 * - A writable open takes an exclusive lock (a lock file beside the project, held with an OS
 *   lock so a crashed holder never blocks anyone); a second writer gets ProjectError::InUse and
 *   may open read-only instead.
 * - save() writes the whole project in one SQLite transaction (rollback journal): a process
 *   killed at any moment leaves either the old or the new content.
 * - Files from an older schema are migrated forward in one transaction on a writable open;
 *   files from a newer schema are refused and left untouched.
 *
 * Not thread-safe; one instance per thread.
 */
class ProjectFile {
public:
    enum class Mode { ReadWrite, ReadOnly };

    /// The schema version this build writes.
    static int currentSchemaVersion();

    /// Opens an existing project. @throws ProjectError.
    static std::unique_ptr<ProjectFile> open(const std::filesystem::path& path, Mode mode);

    /// Opens with an explicit migration plan instead of the built-in one (core/project/
    /// migration.h): for tests of the migration runner and for tools. @throws ProjectError.
    static std::unique_ptr<ProjectFile> open(const std::filesystem::path& path, Mode mode,
                                             const detail::MigrationPlan& plan);

    /// Writes `project` to a new file at `path` (replacing any file there atomically: a
    /// temporary file in the same folder is written, flushed and renamed) and opens it for
    /// writing. @throws ProjectError (InUse when another instance holds `path`).
    static std::unique_ptr<ProjectFile> create(const std::filesystem::path& path,
                                               const Project& project);

    /// Writes `project` to `path` atomically without keeping it open (Save a Copy, recovery
    /// files, the command line). @throws ProjectError.
    static void writeCopy(const std::filesystem::path& path, const Project& project);

    /// Reads summary facts; opens read-only and takes no lock. @throws ProjectError.
    static ProjectInfo inspect(const std::filesystem::path& path);

    ~ProjectFile();
    ProjectFile(const ProjectFile&) = delete;
    ProjectFile& operator=(const ProjectFile&) = delete;

    const std::filesystem::path& path() const;
    bool isReadOnly() const;
    int schemaVersion() const;

    /// Loads every layer and table into a new Project. @throws ProjectError.
    Project load() const;

    /// Replaces the stored content with `project` in one transaction.
    /// @throws ProjectError (ReadOnly when opened read-only).
    void save(const Project& project);

    /// Analysis cache: results keyed by a name and a hash of their inputs.
    std::optional<std::vector<std::uint8_t>> cachedResult(const std::string& key,
                                                          const std::string& inputsHash) const;
    void storeResult(const std::string& key, const std::string& inputsHash,
                     const std::vector<std::uint8_t>& payload);

    struct Impl;

private:
    explicit ProjectFile(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace yike::project
