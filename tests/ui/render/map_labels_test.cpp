// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_labels.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include <QFont>
#include <QImage>
#include <QPainter>

#include "tests/support/test_data.h"

namespace yike::ui {
namespace {

LabelStyle style() {
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    font.setPixelSize(12);
    return {font, QColor(0x33, 0x33, 0x33), QColor(255, 255, 255, 220), 1.5};
}

class LabelPainterTest : public ::testing::Test {
protected:
    LabelPainterTest()
        : m_image(600, 400, QImage::Format_ARGB32_Premultiplied), m_painter(&m_image) {
        m_image.fill(Qt::white);
    }
    QImage m_image;
    QPainter m_painter;
};

// Not upside down: at most a little past vertical.
bool upright(double angleDeg) {
    return std::abs(angleDeg) <= 95.0;
}

void expectDisjoint(const std::vector<PlacedLabel>& labels) {
    for (std::size_t a = 0; a < labels.size(); ++a)
        for (std::size_t b = a + 1; b < labels.size(); ++b)
            for (const QRectF& boxA : labels[a].boxes)
                for (const QRectF& boxB : labels[b].boxes)
                    EXPECT_FALSE(boxA.intersects(boxB))
                        << labels[a].text.toStdString() << " / " << labels[b].text.toStdString();
}

TEST(LabelCollisionGrid, FindsOverlapsAcrossCells) {
    LabelCollisionGrid grid(QRectF(0, 0, 500, 300), 50.0);
    EXPECT_TRUE(grid.isFree(QRectF(10, 10, 20, 20)));
    grid.add(QRectF(40, 40, 30, 30));  // spans four cells
    EXPECT_FALSE(grid.isFree(QRectF(60, 60, 5, 5)));
    EXPECT_FALSE(grid.isFree(QRectF(0, 0, 45, 45)));
    EXPECT_TRUE(grid.isFree(QRectF(71, 40, 10, 10)));
    EXPECT_TRUE(grid.isFree(QRectF(300, 200, 50, 50)));
    // Boxes partly outside the bounds still collide with what is inside.
    grid.add(QRectF(-20, 280, 40, 40));
    EXPECT_FALSE(grid.isFree(QRectF(0, 290, 5, 5)));
}

TEST_F(LabelPainterTest, TextAlongALineDrawnRightToLeftStillReadsLeftToRight) {
    LabelPainter labels(m_painter, QRectF(0, 0, 600, 400));
    const QPolygonF westward{QPointF(560, 100), QPointF(300, 110), QPointF(40, 120)};
    ASSERT_TRUE(labels.placeAlongLine(QStringLiteral("中山路"), westward, style()));
    const PlacedLabel& label = labels.placed().front();
    ASSERT_EQ(label.boxes.size(), 3u);
    for (double angle : label.anglesDeg) {
        EXPECT_TRUE(upright(angle)) << angle;
        EXPECT_LT(std::abs(angle), 10.0) << angle;
    }
    // Characters run from west to east.
    EXPECT_LT(label.boxes[0].center().x(), label.boxes[1].center().x());
    EXPECT_LT(label.boxes[1].center().x(), label.boxes[2].center().x());
    // The label sits on the middle of the line.
    EXPECT_NEAR(label.boxes[1].center().x(), 300.0, 20.0);
    EXPECT_NEAR(label.boxes[1].center().y(), 110.0, 8.0);
    // And ink was drawn there.
    int dark = 0;
    for (int x = 270; x < 330; ++x)
        for (int y = 100; y < 120; ++y) dark += qGray(m_image.pixel(x, y)) < 128;
    EXPECT_GT(dark, 10);
}

TEST_F(LabelPainterTest, SteepLinesAndLinesRunningUpwardsAreUpright) {
    LabelPainter labels(m_painter, QRectF(0, 0, 600, 400));
    // South-west to north-east, drawn from the north-east end.
    const QPolygonF diagonal{QPointF(400, 50), QPointF(100, 350)};
    ASSERT_TRUE(labels.placeAlongLine(QStringLiteral("Zhongshan Road"), diagonal, style()));
    for (double angle : labels.placed().front().anglesDeg) EXPECT_TRUE(upright(angle)) << angle;
    EXPECT_NEAR(labels.placed().front().anglesDeg.front(), -45.0, 1.0);
}

TEST_F(LabelPainterTest, RefusesShortLinesSharpBendsAndOverlaps) {
    LabelPainter labels(m_painter, QRectF(0, 0, 600, 400));
    EXPECT_FALSE(labels.placeAlongLine(QStringLiteral("汉中路"), {QPointF(10, 10), QPointF(40, 10)},
                                       style()));
    // A hairpin: the middle of the label would fold over.
    EXPECT_FALSE(labels.placeAlongLine(QStringLiteral("很长很长的一条路"),
                                       {QPointF(100, 300), QPointF(160, 300), QPointF(100, 302)},
                                       style()));
    ASSERT_TRUE(labels.placeAlongLine(QStringLiteral("广州路"),
                                      {QPointF(50, 200), QPointF(550, 200)}, style()));
    // A short parallel street 5 px away has no room for its name (only its middle would do).
    EXPECT_FALSE(labels.placeAlongLine(QStringLiteral("上海路"),
                                       {QPointF(250, 205), QPointF(350, 205)}, style()));
    // The same name again close by is not repeated; far enough away it is.
    EXPECT_FALSE(labels.placeAlongLine(QStringLiteral("广州路"),
                                       {QPointF(50, 240), QPointF(550, 240)}, style()));
    EXPECT_TRUE(labels.placeAlongLine(QStringLiteral("上海路"),
                                      {QPointF(50, 240), QPointF(550, 240)}, style()));
    // A label never leaves the viewport.
    EXPECT_FALSE(labels.placeAt(QStringLiteral("玄武湖"), QPointF(595, 395), style()));
    expectDisjoint(labels.placed());
}

TEST(ClipPolyline, KeepsThePartsInsideTheRectangle) {
    const QRectF rect(0, 0, 100, 100);
    // In, out, back in: two parts.
    const std::vector<QPolygonF> parts =
        clipPolyline({QPointF(50, 50), QPointF(150, 50), QPointF(150, 80), QPointF(50, 80)}, rect);
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0], (QPolygonF{QPointF(50, 50), QPointF(100, 50)}));
    EXPECT_EQ(parts[1], (QPolygonF{QPointF(100, 80), QPointF(50, 80)}));
    // A segment crossing the whole rectangle.
    const std::vector<QPolygonF> across = clipPolyline({QPointF(-50, 10), QPointF(250, 10)}, rect);
    ASSERT_EQ(across.size(), 1u);
    EXPECT_EQ(across[0], (QPolygonF{QPointF(0, 10), QPointF(100, 10)}));
    EXPECT_TRUE(clipPolyline({QPointF(-50, -10), QPointF(250, -10)}, rect).empty());
    // Wholly inside: unchanged.
    const QPolygonF inside{QPointF(10, 10), QPointF(20, 30), QPointF(40, 35)};
    ASSERT_EQ(clipPolyline(inside, rect).size(), 1u);
    EXPECT_EQ(clipPolyline(inside, rect).front(), inside);
}

