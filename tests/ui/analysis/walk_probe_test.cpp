// SPDX-License-Identifier: GPL-3.0-or-later
// The Walk Probe panel and the Walk rings layer in the main window: a probed point's minutes
// are the engine's, a chosen cell draws its route, rings around a facility are the engine's
// and follow the facility while it is dragged.
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "core/access/analysis_session.h"
#include "core/access/probe.h"
#include "core/access/walk_rings.h"
#include "core/project/project.h"
#include "ui/analysis/walk_probe_controller.h"
#include "ui/analysis/walk_probe_dock.h"
#include "ui/document/project_document.h"
#include "ui/document/selection.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mapview/map_view.h"
#include "ui/render/map_composition.h"
#include "ui/render/map_legend.h"
#include "ui/render/map_renderer.h"
#include "ui/render/walk_rings_layer.h"
#include "ui/tools/move_tool.h"
#include "ui/tools/probe_tool.h"
#include "ui/tools/tool_manager.h"

namespace yike::ui {
namespace {

class WalkProbeTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_window = std::make_unique<MainWindow>(&m_languages);
        m_window->resize(1600, 1000);
        ASSERT_TRUE(m_window->document()->loadSample());
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override { m_window.reset(); }

    WalkProbeController& controller() const { return *m_window->walkProbeController(); }
    WalkProbeDock& dock() const { return *m_window->walkProbeDock(); }
    ProjectDocument& document() const { return *m_window->document(); }
    MapView* view() const { return m_window->mapView(); }
    QTableWidget* table() const { return dock().findChild<QTableWidget*>(QStringLiteral("probeTable")); }

    /// Lets the controller finish what it was asked (and at least `runs` measurements).
    bool settle(int runs) {
        for (int i = 0; i < 300 && (controller().isRunning() || controller().completedRuns() < runs);
             ++i)
            QTest::qWait(20);
        return !controller().isRunning() && controller().completedRuns() >= runs;
    }

    /// An independent session on the document's project, as yike-cli builds one.
    std::unique_ptr<access::AnalysisSession> engine() const {
        auto session = std::make_unique<access::AnalysisSession>(document().project());
        session->buildGraph();
        return session;
    }

    /// Pixels the Walk rings layer alone paints over the view.
    int paintedPixels() const {
        MapFrame frame = view()->composition()->frame(view()->transform());
        frame.layers = MapLayers(MapLayer::WalkRings);
        frame.paintBackground = false;
        QImage image(view()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        MapRenderer().render(painter, document().project(), frame);
        painter.end();
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) painted += qAlpha(image.pixel(x, y)) > 0;
        return painted;
    }

    /// A facility the pointer picks, away from the top-left corner it is dragged to.
    const project::Facility* pickableFacility() const {
        for (const project::Facility& f : document().project().facilities().items()) {
            if (f.status != project::FacilityStatus::Existing) continue;
            const QPointF px = view()->transform().toPixel(f.position);
            if (px.x() < 200 || px.y() < 200 || px.x() > view()->width() - 60
                || px.y() > view()->height() - 60)
                continue;
            const std::optional<FeatureRef> hit = view()->featureAt(px);
            if (hit && hit->layer == project::Layer::Facilities && hit->id == f.id) return &f;
        }
        return nullptr;
    }

