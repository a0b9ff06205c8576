// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv_reader.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/exchange/exchange_error.h"

namespace yike::exchange {
namespace {

using ::testing::ElementsAre;

TEST(CsvReader, ReadsAHeaderAndRecordsWithLineNumbers) {
    const SourceTable t = readCsv("name,lon,lat\r\nA,118.1,32.1\r\nB,118.2,32.2\r\n");
    EXPECT_EQ(t.format, SourceFormat::Csv);
    EXPECT_EQ(t.delimiter, ',');
    EXPECT_THAT(t.columns, ElementsAre("name", "lon", "lat"));
    ASSERT_EQ(t.records.size(), 2u);
    EXPECT_THAT(t.records[0].values, ElementsAre("A", "118.1", "32.1"));
    EXPECT_EQ(t.records[0].record, 1u);
    EXPECT_EQ(t.records[0].line, 2u);
    EXPECT_EQ(t.records[1].line, 3u);
    EXPECT_FALSE(t.records[1].problem);
    EXPECT_FALSE(t.truncated);
}

TEST(CsvReader, DetectsTabAndSemicolonDelimiters) {
    const SourceTable tab = readCsv("名称\t经度\t纬度\n药店\t118.1\t32.1\n");
    EXPECT_EQ(tab.delimiter, '\t');
    EXPECT_THAT(tab.columns, ElementsAre("名称", "经度", "纬度"));
    EXPECT_THAT(tab.records.at(0).values, ElementsAre("药店", "118.1", "32.1"));

    // Excel in European locales separates with semicolons; commas are then plain text.
    const SourceTable semi = readCsv("name;lon;lat\nA, B;118;32\nC;119;33\n");
    EXPECT_EQ(semi.delimiter, ';');
    EXPECT_THAT(semi.records.at(0).values, ElementsAre("A, B", "118", "32"));

    // Commas win when every row splits evenly on them, even with a stray semicolon.
    EXPECT_EQ(detectDelimiter("a,b,c\n1;x,2,3\n4,5,6\n"), ',');
    EXPECT_EQ(detectDelimiter("single column\nvalue\n"), ',');
}

TEST(CsvReader, ReadsQuotedFieldsWithDelimitersQuotesAndLineBreaks) {
    const std::string text =
        "name,notes,lon\n"
        "\"Shop, north\",\"He said \"\"open\"\"\",118\n"
        "\"Two\r\nline name\",\"a\nb\",119\n"
        "Plain,,120\n";
    const SourceTable t = readCsv(text);
    ASSERT_EQ(t.records.size(), 3u);
    EXPECT_THAT(t.records[0].values, ElementsAre("Shop, north", "He said \"open\"", "118"));
    EXPECT_THAT(t.records[1].values, ElementsAre("Two\r\nline name", "a\nb", "119"));
    EXPECT_EQ(t.records[1].line, 3u);
    // Both quoted line breaks count: the record spans lines 3 to 5, the next starts on 6.
    EXPECT_EQ(t.records[2].line, 6u);
    EXPECT_THAT(t.records[2].values, ElementsAre("Plain", "", "120"));
}

TEST(CsvReader, ReportsRaggedRowsAndToleratesTrailingEmptyFields) {
    const std::string text =
        "name,lon,lat\n"
        "A,118,32,,\n"         // surplus empty fields: fine
        "B, Nanjing,118,32\n"  // an unquoted comma in the name shifts the columns
        "C,118\n";             // a field short
    const SourceTable t = readCsv(text);
    ASSERT_EQ(t.records.size(), 3u);
    EXPECT_FALSE(t.records[0].problem);
    EXPECT_THAT(t.records[0].values, ElementsAre("A", "118", "32"));
    ASSERT_TRUE(t.records[1].problem);
    EXPECT_EQ(t.records[1].problem->reason, RejectReason::RaggedRow);
    EXPECT_EQ(t.records[1].problem->line, 3u);
    EXPECT_EQ(t.records[1].problem->value, "4");
    ASSERT_TRUE(t.records[2].problem);
    EXPECT_EQ(t.records[2].problem->value, "2");
    EXPECT_EQ(t.records[2].values.size(), 3u);
}

TEST(CsvReader, SkipsBlankRowsAndNamesEmptyAndRepeatedHeaders) {
    const SourceTable t = readCsv("\n\nname,,name\n\n,,\nA,1,B\n");
    EXPECT_THAT(t.columns, ElementsAre("name", "column 2", "name (2)"));
    ASSERT_EQ(t.records.size(), 1u);
    EXPECT_EQ(t.records[0].line, 6u);
    EXPECT_EQ(t.columnIndex("NAME (2)"), 2u);
    EXPECT_EQ(t.columnIndex("nope"), std::nullopt);
}

TEST(CsvReader, ReadsGbkText) {
    // 名称,类别 / 药店,pharmacy in GBK.
    const SourceTable t =
        readCsv("\xC3\xFB\xB3\xC6,\xC0\xE0\xB1\xF0\r\n\xD2\xA9\xB5\xEA,pharmacy\r\n");
    EXPECT_EQ(t.encoding, TextEncoding::Gb18030);
    EXPECT_TRUE(t.encodingDetected);
    EXPECT_THAT(t.columns, ElementsAre("名称", "类别"));
    EXPECT_THAT(t.records.at(0).values, ElementsAre("药店", "pharmacy"));
}

TEST(CsvReader, StopsAfterTheRequestedNumberOfRecords) {
    std::string text = "n\n";
    for (int i = 0; i < 500; ++i) text += std::to_string(i) + "\n";
    CsvOptions options;
    options.maxRecords = 200;
    const SourceTable t = readCsv(text, options);
    EXPECT_EQ(t.records.size(), 200u);
    EXPECT_TRUE(t.truncated);
    EXPECT_EQ(t.records.back().values.at(0), "199");
}

TEST(CsvReader, FailsOnAnUnterminatedQuoteNamingItsLine) {
    try {
        readCsv("name,lon\nA,1\n\"Broken,2\nC,3\n");
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::UnterminatedQuote);
        EXPECT_EQ(e.position().line, 3u);
    }
}

TEST(CsvReader, FailsOnAnEmptyFile) {
    for (const char* text : {"", "\n\n", "\xEF\xBB\xBF", " , \n"}) {
        try {
            readCsv(text);
            FAIL() << "expected an error for '" << text << "'";
        } catch (const ExchangeError& e) {
            EXPECT_EQ(e.code(), ExchangeError::Code::EmptyFile);
        }
    }
}

}  // namespace
}  // namespace yike::exchange
