// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv_reader.h"

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/exchange/exchange_error.h"

namespace yike::exchange {
namespace {

/// Splits UTF-8 text into records of fields, one record per call, counting lines as it goes.
class CsvScanner {
public:
    CsvScanner(std::string_view text, char delimiter) : m_text(text), m_delimiter(delimiter) {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    /// Reads the next record; false at the end of the text.
    /// @throws ExchangeError (UnterminatedQuote).
    bool next(std::vector<std::string>& fields, std::size_t& startLine) {
        if (atEnd()) return false;
        fields.clear();
        startLine = m_line;
        std::string field;
        const std::size_t n = m_text.size();
        std::size_t i = m_pos;
        bool atFieldStart = true;
        while (true) {
            if (i >= n) {
                fields.push_back(std::move(field));
                m_pos = n;
                return true;
            }
            const char c = m_text[i];
            if (atFieldStart && c == '"') {
                i = readQuoted(i + 1, field);
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            if (c == m_delimiter) {
                fields.push_back(std::move(field));
                field.clear();
                atFieldStart = true;
                ++i;
                continue;
            }
            if (c == '\r' || c == '\n') {
                fields.push_back(std::move(field));
                i += (c == '\r' && i + 1 < n && m_text[i + 1] == '\n') ? 2u : 1u;
                ++m_line;
                m_pos = i;
                return true;
            }
            // A run of ordinary characters up to the next delimiter, quote-free line end or end.
            std::size_t j = i + 1;
            while (j < n && m_text[j] != m_delimiter && m_text[j] != '\r' && m_text[j] != '\n') ++j;
            field.append(m_text.data() + i, j - i);
            i = j;
        }
    }

private:
    /// Reads a quoted field's content from `i` (just after the opening quote) up to the closing
    /// quote; returns the index after it. Doubled quotes stand for one quote.
    std::size_t readQuoted(std::size_t i, std::string& field) {
        const std::size_t openedOn = m_line;
        const std::size_t n = m_text.size();
        while (true) {
            const std::size_t quote = m_text.find('"', i);
            if (quote == std::string_view::npos) {
                SourcePosition where;
                where.line = openedOn;
                throw ExchangeError(ExchangeError::Code::UnterminatedQuote,
                                    "the quoted field opened on line " + std::to_string(openedOn)
                                        + " never ends (a '\"' is missing)",
                                    where);
            }
            countLineBreaks(i, quote);
            field.append(m_text.data() + i, quote - i);
            if (quote + 1 < n && m_text[quote + 1] == '"') {
                field += '"';
                i = quote + 2;
                continue;
            }
            return quote + 1;
        }
    }

    void countLineBreaks(std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            if (m_text[k] == '\n')
                ++m_line;
            else if (m_text[k] == '\r' && (k + 1 >= to || m_text[k + 1] != '\n'))
                ++m_line;
        }
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::size_t m_line = 1;
};

bool allEmpty(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const std::string& f) {
        return f.find_first_not_of(" \t") == std::string::npos;
    });
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

std::vector<std::string> uniqueHeader(const std::vector<std::string>& raw) {
    std::vector<std::string> names;
    std::set<std::string> used;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        std::string base = trimmed(raw[i]);
        if (base.empty()) base = "column " + std::to_string(i + 1);
        std::string name = base;
        for (int k = 2; used.count(name) != 0; ++k) name = base + " (" + std::to_string(k) + ")";
        used.insert(name);
        names.push_back(std::move(name));
    }
    return names;
}

}  // namespace

char detectDelimiter(std::string_view utf8Text) {
    constexpr std::size_t kSampleRecords = 20;
    char best = ',';
    std::size_t bestScore = 0;
    std::size_t bestWidth = 0;
    for (char candidate : {',', '\t', ';'}) {
        CsvScanner scanner(utf8Text, candidate);
        std::vector<std::string> fields;
        std::size_t line = 0;
        std::size_t width = 0;
        std::size_t score = 0;
        std::size_t seen = 0;
        try {
            while (seen < kSampleRecords && scanner.next(fields, line)) {
                if (allEmpty(fields)) continue;
                ++seen;
                if (width == 0) {
                    width = fields.size();
                    continue;
                }
                if (fields.size() == width) ++score;
            }
        } catch (const ExchangeError&) {
            // An unbalanced quote in the sample: judge on what was read.
        }
        if (width < 2) continue;
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            best = candidate;
            bestScore = score;
            bestWidth = width;
        }
    }
    return best;
}

SourceTable readCsv(std::string_view bytes, const CsvOptions& options) {
    DecodedText decoded = decodeText(bytes, options.encoding);
    SourceTable table;
    table.format = SourceFormat::Csv;
    table.encoding = decoded.encoding;
    table.byteOrderMark = decoded.byteOrderMark;
    table.encodingDetected = decoded.detected;
    const std::string_view text = decoded.utf8;
    table.delimiter = options.delimiter.value_or(detectDelimiter(text));

    CsvScanner scanner(text, table.delimiter);
    std::vector<std::string> fields;
    std::size_t line = 0;
    bool haveHeader = false;
    while (scanner.next(fields, line)) {
        if (allEmpty(fields)) continue;
        if (!haveHeader) {
            table.columns = uniqueHeader(fields);
            haveHeader = true;
            continue;
        }
        if (options.maxRecords != 0 && table.records.size() >= options.maxRecords) {
            table.truncated = true;
            break;
        }
        SourceRecord record;
        record.record = table.records.size() + 1;
        record.line = line;
        const std::size_t width = table.columns.size();
        // Trailing empty fields beyond the header (a habit of some spreadsheets) are harmless.
        while (fields.size() > width && trimmed(fields.back()).empty()) fields.pop_back();
        if (fields.size() != width) {
            Rejection r;
            r.record = record.record;
            r.line = line;
            r.reason = RejectReason::RaggedRow;
            r.value = std::to_string(fields.size());
            r.message = "the row has " + std::to_string(fields.size()) + " fields, the header "
                        + std::to_string(width)
                        + " (an unquoted delimiter inside a value shifts the columns)";
            record.problem = std::move(r);
            fields.resize(width);
        }
        record.values = std::move(fields);
        fields = {};
        table.records.push_back(std::move(record));
    }
    if (!haveHeader)
        throw ExchangeError(ExchangeError::Code::EmptyFile,
                            "the file has no header row (it is empty)");
    return table;
}

}  // namespace yike::exchange