    LanguageManager m_languages;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(WalkProbeTest, AClickWithTheProbeToolShowsTheEnginesMinutesForEveryProfile) {
    m_window->toolManager()->setActiveTool(m_window->toolManager()->tool<ProbeTool>());
    const QPoint click(view()->width() / 2, view()->height() / 2);
    QTest::mouseClick(view(), Qt::LeftButton, {}, click);
    EXPECT_TRUE(dock().isVisible()) << "the panel opens on the first probe";
    ASSERT_TRUE(settle(1));
    EXPECT_GE(dock().width(), 460) << "wide enough for the three profiles' columns";
    ASSERT_TRUE(controller().probePoint());
    ASSERT_TRUE(controller().probeError().isEmpty()) << controller().probeError().toStdString();
    ASSERT_NE(controller().probeResult(), nullptr);

    access::ProbeRequest request;
    request.point = *controller().probePoint();
    auto session = engine();
    const access::ProbeResult expected = access::probe(*session, request);
    ASSERT_EQ(expected.profiles.size(), 3u) << "adults, older people, children";
    ASSERT_EQ(table()->columnCount(), 5) << "service, three profiles, nearest facility";
    const auto& categories = expected.profiles.front().categories;
    ASSERT_EQ(table()->rowCount(), static_cast<int>(categories.size()));
    int found = 0;
    for (int row = 0; row < table()->rowCount(); ++row) {
        for (int column = 1; column < 4; ++column) {
            const access::ProbeProfile& profile = expected.profiles[std::size_t(column - 1)];
            const access::ProbeCategory& want = profile.categories[std::size_t(row)];
            const QTableWidgetItem* cell = table()->item(row, column);
            ASSERT_NE(cell, nullptr);
            EXPECT_EQ(cell->data(Qt::UserRole).toString().toStdString(), profile.profileCode);
            EXPECT_EQ(cell->data(Qt::UserRole + 1).toString().toStdString(), want.code);
            if (want.found()) {
                ++found;
                EXPECT_DOUBLE_EQ(cell->data(Qt::UserRole + 2).toDouble(), want.minutes);
                EXPECT_EQ(cell->text(), QLocale().toString(want.minutes, 'f', 1));
                EXPECT_TRUE(cell->toolTip().contains(QString::fromStdString(want.facilityName)))
                    << cell->toolTip().toStdString();
            } else {
                EXPECT_FALSE(cell->data(Qt::UserRole + 2).isValid());
            }
        }
    }
    EXPECT_GT(found, 30) << "the sample's services are within reach of its centre";
    for (int row = 0; row < table()->rowCount(); ++row) {
        const access::ProbeCategory& adults = expected.profiles[0].categories[std::size_t(row)];
        EXPECT_EQ(table()->item(row, 4)->text(),
                  adults.found() ? QString::fromStdString(adults.facilityName) : QString());
    }
    // Older walkers are slower: never sooner than adults.
    for (std::size_t k = 0; k < categories.size(); ++k) {
        const access::ProbeCategory& older = expected.profiles[1].categories[k];
        const access::ProbeCategory& adult = expected.profiles[0].categories[k];
        if (older.found() && adult.found()) {
            EXPECT_GE(older.minutes, adult.minutes);
        }
    }
    // The map marks the point.
    ASSERT_NE(view()->composition()->walkRings(), nullptr);
    EXPECT_EQ(view()->composition()->walkRings(), controller().overlay());
    EXPECT_GT(paintedPixels(), 0);
}

TEST_F(WalkProbeTest, ChoosingATimeDrawsTheRouteWhoseWalkTakesThatTime) {
    controller().probeAt(view()->transform().toLonLat(
        QPointF(view()->width() / 2.0, view()->height() / 2.0)));
    ASSERT_TRUE(settle(1));
    ASSERT_NE(controller().probeResult(), nullptr);
    const int pinned = paintedPixels();
    // The farthest service found for older walkers: a route long enough to see.
    int bestRow = -1;
    double bestMinutes = 0.0;
    for (int row = 0; row < table()->rowCount(); ++row) {
        const QVariant minutes = table()->item(row, 2)->data(Qt::UserRole + 2);
        if (minutes.isValid() && minutes.toDouble() > bestMinutes) {
            bestMinutes = minutes.toDouble();
            bestRow = row;
        }
    }
    ASSERT_GE(bestRow, 0);
    const int runs = controller().completedRuns();
    table()->setCurrentCell(bestRow, 2);
    ASSERT_TRUE(settle(runs + 1));
    EXPECT_EQ(controller().routeProfile(), "older");
    const access::ProbeRoute* route = controller().route();
    ASSERT_NE(route, nullptr) << controller().routeError().toStdString();
    EXPECT_NEAR(route->walk.seconds / 60.0, bestMinutes, 1e-9);
    const QString label = dock().findChild<QLabel*>(QStringLiteral("probeRoute"))->text();
    EXPECT_TRUE(label.contains(QLocale().toString(bestMinutes, 'f', 1))) << label.toStdString();
    ASSERT_NE(controller().overlay(), nullptr);
    EXPECT_GE(controller().overlay()->route.size(), 3u);
    EXPECT_EQ(controller().overlay()->routeGates.size(), route->walk.gates.size());
    EXPECT_GT(paintedPixels(), pinned) << "the route is drawn";
    // The route stays chosen when the point is probed again.
    controller().probeAt(route->facilityPosition);
    ASSERT_TRUE(settle(runs + 2));
    ASSERT_NE(controller().route(), nullptr);
    EXPECT_LT(controller().route()->walk.seconds, 60.0) << "from the facility's own door";
}

TEST_F(WalkProbeTest, RingsAroundTheSelectedFacilityAreTheEnginesAndHaveALegend) {
    const project::Facility* facility = pickableFacility();
    ASSERT_NE(facility, nullptr);
    document().selection()->set({{project::Layer::Facilities, facility->id}});
    dock().findChild<QComboBox*>(QStringLiteral("ringsProfile"))->setCurrentIndex(1);  // older people
    ASSERT_TRUE(dock().ringsAroundSelection());
    ASSERT_TRUE(settle(1));
    ASSERT_NE(controller().rings(), nullptr) << controller().ringsError().toStdString();

    access::WalkRingsRequest request = access::WalkRingsRequest::atFacility(facility->id);
    request.profileCode = "older";
    auto session = engine();
    const access::WalkRings expected = access::walkRings(*session, request);
    const access::WalkRings& shown = *controller().rings();
    ASSERT_EQ(shown.rings.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(shown.rings[i].minutes, expected.rings[i].minutes);
        ASSERT_EQ(shown.rings[i].polygons.size(), expected.rings[i].polygons.size());
        for (std::size_t k = 0; k < expected.rings[i].polygons.size(); ++k)
            EXPECT_EQ(shown.rings[i].polygons[k].outer, expected.rings[i].polygons[k].outer);
    }
    EXPECT_GT(paintedPixels(), 1000);
    // The legend lists the layer with its centre and walkers, and one row per ring.
    const MapFrame frame = view()->composition()->frame(view()->transform());
    const std::vector<LegendRow> rows = legendRows(document().project(), frame, MapStyle::standard());
    std::vector<QString> texts;
    for (const LegendRow& row : rows)
        if (row.layer == MapLayer::WalkRings) texts.push_back(row.text);
    ASSERT_EQ(texts.size(), 4u);
    EXPECT_TRUE(texts[0].contains(QString::fromStdString(facility->name))) << texts[0].toStdString();
    EXPECT_EQ(texts[1], QStringLiteral("≤ 5 min"));
    EXPECT_EQ(texts[3], QStringLiteral("≤ 15 min"));

    // Other minutes, typed; clearing removes the layer's content.
    auto* minutes = dock().findChild<QLineEdit*>(QStringLiteral("ringsMinutes"));
    minutes->setText(QStringLiteral("3, 6"));
    Q_EMIT minutes->editingFinished();
    ASSERT_TRUE(settle(2));
    ASSERT_NE(controller().rings(), nullptr);
    EXPECT_EQ(controller().rings()->rings.size(), 2u);
    minutes->setText(QStringLiteral("5, ten"));
    EXPECT_FALSE(dock().ringMinutes());
    EXPECT_FALSE(dock().ringsAroundSelection());
    dock().findChild<QPushButton*>(QStringLiteral("ringsClear"))->click();
    EXPECT_EQ(controller().overlay(), nullptr);
    EXPECT_EQ(paintedPixels(), 0);
}

TEST_F(WalkProbeTest, RingsFollowAFacilityWhileItIsDraggedAndUndoBringsThemBack) {
    const project::Facility* picked = pickableFacility();
    ASSERT_NE(picked, nullptr);
    const project::Facility original = *picked;
    document().selection()->set({{project::Layer::Facilities, original.id}});
    ASSERT_TRUE(dock().ringsAroundSelection());
    ASSERT_TRUE(settle(1));
    ASSERT_NE(controller().rings(), nullptr);
    const access::WalkRings before = *controller().rings();
    EXPECT_EQ(before.centre, original.position);

    m_window->toolManager()->setActiveTool(m_window->toolManager()->tool<MoveTool>());
    const QPoint from = view()->transform().toPixel(original.position).toPoint();
    const QPoint to = from - QPoint(150, 120);
    const int steps = document().undoStack()->count();
    QTest::mousePress(view(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view(), (from + to) / 2);
    QTest::mouseMove(view(), to);
    // Before the release the rings are measured around the facility where it is now.
    const geo::LonLat during = document().project().facilities().find(original.id)->position;
    ASSERT_FALSE(during == original.position);
    for (int i = 0; i < 300 && !(controller().rings() && controller().rings()->centre == during);
         ++i)
        QTest::qWait(20);
    ASSERT_NE(controller().rings(), nullptr);
    EXPECT_EQ(controller().rings()->centre, during);
    EXPECT_NE(controller().rings()->rings.back().polygons.front().outer,
              before.rings.back().polygons.front().outer);
    EXPECT_TRUE(m_window->toolManager()->tool<MoveTool>()->isDragging());
    QTest::mouseRelease(view(), Qt::LeftButton, {}, to);
    EXPECT_EQ(document().undoStack()->count(), steps + 1);

    document().undoStack()->undo();
    const int runs = controller().completedRuns();
    ASSERT_TRUE(settle(runs + 1));
    ASSERT_NE(controller().rings(), nullptr);
    EXPECT_EQ(controller().rings()->centre, original.position);
    EXPECT_EQ(controller().rings()->rings.back().polygons.front().outer,
              before.rings.back().polygons.front().outer);
}

TEST_F(WalkProbeTest, AProbeOffTheStreetsSaysSo) {
    // Far outside the district: no street within the snap distance.
    const geo::LonLat far{document().project().facilities().items().front().position.lon + 0.5,
                          document().project().facilities().items().front().position.lat};
    controller().probeAt(far);
    ASSERT_TRUE(settle(1));
    EXPECT_EQ(controller().probeResult(), nullptr);
    EXPECT_EQ(controller().probeError(),
              QStringLiteral("No street that can be walked is near enough to this place."));
    EXPECT_TRUE(dock().findChild<QLabel*>(QStringLiteral("probePoint"))->text().contains(controller().probeError()));
    EXPECT_EQ(table()->rowCount(), 0);
    EXPECT_FALSE(dock().ringsAroundSelection()) << "nothing selected";
}

}  // namespace
}  // namespace yike::ui
