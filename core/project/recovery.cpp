// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/recovery.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <system_error>
#include <utility>

#include "core/platform/os_file.h"
#include "core/platform/utf8_path.h"
#include "core/project/project_file.h"
#include "core/project/project_io.h"
#include "core/project/schema.h"

namespace yike::project {

namespace fs = std::filesystem;
using Code = ProjectError::Code;

namespace {

constexpr const char* kFilePrefix = "recovery-";
constexpr const char* kFileExtension = ".yike";
const std::string kOriginalPathKey = std::string(detail::key::kRecoveryPrefix) + "original_path";
const std::string kSavedAtKey = std::string(detail::key::kRecoveryPrefix) + "saved_at";
const std::string kTitleKey = std::string(detail::key::kRecoveryPrefix) + "title";

std::string quoted(const fs::path& path) {
    return "'" + platform::utf8FromPath(path) + "'";
}

bool isRecoveryFileName(const std::string& name) {
    const std::string prefix = kFilePrefix;
    const std::string extension = kFileExtension;
    return name.size() > prefix.size() + extension.size()
           && name.compare(0, prefix.size(), prefix) == 0
           && name.compare(name.size() - extension.size(), extension.size(), extension) == 0;
}

/// "recovery-20260501T083000-1234-1.yike": time, process id and a counter make it unique.
std::string sessionFileName(unsigned serial) {
    std::string stamp = detail::formatUtc(std::chrono::system_clock::now());
    stamp = stamp.substr(0, 19);  // "2026-05-01T08:30:00"
    std::erase(stamp, '-');
    std::erase(stamp, ':');
    return kFilePrefix + stamp + "-" + std::to_string(platform::currentProcessId()) + "-"
           + std::to_string(serial) + kFileExtension;
}

}  // namespace

struct RecoverySession::Impl {
    fs::path directory;
    fs::path file;
    std::unique_ptr<platform::FileLock> lock;
};

RecoverySession::RecoverySession(fs::path directory) : m_impl(std::make_unique<Impl>()) {
    std::error_code ec;
    fs::create_directories(directory, ec);
    if (ec || !fs::is_directory(directory))
        throw ProjectError(Code::ReadOnly, "cannot use the recovery folder " + quoted(directory)
                                               + ": " + (ec ? ec.message() : "not a folder"));
    if (!platform::isWritableDirectory(directory))
        throw ProjectError(Code::ReadOnly, "cannot use the recovery folder " + quoted(directory)
                                               + ": not writable");
    m_impl->directory = std::move(directory);

    static std::atomic<unsigned> serial{0};
    for (int attempt = 0; attempt < 100; ++attempt) {
        const fs::path candidate = m_impl->directory / sessionFileName(++serial);
        if (fs::exists(candidate, ec)) continue;
        platform::FileLock::Attempt locked =
            platform::FileLock::tryAcquire(platform::lockFileFor(candidate));
        if (locked.lock) {
            m_impl->file = candidate;
            m_impl->lock = std::move(locked.lock);
            return;
        }
        if (locked.failure == platform::FileLock::Failure::NotWritable)
            throw ProjectError(Code::ReadOnly, "cannot lock a recovery file in "
                                                   + quoted(m_impl->directory) + ": "
                                                   + locked.detail);
        if (locked.failure == platform::FileLock::Failure::Io)
            throw ProjectError(Code::Io, "cannot lock a recovery file in "
                                             + quoted(m_impl->directory) + ": " + locked.detail);
    }
    throw ProjectError(Code::Io,
                       "cannot find a free recovery file name in " + quoted(m_impl->directory));
}

RecoverySession::~RecoverySession() {
    if (m_impl) discard();
}

void RecoverySession::autosave(const Project& project, const fs::path& originalPath) {
    std::map<std::string, std::string> internal;
    internal[kOriginalPathKey] = platform::utf8FromPath(originalPath);
    internal[kSavedAtKey] = detail::formatUtc(std::chrono::system_clock::now());
    internal[kTitleKey] = project.metadataValue(meta::kTitle);
    // The session holds the lock of its file, so no other writer can interfere.
    detail::writeProjectAtomically(m_impl->file, project, internal);
}

void RecoverySession::discard() {
    std::error_code ignored;
    fs::remove(m_impl->file, ignored);
}

const fs::path& RecoverySession::file() const {
    return m_impl->file;
}

std::vector<RecoveryEntry> RecoverySession::orphans(const fs::path& directory) {
    std::vector<RecoveryEntry> entries;
    std::error_code ec;
    fs::directory_iterator it(directory, ec);
    if (ec) return entries;
    std::vector<fs::path> candidates;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_regular_file(ec)
            && isRecoveryFileName(platform::utf8FromPath(it->path().filename())))
            candidates.push_back(it->path());
    }
    for (const fs::path& file : candidates) {
        // A file whose lock can be taken belongs to a session that is gone.
        platform::FileLock::Attempt probe =
            platform::FileLock::tryAcquire(platform::lockFileFor(file));
        if (!probe.lock) continue;
        try {
            const std::map<std::string, std::string> metadata = detail::readProjectMetadata(file);
            auto value = [&metadata](const std::string& key) {
                const auto found = metadata.find(key);
                return found == metadata.end() ? std::string() : found->second;
            };
            RecoveryEntry entry;
            entry.recoveryFile = file;
            entry.originalPath = platform::pathFromUtf8(value(kOriginalPathKey));
            entry.title = value(kTitleKey);
            const auto savedAt = detail::parseUtc(value(kSavedAtKey));
            if (savedAt) {
                entry.savedAt = *savedAt;
            } else {
                const auto written = fs::last_write_time(file, ec);
                if (!ec)
                    entry.savedAt =
                        std::chrono::time_point_cast<std::chrono::system_clock::duration>(
                            std::chrono::file_clock::to_sys(written));
            }
            entries.push_back(std::move(entry));
        } catch (const ProjectError&) {
            // Unreadable: nothing could be restored from it; leave it for the user to delete.
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoveryEntry& a, const RecoveryEntry& b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoverySession::remove(const RecoveryEntry& entry) {
    platform::FileLock::Attempt locked =
        platform::FileLock::tryAcquire(platform::lockFileFor(entry.recoveryFile));
    if (!locked.lock) {
        if (locked.failure == platform::FileLock::Failure::Held)
            throw ProjectError(Code::InUse,
                               "cannot remove " + quoted(entry.recoveryFile)
                                   + ": its session is still running (" + locked.detail + ")",
                               locked.detail);
        throw ProjectError(
            locked.failure == platform::FileLock::Failure::NotWritable ? Code::ReadOnly : Code::Io,
            "cannot remove " + quoted(entry.recoveryFile) + ": " + locked.detail);
    }
    std::error_code ec;
    fs::remove(entry.recoveryFile, ec);
    if (ec)
        throw ProjectError(Code::Io,
                           "cannot remove " + quoted(entry.recoveryFile) + ": " + ec.message());
}

}  // namespace yike::project
