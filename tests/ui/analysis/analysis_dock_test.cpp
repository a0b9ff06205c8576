// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/test_document.h"
#include "ui/analysis/analysis_dock.h"

#include <algorithm>
#include <limits>
#include <memory>

#include <gtest/gtest.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QLabel>

#include "ui/analysis/analysis_controller.h"
#include "ui/document/project_document.h"
#include "ui/layers/layer_tree_model.h"
#include "ui/layers/layers_panel.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mapview/map_view.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_composition.h"

namespace yike::ui {
namespace {

bool waitForRuns(AnalysisController& controller, int runs) {
    QSignalSpy changed(&controller, &AnalysisController::resultChanged);
    for (int i = 0; i < 300 && controller.fullRuns() < runs; ++i) changed.wait(100);
    return controller.fullRuns() >= runs && !controller.isRunning();
}

class AnalysisDockTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_document = yike::test::makeTestDocument();
        ASSERT_TRUE(m_document->loadSample());
        m_window = std::make_unique<QMainWindow>();
        m_controller = new AnalysisController(m_document.get(), m_window.get());
        m_dock = new AnalysisDock(m_controller, m_window.get());
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_window->resize(1000, 700);
    }

    void TearDown() override { m_window.reset(); }

    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QMainWindow> m_window;
    AnalysisController* m_controller = nullptr;
    AnalysisDock* m_dock = nullptr;
};

TEST_F(AnalysisDockTest, ShowingThePanelRunsTheAnalysisAndShowsItsFigures) {
    EXPECT_FALSE(m_controller->isActive());
    m_window->show();
    EXPECT_TRUE(m_controller->isActive());
    EXPECT_TRUE(m_dock->cancelButton()->isVisibleTo(m_dock)) << "Cancel while it runs";
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    EXPECT_FALSE(m_dock->cancelButton()->isVisibleTo(m_dock));
    EXPECT_TRUE(m_dock->runButton()->isVisibleTo(m_dock));

    // One row per threshold, percentages of the shown category.
    const access::CoverageResult& result = *m_controller->result();
    const std::size_t index = *m_controller->categoryIndex();
    const access::CategoryCoverage& category = result.categories[index];
    QTableWidget* table = m_dock->sharesTable();
    ASSERT_EQ(table->rowCount(), static_cast<int>(category.shares.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        const access::CoverageShare& s = category.shares[static_cast<std::size_t>(row)];
        EXPECT_EQ(table->item(row, 0)->text(),
                  QStringLiteral("%1 %").arg(QLocale().toString(s.population * 100.0, 'f', 1)));
        EXPECT_EQ(table->item(row, 1)->text(),
                  QStringLiteral("%1 %").arg(QLocale().toString(s.residents60Plus * 100.0, 'f', 1)));
    }
    EXPECT_EQ(m_dock->blindSpotList()->count(), static_cast<int>(category.blindSpots.size()));

    // The category list is the catalogue; the current entry is the one shown.
    QComboBox* categories = m_dock->categoryCombo();
    EXPECT_EQ(categories->count(),
              static_cast<int>(m_document->project().catalog().categories().size()));
    EXPECT_EQ(categories->currentData().toString().toStdString(), category.code);
}

TEST_F(AnalysisDockTest, SaysWhereTheResidentsComeFrom) {
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    // The sample district records every compound's residents.
    const QString text = m_dock->residentsLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("surveyed"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(m_controller->result()->population)))
        << text.toStdString();
    EXPECT_FALSE(m_dock->noResidentsLabel()->isVisibleTo(m_dock));
    EXPECT_TRUE(m_dock->sharesTable()->isVisibleTo(m_dock));
    EXPECT_FALSE(m_dock->plotRatioButton()->isVisibleTo(m_dock)) << "no compound uses it";
}

TEST_F(AnalysisDockTest, CompoundsWithoutBuildingsAreEstimatedFromThePlotRatioTheUserCanChange) {
    // Survey figures and buildings removed: every compound is estimated from its land.
    project::Project p = m_document->project();
    for (project::Compound c : p.compounds().items()) {
        c.population = c.residents60Plus = c.children0To14 = 0;
        p.updateCompound(c);
    }
    for (const project::Building& b : std::vector<project::Building>(p.buildings().items()))
        p.removeBuilding(b.id);
    ASSERT_TRUE(m_document->newFromProject(p));
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    const access::CoverageResult* result = m_controller->result();
    ASSERT_GT(result->population, 0);
    EXPECT_EQ(result->residents.compounds(access::ResidentsSource::PlotRatio), result->compounds.size());
    QString text = m_dock->residentsLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("land × plot ratio 2.0 (assumed"))) << text.toStdString();
    EXPECT_TRUE(m_dock->plotRatioButton()->isVisibleTo(m_dock));
    const long long before = result->population;

    m_dock->setProjectPlotRatio(3.0);
    EXPECT_EQ(m_document->project().metadataValue(project::meta::kPlotRatio), "3");
    ASSERT_TRUE(waitForRuns(*m_controller, 2)) << "a new plot ratio runs the analysis again";
    EXPECT_NEAR(double(m_controller->result()->population), 1.5 * double(before), 0.01 * double(before));
    text = m_dock->residentsLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("plot ratio 3.0 (the project's setting)"))) << text.toStdString();
    m_document->undoStack()->undo();
    ASSERT_TRUE(waitForRuns(*m_controller, 3));
    EXPECT_EQ(m_controller->result()->population, before);
}

