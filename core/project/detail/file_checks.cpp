// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/detail/file_checks.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <system_error>
#include <utility>
#include <vector>

#include "core/platform/utf8_path.h"
#include "core/project/detail/file_errors.h"
#include "core/project/project_file.h"

namespace yike::project::detail {

namespace fs = std::filesystem;
using Code = ProjectError::Code;

namespace {

constexpr std::size_t kSqliteHeaderSize = 100;
// The first 16 bytes of every SQLite 3 database: "SQLite format 3" and a NUL.
constexpr std::array<char, 16> kSqliteMagic{'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                            'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

std::vector<char> readHead(const fs::path& path, std::size_t count) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ContentError(Code::Io, "the file cannot be read");
    std::vector<char> bytes(count);
    in.read(bytes.data(), static_cast<std::streamsize>(count));
    bytes.resize(static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
    return bytes;
}

std::uint32_t bigEndian32(const std::vector<char>& bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return v;
}

}  // namespace

fs::path folderOf(const fs::path& file) {
    const fs::path parent = file.parent_path();
    return parent.empty() ? fs::path(".") : parent;
}

void checkIsSqliteFile(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw ProjectError(Code::NotFound, "cannot open " + quoted(path) + ": no such file");
    if (fs::is_directory(status))
        throw ProjectError(Code::NotSqlite,
                           "cannot open " + quoted(path) + ": it is a folder, not a project file");
    if (!fs::is_regular_file(status))
        throw ProjectError(Code::NotSqlite,
                           "cannot open " + quoted(path) + ": it is not a regular file");
    std::vector<char> head;
    try {
        head = readHead(path, kSqliteMagic.size());
    } catch (...) {
        rethrowAsProjectError("cannot open", path);
    }
    if (head.empty())
        throw ProjectError(Code::NotSqlite, "cannot open " + quoted(path) + ": the file is empty");
    if (head.size() < kSqliteMagic.size()
        || !std::equal(kSqliteMagic.begin(), kSqliteMagic.end(), head.begin()))
        throw ProjectError(
            Code::NotSqlite,
            "cannot open " + quoted(path) + ": not an SQLite database, so not a Yike project");
}

void checkNotTruncated(const fs::path& path) {
    const std::vector<char> header = readHead(path, kSqliteHeaderSize);
    if (header.size() < kSqliteHeaderSize)
        throw ContentError(Code::Corrupt, "the file is truncated (shorter than its header)");
    std::uint32_t pageSize =
        (static_cast<std::uint32_t>(static_cast<std::uint8_t>(header[16])) << 8)
        | static_cast<std::uint8_t>(header[17]);
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t changeCounter = bigEndian32(header, 24);
    const std::uint32_t pageCount = bigEndian32(header, 28);
    const std::uint32_t validFor = bigEndian32(header, 92);
    // The in-header size is only meaningful when written by SQLite 3.7.0 or later, which
    // also stores the change counter at offset 92.
    if (pageCount == 0 || changeCounter != validFor) return;
    const std::uintmax_t expected = static_cast<std::uintmax_t>(pageCount) * pageSize;
    const std::uintmax_t actual = fs::file_size(path);
    if (actual < expected)
        throw ContentError(Code::Corrupt, "the file is truncated (" + std::to_string(actual)
                                              + " of " + std::to_string(expected) + " bytes)");
}

std::unique_ptr<platform::FileLock> lockProjectFile(const fs::path& path,
                                                    const std::string& prefix) {
    platform::FileLock::Attempt attempt =
        platform::FileLock::tryAcquire(platform::lockFileFor(path));
    if (attempt.lock) return std::move(attempt.lock);
    switch (attempt.failure) {
        case platform::FileLock::Failure::Held:
            throw ProjectError(Code::InUse,
                               prefix + ": it is open for writing in another Yike session ("
                                   + attempt.detail + ")",
                               attempt.detail);
        case platform::FileLock::Failure::NotWritable:
            throw ProjectError(Code::ReadOnly, prefix + ": cannot create the lock file "
                                                   + quoted(platform::lockFileFor(path)) + " ("
                                                   + attempt.detail + ")");
        case platform::FileLock::Failure::Io:
            break;
    }
    throw ProjectError(Code::Io, prefix + ": cannot lock " + quoted(platform::lockFileFor(path))
                                     + " (" + attempt.detail + ")");
}

void checkWritableTarget(const fs::path& path, const std::string& prefix) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw ProjectError(Code::Io, prefix + ": it is a folder");
    const fs::path folder = folderOf(path);
    if (!fs::is_directory(folder, ec))
        throw ProjectError(Code::NotFound,
                           prefix + ": the folder " + quoted(folder) + " does not exist");
    if (!platform::isWritableDirectory(folder))
        throw ProjectError(Code::ReadOnly,
                           prefix + ": the folder " + quoted(folder) + " is not writable");
}

void removeLeftovers(const fs::path& folder, const std::string& prefix) {
    std::error_code ec;
    fs::directory_iterator it(folder, ec);
    if (ec) return;
    std::vector<fs::path> leftovers;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = platform::utf8FromPath(it->path().filename());
        if (name.compare(0, prefix.size(), prefix) == 0) leftovers.push_back(it->path());
    }
    for (const fs::path& path : leftovers) fs::remove(path, ec);
}

}  // namespace yike::project::detail
