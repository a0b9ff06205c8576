// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>

/// Turning the bytes of a text file into UTF-8, whatever the program that wrote it used.
namespace yike::exchange {

/// The encodings a table file may come in. Chinese Windows programs (Excel, WPS) write GBK by
/// default; GB18030 is a superset of GBK (and of GB2312), so GBK files decode as GB18030.
enum class TextEncoding {
    Utf8,
    Gb18030,
    Utf16Le,  ///< only recognised by its byte-order mark (Excel's "Unicode text")
    Utf16Be   ///< only recognised by its byte-order mark
};

/// "utf-8", "gb18030", "utf-16le", "utf-16be".
const char* toCode(TextEncoding encoding);
/// Reads a code written by toCode, case-insensitive; also "utf8", "gbk", "gb2312" (both read as
/// GB18030). std::nullopt for anything else, including "auto".
std::optional<TextEncoding> textEncodingFromCode(std::string_view code);

/// Decoded text and how it was decoded.
struct DecodedText {
    std::string utf8;  ///< the text as UTF-8, without a byte-order mark
    TextEncoding encoding = TextEncoding::Utf8;
    bool byteOrderMark = false;  ///< the file started with a byte-order mark
    bool detected = false;       ///< the encoding was detected rather than chosen
};

/// Whether `bytes` is well-formed UTF-8 (no overlong forms, surrogates or code points past
/// U+10FFFF). On failure, `badOffset` receives the offset of the first bad byte.
bool isValidUtf8(std::string_view bytes, std::size_t* badOffset = nullptr);

/**
 * Decodes a text file's bytes to UTF-8.
 *
 * Without `choice` the encoding is detected: a UTF-8 byte-order mark means UTF-8, a UTF-16
 * byte-order mark UTF-16, bytes that are valid UTF-8 are UTF-8, anything else is read as
 * GB18030. An explicit `choice` overrides detection (a byte-order mark of that encoding is still
 * removed). Conversion uses iconv.
 *
 * @throws ExchangeError (UndecodableText) naming the line and byte offset of the first byte
 * that is not valid in the encoding.
 */
DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> choice = std::nullopt);

/// Encodes UTF-8 text as GB18030 (for tests and for users who need GBK files).
/// @throws ExchangeError (UndecodableText) when `utf8` is not valid UTF-8.
std::string encodeGb18030(std::string_view utf8);

}  // namespace yike::exchange
