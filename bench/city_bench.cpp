// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-city [--scale F] [--file FILE] [--moves N] [--png DIR] [--analyses-only]: the
// workstation on a whole city. Generates the synthetic city of that scale (1: about 1,000,000
// walk-graph nodes, 3,000 gated compounds, 300,000 homes, 20,000 facilities) or takes a project
// file, then times what a planner waits for: writing the project to a new file, opening it as the
// workstation does, saving it after an edit, building the walk graph, the full walk analysis (every
// category, the shares of all residents, 60+ and 0-14, for each group of walkers), one facility
// moved (the analysis repair alone, and the live what-if from the move command to the panel's
// figures and the map overlay), a full redraw of the city and a redraw at street level. Ends with a
// table and the peak resident memory. --analyses-only opens the project and times the analyses
// alone.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <unistd.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QUndoStack>

#include "bench/bench_util.h"
#include "bench/project_picks.h"
#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/sample/synthetic_city.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/analysis/analysis_dock.h"
#include "ui/commands/move_features.h"
#include "ui/document/project_document.h"
#include "ui/render/access_layer.h"
#include "ui/render/feature_index.h"
#include "ui/render/map_layers.h"
#include "ui/render/map_renderer.h"

namespace {

using namespace yike;
using Clock = std::chrono::steady_clock;

constexpr int kWidth = 1600;
constexpr int kHeight = 1000;

struct Row {
    std::string name;
    double value = 0.0;
    std::string unit;
    std::string target;
};

std::vector<Row> g_rows;

void report(const std::string& name, double value, const std::string& unit,
            const std::string& target = {}) {
    bench::printFigure(name, value, unit, target);
    std::fflush(stdout);
    g_rows.push_back({name, value, unit, target});
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double renderMs(const project::Project& project, const ui::MapFrame& frame, int repeats,
                const QString& png) {
    const ui::MapRenderer renderer;
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const double ms = 1000.0 * bench::medianSeconds(repeats, [&] {
                          QPainter painter(&image);
                          renderer.render(painter, project, frame);
                      });
    if (!png.isEmpty()) image.save(png);
    return ms;
}

/// Full analyses of every group of walkers on one session (graph built once), then the repair
/// after single moves of a facility, for the slowest walkers.
void timeAnalyses(const project::Project& project, int moves) {
    access::AnalysisSession session(project);
    auto start = Clock::now();
    session.buildGraph();
    report("graph build (session)", secondsSince(start), "s");
    std::printf("  graph: %zu nodes, %zu edges, %zu components\n", session.graph().nodeCount(),
                session.graph().edgeCount(), session.graph().componentCount());
    std::vector<std::string> codes;
    for (const project::WalkProfile& profile : project.walkProfiles())
        codes.push_back(profile.code);
    {
        access::AnalysisSession together(project);
        together.reuseGraphOf(session);
        // As circle evaluation and proposals run them: together, read and never repaired.
        access::CoverageOptions readOnly;
        readOnly.repairable = false;
        start = Clock::now();
        together.runAll(codes, readOnly);
        report("full analysis, every group of walkers together, as evaluation runs it",
               secondsSince(start), "s", "target <= 10 s");
    }
    double total = 0.0;
    for (const std::string& code : codes) {
        start = Clock::now();
        const access::CoverageAnalysis* analysis = session.run(code, {});
        const double seconds = secondsSince(start);
        total += seconds;
        report("full analysis, " + code + " ("
                   + std::to_string(analysis->result().categories.size()) + " categories, "
                   + std::to_string(analysis->homeCount()) + " homes)",
               seconds, "s", "target <= 10 s");
    }
    report("full analysis, every group of walkers one after the other", total, "s");
    report("  peak memory so far", bench::peakRssMiB(), "MiB");

    std::string category;
    const project::FeatureId id = bench::commonFacility(project, category);
    access::CoverageAnalysis* older = session.analysis(project.walkProfiles().back().code);
    if (id == 0 || older == nullptr) return;
    std::mt19937 random(20261203);
    project::Facility moved = *project.facilities().find(id);
    std::vector<double> ms;
    for (int i = 0; i < moves; ++i) {
        moved.position = bench::randomStreetPoint(project, random);
        start = Clock::now();
        older->updateFacility(moved);
        ms.push_back(1000.0 * secondsSince(start));
    }
    report("move one " + category + ": analysis repair, median", bench::percentile(ms, 0.5), "ms",
           "target <= 20 ms");
    report("move one " + category + ": analysis repair, p95", bench::percentile(ms, 0.95), "ms");
}

/// As live_drag_bench does: the Walk Access panel and its controller on the document, a full
/// run, then drags of a facility with the Move tool's merging commands.
std::shared_ptr<const ui::AccessOverlay> timeWorkstation(ui::ProjectDocument& document, int moves) {
    const project::Project& p = document.project();
    std::string category;
    const project::FeatureId facilityId = bench::commonFacility(p, category);
    if (facilityId == 0) return nullptr;

    QMainWindow window;
    auto* controller = new ui::AnalysisController(&document, &window);
    auto* dock = new ui::AnalysisDock(controller, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    int results = 0;
    QObject::connect(controller, &ui::AnalysisController::resultChanged, [&] { ++results; });
    QEventLoop loop;
    QObject::connect(controller, &ui::AnalysisController::resultChanged, &loop, &QEventLoop::quit);
    QObject::connect(controller, &ui::AnalysisController::runStopped, &loop, &QEventLoop::quit);
    const auto start = Clock::now();
    window.show();  // shows the panel, which activates the controller: a full run
    while (controller->fullRuns() == 0 && controller->lastError().isEmpty()) loop.exec();
    if (controller->result() == nullptr) {
        std::printf("the analysis failed: %s\n", qPrintable(controller->lastError()));
        return nullptr;
    }
    report("Walk Access panel: graph and full analysis, " + controller->profile(),
           secondsSince(start), "s", "target <= 10 s");
    controller->setCategory(category);

    std::mt19937 random(20240615);
    std::vector<double> latencies;
    std::vector<double> repairs;
    controller->beginLiveEdit();
    for (int i = 0; i < moves; ++i) {
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
    report("drag " + category + ": move command to figures and overlay, median",
           bench::percentile(latencies, 0.5), "ms", "target <= 20 ms");
    report("drag " + category + ": move command to figures and overlay, p95",
           bench::percentile(latencies, 0.95), "ms");
    report("drag " + category + ":   of which analysis repair, median",
           bench::percentile(repairs, 0.5), "ms");
    return controller->overlay();
}

void timeRedraws(const project::Project& project,
                 const std::shared_ptr<const ui::AccessOverlay>& overlay, const QString& pngDir) {
    const auto png = [&](const char* name) {
        return pngDir.isEmpty() ? QString() : pngDir + QLatin1Char('/') + QLatin1String(name);
    };
    const QRectF target(0, 0, kWidth, kHeight);
    ui::MapFrame fitted = ui::MapFrame::forExtent(project.bounds(), target, 24.0);
    fitted.access = overlay;
    auto start = Clock::now();
    fitted.index = ui::MapFeatureIndex::refreshed(nullptr, project);
    report("spatial index of streets, buildings and compounds", 1000.0 * secondsSince(start), "ms");
    std::printf("  fitted view: %.1f m per pixel\n", fitted.transform.groundMetresPerPixel());
    report("full redraw, whole city, 1600x1000 (median of 3)",
           renderMs(project, fitted, 3, png("city-fitted.png")), "ms");
    const geo::BoundingBox box = project.bounds();
    ui::MapFrame street = fitted;
    street.transform = ui::MapTransform(
        ui::mercatorFromLonLat({(box.minLon + box.maxLon) / 2, (box.minLat + box.maxLat) / 2}), 0.6,
        QSizeF(kWidth, kHeight));
    std::printf("  street view: %.2f m per pixel\n", street.transform.groundMetresPerPixel());
    report("street-level redraw, 1600x1000 (median of 5)",
           renderMs(project, street, 5, png("city-street.png")), "ms", "target <= 50 ms");
    street.index = nullptr;
    report("street-level redraw without the spatial index (median of 5)",
           renderMs(project, street, 5, QString()), "ms");
}

}  // namespace

/// Everything but the analyses: the graph, the Walk Access panel and drags, redraws, saving.
void timeWorkstationAndFile(ui::ProjectDocument& document, int moves, const QString& pngDir,
                            double baseMiB) {
    const project::Project& p = document.project();
    auto start = Clock::now();
    {
        const network::StreetGraph graph = network::buildFromProject(p);
        report("walk graph build (" + std::to_string(graph.nodeCount()) + " nodes)",
               secondsSince(start), "s");
    }

    const std::shared_ptr<const ui::AccessOverlay> overlay = timeWorkstation(document, moves);
    timeRedraws(p, overlay, pngDir);
    report("peak memory, the workstation with the city open and analysed", bench::peakRssMiB(),
           "MiB", "target <= 4096 MiB");
    if (baseMiB > 0) std::printf("  (of which %.0f MiB before opening)\n", baseMiB);

    start = Clock::now();
    const ui::DocumentResult saved = document.save();
    if (!saved) std::printf("saving failed: %s\n", qPrintable(saved.error().message));
    report("save after the edits", secondsSince(start), "s");
}

int main(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QApplication app(argc, argv);
    double scale = 1.0;
    int moves = 50;
    std::filesystem::path file;
    QString pngDir;
    bool analysesOnly = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--scale" && i + 1 < argc) {
            scale = std::atof(argv[++i]);
        } else if (arg == "--file" && i + 1 < argc) {
            file = argv[++i];
        } else if (arg == "--moves" && i + 1 < argc) {
            moves = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--analyses-only") {
            analysesOnly = true;
        } else if (arg == "--png" && i + 1 < argc) {
            pngDir = QString::fromLocal8Bit(argv[++i]);
        } else {
            std::fprintf(stderr,
                         "usage: %s [--scale F] [--file FILE] [--moves N] [--png DIR] "
                         "[--analyses-only]\n",
                         argv[0]);
            return 2;
        }
    }

    bool scratch = false;
    if (file.empty()) {
        auto start = Clock::now();
        const project::Project city = sample::generateSyntheticCity({.scale = scale});
        report("generate the city, scale " + city.metadataValue("city_scale"), secondsSince(start),
               "s");
        std::printf("  %zu compounds, %zu gates, %zu buildings, %zu facilities, %zu streets\n",
                    city.compounds().size(), city.gates().size(), city.buildings().size(),
                    city.facilities().size(), city.streets().size());
        file = std::filesystem::temp_directory_path()
               / ("yike-bench-city-" + std::to_string(::getpid()) + ".yike");
        scratch = true;
        start = Clock::now();
        project::ProjectFile::writeCopy(file, city);
        report("write to a new project file", secondsSince(start), "s");
        std::printf("  %s: %.0f MB\n", file.string().c_str(),
                    static_cast<double>(std::filesystem::file_size(file)) / 1e6);
    }
    const double baseMiB = bench::peakRssMiB();

    {
        ui::ProjectDocument::Options options;
        options.autosave = false;
        ui::ProjectDocument document(options);
        auto start = Clock::now();
        const ui::DocumentResult opened = document.openFile(QString::fromStdString(file.string()));
        if (!opened) {
            std::printf("%s did not open: %s\n", file.string().c_str(),
                        qPrintable(opened.error().message));
            return 1;
        }
        report("open, as the workstation opens a project", secondsSince(start), "s",
               "target <= 5 s");
        const project::Project& p = document.project();
        if (!analysesOnly) timeWorkstationAndFile(document, moves, pngDir, baseMiB);
        timeAnalyses(p, moves);
    }
    report("peak memory, whole run", bench::peakRssMiB(), "MiB");

    std::printf("\n| %-70s | %12s | %-4s | %-18s |\n", "figure", "value", "unit", "target");
    std::printf("|%s|%s|%s|%s|\n", std::string(72, '-').c_str(), std::string(14, '-').c_str(),
                std::string(6, '-').c_str(), std::string(20, '-').c_str());
    for (const Row& row : g_rows)
        std::printf("| %-70s | %12.3f | %-4s | %-18s |\n", row.name.c_str(), row.value,
                    row.unit.c_str(), row.target.c_str());
    if (scratch) std::filesystem::remove(file);
    return 0;
}
