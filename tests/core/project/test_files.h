// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/platform/sqlite_util.h"

/// File helpers for the project store tests.
namespace yike::test {

inline std::string readFileBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeFileBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

/// FNV-1a over the file's bytes, with the size mixed in.
inline std::uint64_t fileHash(const std::filesystem::path& path) {
    const std::string bytes = readFileBytes(path);
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : bytes) {
        hash ^= static_cast<std::uint8_t>(c);
        hash *= 1099511628211ull;
    }
    return hash ^ static_cast<std::uint64_t>(bytes.size());
}

/// A plain connection for inspecting or tampering with a file behind the store's back.
inline platform::DatabaseHandle openRaw(const std::filesystem::path& path, bool writable = true) {
    return platform::openDatabase(path, writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
}

/// PRAGMA integrity_check of a file ("ok" when sound).
inline std::string integrityCheck(const std::filesystem::path& path) {
    auto db = openRaw(path, false);
    return platform::queryText(db.get(), "PRAGMA integrity_check").value_or("no result");
}

inline std::filesystem::path withSuffix(std::filesystem::path path, const char* suffix) {
    path += suffix;
    return path;
}

}  // namespace yike::test
