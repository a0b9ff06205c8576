// SPDX-License-Identifier: GPL-3.0-or-later
// Text decoding of any file: detection, and each encoding forced. Whatever decodes is valid
// UTF-8 afterwards (a finding otherwise).
#include <cstdlib>

#include "core/exchange/exchange_error.h"
#include "core/exchange/text_decoding.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace yike::exchange;
    const std::string_view bytes = yike::fuzz::bytes(data, size);
    (void)isValidUtf8(bytes);
    for (const std::optional<TextEncoding> choice :
         {std::optional<TextEncoding>(), std::optional(TextEncoding::Utf8),
          std::optional(TextEncoding::Gb18030), std::optional(TextEncoding::Utf16Le),
          std::optional(TextEncoding::Utf16Be)}) {
        try {
            const DecodedText text = decodeText(bytes, choice);
            if (!isValidUtf8(text.utf8)) std::abort();
            (void)encodeGb18030(text.utf8);
        } catch (const ExchangeError&) {
        }
    }
    return 0;
}
