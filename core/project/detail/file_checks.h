// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/platform/os_file.h"

/// Checks on the file itself, before and around SQLite: is it an SQLite database at all, is it
/// cut off, can its folder be written; the lock of a project file; leftovers of a write.
namespace yike::project::detail {

/// The folder holding `file` ("." for a bare file name).
std::filesystem::path folderOf(const std::filesystem::path& file);

/// Refuses, before SQLite touches the file, anything that is not an SQLite database.
/// @throws ProjectError (NotFound, NotSqlite, Io).
void checkIsSqliteFile(const std::filesystem::path& path);

/// Compares the page count in the database header with the file size (a cut-off copy).
/// Called inside a read transaction, after SQLite has rolled back any hot journal.
/// @throws ContentError.
void checkNotTruncated(const std::filesystem::path& path);

/// Takes the lock of a project file; `prefix` starts the message of the ProjectError thrown
/// when it cannot (InUse with the holder, ReadOnly, Io).
std::unique_ptr<platform::FileLock> lockProjectFile(const std::filesystem::path& path,
                                                    const std::string& prefix);

/// Refuses targets of create() and writeCopy() that can never be written. @throws ProjectError.
void checkWritableTarget(const std::filesystem::path& path, const std::string& prefix);

/// Removes every file in `folder` whose name starts with `prefix` (temporary files of a write).
void removeLeftovers(const std::filesystem::path& folder, const std::string& prefix);

}  // namespace yike::project::detail
