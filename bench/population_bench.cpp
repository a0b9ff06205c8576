// SPDX-License-Identifier: GPL-3.0-or-later
// yike-bench-population FILE KM [LON LAT]: time and peak memory of reading the cells of a
// population raster in a KM × KM square around a point (default 114.27 E 30.59 N, Wuhan), one
// square per process run so the peak memory belongs to that read alone.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "bench/bench_util.h"
#include "core/geo/local_frame.h"
#include "core/population/population_grid.h"

int main(int argc, char** argv) {
    if (argc != 3 && argc != 5) {
        std::fprintf(stderr, "usage: %s FILE.tif KM [LON LAT]\n", argv[0]);
        return 2;
    }
    const std::filesystem::path file = argv[1];
    if (!std::filesystem::exists(file)) {
        std::printf("skipped: %s is absent\n", file.string().c_str());
        return 0;
    }
    const double km = std::atof(argv[2]);
    const yike::geo::LonLat centre = argc == 5
                                         ? yike::geo::LonLat{std::atof(argv[3]), std::atof(argv[4])}
                                         : yike::geo::LonLat{114.27, 30.59};
    const yike::geo::LocalFrame frame(centre);
    const double half = km * 500.0;
    const yike::geo::LonLat sw = frame.toLonLat({-half, -half});
    const yike::geo::LonLat ne = frame.toLonLat({half, half});
    const yike::geo::BoundingBox area{sw.lon, sw.lat, ne.lon, ne.lat};

    // The header first: GDAL's drivers and PROJ's database are loaded then, not counted below.
    yike::population::readGridInfo(file);
    const double opened = yike::bench::peakRssMiB();
    yike::population::GridWindow window;
    const double seconds = yike::bench::medianSeconds(
        3, [&] { window = yike::population::readPopulationGrid(file, area); });
    const std::string name = file.filename().string() + " " + argv[2] + " km square";
    yike::bench::printFigure("population " + name + " (median of 3)", seconds, "s");
    yike::bench::printFigure("population " + name + " peak memory", yike::bench::peakRssMiB(),
                             "MiB",
                             "after opening: " + std::to_string(static_cast<int>(opened)) + " MiB");
    std::printf("  %lld cells read, %lld in the area, %zu with people (%.0f), %lld NoData\n",
                static_cast<long long>(window.cellsInWindow),
                static_cast<long long>(window.cellsInArea), window.cells.size(), window.total,
                static_cast<long long>(window.noDataCells));
    return 0;
}
