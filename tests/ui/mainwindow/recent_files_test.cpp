// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/recent_files.h"

#include <gtest/gtest.h>

#include <QSettings>

namespace yike::ui {
namespace {

class RecentFilesTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(RecentFilesTest, NewestFirstWithoutDuplicates) {
    RecentFiles recent;
    recent.add(QStringLiteral("/p/a.yike"));
    recent.add(QStringLiteral("/p/b.yike"));
    recent.add(QStringLiteral("/p/a.yike"));
    EXPECT_EQ(recent.files(),
              (QStringList{QStringLiteral("/p/a.yike"), QStringLiteral("/p/b.yike")}));
}

TEST_F(RecentFilesTest, KeepsAtMostTen) {
    RecentFiles recent;
    for (int i = 0; i < 14; ++i) recent.add(QStringLiteral("/p/%1.yike").arg(i));
    const QStringList files = recent.files();
    ASSERT_EQ(files.size(), RecentFiles::kMaxCount);
    EXPECT_EQ(files.front(), QStringLiteral("/p/13.yike"));
    EXPECT_EQ(files.back(), QStringLiteral("/p/4.yike"));
}

TEST_F(RecentFilesTest, RemoveAndClear) {
    RecentFiles recent;
    recent.add(QStringLiteral("/p/a.yike"));
    recent.add(QStringLiteral("/p/b.yike"));
    recent.remove(QStringLiteral("/p/a.yike"));
    EXPECT_EQ(recent.files(), QStringList{QStringLiteral("/p/b.yike")});
    recent.clear();
    EXPECT_TRUE(recent.files().isEmpty());
}

TEST_F(RecentFilesTest, StoresAbsolutePathsInSettings) {
    RecentFiles(QStringLiteral("otherKey")).add(QStringLiteral("relative.yike"));
    const QStringList stored = QSettings().value(QStringLiteral("otherKey")).toStringList();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_TRUE(stored.front().startsWith(QLatin1Char('/')));
    EXPECT_TRUE(RecentFiles().files().isEmpty()) << "keys are independent";
}

}  // namespace
}  // namespace yike::ui
