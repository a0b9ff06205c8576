// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as survey teams send it: any bytes, any encoding, detected delimiter, and each delimiter
// forced. A refusal (ExchangeError) is the reader's answer; anything else is a finding.
#include "core/exchange/csv_reader.h"
#include "core/exchange/exchange_error.h"
#include "tests/fuzz/fuzz_target.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace yike::exchange;
    const std::string_view text = yike::fuzz::bytes(data, size);
    for (const std::optional<char> delimiter : {std::optional<char>(), std::optional<char>(';')}) {
        try {
            CsvOptions options;
            options.delimiter = delimiter;
            const SourceTable table = readCsv(text, options);
            (void)table.columnIndex("name");
        } catch (const ExchangeError&) {
        }
    }
    try {
        CsvOptions gbk;
        gbk.encoding = TextEncoding::Gb18030;
        (void)readCsv(text, gbk);
    } catch (const ExchangeError&) {
    }
    return 0;
}
