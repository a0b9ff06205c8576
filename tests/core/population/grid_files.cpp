// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/population/grid_files.h"

#include <memory>

#include <gdal.h>
#include <ogr_srs_api.h>

#include <gtest/gtest.h>

namespace yike::population::test {
namespace {

struct ReleaseSrs {
    void operator()(OGRSpatialReferenceH srs) const { OSRRelease(srs); }
};
using Srs = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, ReleaseSrs>;

Srs makeSrs(int epsg) {
    Srs srs(OSRNewSpatialReference(nullptr));
    EXPECT_EQ(OSRImportFromEPSG(srs.get(), epsg), OGRERR_NONE) << "EPSG:" << epsg;
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace

void writeGeoTiff(const std::filesystem::path& file, const GridSpec& spec) {
    GDALAllRegister();
    ASSERT_EQ(spec.values.size(), static_cast<std::size_t>(spec.columns * spec.rows));
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    ASSERT_NE(driver, nullptr);
    std::string block = std::to_string(spec.blockSize);
    std::string blockX = "BLOCKXSIZE=" + block, blockY = "BLOCKYSIZE=" + block;
    const char* tiled[] = {"TILED=YES", blockX.c_str(), blockY.c_str(), nullptr};
    char** options = spec.blockSize > 0 ? const_cast<char**>(tiled) : nullptr;
    GDALDatasetH dataset =
        GDALCreate(driver, file.c_str(), spec.columns, spec.rows, spec.bands, GDT_Float32, options);
    ASSERT_NE(dataset, nullptr) << file;
    if (spec.geoTransform) {
        std::array<double, 6> g = *spec.geoTransform;
        EXPECT_EQ(GDALSetGeoTransform(dataset, g.data()), CE_None);
    }
    if (spec.epsg) {
        const Srs srs = makeSrs(*spec.epsg);
        EXPECT_EQ(GDALSetSpatialRef(dataset, srs.get()), CE_None);
    }
    for (const auto& [key, value] : spec.metadata)
        EXPECT_EQ(GDALSetMetadataItem(dataset, key.c_str(), value.c_str(), nullptr), CE_None);
    for (int b = 1; b <= spec.bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(dataset, b);
        std::vector<float> values = spec.values;
        if (b > 1)
            for (float& v : values) v += 1000.0f;
        if (spec.noData) {
            EXPECT_EQ(GDALSetRasterNoDataValue(band, *spec.noData), CE_None);
        }
        EXPECT_EQ(GDALRasterIO(band, GF_Write, 0, 0, spec.columns, spec.rows, values.data(),
                               spec.columns, spec.rows, GDT_Float32, 0, 0),
                  CE_None);
    }
    GDALRasterBandH first = GDALGetRasterBand(dataset, 1);
    if (!spec.bandDescription.empty()) GDALSetDescription(first, spec.bandDescription.c_str());
    if (spec.scale) {
        EXPECT_EQ(GDALSetRasterScale(first, *spec.scale), CE_None);
    }
    if (spec.offset) {
        EXPECT_EQ(GDALSetRasterOffset(first, *spec.offset), CE_None);
    }
    if (!spec.mask.empty()) {
        EXPECT_EQ(GDALCreateDatasetMaskBand(dataset, GMF_PER_DATASET), CE_None);
        std::vector<unsigned char> mask = spec.mask;
        EXPECT_EQ(GDALRasterIO(GDALGetMaskBand(first), GF_Write, 0, 0, spec.columns, spec.rows,
                               mask.data(), spec.columns, spec.rows, GDT_Byte, 0, 0),
                  CE_None);
    }
    GDALClose(dataset);
}

std::array<double, 6> northUp(double left, double top, double cellWidth, double cellHeight) {
    return {left, cellWidth, 0.0, top, 0.0, -cellHeight};
}

struct Reprojection::State {
    Srs from;
    Srs to;
    OGRCoordinateTransformationH transform = nullptr;
    ~State() {
        if (transform) OCTDestroyCoordinateTransformation(transform);
    }
};

Reprojection::Reprojection(int fromEpsg, int toEpsg) : m_state(std::make_unique<State>()) {
    GDALAllRegister();
    m_state->from = makeSrs(fromEpsg);
    m_state->to = makeSrs(toEpsg);
    m_state->transform = OCTNewCoordinateTransformation(m_state->from.get(), m_state->to.get());
    EXPECT_NE(m_state->transform, nullptr) << "EPSG:" << fromEpsg << " to EPSG:" << toEpsg;
}

Reprojection::~Reprojection() = default;

std::array<double, 2> Reprojection::operator()(double x, double y) const {
    EXPECT_TRUE(OCTTransform(m_state->transform, 1, &x, &y, nullptr));
    return {x, y};
}

geo::LonLat Reprojection::toLonLat(double x, double y) const {
    const std::array<double, 2> p = (*this)(x, y);
    return {p[0], p[1]};
}

}  // namespace yike::population::test
