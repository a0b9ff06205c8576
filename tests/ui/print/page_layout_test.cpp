// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_layout.h"

#include <gtest/gtest.h>

namespace yike::ui {
namespace {

TEST(PageLayout, PaperSizesAreIso216) {
    EXPECT_EQ(paperSizeMm(Paper::A4), QSizeF(210, 297));
    EXPECT_EQ(paperSizeMm(Paper::A3), QSizeF(297, 420));
    EXPECT_EQ(paperSizeMm(Paper::A2), QSizeF(420, 594));
    EXPECT_EQ(paperSizeMm(Paper::A1), QSizeF(594, 841));
    PageLayout landscape = defaultGuideMapLayout(Paper::A3, true);
    EXPECT_EQ(landscape.pageSizeMm(), QSizeF(420, 297));
}

TEST(PageLayout, DefaultFramesStayInsideTheMarginsAndApart) {
    for (Paper paper : {Paper::A4, Paper::A3, Paper::A2, Paper::A1}) {
        for (bool landscape : {false, true}) {
            SCOPED_TRACE(paperName(paper).toStdString() + (landscape ? " landscape" : " portrait"));
            const PageLayout layout = defaultGuideMapLayout(paper, landscape);
            const QRectF inner = QRectF(QPointF(0, 0), layout.pageSizeMm())
                                     .adjusted(layout.marginMm, layout.marginMm,
                                               -layout.marginMm, -layout.marginMm);
            const double slack = 1e-9;
            for (const PageFrame& f : layout.frames)
                EXPECT_TRUE(inner.adjusted(-slack, -slack, slack, slack).contains(f.rectMm))
                    << int(f.kind);
            // The big blocks share no area; scale bar, north arrow and QR code sit on the map.
            const FrameKind blocks[] = {FrameKind::Map, FrameKind::Title, FrameKind::Legend,
                                        FrameKind::Directory, FrameKind::Credits};
            for (FrameKind a : blocks)
                for (FrameKind b : blocks)
                    if (a != b) {
                        EXPECT_FALSE(layout.frame(a)->rectMm.intersects(layout.frame(b)->rectMm))
                            << int(a) << " " << int(b);
                    }
            const QRectF map = layout.frame(FrameKind::Map)->rectMm;
            for (FrameKind k : {FrameKind::ScaleBar, FrameKind::NorthArrow, FrameKind::QrCode})
                EXPECT_TRUE(map.contains(layout.frame(k)->rectMm)) << int(k);
            // The map is the page's main element.
            const QSizeF page = layout.pageSizeMm();
            EXPECT_GT(map.width() * map.height(), 0.4 * page.width() * page.height());
        }
    }
}

TEST(PageLayout, JsonKeepsEverything) {
    PageLayout layout = defaultGuideMapLayout(Paper::A2, true);
    layout.name = QStringLiteral("入口展板 \"大\"");
    layout.style = PageStyle::HighContrast;
    layout.fontFamily = QStringLiteral("Noto Sans CJK SC");
    layout.title = QStringLiteral("幸福里社区一刻钟便民生活圈导引图");
    layout.subtitle = QStringLiteral("步行 5、10、15 分钟");
    layout.qrUrl = QStringLiteral("https://example.org/圈?id=1&x=2");
    layout.hiddenCategories = {"pharmacy", "cafe"};
    layout.frames.push_back({FrameKind::Text, QRectF(20, 30, 80, 20), true,
                             QStringLiteral("开放时间：8:00–20:00\n电话 12345")});
    layout.frame(FrameKind::QrCode)->visible = false;
    QString error;
    const std::optional<PageLayout> back = pageLayoutFromJson(toJson(layout), &error);
    ASSERT_TRUE(back) << error.toStdString();
    EXPECT_EQ(*back, layout);
}

TEST(PageLayout, OpensWhatAnOlderOrNewerVersionWrote) {
    // Missing fields keep their defaults; unknown fields and frame kinds are ignored; a frame
    // edited off the page is brought back onto it.
    const QString json = QStringLiteral(R"({
        "paper": "a4", "title": "旧版布局", "colour_scheme": "retro",
        "frames": [
            {"kind": "map", "x": 10, "y": 40, "width": 190, "height": 300},
            {"kind": "hologram", "x": 0, "y": 0, "width": 10, "height": 10},
            {"kind": "legend", "x": -20, "y": 250, "width": 100, "height": 30, "visible": false}
        ]})");
    QString error;
    const std::optional<PageLayout> layout = pageLayoutFromJson(json, &error);
    ASSERT_TRUE(layout) << error.toStdString();
    EXPECT_EQ(layout->paper, Paper::A4);
    EXPECT_FALSE(layout->landscape);
    EXPECT_EQ(layout->style, PageStyle::Sign);
    EXPECT_EQ(layout->title, QStringLiteral("旧版布局"));
    ASSERT_EQ(layout->frames.size(), 2u);
    EXPECT_EQ(layout->frames[0].rectMm, QRectF(10, 40, 190, 257));  // cut at the page's foot
    EXPECT_EQ(layout->frames[1].kind, FrameKind::Legend);
    EXPECT_EQ(layout->frames[1].rectMm, QRectF(0, 250, 80, 30));
    EXPECT_FALSE(layout->frames[1].visible);
}

TEST(PageLayout, SaysWhyTextIsNotALayout) {
    for (const char* text : {"", "{\"paper\": \"A3\",", "[1, 2]", "{\"paper\": \"B5\"}",
                             "{\"frames\": [{\"kind\": \"legend\", \"x\": 1, \"y\": 1, "
                             "\"width\": 9, \"height\": 9}]}"}) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(pageLayoutFromJson(QString::fromUtf8(text), &error));
        EXPECT_FALSE(error.isEmpty());
    }
}

}  // namespace
}  // namespace yike::ui
