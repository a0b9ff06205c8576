// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-live [--drags N] [FILE...]: live what-if latency. On the sample district and on
// each OpenStreetMap file: a facility of the most common category is dragged to N random points
// along the streets, as the Move tool drags it (merging move commands on the document, inside
// one live edit of the analysis controller). Each figure is the time from the move command to
// the moment the analysis has the new result, the new map overlay and the Walk Access panel's
// refreshed figures. The full run that precedes the drags is timed too.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMainWindow>
#include <QUndoStack>

#include "bench/bench_util.h"
#include "bench/project_picks.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "core/sample/sample_district.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/analysis/analysis_dock.h"
#include "ui/analysis/walk_probe_controller.h"
#include "ui/commands/move_features.h"
#include "ui/document/project_document.h"

namespace {

using namespace yike;

void runDistrict(const std::string& name, project::Project project, int drags) {
    ui::ProjectDocument::Options options;
    options.autosave = false;
    ui::ProjectDocument document(options);
    if (!document.newFromProject(std::move(project))) {
        std::printf("%s: the project did not open\n", name.c_str());
        return;
    }
    const project::Project& p = document.project();
    std::string category;
    const project::FeatureId facilityId = bench::commonFacility(p, category);
    if (facilityId == 0 || p.streets().size() == 0) {
        std::printf("%s: no existing facility or no streets\n", name.c_str());
        return;
    }

    // The panel and the controller as the main window has them; the panel refreshes its
    // figures in its own slot on resultChanged, connected before ours.
    QMainWindow window;
    auto* controller = new ui::AnalysisController(&document, &window);
    auto* dock = new ui::AnalysisDock(controller, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    int results = 0;
    QObject::connect(controller, &ui::AnalysisController::resultChanged, [&] { ++results; });
    QEventLoop loop;
    QObject::connect(controller, &ui::AnalysisController::resultChanged, &loop, &QEventLoop::quit);
    QObject::connect(controller, &ui::AnalysisController::runStopped, &loop, &QEventLoop::quit);
    window.show();  // shows the panel, which activates the controller: a full run
    while (controller->fullRuns() == 0 && controller->lastError().isEmpty()) loop.exec();
    if (controller->result() == nullptr) {
        std::printf("%s: the analysis failed: %s\n", name.c_str(),
                    qPrintable(controller->lastError()));
        return;
    }
    controller->setCategory(category);
    const auto ofCategory =
        std::count_if(p.facilities().items().begin(), p.facilities().items().end(),
                      [&](const project::Facility& f) { return f.categoryCode == category; });
    std::printf("%s: %zu facilities (%td %s), %zu compounds, %zu streets\n", name.c_str(),
                p.facilities().size(), ofCategory, category.c_str(), p.compounds().size(),
                p.streets().size());
    bench::printFigure(name + ": full run", controller->lastRunSeconds() * 1000.0, "ms");

    std::mt19937 random(20240615);
    std::vector<double> latencies;
    std::vector<double> repairs;
    controller->beginLiveEdit();
    for (int i = 0; i < drags; ++i) {
        const geo::LonLat to = bench::randomStreetPoint(p, random);
        const geo::LonLat from = p.facilities().find(facilityId)->position;
        const int before = results;
        QElapsedTimer clock;
        clock.start();
        document.undoStack()->push(
            new ui::MoveFeatures(document, {{project::Layer::Facilities, facilityId}},
                                 to.lon - from.lon, to.lat - from.lat, /*dragId=*/1));
        while (results == before) loop.exec();
        latencies.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        repairs.push_back(controller->lastUpdateMs());
    }
    controller->endLiveEdit();
    if (controller->fullRuns() != 1)
        std::printf("%s: warning: %d full runs during the drags\n", name.c_str(),
                    controller->fullRuns());
    bench::printFigure(name + ": drag event to figures, median", bench::percentile(latencies, 0.5),
                       "ms", "target <= 50 ms");
    bench::printFigure(name + ": drag event to figures, p95", bench::percentile(latencies, 0.95),
                       "ms", "target <= 50 ms");
    bench::printFigure(name + ": of which analysis repair, median", bench::percentile(repairs, 0.5),
                       "ms");
    bench::printFigure(name + ": of which analysis repair, p95", bench::percentile(repairs, 0.95),
                       "ms");
    document.undoStack()->undo();  // the one step of the whole drag

    // Walk rings around the dragged facility are measured again in the background, on a fresh
    // copy of the project: from the drag event to rings around the new position.
    ui::WalkProbeController probe(&document);
    int measured = 0;
    QObject::connect(&probe, &ui::WalkProbeController::resultChanged, [&] { ++measured; });
    QObject::connect(&probe, &ui::WalkProbeController::resultChanged, &loop, &QEventLoop::quit);
    probe.showRings(access::WalkRingsRequest::atFacility(facilityId));
    while (measured == 0) loop.exec();
    if (probe.rings() == nullptr) {
        std::printf("%s: no walk rings: %s\n", name.c_str(), qPrintable(probe.ringsError()));
        return;
    }
    std::vector<double> rings;
    const int ringDrags = std::min(drags, 40);
    for (int i = 0; i < ringDrags; ++i) {
        const geo::LonLat to = bench::randomStreetPoint(p, random);
        const geo::LonLat from = p.facilities().find(facilityId)->position;
        QElapsedTimer clock;
        clock.start();
        document.undoStack()->push(
            new ui::MoveFeatures(document, {{project::Layer::Facilities, facilityId}},
                                 to.lon - from.lon, to.lat - from.lat, /*dragId=*/2));
        const geo::LonLat now = p.facilities().find(facilityId)->position;
        while (!(probe.rings() && probe.rings()->centre == now) && probe.ringsError().isEmpty())
            loop.exec();
        rings.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    bench::printFigure(name + ": drag event to walk rings, median", bench::percentile(rings, 0.5),
                       "ms", "in the background");
    bench::printFigure(name + ": drag event to walk rings, p95", bench::percentile(rings, 0.95),
                       "ms", "in the background");
    document.undoStack()->undo();
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int drags = 200;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--drags" && i + 1 < argc)
            drags = std::max(1, std::atoi(argv[++i]));
        else
            files.push_back(arg);
    }
    runDistrict("sample", sample::generateSampleDistrict(), drags);
    for (const std::string& file : files) {
        project::Project project;
        const osm::ImportReport report = osm::importOsm(file, project);
        (void)report;
        // As a project made from OpenStreetMap in the window: the standard walkers.
        if (project.walkProfiles().empty()) project.setWalkProfiles(project::defaultWalkProfiles());
        const auto slash = file.find_last_of('/');
        runDistrict(slash == std::string::npos ? file : file.substr(slash + 1), std::move(project),
                    drags);
    }
    return 0;
}
