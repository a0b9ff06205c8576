// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basemap/basemap_controller.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

#include "tests/support/test_data.h"
#include "tests/ui/tiles/tile_test_support.h"
#include "ui/basemap/basemap_dialogs.h"

namespace yike::ui {
namespace {

using test::ScratchDir;

class BasemapControllerTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().remove(QStringLiteral("basemap")); }
    void TearDown() override { QSettings().remove(QStringLiteral("basemap")); }

    QAction* action(const BasemapController& controller, const char* name) {
        for (QAction* a : controller.menu()->actions())
            if (a->objectName() == QLatin1StringView(name)) return a;
        return nullptr;
    }
    QWidget m_window;
};

TEST_F(BasemapControllerTest, DefaultsToTheOfflineMap) {
    BasemapController controller(&m_window);
    EXPECT_EQ(controller.currentId(), QStringLiteral("none"));
    EXPECT_EQ(controller.layer(), nullptr);
    ASSERT_NE(action(controller, "basemapNone"), nullptr);
    EXPECT_TRUE(action(controller, "basemapNone")->isChecked());
    EXPECT_FALSE(controller.menu()->title().isEmpty());
}

TEST_F(BasemapControllerTest, ChoiceAndSourcesAreRemembered) {
    TileSource custom;
    custom.name = QStringLiteral("本地瓦片");
    custom.urlTemplate = QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png");
    {
        BasemapController controller(&m_window);
        QSignalSpy changed(&controller, &BasemapController::layerChanged);
        action(controller, "basemapOsm")->trigger();
        ASSERT_EQ(changed.count(), 1);
        ASSERT_NE(controller.layer(), nullptr);
        EXPECT_EQ(controller.layer()->attribution(),
                  QStringLiteral("© OpenStreetMap contributors"));
        EXPECT_TRUE(action(controller, "basemapOsm")->isChecked());
        EXPECT_TRUE(controller.addXyzSource(custom));
        EXPECT_EQ(controller.currentId(), QStringLiteral("xyz-1"));
        controller.setTiandituKey(QStringLiteral("  0123abcd  "));
    }
    BasemapController restored(&m_window);
    EXPECT_EQ(restored.currentId(), QStringLiteral("xyz-1"));
    ASSERT_NE(restored.layer(), nullptr);
    EXPECT_EQ(restored.layer()->source().urlTemplate, custom.urlTemplate);
    ASSERT_EQ(restored.userSources().size(), 1);
    EXPECT_EQ(restored.userSources().front().name, QStringLiteral("本地瓦片"));
    EXPECT_EQ(restored.tiandituKey(), QStringLiteral("0123abcd"));
    // The user source is in the menu, checked.
    bool found = false;
    for (QAction* a : restored.menu()->actions())
        if (a->data().toString() == QStringLiteral("xyz-1")) found = a->isChecked();
    EXPECT_TRUE(found);

    EXPECT_TRUE(restored.select(QStringLiteral("tianditu")));
    EXPECT_TRUE(restored.layer()->source().urlTemplate.endsWith(QStringLiteral("tk=0123abcd")));
    EXPECT_EQ(restored.layer()->attribution(), QStringLiteral("天地图"));
    // Removing the key turns Tianditu off.
    restored.setTiandituKey(QString());
    EXPECT_EQ(restored.currentId(), QStringLiteral("none"));
    EXPECT_EQ(restored.layer(), nullptr);
}

TEST_F(BasemapControllerTest, ABadFileIsRefusedWithAMessageAndChangesNothing) {
    const ScratchDir dir;
    const QString path = QString::fromStdString((dir / "broken.mbtiles").string());
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("not an mbtiles file at all, but some words");
    }
    BasemapController controller(&m_window);
    ASSERT_TRUE(controller.select(QStringLiteral("osm")));
    TileLayer* before = controller.layer();
    QSignalSpy messages(&controller, &BasemapController::message);
    QSignalSpy changed(&controller, &BasemapController::layerChanged);
    EXPECT_FALSE(controller.addMBTilesFile(path));
    ASSERT_EQ(messages.count(), 1);
    EXPECT_TRUE(messages.front().front().toString().contains(QStringLiteral("broken.mbtiles")));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(controller.layer(), before);
    EXPECT_EQ(controller.currentId(), QStringLiteral("osm"));
    EXPECT_TRUE(controller.userSources().isEmpty());

    TileSource invalid;
    invalid.urlTemplate = QStringLiteral("https://tiles.example.org/{z}.png");
    EXPECT_FALSE(controller.addXyzSource(invalid));
    EXPECT_EQ(messages.count(), 2);
    EXPECT_EQ(controller.currentId(), QStringLiteral("osm"));

    // Tianditu without a key asks for one instead of failing silently.
    EXPECT_FALSE(controller.select(QStringLiteral("tianditu")));
    EXPECT_EQ(messages.count(), 3);
    EXPECT_TRUE(action(controller, "basemapOsm")->isChecked());
}

TEST_F(BasemapControllerTest, AFileThatIsGoneFallsBackToNoneAndSaysSo) {
    const ScratchDir dir;
    const QString path = test::writeMBTiles(dir.path(), "gone.mbtiles", {{"format", "png"}},
                                            TileId{3, 1, 1}, test::pngTile(Qt::red));
    {
        BasemapController controller(&m_window);
        ASSERT_TRUE(controller.addMBTilesFile(path));
        EXPECT_EQ(controller.currentId(), QStringLiteral("mbtiles-1"));
    }
    ASSERT_TRUE(QFile::remove(path));
    BasemapController restored(&m_window);
    QSignalSpy messages(&restored, &BasemapController::message);
    EXPECT_EQ(restored.currentId(), QStringLiteral("none"));
    EXPECT_EQ(restored.layer(), nullptr);
    EXPECT_EQ(restored.userSources().size(), 1) << "the source is kept: the file may come back";
    ASSERT_TRUE(messages.wait(5'000));
    EXPECT_TRUE(messages.front().front().toString().contains(QStringLiteral("gone.mbtiles")));
}

TEST_F(BasemapControllerTest, RemovingTheCurrentSourceFallsBackToNone) {
    BasemapController controller(&m_window);
    TileSource custom;
    custom.urlTemplate = QStringLiteral("https://{s}.tiles.example.org/{z}/{x}/{y}.png");
    custom.subdomains = {QStringLiteral("a"), QStringLiteral("b")};
    ASSERT_TRUE(controller.addXyzSource(custom));
    EXPECT_EQ(controller.userSources().front().name, QStringLiteral("a.tiles.example.org"));
    QSignalSpy changed(&controller, &BasemapController::layerChanged);
    controller.removeSource(controller.currentId());
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.front().front().value<TileLayer*>(), nullptr);
    EXPECT_EQ(controller.currentId(), QStringLiteral("none"));
    EXPECT_TRUE(controller.userSources().isEmpty());
}

TEST(XyzSourceDialog, RefusesAnInvalidTemplateAndSaysWhy) {
    TileSource initial;
    XyzSourceDialog dialog(initial);
    auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("url"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problem"));
    ASSERT_NE(url, nullptr);
    ASSERT_NE(problem, nullptr);
    url->setText(QStringLiteral("https://tiles.example.org/{z}/{x}.png"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(problem->text().isEmpty());
    url->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.source().name, QStringLiteral("tiles.example.org"));
}

}  // namespace
}  // namespace yike::ui
