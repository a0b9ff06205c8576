// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-render [--png DIR] FILE...: map drawing on real districts. For each OpenStreetMap
// file: a full redraw of every layer at 1600 × 1000 px fitted to the data and at a street view
// (about 0.6 m per pixel, where buildings, labels and facility names show), the time of each layer
// at the street view, and the cost of the render snapshot the map view takes after an edit. With
// --png the two full redraws are also written to DIR, to look at what was timed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include "bench/bench_util.h"
#include "core/access/coverage.h"
#include "core/network/graph_builder.h"
#include "core/network/street_graph.h"
#include "core/osm/osm_import.h"
#include "core/project/project.h"
#include "ui/render/access_layer.h"
#include "ui/render/map_layers.h"
#include "ui/render/map_renderer.h"

namespace {

using namespace yike;

constexpr int kWidth = 1600;
constexpr int kHeight = 1000;

QString g_pngFolder;

double renderMs(const project::Project& project, const ui::MapFrame& frame, int repeats,
                const QString& pngName = {}) {
    const ui::MapRenderer renderer;
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    const double ms = 1000.0 * bench::medianSeconds(repeats, [&] {
                          QPainter painter(&image);
                          renderer.render(painter, project, frame);
                      });
    if (!g_pngFolder.isEmpty() && !pngName.isEmpty())
        image.save(g_pngFolder + QLatin1Char('/') + pngName);
    return ms;
}

/// Where the buildings are densest, roughly: the mean of their first vertices.
geo::LonLat buildingCentre(const project::Project& project) {
    double lon = 0.0;
    double lat = 0.0;
    std::size_t n = 0;
    for (const project::Building& b : project.buildings().items()) {
        if (b.outline.outer.empty()) continue;
        lon += b.outline.outer.front().lon;
        lat += b.outline.outer.front().lat;
        ++n;
    }
    if (n == 0) {
        const geo::BoundingBox box = project.bounds();
        return {(box.minLon + box.maxLon) / 2.0, (box.minLat + box.maxLat) / 2.0};
    }
    return {lon / static_cast<double>(n), lat / static_cast<double>(n)};
}

/// What a snapshot cost before layers were shared: every feature copied.
std::size_t deepCopy(const project::Project& p) {
    const auto facilities = p.facilities().items();
    const auto compounds = p.compounds().items();
    const auto gates = p.gates().items();
    const auto idle = p.idleSpaces().items();
    const auto streets = p.streets().items();
    const auto water = p.waterAreas().items();
    const auto buildings = p.buildings().items();
    const auto green = p.greenAreas().items();
    return facilities.size() + compounds.size() + gates.size() + idle.size() + streets.size()
           + water.size() + buildings.size() + green.size();
}

void benchFile(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    if (!std::filesystem::exists(file)) {
        std::printf("skipped: %s is absent\n", file.string().c_str());
        return;
    }
    project::Project project = project::Project::createDefault();
    const osm::ImportReport report = osm::importOsm(file, project);
    std::printf(
        "%s: %zu streets, %zu buildings, %zu green areas, %zu water areas, "
        "%zu facilities\n",
        name.c_str(), project.streets().size(), project.buildings().size(),
        project.greenAreas().size(), project.waterAreas().size(), project.facilities().size());
    (void)report;

    // What the Walk Access panel computes in the background (graph and every category, older
    // people), and the Analysis results layer of the category with most facilities.
    std::shared_ptr<const ui::AccessOverlay> overlay;
    {
        const auto start = std::chrono::steady_clock::now();
        const network::StreetGraph graph = network::buildFromProject(project);
        const auto& profiles = project.walkProfiles();
        const auto found = std::find_if(profiles.begin(), profiles.end(),
                                        [](const auto& p) { return p.code == "older"; });
        const project::WalkProfile& older = found != profiles.end() ? *found : profiles.front();
        access::CoverageAnalysis analysis(project, graph, older);
        analysis.run();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const access::CoverageResult& result = analysis.result();
        bench::printFigure(name + ": walk analysis in the window (graph + " +
                               std::to_string(result.categories.size()) + " categories, " +
                               std::to_string(result.buildings.size()) + " homes)",
                           seconds * 1000.0, "ms");
        std::size_t most = 0;
        for (std::size_t i = 0; i < result.categories.size(); ++i)
            if (result.categories[i].facilities > result.categories[most].facilities) most = i;
        overlay = ui::makeAccessOverlay(result, most, QString::fromStdString(older.code));
    }

    const QRectF target(0, 0, kWidth, kHeight);
    ui::MapFrame fitted = ui::MapFrame::forExtent(project.bounds(), target, 24.0);
    fitted.access = overlay;
    std::printf("  fitted view: %.2f m per pixel on the ground\n",
                fitted.transform.groundMetresPerPixel());
    bench::printFigure(name + ": full redraw, fitted, 1600x1000 (median of 5)",
                       renderMs(project, fitted, 5, QString::fromStdString(name + "-fitted.png")),
                       "ms", "target <= 250 ms");

    ui::MapFrame street = fitted;
    street.transform = ui::MapTransform(ui::mercatorFromLonLat(buildingCentre(project)), 0.6,
                                        QSizeF(kWidth, kHeight));
    std::printf("  street view: %.2f m per pixel on the ground\n",
                street.transform.groundMetresPerPixel());
    bench::printFigure(name + ": full redraw, street view, 1600x1000 (median of 5)",
                       renderMs(project, street, 5, QString::fromStdString(name + "-street.png")),
                       "ms", "target <= 250 ms");
    for (const auto& [label, view] :
         {std::pair{"fitted", fitted}, std::pair{"street view", street}}) {
        // Each layer alone, except names, which need their layers: all layers with them minus
        // all layers without them.
        for (const ui::MapLayerInfo& info : ui::mapLayers()) {
            ui::MapFrame one = view;
            double ms = 0.0;
            if (info.layer == ui::MapLayer::Labels) {
                ui::MapFrame without = view;
                without.layers &= ~ui::MapLayers(ui::MapLayer::Labels);
                ms = renderMs(project, view, 5) - renderMs(project, without, 5);
            } else {
                one.layers = ui::MapLayers(info.layer);
                ms = renderMs(project, one, 5);
            }
            bench::printFigure(std::string("    ") + label + ", layer " + info.key, ms, "ms");
        }
    }

    // The map view's snapshot after one edit: move a facility, copy the project.
    if (!project.facilities().items().empty()) {
        project::Facility moved = project.facilities().items().front();
        std::size_t sink = 0;
        const double snapshotMs =
            1000.0 * bench::medianSeconds(51, [&] {
                moved.position.lon += 1e-7;
                project.updateFacility(moved);              // detaches the facilities layer only
                const project::Project snapshot = project;  // what MapView hands the worker
                sink += snapshot.streets().size();
            });
        bench::printFigure(name + ": edit + render snapshot (median of 51)", snapshotMs, "ms",
                           "target <= 5 ms");
        const double deepMs = 1000.0 * bench::medianSeconds(11, [&] { sink += deepCopy(project); });
        bench::printFigure(name + ":   for comparison, copying every feature", deepMs, "ms");
        if (sink == 0) std::printf(" ");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s [--png DIR] FILE.osm.pbf...\n", argv[0]);
        return 2;
    }
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    QGuiApplication app(argc, argv);  // fonts for the labels
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--png" && i + 1 < argc) {
            g_pngFolder = QString::fromLocal8Bit(argv[++i]);
            continue;
        }
        benchFile(argv[i]);
    }
    return 0;
}
