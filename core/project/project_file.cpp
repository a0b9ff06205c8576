// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project_file.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <span>
#include <system_error>
#include <utility>

#include <sqlite3.h>

#include "core/platform/os_file.h"
#include "core/platform/sqlite_util.h"
#include "core/platform/utf8_path.h"
#include "core/project/detail/connection.h"
#include "core/project/detail/feature_reader.h"
#include "core/project/detail/feature_writer.h"
#include "core/project/detail/file_checks.h"
#include "core/project/detail/file_errors.h"
#include "core/project/migration.h"
#include "core/project/project_io.h"
#include "core/project/schema.h"

namespace yike::project {

namespace fs = std::filesystem;
using Code = ProjectError::Code;

ProjectError::ProjectError(Code code, std::string message, std::string detail)
    : std::runtime_error(std::move(message)), m_code(code), m_detail(std::move(detail)) {}

struct ProjectFile::Impl {
    fs::path path;
    bool readOnly = true;
    int schemaVersion = 0;
    std::unique_ptr<platform::FileLock> lock;  // declared before db: the connection closes first
    platform::DatabaseHandle db;

    static std::unique_ptr<Impl> open(const fs::path& path, Mode mode,
                                      const detail::MigrationPlan& plan,
                                      std::unique_ptr<platform::FileLock> lock);
    static void restoreNextIds(Project& project,
                               const std::map<std::string, std::string>& metadata);
};

// ---- ProjectFile::Impl --------------------------------------------------------------------

std::unique_ptr<ProjectFile::Impl> ProjectFile::Impl::open(
    const fs::path& path, Mode mode, const detail::MigrationPlan& plan,
    std::unique_ptr<platform::FileLock> lock) {
    const bool writable = mode == Mode::ReadWrite;
    detail::checkIsSqliteFile(path);
    if (writable) {
        const std::string prefix = "cannot open " + detail::quoted(path) + " for writing";
        if (!platform::isWritableFile(path))
            throw ProjectError(Code::ReadOnly, prefix + ": the file is read-only");
        if (!platform::isWritableDirectory(detail::folderOf(path)))
            throw ProjectError(Code::ReadOnly, prefix + ": the folder "
                                                   + detail::quoted(detail::folderOf(path))
                                                   + " is not writable");
        if (!lock) lock = detail::lockProjectFile(path, prefix);
    }

    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = !writable;
    impl->lock = std::move(lock);
    try {
        // Never SQLITE_OPEN_CREATE: a file that vanished is an error, not a new database.
        impl->db =
            platform::openDatabase(path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
        sqlite3* db = impl->db.get();
        detail::configureConnection(db);
        if (!writable) detail::recoverInterruptedSave(path, db);

        int fileVersion = 0;
        std::string appVersion;
        {
            platform::Transaction read(db, platform::Transaction::Kind::Deferred);
            detail::quickCheck(db);
            detail::checkNotTruncated(path);
            switch (detail::classify(db)) {
                case detail::FileKind::Project:
                    break;
                case detail::FileKind::ForeignGeoPackage:
                    throw ProjectError(
                        Code::ForeignGeoPackage,
                        "cannot open " + detail::quoted(path)
                            + ": it is a GeoPackage but not a Yike project (import it instead)");
                case detail::FileKind::OtherDatabase:
                    throw ProjectError(Code::NotAProject,
                                       "cannot open " + detail::quoted(path)
                                           + ": an SQLite database, but not a Yike project");
            }
            fileVersion = detail::readSchemaVersion(db);
            detail::checkRequiredTables(
                db, std::clamp(fileVersion, 1, std::max(1, plan.targetVersion)));
            appVersion = platform::queryText(db, "SELECT value FROM yike_metadata WHERE key = '"
                                                     + std::string(detail::key::kAppVersion) + "'")
                             .value_or("");
            read.commit();
        }
        if (fileVersion > plan.targetVersion)
            throw ProjectError(
                Code::NewerVersion,
                "cannot open " + detail::quoted(path) + ": it was written by a newer Yike ("
                    + (appVersion.empty() ? "unknown version" : appVersion) + ", schema version "
                    + std::to_string(fileVersion) + "; this version reads up to "
                    + std::to_string(plan.targetVersion) + ")",
                appVersion);
        if (writable) {
            detail::ensureRollbackJournal(db);
            platform::exec(db, "PRAGMA synchronous = FULL");
            if (fileVersion < plan.targetVersion) {
                const detail::SchemaTrust trust(db);
                detail::runMigrations(db, fileVersion, plan);
                fileVersion = plan.targetVersion;
            }
        }
        impl->schemaVersion = fileVersion;
    } catch (...) {
        detail::rethrowAsProjectError("cannot open", path);
    }
    return impl;
}

void ProjectFile::Impl::restoreNextIds(Project& project,
                                       const std::map<std::string, std::string>& metadata) {
    namespace t = detail::table;
    auto counter = [&metadata](const char* table) -> FeatureId {
        const auto found = metadata.find(std::string(detail::key::kNextIdPrefix) + table);
        if (found == metadata.end()) return 1;
        const std::optional<std::int64_t> value = detail::parseInteger(found->second);
        if (!value || *value < 1)
            throw detail::ContentError(Code::Corrupt, std::string("yike_metadata: ") + found->first
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
    const std::string prefix = "cannot create " + detail::quoted(path);
    detail::checkWritableTarget(path, prefix);
    std::unique_ptr<platform::FileLock> lock = detail::lockProjectFile(path, prefix);
    detail::writeProjectAtomically(path, project, {});
    return std::unique_ptr<ProjectFile>(new ProjectFile(
        Impl::open(path, Mode::ReadWrite, detail::builtinMigrationPlan(), std::move(lock))));
}

void ProjectFile::writeCopy(const fs::path& path, const Project& project) {
    const std::string prefix = "cannot write " + detail::quoted(path);
    detail::checkWritableTarget(path, prefix);
    const std::unique_ptr<platform::FileLock> lock = detail::lockProjectFile(path, prefix);
    detail::writeProjectAtomically(path, project, {});
}

ProjectInfo ProjectFile::inspect(const fs::path& path) {
    const std::unique_ptr<Impl> impl =
        Impl::open(path, Mode::ReadOnly, detail::builtinMigrationPlan(), nullptr);
    try {
        sqlite3* db = impl->db.get();
        platform::Transaction read(db, platform::Transaction::Kind::Deferred);
        // A table added by a later schema version is absent from an older file: no rows.
        const int version = impl->schemaVersion;
        auto present = [version](const char* table) {
            return detail::projectTable(table).sinceVersion <= version;
        };
        auto count = [db, &present](const char* table) -> std::int64_t {
            if (!present(table)) return 0;
            return platform::queryInt(db, std::string("SELECT count(*) FROM \"") + table + "\"")
                .value_or(0);
        };
        namespace t = detail::table;
        ProjectInfo info;
        info.schemaVersion = impl->schemaVersion;
        const std::map<std::string, std::string> metadata = detail::readMetadataTable(db);
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
            platform::Statement s(db, sql);
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
        detail::rethrowAsProjectError("cannot inspect", path);
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
        platform::Transaction read(m_impl->db.get(), platform::Transaction::Kind::Deferred);
        const std::map<std::string, std::string> metadata =
            detail::readMetadataTable(m_impl->db.get());
        Project project = detail::loadContent(m_impl->db.get(), m_impl->schemaVersion, metadata);
        Impl::restoreNextIds(project, metadata);
        read.commit();
        return project;
    } catch (...) {
        detail::rethrowAsProjectError("cannot load", m_impl->path);
    }
}

void ProjectFile::save(const Project& project) {
    if (m_impl->readOnly)
        throw ProjectError(Code::ReadOnly, "cannot save " + detail::quoted(m_impl->path)
                                               + ": it was opened read-only");
    try {
        platform::Transaction transaction(m_impl->db.get(), platform::Transaction::Kind::Immediate);
        const detail::SchemaTrust trust(m_impl->db.get());
        detail::writeContent(m_impl->db.get(), project, {});
        transaction.commit();
    } catch (...) {
        detail::rethrowAsProjectError("cannot save", m_impl->path);
    }
}

std::optional<std::vector<std::uint8_t>> ProjectFile::cachedResult(
    const std::string& key, const std::string& inputsHash) const {
    try {
        platform::Statement select(m_impl->db.get(),
                                   "SELECT payload FROM yike_analysis_cache"
                                   " WHERE key = ? AND inputs_hash = ?");
        select.bindText(1, key);
        select.bindText(2, inputsHash);
        if (!select.step()) return std::nullopt;
        const std::span<const std::uint8_t> payload = select.columnBlob(0);
        return std::vector<std::uint8_t>(payload.begin(), payload.end());
    } catch (...) {
        detail::rethrowAsProjectError("cannot read the analysis cache of", m_impl->path);
    }
}

void ProjectFile::storeResult(const std::string& key, const std::string& inputsHash,
                              const std::vector<std::uint8_t>& payload) {
    if (m_impl->readOnly)
        throw ProjectError(Code::ReadOnly, "cannot store a result in "
                                               + detail::quoted(m_impl->path)
                                               + ": it was opened read-only");
    try {
        platform::Statement insert(m_impl->db.get(),
                                   "INSERT OR REPLACE INTO yike_analysis_cache"
                                   " (key, inputs_hash, payload, created_at) VALUES (?, ?, ?, ?)");
        insert.bindText(1, key);
        insert.bindText(2, inputsHash);
        insert.bindBlob(3, payload);
        insert.bindText(4, detail::formatUtc(std::chrono::system_clock::now()));
        insert.run();
    } catch (...) {
        detail::rethrowAsProjectError("cannot store a result in", m_impl->path);
    }
}

// ---- shared with RecoverySession ----------------------------------------------------------

namespace detail {

void writeProjectAtomically(const fs::path& target, const Project& project,
                            const std::map<std::string, std::string>& internalMetadata) {
    const fs::path folder = folderOf(target);
    const std::string tempPrefix = "." + platform::utf8FromPath(target.filename()) + ".tmp-";
    const fs::path temp =
        folder / platform::pathFromUtf8(tempPrefix + std::to_string(platform::currentProcessId()));
    std::error_code ignored;
    try {
        fs::remove(temp, ignored);
        {
            platform::DatabaseHandle db =
                platform::openDatabase(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            configureConnection(db.get());
            // The temporary file is only renamed once complete and flushed, so it needs no
            // journal on disk and no syncs of its own.
            platform::exec(db.get(), "PRAGMA journal_mode = MEMORY");
            platform::exec(db.get(), "PRAGMA synchronous = OFF");
            platform::Transaction transaction(db.get(), platform::Transaction::Kind::Immediate);
            createSchema(db.get());
            writeContent(db.get(), project, internalMetadata);
            transaction.commit();
            platform::closeDatabase(db);
        }
        platform::syncFile(temp);
        settleTarget(target);
        platform::replaceFile(temp, target);
        platform::syncDirectory(folder);
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

}  // namespace detail

}  // namespace yike::project
