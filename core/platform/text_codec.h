// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

/// Converting text between the character sets of outside files, with what the operating system
/// offers: iconv on POSIX, the Windows code pages (MultiByteToWideChar) on Windows.
namespace yike::platform {

enum class Charset { Utf8, Gb18030, Utf16Le, Utf16Be };

/// Converts `input` from `from` to `to`. On an invalid or incomplete sequence, `*badOffset`
/// receives its byte offset in `input` and std::nullopt is returned.
/// Windows without the GB18030 code page (54936; Wine 8 lacks it) reads and writes GBK (936),
/// the two-byte part of GB18030: a four-byte sequence is then an invalid one.
/// @throws std::runtime_error when this system cannot convert between the two at all.
std::optional<std::string> convertText(std::string_view input, Charset from, Charset to,
                                       std::size_t* badOffset);

}  // namespace yike::platform
