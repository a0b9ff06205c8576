// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "core/project/project.h"

/// Parts of the project store shared by ProjectFile and RecoverySession (implemented in
/// project_file.cpp, the time stamps in utc_time.cpp).
namespace yike::project::detail {

/**
 * Writes a complete project file at `target` atomically: a temporary file ".<name>.tmp-<pid>"
 * in the same folder is written, closed and flushed, then renamed over `target` and the folder
 * flushed. Leftover temporary files of `target` are removed afterwards. `internalMetadata`
 * entries are stored in yike_metadata under their own keys (e.g. "recovery.title").
 * The caller holds the lock of `target` (or owns the file in some other way).
 * @throws ProjectError.
 */
void writeProjectAtomically(const std::filesystem::path& target, const Project& project,
                            const std::map<std::string, std::string>& internalMetadata);

/// Every yike_metadata row of a project file, read through a validated read-only open
/// without a lock. @throws ProjectError.
std::map<std::string, std::string> readProjectMetadata(const std::filesystem::path& file);

/// "2026-05-01T08:30:00.250Z".
std::string formatUtc(std::chrono::system_clock::time_point time);
/// Reads what formatUtc writes (milliseconds optional); std::nullopt when malformed.
std::optional<std::chrono::system_clock::time_point> parseUtc(const std::string& text);

}  // namespace yike::project::detail
