// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/evaluation/evaluation_dock.h"

#include <memory>

#include <gtest/gtest.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QUndoStack>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

#include "tests/support/run_program.h"
#include "tests/support/test_document.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"
#include "ui/document/selection.h"
#include "ui/evaluation/evaluation_controller.h"
#include "ui/render/circles_layer.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {
namespace {

bool waitForResult(EvaluationController& controller) {
    QSignalSpy changed(&controller, &EvaluationController::resultChanged);
    QSignalSpy stopped(&controller, &EvaluationController::runStopped);
    for (int i = 0; i < 600 && controller.isRunning(); ++i) changed.wait(100);
    return !controller.isRunning() && stopped.isEmpty() && controller.result() != nullptr;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class EvaluationDockTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_window = std::make_unique<QMainWindow>();
        m_controller = new EvaluationController(m_document.get(), m_window.get());
        m_dock = new EvaluationDock(m_controller, m_window.get());
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resize(1200, 800);
        m_window->show();
    }
    void TearDown() override { m_window.reset(); }

    bool evaluate() {
        auto* run = m_dock->findChild<QPushButton*>(QStringLiteral("evaluationRun"));
        if (run == nullptr) return false;
        run->click();
        EXPECT_TRUE(m_controller->isRunning());
        return waitForResult(*m_controller);
    }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QMainWindow> m_window;
    EvaluationController* m_controller = nullptr;
    EvaluationDock* m_dock = nullptr;
};

TEST_F(EvaluationDockTest, TheDistrictTableEqualsYikeCliEvaluate) {
    ASSERT_TRUE(evaluate());
    const QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("sample.yike"));
    ASSERT_TRUE(m_document->saveAs(project).isOk());
    const QString panel = dir.filePath(QStringLiteral("panel.csv"));
    ASSERT_TRUE(m_dock->exportCsv(panel));
    const QString cli = dir.filePath(QStringLiteral("cli.csv"));
    const test::RunResult r = test::runProgram(
        YIKE_CLI_PATH, {"evaluate", project.toStdString(), "--csv", cli.toStdString()});
    ASSERT_EQ(r.status, 0) << r.err;
    const QByteArray expected = readAll(cli);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_EQ(readAll(panel), expected);

    // The table on screen holds the same cells (as written to CSV) and sorts.
    auto* table = m_dock->findChild<QTableView*>(QStringLiteral("evaluationDistrict"));
    ASSERT_NE(table, nullptr);
    const auto& rows = m_controller->result()->table.rows;
    ASSERT_EQ(table->model()->rowCount(), int(rows.size()));
    ASSERT_EQ(table->model()->columnCount(), int(m_controller->result()->table.columns.size()));
    for (int c = 0; c < table->model()->columnCount(); ++c)
        EXPECT_EQ(table->model()->index(0, c).data(Qt::UserRole + 1).toString().toStdString(),
                  rows[0][std::size_t(c)]);
}

TEST_F(EvaluationDockTest, TheSheetListsEveryServiceAndProposesWhatBlocksTheNextGrade) {
    ASSERT_TRUE(evaluate());
    auto* sheet = m_dock->findChild<QTreeWidget*>(QStringLiteral("evaluationSheet"));
    ASSERT_NE(sheet, nullptr);
    const evaluation::CircleEvaluation& e = m_controller->result()->result.circles.front();
    // Residents, services, one item per scheme, indicators.
    ASSERT_EQ(sheet->topLevelItemCount(), int(3 + e.schemes.size()));
    const QTreeWidgetItem* services = sheet->topLevelItem(1);
    ASSERT_EQ(services->childCount(), int(e.categories.size()));
    for (int i = 0; i < services->childCount(); ++i)
        EXPECT_EQ(services->child(i)->data(0, Qt::UserRole).toString().toStdString(),
                  e.categories[std::size_t(i)].code);
    const QTreeWidgetItem* pharmacy = nullptr;
    for (int i = 0; i < services->childCount(); ++i)
        if (services->child(i)->data(0, Qt::UserRole).toString() == QLatin1String("pharmacy"))
            pharmacy = services->child(i);
    ASSERT_NE(pharmacy, nullptr);
    EXPECT_EQ(pharmacy->text(0), QStringLiteral("Pharmacy"));
    EXPECT_EQ(pharmacy->text(3).toStdString(),
              QLocale().toString(100.0 * *e.category("pharmacy")->cohorts[0].shareWithinTarget, 'f', 0)
                      .toStdString()
                  + " %");

    std::vector<std::vector<std::string>> proposed;
    QObject::connect(m_dock, &EvaluationDock::proposeFor,
                     [&](const std::vector<std::string>& codes) { proposed.push_back(codes); });
    auto* button = m_dock->findChild<QPushButton*>(QStringLiteral("evaluationPropose"));
    ASSERT_NE(button, nullptr);
    ASSERT_FALSE(e.schemes.front().blockingNext.empty()) << "the sample is not top grade";
    ASSERT_TRUE(button->isEnabled());
    button->click();
    ASSERT_EQ(proposed.size(), 1U);
    EXPECT_EQ(proposed.front(), e.schemes.front().blockingNext);
}

