// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_text.h"

#include <memory>
#include <string>

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "core/project/project.h"

namespace yike::ui {
namespace {

class ReportTextTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_translator = std::make_unique<QTranslator>();
        ASSERT_TRUE(m_translator->load(QStringLiteral(":/i18n/yike_zh_CN.qm")));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    void TearDown() override {
        QCoreApplication::removeTranslator(m_translator.get());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    std::unique_ptr<QTranslator> m_translator;
};

TEST_F(ReportTextTest, CatalogueTermsOfTheShippedDataAreTranslatedOthersKeptAsWritten) {
    // Every confidence of the shipped catalogue and every default walk profile's source.
    for (const catalog::Category& c : catalog::builtinCatalog().categories()) {
        EXPECT_NE(catalogueTerm(c.confidence), QString::fromStdString(c.confidence)) << c.code;
        if (!c.areaSource) continue;
        for (const std::string& term : {c.areaSource->jurisdiction, c.areaSource->confidence}) {
            if (term.empty()) continue;
            EXPECT_NE(catalogueTerm(term), QString::fromStdString(term)) << c.code;
        }
    }
    for (const project::WalkProfile& p : project::defaultWalkProfiles())
        EXPECT_NE(catalogueTerm(p.source), QString::fromStdString(p.source)) << p.code;
    EXPECT_EQ(catalogueTerm("a survey of our own"), QStringLiteral("a survey of our own"));
}

TEST_F(ReportTextTest, FiguresFollowTheLocale) {
    EXPECT_EQ(peopleText(30217.4), QStringLiteral("30,217"));
    EXPECT_EQ(yuanText(420000.0), QStringLiteral("¥420,000"));
    EXPECT_EQ(percentText(0.456), QStringLiteral("46%"));
    EXPECT_EQ(cohortText(proposals::Cohort::Older), QStringLiteral("老年人（60岁及以上）"));
    EXPECT_EQ(cohortText(proposals::Cohort::Children), QStringLiteral("儿童（0–14岁）"));
}

}  // namespace
}  // namespace yike::ui