TEST_F(LabelPainterTest, ObstaclesAndBesideLabelsKeepClear) {
    LabelPainter labels(m_painter, QRectF(0, 0, 600, 400));
    labels.addObstacle(QRectF(290, 190, 20, 20));
    EXPECT_FALSE(labels.placeAt(QStringLiteral("鼓楼"), QPointF(300, 200), style()));
    // Beside a marker near the right edge: the name goes to its left.
    ASSERT_TRUE(
        labels.placeBeside(QStringLiteral("社区卫生服务站"), QPointF(560, 300), 8.0, style()));
    EXPECT_LT(labels.placed().back().boxes.back().right(), 560.0 - 8.0);
}

TEST_F(LabelPainterTest, ManyRandomStreetsNeverOverlap) {
    LabelPainter labels(m_painter, QRectF(0, 0, 600, 400));
    std::mt19937_64 random(test::testSeed());
    std::uniform_real_distribution<double> x(0.0, 600.0);
    std::uniform_real_distribution<double> y(0.0, 400.0);
    int placed = 0;
    for (int i = 0; i < 300; ++i) {
        QPolygonF line{QPointF(x(random), y(random)), QPointF(x(random), y(random)),
                       QPointF(x(random), y(random))};
        placed += labels.placeAlongLine(QStringLiteral("路%1").arg(i), line, style());
    }
    EXPECT_GT(placed, 5) << "seed " << test::testSeed();
    EXPECT_LT(placed, 300);
    expectDisjoint(labels.placed());
    for (const PlacedLabel& label : labels.placed())
        for (double angle : label.anglesDeg) EXPECT_TRUE(upright(angle)) << angle;
}

}  // namespace
}  // namespace yike::ui
