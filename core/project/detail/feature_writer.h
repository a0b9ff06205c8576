// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>

#include <sqlite3.h>

#include "core/project/project.h"

/// Writing a project's features and tables into the rows of a project file.
namespace yike::project::detail {

/// Writes every project table, the gpkg_contents extents and yike_metadata (the project's
/// metadata, the id counters, and `internalMetadata` under its own keys). Runs inside the
/// caller's transaction; touches no other table. Rows keep their fid, so columns a user added
/// to our tables survive. @throws ContentError, platform::SqliteError.
void writeContent(sqlite3* db, const Project& project,
                  const std::map<std::string, std::string>& internalMetadata);

}  // namespace yike::project::detail
