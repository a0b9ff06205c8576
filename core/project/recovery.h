// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/project/project.h"

namespace yike::project {

/// An autosaved copy left behind by a session that did not end normally.
struct RecoveryEntry {
    std::filesystem::path recoveryFile;
    std::filesystem::path originalPath;  ///< empty for a never-saved project
    std::string title;
    std::chrono::system_clock::time_point savedAt;
};

/**
 * Autosave and crash recovery. Each running session owns one recovery file in `directory`
 * (a complete project file, written atomically) and holds an OS lock on it while it runs, so
 * list() returns only the files of sessions that are gone. A normal close discards the file.
 */
class RecoverySession {
public:
    /// Creates the directory if needed. @throws ProjectError when it cannot be written.
    explicit RecoverySession(std::filesystem::path directory);
    ~RecoverySession();  // discards this session's file
    RecoverySession(const RecoverySession&) = delete;
    RecoverySession& operator=(const RecoverySession&) = delete;

    /// Writes the current state; `originalPath` is where the user saves it (may be empty).
    void autosave(const Project& project, const std::filesystem::path& originalPath);
    /// Removes this session's file (after a successful save).
    void discard();
    const std::filesystem::path& file() const;

    /// Recovery files of sessions that ended without discarding them, newest first.
    static std::vector<RecoveryEntry> orphans(const std::filesystem::path& directory);
    /// Deletes an orphan once the user has restored or declined it.
    static void remove(const RecoveryEntry& entry);

    struct Impl;

private:
    std::unique_ptr<Impl> m_impl;
};

}  // namespace yike::project
