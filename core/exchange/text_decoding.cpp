// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/text_decoding.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <memory>

#include <iconv.h>

#include "core/exchange/exchange_error.h"

namespace yike::exchange {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

const char* iconvName(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8:
            return "UTF-8";
        case TextEncoding::Gb18030:
            return "GB18030";
        case TextEncoding::Utf16Le:
            return "UTF-16LE";
        case TextEncoding::Utf16Be:
            return "UTF-16BE";
    }
    return "UTF-8";
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

struct IconvCloser {
    void operator()(void* cd) const { ::iconv_close(static_cast<iconv_t>(cd)); }
};

/// Converts `input` from `from` to `to` with iconv. On an invalid or incomplete sequence,
/// `*badOffset` receives its offset in `input` and std::nullopt is returned.
std::optional<std::string> convert(std::string_view input, const char* from, const char* to,
                                   std::size_t* badOffset) {
    iconv_t cd = ::iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw ExchangeError(ExchangeError::Code::UndecodableText,
                            std::string("this system cannot convert from ") + from + " to " + to,
                            {}, from);
    const std::unique_ptr<void, IconvCloser> guard(cd);
    std::string out;
    out.resize(input.size() * 3 / 2 + 16);
    // iconv's interface takes non-const pointers but does not write through the input one.
    char* in = const_cast<char*>(input.data());
    std::size_t inLeft = input.size();
    std::size_t produced = 0;
    while (inLeft > 0) {
        char* outPtr = out.data() + produced;
        std::size_t outLeft = out.size() - produced;
        const std::size_t result = ::iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        produced = out.size() - outLeft;
        if (result != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2 + 16);
            continue;
        }
        // EILSEQ (invalid sequence) or EINVAL (sequence cut short at the end).
        *badOffset = static_cast<std::size_t>(in - input.data());
        return std::nullopt;
    }
    out.resize(produced);
    return out;
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
    std::optional<std::string> text = convert(body, iconvName(result.encoding), "UTF-8", &bad);
    if (!text) throwUndecodable(bytes, skipped + bad, result.encoding);
    result.utf8 = std::move(*text);
    return result;
}

std::string encodeGb18030(std::string_view utf8) {
    std::size_t bad = 0;
    if (!isValidUtf8(utf8, &bad)) throwUndecodable(utf8, bad, TextEncoding::Utf8);
    std::optional<std::string> text = convert(utf8, "UTF-8", "GB18030", &bad);
    if (!text) throwUndecodable(utf8, bad, TextEncoding::Utf8);
    return std::move(*text);
}

}  // namespace yike::exchange
