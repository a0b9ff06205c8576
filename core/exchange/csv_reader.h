// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/exchange/source_table.h"
#include "core/exchange/text_decoding.h"

namespace yike::exchange {

struct CsvOptions {
    std::optional<TextEncoding> encoding;  ///< std::nullopt: detect (see decodeText)
    std::optional<char> delimiter;         ///< std::nullopt: detect among ',', '\t' and ';'
    std::size_t maxRecords = 0;            ///< stop after this many data records; 0 = all
};

/// The delimiter among ',', '\t' and ';' that splits the first lines of `text` into the most
/// rows of equal width (at least two fields); ',' when none does. Quotes are respected.
char detectDelimiter(std::string_view utf8Text);

/**
 * Reads a delimited text table (CSV as Excel and WPS write it): the first non-empty row is the
 * header; fields may be quoted with '"' and then hold delimiters, doubled quotes and line
 * breaks; lines may end in CRLF, LF or CR. Rows whose fields are all empty are skipped. A row
 * with a different number of fields than the header is kept with problem RaggedRow, except
 * that surplus empty fields at its end are dropped. Empty header names become "column N";
 * repeated names get " (2)", " (3)", ... so every column has a unique name.
 *
 * @throws ExchangeError: UndecodableText (see decodeText), EmptyFile (no header row),
 * UnterminatedQuote (a quoted field runs to the end of the file; position = its line).
 */
SourceTable readCsv(std::string_view bytes, const CsvOptions& options = {});

}  // namespace yike::exchange
