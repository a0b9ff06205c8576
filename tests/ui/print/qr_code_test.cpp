// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/qr_code.h"

#include <gtest/gtest.h>

namespace yike::ui {
namespace {

// A finder pattern: a dark 7 × 7 ring, a light ring inside it, a dark 3 × 3 core.
bool finderAt(const QrSymbol& s, int row, int column) {
    for (int r = 0; r < 7; ++r)
        for (int c = 0; c < 7; ++c) {
            const int ring = std::max(std::abs(r - 3), std::abs(c - 3));
            const bool dark = ring != 2;
            if (s.isDark(row + r, column + c) != dark) return false;
        }
    return true;
}

TEST(QrCode, EncodesAnAddressAsAValidSymbol) {
    const QrSymbol s = encodeQr(QByteArrayLiteral("https://example.org/circles/幸福里"));
    ASSERT_FALSE(s.isEmpty());
    EXPECT_EQ((s.size - 17) % 4, 0);  // 21, 25, 29, ... modules: version 1 to 40
    EXPECT_GE(s.size, 25);            // 41 bytes need at least version 3 at level M
    EXPECT_TRUE(finderAt(s, 0, 0));
    EXPECT_TRUE(finderAt(s, 0, s.size - 7));
    EXPECT_TRUE(finderAt(s, s.size - 7, 0));
    EXPECT_FALSE(finderAt(s, s.size - 7, s.size - 7));
    // Timing pattern between the top finders: dark and light in turn.
    for (int c = 8; c < s.size - 8; ++c) EXPECT_EQ(s.isDark(6, c), c % 2 == 0) << c;
}

TEST(QrCode, LongerDataNeedsALargerSymbol) {
    const QrSymbol small = encodeQr(QByteArrayLiteral("https://a.cn"));
    const QrSymbol large = encodeQr(QByteArray(300, 'x'));
    EXPECT_LT(small.size, large.size);
}

TEST(QrCode, NothingForNoDataOrTooMuch) {
    EXPECT_TRUE(encodeQr({}).isEmpty());
    EXPECT_TRUE(encodeQr(QByteArray(4000, 'x')).isEmpty());  // beyond version 40 at level M
}

}  // namespace
}  // namespace yike::ui
