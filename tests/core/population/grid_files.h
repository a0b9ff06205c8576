// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"

/// Small GeoTIFFs for the population tests, written with GDAL's C API, and coordinate
/// transformations done by GDAL independently of the reader under test.
namespace yike::population::test {

/// One GeoTIFF to write: band 1 holds `values` row by row from the top.
struct GridSpec {
    int columns = 0;
    int rows = 0;
    std::vector<float> values;                          ///< columns × rows
    std::optional<int> epsg = 4326;                     ///< no coordinate system when empty
    std::optional<std::array<double, 6>> geoTransform;  ///< no geotransform when empty
    std::optional<double> noData;
    int bands = 1;  ///< bands after the first hold value + 1000
    std::map<std::string, std::string> metadata;
    std::string bandDescription;
    /// A mask stored with the file (GDAL's internal mask): 0 hides a cell. Empty: no mask.
    std::vector<unsigned char> mask;
    std::optional<double> scale;  ///< band 1's scale, when set
    std::optional<double> offset;
    int blockSize = 0;  ///< tiles of this size; 0: GDAL's default strips
};

/// Writes `spec` as a GeoTIFF; fails the test (fatal) when GDAL cannot.
void writeGeoTiff(const std::filesystem::path& file, const GridSpec& spec);

/// The geotransform of a north-up grid whose top-left corner is (left, top).
std::array<double, 6> northUp(double left, double top, double cellWidth, double cellHeight);

/// Points from one EPSG system to another through GDAL directly (x east, y north: traditional
/// GIS axis order on both), to check the reader against.
class Reprojection {
public:
    Reprojection(int fromEpsg, int toEpsg);
    ~Reprojection();
    Reprojection(const Reprojection&) = delete;
    Reprojection& operator=(const Reprojection&) = delete;

    std::array<double, 2> operator()(double x, double y) const;
    geo::LonLat toLonLat(double x, double y) const;
    std::array<double, 2> operator()(geo::LonLat p) const { return (*this)(p.lon, p.lat); }

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace yike::population::test
