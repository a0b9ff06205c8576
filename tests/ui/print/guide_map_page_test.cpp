// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/guide_map_page.h"

#include <map>
#include <set>

#include <gtest/gtest.h>

#include "core/project/project.h"
#include "tests/ui/print/print_fixture.h"

namespace yike::ui {
namespace {

using test::samplePage;
using test::sampleSession;
using GuideMapPageTest = test::ChinesePages;

std::string name(const PageLayout& layout) {
    return paperName(layout.paper).toStdString() + (layout.landscape ? " landscape" : " portrait");
}

TEST_F(GuideMapPageTest, NoTwoPlacedItemsOverlapOnAnyPaper) {
    for (Paper paper : {Paper::A4, Paper::A3, Paper::A2, Paper::A1}) {
        for (bool landscape : {false, true}) {
            const PageLayout layout = defaultGuideMapLayout(paper, landscape);
            SCOPED_TRACE(name(layout));
            const std::unique_ptr<GuideMapPage> page = samplePage(layout);
            ASSERT_TRUE(page);
            const std::vector<PlacedItem>& items = page->placement().items();
            const QRectF map = layout.frame(FrameKind::Map)->rectMm;
            std::map<PlacedKind, int> kinds;
            for (std::size_t i = 0; i < items.size(); ++i) {
                ++kinds[items[i].kind];
                for (const QPointF& corner : items[i].box.corners())
                    EXPECT_TRUE(map.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(corner))
                        << items[i].text.toStdString();
                for (std::size_t j = i + 1; j < items.size(); ++j)
                    EXPECT_LT(test::sharedArea(items[i].box, items[j].box), 1e-6)
                        << items[i].text.toStdString() << " / " << items[j].text.toStdString();
            }
            // Everything a guide map places was placed: you are here, markers, their numbers,
            // the minutes of the walk areas, street and area names.
            EXPECT_EQ(kinds[PlacedKind::Centre], 2);  // the marker and its words
            EXPECT_EQ(kinds[PlacedKind::Marker], int(page->entries().size()));
            EXPECT_EQ(kinds[PlacedKind::Number], int(page->entries().size()));
            EXPECT_EQ(kinds[PlacedKind::WalkArea], 3);
            EXPECT_GT(kinds[PlacedKind::Street], 5);
            EXPECT_GT(kinds[PlacedKind::Area], 3);
            EXPECT_TRUE(page->unplacedNumbers().empty());
        }
    }
}

TEST_F(GuideMapPageTest, MovedMarkersAndNumbersLeadBackToTheirPlace) {
    // The station and its neighbours crowd the centre: some markers must move.
    const std::unique_ptr<GuideMapPage> page = samplePage(defaultGuideMapLayout(Paper::A4));
    ASSERT_TRUE(page);
    std::map<int, QPointF> markerAt;
    int displaced = 0;
    for (const PlacedItem& item : page->placement().items()) {
        if (item.kind == PlacedKind::Marker) markerAt[item.number] = item.box.centre;
        if (!item.displaced) {
            EXPECT_TRUE(item.leader.isNull());
            continue;
        }
        ++displaced;
        EXPECT_EQ(item.leader.p1(), item.anchor);
        EXPECT_EQ(item.leader.p2(), item.box.centre);
    }
    EXPECT_GT(displaced, 0);
    // Each number's anchor is its own marker.
    for (const PlacedItem& item : page->placement().items())
        if (item.kind == PlacedKind::Number) {
            ASSERT_TRUE(markerAt.count(item.number));
            EXPECT_EQ(item.anchor, markerAt.at(item.number));
            EXPECT_EQ(item.text, QString::number(item.number));
        }
}

TEST_F(GuideMapPageTest, ListsWhatTheEngineListsAndNamesStreetsOfTheProject) {
    const guidemap::GuideMapContent content = guidemap::buildGuideMap(
        sampleSession(), guidemap::GuideMapRequest::atFacility(test::sampleStation()));
    const std::unique_ptr<GuideMapPage> page = samplePage(defaultGuideMapLayout());
    ASSERT_EQ(page->entries().size(), content.directory.size());
    for (std::size_t i = 0; i < content.directory.size(); ++i) {
        EXPECT_EQ(page->entries()[i].number, content.directory[i].number);
        EXPECT_EQ(page->entries()[i].facilityId, content.directory[i].facilityId);
        EXPECT_EQ(page->entries()[i].minutes, content.directory[i].minutes);
    }
    EXPECT_EQ(page->directoryRowsShown(), int(content.directory.size()));
    std::set<QString> streets;
    for (const project::Street& s : sampleSession().project().streets().items())
        streets.insert(QString::fromStdString(s.name));
    for (const PlacedItem& item : page->placement().items())
        if (item.kind == PlacedKind::Street) {
            EXPECT_TRUE(streets.count(item.text)) << item.text.toStdString();
        }
}

TEST_F(GuideMapPageTest, TitledByTheCentreInChinese) {
    const project::Facility* station =
        sampleSession().project().facilities().find(test::sampleStation());
    ASSERT_TRUE(station);
    PageLayout layout = defaultGuideMapLayout();
    const std::unique_ptr<GuideMapPage> page = samplePage(layout);
    EXPECT_EQ(page->title(),
              QString::fromStdString(station->name) + QStringLiteral("一刻钟便民生活圈导引图"));
    EXPECT_TRUE(page->subtitle().contains(QStringLiteral("老年人"))) << page->subtitle().toStdString();
    layout.title = QStringLiteral("幸福里导引图");
    layout.subtitle = QStringLiteral("欢迎");
    const std::unique_ptr<GuideMapPage> edited = samplePage(layout);
    EXPECT_EQ(edited->title(), layout.title);
    EXPECT_EQ(edited->subtitle(), layout.subtitle);
}

TEST_F(GuideMapPageTest, HiddenCategoriesLeaveTheMapAndTheDirectory) {
    PageLayout layout = defaultGuideMapLayout();
    const std::unique_ptr<GuideMapPage> all = samplePage(layout);
    std::set<std::string> categories;
    for (const guidemap::DirectoryEntry& e : all->entries()) categories.insert(e.categoryCode);
    ASSERT_GE(categories.size(), 3u);
    layout.hiddenCategories = {*categories.begin(), *categories.rbegin()};
    const std::unique_ptr<GuideMapPage> some = samplePage(layout);
    EXPECT_LT(some->entries().size(), all->entries().size());
    int markers = 0;
    for (const PlacedItem& item : some->placement().items()) markers += item.kind == PlacedKind::Marker;
    EXPECT_EQ(markers, int(some->entries().size()));
    for (const guidemap::DirectoryEntry& e : some->entries())
        EXPECT_FALSE(layout.hiddenCategories.count(e.categoryCode));
}

TEST_F(GuideMapPageTest, AShortDirectoryFrameSumsUpTheRest) {
    PageLayout layout = defaultGuideMapLayout(Paper::A4);
    QRectF& frame = layout.frame(FrameKind::Directory)->rectMm;
    frame.setSize(QSizeF(45.0, 22.0));
    const std::unique_ptr<GuideMapPage> page = samplePage(layout);
    EXPECT_GT(page->directoryRowsShown(), 0);
    EXPECT_LT(page->directoryRowsShown(), int(page->entries().size()));
}

}  // namespace
}  // namespace yike::ui
