// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/platform/text_codec.h"

#include <stdexcept>

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <memory>

#include <iconv.h>
#endif

namespace yike::platform {
namespace {

const char* nameOf(Charset charset) {
    switch (charset) {
        case Charset::Utf8:
            return "UTF-8";
        case Charset::Gb18030:
            return "GB18030";
        case Charset::Utf16Le:
            return "UTF-16LE";
        case Charset::Utf16Be:
            return "UTF-16BE";
    }
    return "UTF-8";
}

[[noreturn]] void cannotConvert(Charset from, Charset to) {
    throw std::runtime_error(std::string("this system cannot convert from ") + nameOf(from)
                             + " to " + nameOf(to));
}

}  // namespace

#ifdef _WIN32

namespace {

constexpr UINT kGb18030CodePage = 54936;
constexpr UINT kGbkCodePage = 936;

bool isHighSurrogate(wchar_t c) {
    return c >= 0xD800 && c <= 0xDBFF;
}
bool isLowSurrogate(wchar_t c) {
    return c >= 0xDC00 && c <= 0xDFFF;
}

/// The index of the first surrogate without its partner, or npos.
std::size_t unpairedSurrogate(const std::wstring& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (isHighSurrogate(text[i])) {
            if (i + 1 < text.size() && isLowSurrogate(text[i + 1])) {
                ++i;
                continue;
            }
            return i;
        }
        if (isLowSurrogate(text[i])) return i;
    }
    return std::wstring::npos;
}

/// The code page for GB18030 text: GB18030 itself where Windows has it, else GBK.
UINT gbCodePage() {
    static const UINT page = IsValidCodePage(kGb18030CodePage) ? kGb18030CodePage : kGbkCodePage;
    return page;
}

/// Decodes bytes of a multi-byte code page; std::nullopt when they are not valid.
std::optional<std::wstring> decodeWith(UINT page, std::string_view bytes) {
    if (bytes.empty()) return std::wstring();
    const int size = static_cast<int>(bytes.size());
    const int length =
        MultiByteToWideChar(page, MB_ERR_INVALID_CHARS, bytes.data(), size, nullptr, 0);
    if (length <= 0) return std::nullopt;
    std::wstring text(static_cast<std::size_t>(length), L'\0');
    MultiByteToWideChar(page, MB_ERR_INVALID_CHARS, bytes.data(), size, text.data(), length);
    return text;
}

/// Bytes of one GB18030 character starting at `at` (1, 2 or 4), or 0 when they cannot start one.
std::size_t gbCharacterLength(std::string_view bytes, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[at + i]); };
    const std::size_t left = bytes.size() - at;
    if (byte(0) < 0x80) return 1;
    if (byte(0) < 0x81 || byte(0) > 0xFE || left < 2) return 0;
    if (byte(1) >= 0x30 && byte(1) <= 0x39) {
        if (left < 4 || byte(2) < 0x81 || byte(2) > 0xFE || byte(3) < 0x30 || byte(3) > 0x39)
            return 0;
        return 4;
    }
    return (byte(1) >= 0x40 && byte(1) <= 0xFE && byte(1) != 0x7F) ? 2 : 0;
}

/// The offset of the first character of GB18030 (or GBK) text that does not decode.
std::size_t firstBadGbCharacter(std::string_view bytes) {
    std::size_t at = 0;
    while (at < bytes.size()) {
        const std::size_t length = gbCharacterLength(bytes, at);
        if (length == 0 || !decodeWith(gbCodePage(), bytes.substr(at, length))) return at;
        at += length;
    }
    return bytes.size();
}

/// The offset of the first byte that is not part of valid UTF-8.
std::size_t firstBadUtf8(std::string_view bytes) {
    std::size_t at = 0;
    while (at < bytes.size()) {
        const auto lead = static_cast<unsigned char>(bytes[at]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (at + length > bytes.size() || !decodeWith(CP_UTF8, bytes.substr(at, length)))
            return at;
        at += length;
    }
    return bytes.size();
}

std::optional<std::wstring> toWide(std::string_view input, Charset from, std::size_t* badOffset) {
    switch (from) {
        case Charset::Utf8:
        case Charset::Gb18030: {
            const bool utf8 = from == Charset::Utf8;
            if (!utf8) {
                // GB18030's own byte structure first: GBK (936) would take 0x80 as the euro.
                for (std::size_t at = 0; at < input.size();) {
                    const std::size_t length = gbCharacterLength(input, at);
                    if (length == 0) {
                        *badOffset = at;
                        return std::nullopt;
                    }
                    at += length;
                }
            }
            std::optional<std::wstring> text = decodeWith(utf8 ? CP_UTF8 : gbCodePage(), input);
            if (!text) *badOffset = utf8 ? firstBadUtf8(input) : firstBadGbCharacter(input);
            return text;
        }
        case Charset::Utf16Le:
        case Charset::Utf16Be: {
            const std::size_t low = from == Charset::Utf16Le ? 0 : 1;
            std::wstring text;
            text.reserve(input.size() / 2);
            for (std::size_t i = 0; i + 1 < input.size(); i += 2)
                text.push_back(static_cast<wchar_t>(
                    static_cast<unsigned char>(input[i + low])
                    | (static_cast<unsigned char>(input[i + 1 - low]) << 8)));
            const std::size_t unpaired = unpairedSurrogate(text);
            if (unpaired != std::wstring::npos) {
                *badOffset = unpaired * 2;
                return std::nullopt;
            }
            if (input.size() % 2 != 0) {  // cut short in the last code unit
                *badOffset = input.size() - 1;
                return std::nullopt;
            }
            return text;
        }
    }
    return std::nullopt;
}

std::string fromWide(const std::wstring& text, Charset to) {
    if (to == Charset::Utf16Le || to == Charset::Utf16Be) {
        const std::size_t low = to == Charset::Utf16Le ? 0 : 1;
        std::string bytes(text.size() * 2, '\0');
        for (std::size_t i = 0; i < text.size(); ++i) {
            bytes[2 * i + low] = static_cast<char>(text[i] & 0xFF);
            bytes[2 * i + 1 - low] = static_cast<char>((text[i] >> 8) & 0xFF);
        }
        return bytes;
    }
    if (text.empty()) return {};
    const UINT page = to == Charset::Utf8 ? CP_UTF8 : gbCodePage();
    const int size = static_cast<int>(text.size());
    const int length =
        WideCharToMultiByte(page, 0, text.data(), size, nullptr, 0, nullptr, nullptr);
    if (length <= 0) cannotConvert(Charset::Utf16Le, to);
    std::string bytes(static_cast<std::size_t>(length), '\0');
    WideCharToMultiByte(page, 0, text.data(), size, bytes.data(), length, nullptr, nullptr);
    return bytes;
}

}  // namespace

std::optional<std::string> convertText(std::string_view input, Charset from, Charset to,
                                       std::size_t* badOffset) {
    const std::optional<std::wstring> text = toWide(input, from, badOffset);
    if (!text) return std::nullopt;
    return fromWide(*text, to);
}

#else

namespace {

struct IconvCloser {
    void operator()(void* cd) const { ::iconv_close(static_cast<iconv_t>(cd)); }
};

}  // namespace

std::optional<std::string> convertText(std::string_view input, Charset from, Charset to,
                                       std::size_t* badOffset) {
    iconv_t cd = ::iconv_open(nameOf(to), nameOf(from));
    if (cd == reinterpret_cast<iconv_t>(-1)) cannotConvert(from, to);
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

#endif

}  // namespace yike::platform