TEST_F(EvaluationDockTest, AnEditMakesTheResultStaleAndTheNextRunFresh) {
    ASSERT_TRUE(evaluate());
    EXPECT_FALSE(m_controller->isStale());
    project::Facility f = m_document->project().facilities().items().front();
    f.name += "（改）";
    m_document->undoStack()->push(new UpdateFeature<project::Facility>(*m_document, f));
    EXPECT_TRUE(m_controller->isStale());
    ASSERT_TRUE(evaluate());
    EXPECT_FALSE(m_controller->isStale());
}

TEST_F(EvaluationDockTest, TheDistrictMapColoursEveryCircleByGradeOrByReach) {
    // Two circles: the study area, and the walk area around the first facility.
    ASSERT_TRUE(m_dock->newCircleFromStudyArea());
    ASSERT_TRUE(waitForResult(*m_controller));
    m_document->selection()->set(
        {{project::Layer::Facilities, m_document->project().facilities().items().front().id}});
    ASSERT_TRUE(m_dock->newCircleAroundSelection());
    ASSERT_TRUE(waitForResult(*m_controller));
    const auto run = m_controller->result();
    ASSERT_EQ(run->result.circles.size(), 2u);

    for (const evaluation::Scheme& scheme : run->rules.schemes) {
        m_dock->setMapBy(QStringLiteral("scheme:") + QString::fromStdString(scheme.code));
        const auto overlay = m_dock->circlesOverlay();
        ASSERT_NE(overlay, nullptr);
        ASSERT_EQ(overlay->classes.size(), scheme.grades.size() + 1) << "no grade, then each";
        ASSERT_EQ(overlay->circles.size(), 2u);
        for (std::size_t i = 0; i < 2; ++i) {
            const auto reached = run->result.circles[i].scheme(scheme.code)->reached;
            EXPECT_EQ(overlay->circles[i].cls, reached ? *reached + 1 : 0u);
            EXPECT_EQ(overlay->circles[i].polygons, run->result.areas[i].polygons);
            EXPECT_EQ(overlay->circles[i].name, QString::fromStdString(run->result.circles[i].name));
        }
    }
    // By a service's reach: the class follows the share of everyone within its target.
    m_dock->setMapBy(QStringLiteral("category:pharmacy"));
    const auto overlay = m_dock->circlesOverlay();
    ASSERT_EQ(overlay->classes.size(), 3u);
    const double pass = run->rules.passShare;
    for (std::size_t i = 0; i < overlay->circles.size(); ++i) {
        const auto share = run->result.circles[i].category("pharmacy")->cohorts[0].shareWithinTarget;
        ASSERT_TRUE(share.has_value());
        EXPECT_EQ(overlay->circles[i].cls, *share >= pass ? 2u : *share >= pass / 2 ? 1u : 0u);
    }
    EXPECT_TRUE(overlay->title.contains(QStringLiteral("Pharmacy"))) << overlay->title.toStdString();

    // The layer paints them.
    MapFrame frame = MapFrame::forExtent(geo::boundsOf(run->result.areas[0].polygons.front().outer),
                                         QRectF(0, 0, 400, 400));
    frame.layers = MapLayers(MapLayer::Circles);
    frame.circles = overlay;
    frame.paintBackground = false;
    QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    MapRenderer().render(painter, m_document->project(), frame);
    painter.end();
    const QRgb centre = image.pixel(200, 200);
    EXPECT_GT(qAlpha(centre), 0) << "the study area is filled";
    // One undoable step per circle, as before.
    EXPECT_TRUE(m_document->undoStack()->canUndo());
}

}  // namespace
}  // namespace yike::ui
