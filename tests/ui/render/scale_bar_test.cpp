// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/scale_bar.h"

#include <gtest/gtest.h>

#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>

#include "ui/render/map_transform.h"

namespace yike::ui {
namespace {

// At the equator projected and ground metres agree: 120 px are exactly 100 m here.
const MapTransform kHundredMetresIn120Px(QPointF(0.0, 0.0), 100.0 / 120.0, QSizeF(400, 120));

QImage drawn(const MapTransform& transform, QPointF origin, double symbolScale) {
    QImage image(400, 120, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    drawScaleBar(painter, transform, origin, QFont(), symbolScale);
    painter.end();
    return image;
}

/// The extent of the dark bar along row `y`: the first and last x darker than the box.
std::pair<int, int> barExtent(const QImage& image, int y) {
    int first = -1;
    int last = -1;
    for (int x = 0; x < image.width(); ++x)
        if (qAlpha(image.pixel(x, y)) > 200 && qGray(image.pixel(x, y)) < 100) {
            if (first < 0) first = x;
            last = x;
        }
    return {first, last};
}

TEST(ScaleBar, NiceLengths) {
    EXPECT_DOUBLE_EQ(niceScaleLength(180.0), 100.0);
    EXPECT_DOUBLE_EQ(niceScaleLength(260.0), 200.0);
    EXPECT_DOUBLE_EQ(niceScaleLength(999.0), 500.0);
    EXPECT_DOUBLE_EQ(niceScaleLength(1000.0), 1000.0);
    EXPECT_DOUBLE_EQ(niceScaleLength(7.0), 5.0);
    EXPECT_DOUBLE_EQ(niceScaleLength(0.0), 0.0);
}

TEST(ScaleBar, FormatsMetresAndKilometres) {
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(formatDistance(500.0), QStringLiteral("500 m"));
    EXPECT_EQ(formatDistance(2000.0), QStringLiteral("2 km"));
    EXPECT_EQ(formatDistance(1234.0), QStringLiteral("1.2 km"));
    EXPECT_EQ(formatDistance(2.5), QStringLiteral("2.5 m"));
}

TEST(ScaleBar, TheBarIsAsLongAsTheDistanceItNames) {
    const QImage image = drawn(kHundredMetresIn120Px, QPointF(12.0, 100.0), 1.0);
    const auto [first, last] = barExtent(image, 100);
    EXPECT_NEAR(first, 12, 1);
    EXPECT_NEAR(last, 12 + 120, 1) << "100 m at 120 px per 100 m";
    EXPECT_GT(qGray(image.pixel(70, 97)), 100) << "a 2 px pen";
    // Everything stays in the box: 6 px left of the bar, 8 px under it.
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) != 0) {
                EXPECT_GE(x, 5);
                EXPECT_LE(y, 108);
            }
}

TEST(ScaleBar, ScalesWithTheSymbolScale) {
    // Twice the symbol scale allows a bar twice as long: 200 m in 240 px, pen twice as wide.
    const QImage image = drawn(kHundredMetresIn120Px, QPointF(12.0, 100.0), 2.0);
    const auto [first, last] = barExtent(image, 100);
    EXPECT_NEAR(first, 12, 1);
    EXPECT_NEAR(last, 12 + 240, 1);
    EXPECT_LT(qGray(image.pixel(130, 98)), 100) << "a 4 px pen";
}

TEST(ScaleBar, AnInvalidViewHasNoScaleBar) {
    const QImage image = drawn(MapTransform(), QPointF(12.0, 100.0), 1.0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) ASSERT_EQ(qAlpha(image.pixel(x, y)), 0);
}

}  // namespace
}  // namespace yike::ui
