// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

/// File names as UTF-8 text. Yike keeps paths as UTF-8 strings where they pass through text (a
/// program argument, the original path stored in a recovery file, a message). On POSIX a path
/// is its bytes, so these are plain conversions; on Windows std::filesystem reads and writes a
/// narrow string in the ANSI code page (or byte by byte), so a Chinese name would be garbled:
/// there they convert through std::u8string.
namespace yike::platform {

/// The path named by the UTF-8 text `text`.
std::filesystem::path pathFromUtf8(std::string_view text);

/// The path's name as UTF-8 text.
std::string utf8FromPath(const std::filesystem::path& path);

}  // namespace yike::platform
