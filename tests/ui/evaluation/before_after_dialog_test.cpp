// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/before_after_dialog.h"

#include <memory>

#include <gtest/gtest.h>

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLocale>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include "core/access/analysis_session.h"
#include "core/evaluation/before_after.h"
#include "tests/support/test_document.h"
#include "ui/commands/add_feature.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

class BeforeAfterDialogTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        // A planned facility of a service the sample lacks, where an existing one stands.
        const project::Project& p = m_document->project();
        for (const catalog::Category& c : p.catalog().categories()) {
            bool has = false;
            for (const project::Facility& f : p.facilities().items())
                has = has || f.categoryCode == c.code;
            if (!has) {
                m_missing = c.code;
                break;
            }
        }
        ASSERT_FALSE(m_missing.empty());
        project::Facility planned = p.facilities().items().front();
        planned.id = 0;
        planned.categoryCode = m_missing;
        planned.status = project::FacilityStatus::Planned;
        m_document->undoStack()->push(new AddFacility(*m_document, planned));
    }

    /// The comparison the core makes of the whole study area.
    std::vector<evaluation::ShareChange> expected() const {
        evaluation::CircleEvaluation states[2];
        for (int s = 0; s < 2; ++s) {
            access::AnalysisSession session(m_document->project());
            session.buildGraph();
            evaluation::EvaluationOptions options;
            options.includePlanned = s == 1;
            states[s] = evaluation::evaluateProject(session, evaluation::builtinGradeRules(),
                                                    options, "whole")
                            .circles.front();
        }
        return evaluation::compareStates(states[0], states[1]);
    }

    static bool waitFor(BeforeAfterDialog& dialog) {
        QSignalSpy finished(&dialog, &BeforeAfterDialog::finished);
        for (int i = 0; i < 600 && dialog.isRunning(); ++i) finished.wait(100);
        return !dialog.isRunning() && !dialog.rows().empty();
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::string m_missing;
};

TEST_F(BeforeAfterDialogTest, TableChartAndExportsShowTheCoresComparison) {
    BeforeAfterDialog dialog(m_document.get(), evaluation::builtinGradeRules(), {}, "whole");
    dialog.show();
    ASSERT_TRUE(waitFor(dialog));
    const std::vector<evaluation::ShareChange> want = expected();
    ASSERT_EQ(dialog.rows().size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(dialog.rows()[i].code, want[i].code);
        EXPECT_EQ(dialog.rows()[i].before, want[i].before);
        EXPECT_EQ(dialog.rows()[i].after, want[i].after);
    }

    // Only the changed service is shown, in the table and the chart.
    QTableWidget* table = dialog.table();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->data(Qt::UserRole).toString().toStdString(), m_missing);
    EXPECT_EQ(table->columnCount(), 7);
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("0.0 %"));
    const evaluation::ShareChange* changed = nullptr;
    for (const auto& row : want)
        if (row.code == m_missing) changed = &row;
    ASSERT_NE(changed, nullptr);
    EXPECT_EQ(table->item(0, 2)->text(),
              QStringLiteral("%1 %").arg(QLocale().toString(100.0 * *changed->after[0], 'f', 1)));
    const auto series = dialog.chartView()->chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.front());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 2) << "existing and planned";
    EXPECT_DOUBLE_EQ(bars->barSets()[0]->at(0), 0.0);
    EXPECT_DOUBLE_EQ(bars->barSets()[1]->at(0), 100.0 * *changed->after[0]);
    dialog.setCohort(1);
    EXPECT_DOUBLE_EQ(qobject_cast<QHorizontalBarSeries*>(dialog.chartView()->chart()->series().front())
                         ->barSets()[1]->at(0),
                     100.0 * *changed->after[1]);
    // Every service when asked.
    dialog.findChild<QCheckBox*>(QStringLiteral("beforeAfterOnlyChanged"))->setChecked(false);
    EXPECT_EQ(table->rowCount(), static_cast<int>(want.size()));

    const QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("compare.csv"));
    ASSERT_TRUE(dialog.exportCsv(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const std::string written = file.readAll().toStdString();
    EXPECT_EQ(written, evaluation::compareStatesCsv(want));
    const QString png = dir.filePath(QStringLiteral("compare.png"));
    ASSERT_TRUE(dialog.exportPng(png));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), dialog.chartView()->size() * 2);
    EXPECT_FALSE(dialog.exportCsv(dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
}

TEST_F(BeforeAfterDialogTest, WithoutAnythingPlannedEveryServiceIsShownUnchanged) {
    m_document->undoStack()->undo();
    BeforeAfterDialog dialog(m_document.get(), evaluation::builtinGradeRules(), {}, "whole");
    ASSERT_TRUE(waitFor(dialog));
    for (const evaluation::ShareChange& row : dialog.rows()) EXPECT_FALSE(row.changed()) << row.code;
    EXPECT_EQ(dialog.table()->rowCount(), static_cast<int>(dialog.rows().size()));
}

}  // namespace
}  // namespace yike::ui
