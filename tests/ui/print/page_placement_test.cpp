// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_placement.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "tests/ui/print/print_fixture.h"

namespace yike::ui {
namespace {

using test::sharedArea;

TEST(PagePlacement, UprightBoxesThatTouchDoNotOverlap) {
    const PageBox a{{10, 10}, {4, 2}, 0};
    EXPECT_FALSE(overlaps(a, {{14, 10}, {4, 2}, 0}));   // side by side
    EXPECT_TRUE(overlaps(a, {{13.9, 10}, {4, 2}, 0}));
    EXPECT_FALSE(overlaps(a, {{10, 12}, {4, 2}, 0}));   // one above the other
    EXPECT_TRUE(overlaps(a, {{10, 10}, {1, 1}, 0}));    // inside
}

TEST(PagePlacement, TurnedBoxesOverlapOnlyWhereTheyShareArea) {
    // Two thin diagonal boxes whose upright bounds overlap but which run side by side.
    const PageBox a{{0, 0}, {20, 2}, 45};
    const PageBox b{{3, -3}, {20, 2}, 45};
    EXPECT_TRUE(a.bounds().intersects(b.bounds()));
    EXPECT_FALSE(overlaps(a, b));
    EXPECT_TRUE(overlaps(a, {{0, 0}, {20, 2}, -45}));  // a cross

    // And on random pairs, against Qt's clipping.
    std::mt19937 rng(20261203);
    std::uniform_real_distribution<double> pos(0, 20);
    std::uniform_real_distribution<double> len(0.5, 12);
    std::uniform_real_distribution<double> angle(-90, 90);
    int overlapping = 0;
    for (int i = 0; i < 3000; ++i) {
        const PageBox p{{pos(rng), pos(rng)}, {len(rng), len(rng)}, angle(rng)};
        const PageBox q{{pos(rng), pos(rng)}, {len(rng), len(rng)}, angle(rng)};
        const double area = sharedArea(p, q);
        const bool o = overlaps(p, q);
        if (area > 1e-4) {
            EXPECT_TRUE(o) << i << " shares " << area;
        }
        if (o) {
            EXPECT_GT(area, 0.0) << i;
        }
        overlapping += o ? 1 : 0;
    }
    EXPECT_GT(overlapping, 300);  // both outcomes were tried
}

TEST(PagePlacement, FindsTheAnchorOrTheNearestFreeSpotInsideTheFrame) {
    PagePlacement placement(QRectF(0, 0, 100, 100));
    EXPECT_EQ(placement.findSpot({50, 50}, {4, 4}, 3, 5), QPointF(50, 50));
    placement.add({PlacedKind::Marker, {{50, 50}, {4, 4}, 0}, {}, 1, {50, 50}, false, {}});
    const std::optional<QPointF> next = placement.findSpot({50, 50}, {4, 4}, 3, 5);
    ASSERT_TRUE(next);
    EXPECT_NEAR(std::hypot(next->x() - 50, next->y() - 50), 6.0, 1e-9);  // second ring: first free
    EXPECT_TRUE(placement.isFree({*next, {4, 4}, 0}));
    // Outside the frame is never free.
    EXPECT_FALSE(placement.isFree({{1, 50}, {4, 4}, 0}));
    EXPECT_EQ(placement.findSpot({1, 1}, {4, 4}, 1, 1), std::nullopt);
    // A full frame has no spot.
    PagePlacement full(QRectF(0, 0, 10, 10));
    full.add({PlacedKind::Area, {{5, 5}, {10, 10}, 0}, QStringLiteral("x"), 0, {5, 5}, false, {}});
    EXPECT_EQ(full.findSpot({5, 5}, {2, 2}, 1, 10), std::nullopt);
}

TEST(PagePlacement, StraightRunsSplitWhereTheLineBends) {
    // An L: 30 mm east, then 10 mm south; and a gentle 4-segment curve that stays one run.
    const std::vector<StraightRun> l = straightRuns(QPolygonF{{0, 0}, {30, 0}, {30, 10}});
    ASSERT_EQ(l.size(), 2u);
    EXPECT_DOUBLE_EQ(l[0].length, 30.0);
    EXPECT_EQ(l[0].middle, QPointF(15, 0));
    EXPECT_DOUBLE_EQ(l[0].angleDeg, 0.0);
    EXPECT_DOUBLE_EQ(l[1].length, 10.0);
    EXPECT_DOUBLE_EQ(l[1].angleDeg, 90.0);
    // Text along a line drawn westwards still reads left to right.
    EXPECT_DOUBLE_EQ(straightRuns(QPolygonF{{30, 0}, {0, 0}})[0].angleDeg, 0.0);
    const std::vector<StraightRun> gentle =
        straightRuns(QPolygonF{{0, 0}, {10, 0.5}, {20, 1.5}, {30, 3}, {40, 5}});
    EXPECT_EQ(gentle.size(), 1u);
}

}  // namespace
}  // namespace yike::ui
