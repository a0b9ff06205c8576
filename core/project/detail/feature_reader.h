// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

#include <sqlite3.h>

#include "core/project/project.h"

/// Reading a project's features and tables from the rows of a project file, checking every
/// value: errors name the table, the row and the column.
namespace yike::project::detail {

/// Every yike_metadata row whose key is text.
std::map<std::string, std::string> readMetadataTable(sqlite3* db);

/// Reads the whole project from a file of `schemaVersion` (tables of later versions are not
/// looked for: a version-1 file opened read-only has no green areas, and a table of that name
/// in it is not ours). `metadata` is the file's yike_metadata (readMetadataTable); the id
/// counters in it are the caller's to restore. @throws ContentError, platform::SqliteError.
Project loadContent(sqlite3* db, int schemaVersion,
                    const std::map<std::string, std::string>& metadata);

}  // namespace yike::project::detail