TEST_F(AnalysisDockTest, NoResidentsKnownIsSaidInsteadOfZeroShares) {
    project::Project p = project::Project::createDefault();
    for (const project::Street& s : m_document->project().streets().items()) p.addStreet(s);
    for (const project::Facility& f : m_document->project().facilities().items()) p.addFacility(f);
    ASSERT_TRUE(m_document->newFromProject(p));
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    EXPECT_EQ(m_controller->result()->population, 0);
    EXPECT_TRUE(m_dock->noResidentsLabel()->isVisibleTo(m_dock));
    EXPECT_TRUE(m_dock->noResidentsLabel()->text().contains(QStringLiteral("Population Grid")));
    EXPECT_FALSE(m_dock->sharesTable()->isVisibleTo(m_dock)) << "no 0.0 % that looks like an answer";
}

TEST_F(AnalysisDockTest, TheBlindSpotsOfAnotherCategoryAreListedFarthestFirst) {
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    // Pick the category with the most blind spots through the combo box, as a user would.
    const auto& categories = m_controller->result()->categories;
    const auto most = std::max_element(categories.begin(), categories.end(),
                                       [](const auto& a, const auto& b) {
                                           return a.blindSpots.size() < b.blindSpots.size();
                                       });
    ASSERT_FALSE(most->blindSpots.empty()) << "the sample district has gaps by design";
    QComboBox* combo = m_dock->categoryCombo();
    combo->setCurrentIndex(combo->findData(QString::fromStdString(most->code)));
    EXPECT_EQ(m_controller->category(), most->code);
    EXPECT_EQ(m_controller->overlay()->categoryCode, most->code);
    QListWidget* list = m_dock->blindSpotList();
    ASSERT_EQ(list->count(), static_cast<int>(most->blindSpots.size()));
    const std::size_t index = *m_controller->categoryIndex();
    double previous = std::numeric_limits<double>::infinity();
    for (int row = 0; row < list->count(); ++row) {
        const auto id = list->item(row)->data(Qt::UserRole).value<project::FeatureId>();
        const auto& compounds = m_controller->result()->compounds;
        const auto it = std::find_if(compounds.begin(), compounds.end(),
                                     [id](const auto& c) { return c.id == id; });
        ASSERT_NE(it, compounds.end());
        EXPECT_LE(it->minutes[index], previous);
        previous = it->minutes[index];
    }

    QSignalSpy activated(m_dock, &AnalysisDock::featureActivated);
    Q_EMIT list->itemActivated(list->item(0));
    ASSERT_EQ(activated.count(), 1);
    const auto ref = activated.front().front().value<FeatureRef>();
    EXPECT_EQ(ref.layer, project::Layer::Compounds);
    EXPECT_EQ(ref.id, list->item(0)->data(Qt::UserRole).value<project::FeatureId>());
}

TEST_F(AnalysisDockTest, ProfileAndPlannedChoicesRunAgain) {
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    QComboBox* profiles = m_dock->profileCombo();
    ASSERT_EQ(profiles->count(), static_cast<int>(m_document->project().walkProfiles().size()));
    const int child = profiles->findData(QStringLiteral("child"));
    ASSERT_GE(child, 0);
    profiles->setCurrentIndex(child);
    ASSERT_TRUE(waitForRuns(*m_controller, 2));
    EXPECT_EQ(m_controller->resultProfile()->code, "child");
    m_dock->plannedCheck()->setChecked(true);
    EXPECT_TRUE(m_controller->includePlanned());
    ASSERT_TRUE(waitForRuns(*m_controller, 3));
    EXPECT_TRUE(m_controller->options().includePlanned);
}

TEST_F(AnalysisDockTest, ClosingThePanelClearsTheResult) {
    m_window->show();
    ASSERT_TRUE(waitForRuns(*m_controller, 1));
    m_dock->close();
    EXPECT_FALSE(m_controller->isActive());
    EXPECT_EQ(m_controller->overlay(), nullptr);
    EXPECT_EQ(m_dock->sharesTable()->rowCount(), 0);
}

TEST(AnalysisInMainWindow, TheMapAndLegendShowTheAnalysisResultsLayer) {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    LanguageManager languages;
    MainWindow window(&languages);
    window.resize(1200, 800);
    ASSERT_TRUE(window.document()->loadSample());
    window.show();
    QAction* toggle = window.findChild<QAction*>(QStringLiteral("analysisAction"));
    ASSERT_NE(toggle, nullptr);
    EXPECT_EQ(window.mapView()->composition()->accessOverlay(), nullptr);
    toggle->trigger();
    EXPECT_TRUE(window.analysisDock()->isVisible());
    ASSERT_TRUE(waitForRuns(*window.analysisController(), 1));
    ASSERT_NE(window.mapView()->composition()->accessOverlay(), nullptr);
    EXPECT_EQ(window.mapView()->composition()->accessOverlay(),
              window.analysisController()->overlay());
    EXPECT_TRUE(window.mapView()->frame().access != nullptr);

    // The layers panel lists the layer.
    LayerTreeModel* model = window.layersPanel()->model();
    EXPECT_TRUE(model->indexOf(MapLayer::Access).isValid());

    // F5 runs again; closing the panel empties the layer.
    window.findChild<QAction*>(QStringLiteral("analysisRunAction"))->trigger();
    ASSERT_TRUE(waitForRuns(*window.analysisController(), 2));
    toggle->trigger();
    EXPECT_EQ(window.mapView()->composition()->accessOverlay(), nullptr);
}

}  // namespace
}  // namespace yike::ui
