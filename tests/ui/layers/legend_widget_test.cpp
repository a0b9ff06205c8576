// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layers/legend_widget.h"

#include <algorithm>

#include <QCoreApplication>
#include <QEvent>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include "tests/ui/layers/layer_fixture.h"

namespace yike::ui {
namespace {

class LegendWidgetTest : public test::LayerFixture {
protected:
    bool hasLayer(MapLayer layer) const {
        const auto& rows = legend->rows();
        return std::any_of(rows.begin(), rows.end(), [&](const LegendRow& r) {
            return !r.isCategory() && r.layer == layer;
        });
    }
    const LegendRow* category(const std::string& code) const {
        for (const LegendRow& r : legend->rows())
            if (r.categoryCode == code) return &r;
        return nullptr;
    }
    void SetUp() override {
        LayerFixture::SetUp();
        legend = std::make_unique<LegendWidget>(view.get());
    }
    void TearDown() override {
        legend.reset();
        LayerFixture::TearDown();
    }
    std::unique_ptr<LegendWidget> legend;
};

TEST_F(LegendWidgetTest, ShowsWhatTheViewDraws) {
    EXPECT_EQ(legend->rows().size(), legendRows(document->project(), view->frame()).size());
    EXPECT_TRUE(hasLayer(MapLayer::Water));
    QSignalSpy changed(legend.get(), &LegendWidget::changed);
    view->setLayerVisible(MapLayer::Water, false);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_FALSE(hasLayer(MapLayer::Water));
    view->setLayerOpacity(MapLayer::Water, 0.5);
    view->setLayerVisible(MapLayer::Water, true);
    EXPECT_TRUE(hasLayer(MapLayer::Water)) << "translucent layers are drawn";

    const std::string code = facilityCategories(document->project()).front().code;
    ASSERT_NE(category(code), nullptr);
    view->setCategoryVisible(code, false);
    EXPECT_EQ(category(code), nullptr);
}

TEST_F(LegendWidgetTest, FollowsTheProjectAndUndo) {
    const std::string code = unusedCategory();
    EXPECT_EQ(category(code), nullptr);
    addFacility(code);
    ASSERT_NE(category(code), nullptr);
    EXPECT_EQ(category(code)->count, 1);
    document->undoStack()->undo();
    EXPECT_EQ(category(code), nullptr);
}

TEST_F(LegendWidgetTest, FollowsTheLanguage) {
    const std::string code = facilityCategories(document->project()).front().code;
    const QString english = category(code)->text;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(legend.get(), &change);
    EXPECT_NE(category(code)->text, english);
    EXPECT_EQ(category(code)->text.toStdString(),
              document->project().catalog().find(code)->nameZh);
}

TEST_F(LegendWidgetTest, PaintsItsRowsAndGrowsWithThem) {
    const QSize before = legend->minimumSize();
    EXPECT_GT(before.height(), static_cast<int>(legend->rows().size()) * 20);
    addFacility(unusedCategory());
    EXPECT_GT(legend->minimumSize().height(), before.height());
    legend->resize(legend->minimumSize());
    const QImage image = legend->grab().toImage();
    const QColor base = legend->palette().color(QPalette::Base);
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y) != base) ++ink;
    EXPECT_GT(ink, static_cast<int>(legend->rows().size()) * 40);
}

TEST_F(LegendWidgetTest, EmptyProjectSaysSo) {
    ASSERT_TRUE(document->newProject());
    EXPECT_TRUE(legend->rows().empty());
}

}  // namespace
}  // namespace yike::ui
