// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/language_manager.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>

namespace yike::ui {
namespace {

QString translatedFileMenu() {
    return QCoreApplication::translate("Yike::MainWindow", "&File");
}

class LanguageManagerTest : public ::testing::Test {
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { QSettings().clear(); }
};

TEST_F(LanguageManagerTest, NormalisesLanguageCodes) {
    EXPECT_EQ(LanguageManager::normalize(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::normalize(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::normalize(QStringLiteral("zh-Hans-CN")), QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::normalize(QStringLiteral("EN_gb")), QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::normalize(QStringLiteral("de")), QString());
    EXPECT_EQ(LanguageManager::normalize(QString()), QString());
}

TEST_F(LanguageManagerTest, DefaultsToChineseForChineseLocales) {
    EXPECT_EQ(LanguageManager::defaultFor(QLocale(QStringLiteral("zh_CN"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::defaultFor(QLocale(QStringLiteral("zh_TW"))),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(LanguageManager::defaultFor(QLocale(QStringLiteral("en_US"))), QStringLiteral("en"));
    EXPECT_EQ(LanguageManager::defaultFor(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
}

TEST_F(LanguageManagerTest, InstallsAndRemovesTheCatalogue) {
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    ASSERT_TRUE(languages.setLanguage(QStringLiteral("zh_CN"), false));
    EXPECT_EQ(languages.language(), QStringLiteral("zh_CN"));
    EXPECT_EQ(translatedFileMenu(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    EXPECT_EQ(changed.count(), 1);

    ASSERT_TRUE(languages.setLanguage(QStringLiteral("en"), false));
    EXPECT_EQ(translatedFileMenu(), QStringLiteral("&File"));
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(LanguageManagerTest, RefusesUnknownLanguages) {
    LanguageManager languages;
    EXPECT_FALSE(languages.setLanguage(QStringLiteral("fr")));
    EXPECT_EQ(languages.language(), QStringLiteral("en"));
}

TEST_F(LanguageManagerTest, RemembersTheChoiceOnlyWhenAsked) {
    {
        LanguageManager languages;
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("zh_CN"), false));
        EXPECT_FALSE(QSettings().contains(QLatin1String(LanguageManager::kSettingsKey)));
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("zh_CN"), true));
        ASSERT_TRUE(languages.setLanguage(QStringLiteral("en"), false));
    }
    EXPECT_EQ(LanguageManager::preferredLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(translatedFileMenu(), QStringLiteral("&File")) << "destroying removes translators";
}

}  // namespace
}  // namespace yike::ui
