// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/text_decoding.h"

#include <string>

#include <gtest/gtest.h>

#include "core/exchange/exchange_error.h"

namespace yike::exchange {
namespace {

// "经度,纬度\n药店" written by hand in GBK (each pair of bytes one character).
const std::string kGbkText = "\xBE\xAD\xB6\xC8,\xCE\xB3\xB6\xC8\n\xD2\xA9\xB5\xEA";
const std::string kUtf8Text = "经度,纬度\n药店";

TEST(TextDecoding, DetectsPlainUtf8) {
    const DecodedText d = decodeText(kUtf8Text);
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_TRUE(d.detected);
    EXPECT_FALSE(d.byteOrderMark);
    EXPECT_EQ(d.utf8, kUtf8Text);
}

TEST(TextDecoding, DetectsAndRemovesTheUtf8ByteOrderMark) {
    const DecodedText d = decodeText("\xEF\xBB\xBF" + kUtf8Text);
    EXPECT_EQ(d.encoding, TextEncoding::Utf8);
    EXPECT_TRUE(d.byteOrderMark);
    EXPECT_EQ(d.utf8, kUtf8Text);
}

TEST(TextDecoding, ReadsGbkAsGb18030) {
    const DecodedText d = decodeText(kGbkText);
    EXPECT_EQ(d.encoding, TextEncoding::Gb18030);
    EXPECT_TRUE(d.detected);
    EXPECT_EQ(d.utf8, kUtf8Text);
}

TEST(TextDecoding, ReadsFourByteGb18030) {
    // U+20000 (𠀀), outside GBK, is 95 32 82 36 in GB18030.
    const DecodedText d = decodeText(std::string("a\x95\x32\x82\x36"), TextEncoding::Gb18030);
    EXPECT_EQ(d.utf8, "a\xF0\xA0\x80\x80");
}

TEST(TextDecoding, DetectsUtf16ByItsByteOrderMark) {
    const std::string le("\xFF\xFE\xCF\x7EX\0", 6);  // 经 (U+7ECF) X
    const DecodedText d = decodeText(le);
    EXPECT_EQ(d.encoding, TextEncoding::Utf16Le);
    EXPECT_EQ(d.utf8, "经X");
    const std::string be("\xFE\xFF\x7E\xCF\0X", 6);
    EXPECT_EQ(decodeText(be).utf8, "经X");
}

TEST(TextDecoding, AnExplicitChoiceOverridesDetection) {
    // Pure ASCII would be detected as UTF-8; the user's choice is kept and reported.
    const DecodedText ascii = decodeText("lon,lat", TextEncoding::Gb18030);
    EXPECT_EQ(ascii.encoding, TextEncoding::Gb18030);
    EXPECT_FALSE(ascii.detected);
    EXPECT_EQ(ascii.utf8, "lon,lat");
    // UTF-8 bytes read as GB18030 decode to other characters, not to an error: 药 (E8 8D AF)
    // is two GB18030 characters and a lone byte, so here it fails at the lone byte.
    EXPECT_THROW(decodeText("\xE8\x8D\xAF", TextEncoding::Gb18030), ExchangeError);
}

TEST(TextDecoding, NamesTheLineAndOffsetOfAnUndecodableByte) {
    // Declared UTF-8, but line 3 holds GBK characters (名称; C3 FB is no UTF-8 sequence).
    const std::string bytes = "lon,lat\n1,2\n\xC3\xFB\xB3\xC6,3\n";
    try {
        decodeText(bytes, TextEncoding::Utf8);
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.code(), ExchangeError::Code::UndecodableText);
        EXPECT_EQ(e.position().line, 3u);
        EXPECT_EQ(e.position().byteOffset, 12u);
        EXPECT_EQ(e.detail(), "utf-8");
        EXPECT_NE(std::string(e.what()).find("line 3"), std::string::npos) << e.what();
    }
    // Not GB18030 either (0x80 is no lead byte), so the detected decoding fails too.
    try {
        decodeText(std::string("a,b\n\x80\x80\n"));
        FAIL() << "expected an error";
    } catch (const ExchangeError& e) {
        EXPECT_EQ(e.detail(), "gb18030");
        EXPECT_EQ(e.position().line, 2u);
        EXPECT_EQ(e.position().byteOffset, 4u);
    }
}

TEST(TextDecoding, RejectsMalformedUtf8) {
    std::size_t bad = 99;
    EXPECT_TRUE(isValidUtf8("经度 ok"));
    EXPECT_FALSE(isValidUtf8("\xC0\xAF", &bad));  // overlong '/'
    EXPECT_EQ(bad, 0u);
    EXPECT_FALSE(isValidUtf8("ab\xED\xA0\x80", &bad));  // a UTF-16 surrogate
    EXPECT_EQ(bad, 2u);
    EXPECT_FALSE(isValidUtf8("\xE7\xBB", &bad));          // cut short
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80", &bad));  // past U+10FFFF
}

TEST(TextDecoding, EncodesGb18030) {
    EXPECT_EQ(encodeGb18030(kUtf8Text), kGbkText);
    EXPECT_EQ(decodeText(encodeGb18030("社区卫生服务站")).utf8, "社区卫生服务站");
}

TEST(TextDecoding, EncodingCodes) {
    for (TextEncoding e :
         {TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16Le, TextEncoding::Utf16Be})
        EXPECT_EQ(textEncodingFromCode(toCode(e)), e);
    EXPECT_EQ(textEncodingFromCode("GBK"), TextEncoding::Gb18030);
    EXPECT_EQ(textEncodingFromCode("auto"), std::nullopt);
}

}  // namespace
}  // namespace yike::exchange
