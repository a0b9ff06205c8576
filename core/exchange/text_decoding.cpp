// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/text_decoding.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "core/exchange/exchange_error.h"
#include "core/platform/text_codec.h"

namespace yike::exchange {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

platform::Charset charsetOf(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return platform::Charset::Utf8;
        case TextEncoding::Gb18030:
            return platform::Charset::Gb18030;
        case TextEncoding::Utf16Le:
            return platform::Charset::Utf16Le;
        case TextEncoding::Utf16Be:
            return platform::Charset::Utf16Be;
    }
    return platform::Charset::Utf8;
}

std::string_view bomOf(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return kUtf8Bom;
        case TextEncoding::Utf16Le:
            return kUtf16LeBom;
        case TextEncoding::Utf16Be:
            return kUtf16BeBom;
        case TextEncoding::Gb18030:
            return {};
    }
    return {};
}

bool startsWith(std::string_view text, std::string_view prefix) {
    return !prefix.empty() && text.substr(0, prefix.size()) == prefix;
}

/// The 1-based line of byte `offset` (counting line feeds before it; in UTF-16, line-feed code
/// units).
std::size_t lineAt(std::string_view bytes, std::size_t offset, TextEncoding encoding) {
    offset = std::min(offset, bytes.size());
    std::size_t line = 1;
    if (encoding == TextEncoding::Utf16Le || encoding == TextEncoding::Utf16Be) {
        const std::size_t low = encoding == TextEncoding::Utf16Le ? 0 : 1;
        for (std::size_t i = 0; i + 1 < offset; i += 2)
            if (bytes[i + low] == '\n' && bytes[i + 1 - low] == '\0') ++line;
        return line;
    }
    return line
           + static_cast<std::size_t>(std::count(
               bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

[[noreturn]] void throwUndecodable(std::string_view bytes, std::size_t offset,
                                   TextEncoding encoding) {
    SourcePosition where;
    where.line = lineAt(bytes, offset, encoding);
    where.byteOffset = offset;
    throw ExchangeError(ExchangeError::Code::UndecodableText,
                        "the file is not valid " + std::string(toCode(encoding)) + " text: line "
                            + std::to_string(where.line) + ", byte offset " + std::to_string(offset)
                            + " (choose another encoding)",
                        where, toCode(encoding));
}

/// Converts `input` between the encodings. On an invalid or incomplete sequence, `*badOffset`
/// receives its offset in `input` and std::nullopt is returned.
std::optional<std::string> convert(std::string_view input, TextEncoding from, TextEncoding to,
                                   std::size_t* badOffset) {
    try {
        return platform::convertText(input, charsetOf(from), charsetOf(to), badOffset);
    } catch (const std::runtime_error& e) {
        throw ExchangeError(ExchangeError::Code::UndecodableText, e.what(), {}, toCode(from));
    }
}

}  // namespace

const char* toCode(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return "utf-8";
        case TextEncoding::Gb18030:
            return "gb18030";
        case TextEncoding::Utf16Le:
            return "utf-16le";
        case TextEncoding::Utf16Be:
            return "utf-16be";
    }
    return "";
}

std::optional<TextEncoding> textEncodingFromCode(std::string_view code) {
    std::string text;
    for (char c : code) text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text == "utf-8" || text == "utf8") return TextEncoding::Utf8;
    if (text == "gb18030" || text == "gbk" || text == "gb2312" || text == "cp936")
        return TextEncoding::Gb18030;
    if (text == "utf-16le" || text == "utf16le") return TextEncoding::Utf16Le;
    if (text == "utf-16be" || text == "utf16be") return TextEncoding::Utf16Be;
    return std::nullopt;
}

bool isValidUtf8(std::string_view bytes, std::size_t* badOffset) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    auto fail = [&](std::size_t at) {
        if (badOffset != nullptr) *badOffset = at;
        return false;
    };
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;  // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) low = 0xA0;   // no overlong forms
            if (c == 0xED) high = 0x9F;  // no UTF-16 surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) low = 0x90;   // no overlong forms
            if (c == 0xF4) high = 0x8F;  // nothing past U+10FFFF
        } else {
            return fail(i);
        }
        if (i + length > n) return fail(i);
        if (p[i + 1] < low || p[i + 1] > high) return fail(i);
        for (std::size_t k = 2; k < length; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return fail(i);
        i += length;
    }
    return true;
}

DecodedText decodeText(std::string_view bytes, std::optional<TextEncoding> choice) {
    DecodedText result;
    if (choice) {
        result.encoding = *choice;
    } else {
        result.detected = true;
        if (startsWith(bytes, kUtf8Bom))
            result.encoding = TextEncoding::Utf8;
        else if (startsWith(bytes, kUtf16LeBom))
            result.encoding = TextEncoding::Utf16Le;
        else if (startsWith(bytes, kUtf16BeBom))
            result.encoding = TextEncoding::Utf16Be;
        else
            result.encoding = isValidUtf8(bytes) ? TextEncoding::Utf8 : TextEncoding::Gb18030;
    }
    const std::string_view bom = bomOf(result.encoding);
    std::size_t skipped = 0;
    if (startsWith(bytes, bom)) {
        result.byteOrderMark = true;
        skipped = bom.size();
    }
    const std::string_view body = bytes.substr(skipped);

    if (result.encoding == TextEncoding::Utf8) {
        std::size_t bad = 0;
        if (!isValidUtf8(body, &bad)) throwUndecodable(bytes, skipped + bad, result.encoding);
        result.utf8.assign(body);
        return result;
    }
    std::size_t bad = 0;
    std::optional<std::string> text = convert(body, result.encoding, TextEncoding::Utf8, &bad);
    if (!text) throwUndecodable(bytes, skipped + bad, result.encoding);
    result.utf8 = std::move(*text);
    return result;
}

std::string encodeGb18030(std::string_view utf8) {
    std::size_t bad = 0;
    if (!isValidUtf8(utf8, &bad)) throwUndecodable(utf8, bad, TextEncoding::Utf8);
    std::optional<std::string> text = convert(utf8, TextEncoding::Utf8, TextEncoding::Gb18030, &bad);
    if (!text) throwUndecodable(utf8, bad, TextEncoding::Utf8);
    return std::move(*text);
}

}  // namespace yike::exchange
