// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/property_editor_dock.h"

#include <memory>

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>

#include "tests/ui/attributes/attribute_fixture.h"
#include "ui/commands/remove_features.h"

namespace yike::ui {
namespace {

using project::Layer;

class PropertyEditorTest : public test::AttributeFixture {
protected:
    void SetUp() override {
        AttributeFixture::SetUp();
        dock = std::make_unique<PropertyEditorDock>(document.get());
        dock->resize(360, 600);
        dock->show();
        processEvents();
    }

    void TearDown() override {
        dock.reset();
        AttributeFixture::TearDown();
    }

    void select(std::vector<FeatureRef> refs) {
        document->selection()->set(std::move(refs));
        processEvents();
    }

    template <typename W>
    W* field(const char* key) const {
        return qobject_cast<W*>(dock->fieldWidget(QString::fromLatin1(key)));
    }

    /// Types `text` into a line edit or spin box and presses Enter, as a user does.
    void type(QWidget* editor, const QString& text) {
        if (auto* line = qobject_cast<QLineEdit*>(editor)) line->selectAll();
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor)) spin->selectAll();
        typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        processEvents();
    }

    std::unique_ptr<PropertyEditorDock> dock;
};

TEST_F(PropertyEditorTest, ShowsNothingOneOrSeveralFeatures) {
    EXPECT_FALSE(dock->feature().has_value());
    EXPECT_EQ(dock->heading(), QStringLiteral("Nothing selected"));
    EXPECT_EQ(dock->fieldWidget(QStringLiteral("name")), nullptr);

    select({{Layer::Facilities, pharmacy}, {Layer::Compounds, sunshine}});
    EXPECT_FALSE(dock->feature().has_value());
    EXPECT_EQ(dock->heading(), QStringLiteral("2 features selected"));

    select({{Layer::Facilities, pharmacy}});
    ASSERT_TRUE(dock->feature().has_value());
    EXPECT_EQ(dock->feature()->id, pharmacy);
    EXPECT_EQ(dock->heading(), QStringLiteral("Facility: 药店"));
    ASSERT_NE(field<QLineEdit>("name"), nullptr);
    EXPECT_EQ(field<QLineEdit>("name")->text(), QStringLiteral("药店"));
    ASSERT_NE(field<QLabel>("id"), nullptr);
    EXPECT_EQ(field<QLabel>("id")->text(), QString::number(pharmacy));
    ASSERT_NE(field<QComboBox>("category"), nullptr);
    EXPECT_EQ(field<QComboBox>("category")->currentData().toString(), QStringLiteral("pharmacy"));

    select({{Layer::Compounds, peace}});
    ASSERT_NE(field<QSpinBox>("population"), nullptr);
    EXPECT_EQ(field<QSpinBox>("population")->value(), 800);
    ASSERT_NE(field<QCheckBox>("fenced"), nullptr);
    EXPECT_TRUE(field<QCheckBox>("fenced")->isChecked());
}

TEST_F(PropertyEditorTest, TypingAPopulationIsOneUndoableEdit) {
    select({{Layer::Compounds, sunshine}});
    auto* population = field<QSpinBox>("population");
    ASSERT_NE(population, nullptr);
    type(population, QStringLiteral("3456"));
    EXPECT_EQ(project().compounds().find(sunshine)->population, 3456);
    EXPECT_EQ(stack().count(), 1);
    stack().undo();
    EXPECT_EQ(project().compounds().find(sunshine)->population, 1200);
    EXPECT_EQ(population->value(), 1200);  // the form follows undo
    stack().redo();
    EXPECT_EQ(population->value(), 3456);
}

TEST_F(PropertyEditorTest, NameComboAndCheckBoxEditsGoThroughTheUndoStack) {
    select({{Layer::Facilities, pharmacy}});
    type(field<QLineEdit>("name"), QStringLiteral("社区药店"));
    EXPECT_EQ(project().facilities().find(pharmacy)->name, "社区药店");
    EXPECT_EQ(dock->heading(), QStringLiteral("Facility: 社区药店"));

    auto* category = field<QComboBox>("category");
    const int station = category->findData(QStringLiteral("community_health_station"));
    ASSERT_GE(station, 0);
    category->setCurrentIndex(station);
    Q_EMIT category->activated(station);
    processEvents();
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "community_health_station");

    select({{Layer::Compounds, peace}});
    QTest::keyClick(field<QCheckBox>("fenced"), Qt::Key_Space);
    processEvents();
    EXPECT_FALSE(project().compounds().find(peace)->fenced);
    EXPECT_EQ(stack().count(), 3);

    stack().undo();
    EXPECT_TRUE(field<QCheckBox>("fenced")->isChecked());
    stack().undo();
    stack().undo();
    EXPECT_EQ(project().facilities().find(pharmacy)->name, "药店");
    EXPECT_EQ(project().facilities().find(pharmacy)->categoryCode, "pharmacy");
}

TEST_F(PropertyEditorTest, RefusedValueShowsAMessageAndKeepsTheProject) {
    select({{Layer::Gates, southGate}});
    type(field<QLineEdit>("openHours"), QStringLiteral("25:00-26:00"));
    EXPECT_TRUE(dock->message().contains(QStringLiteral("25:00-26:00")));
    EXPECT_EQ(stack().count(), 0);
    type(field<QLineEdit>("openHours"), QStringLiteral("06:00-22:00"));
    EXPECT_EQ(project().gates().find(southGate)->openHours, "06:00-22:00");
    EXPECT_TRUE(dock->message().isEmpty());
}

TEST_F(PropertyEditorTest, FocusLeavingAnUntouchedFieldChangesNothing) {
    // A coordinate with more decimals than the form shows must survive a commit untouched.
    project::Facility f = *project().facilities().find(pharmacy);
    f.position.lon = 116.40212345;
    project().updateFacility(f);
    select({{Layer::Facilities, pharmacy}});
    auto* lon = field<QDoubleSpinBox>("lon");
    ASSERT_NE(lon, nullptr);
    QTest::keyClick(lon, Qt::Key_Return);
    QTest::keyClick(field<QLineEdit>("name"), Qt::Key_Return);
    processEvents();
    EXPECT_EQ(stack().count(), 0);
    EXPECT_DOUBLE_EQ(project().facilities().find(pharmacy)->position.lon, 116.40212345);
}

TEST_F(PropertyEditorTest, FollowsUndoOfTheFeatureItself) {
    select({{Layer::IdleSpaces, boilerRoom}});
    ASSERT_TRUE(dock->feature().has_value());
    stack().push(new RemoveFeatures(*document, {{Layer::IdleSpaces, boilerRoom}}));
    processEvents();
    EXPECT_FALSE(dock->feature().has_value());
    EXPECT_EQ(dock->heading(), QStringLiteral("Nothing selected"));
    stack().undo();
    select({{Layer::IdleSpaces, boilerRoom}});
    ASSERT_NE(field<QDoubleSpinBox>("floorAreaM2"), nullptr);
    EXPECT_DOUBLE_EQ(field<QDoubleSpinBox>("floorAreaM2")->value(), 85.0);
    ASSERT_NE(field<QPlainTextEdit>("notes"), nullptr);
}

}  // namespace
}  // namespace yike::ui
