// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population/population_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <locale>
#include <memory>
#include <mutex>
#include <sstream>
#include <type_traits>
#include <utility>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include "core/geo/local_frame.h"
#include "core/platform/utf8_path.h"
#include "core/population/cell_geometry.h"

namespace yike::population {
namespace {

namespace fs = std::filesystem;
using Reason = GridReadError::Reason;

/// Points on each side of a box or a raster outline taken to another coordinate system: a
/// straight side in one system is a curve in the other, and its corners alone miss the bulge.
constexpr int kPointsPerSide = 32;
/// At most this many band values (8 MiB of doubles) are held at once, whatever the file's blocks.
constexpr std::int64_t kMaxStripCells = std::int64_t{1} << 20;
/// Progress is reported at most once per this fraction of the window.
constexpr double kProgressStep = 0.01;
constexpr std::size_t kMaxMessages = 10;

// ---- GDAL's process-wide state and its messages ----

/**
 * Registers GDAL's drivers once per process, from whichever thread reads first. GDAL is private
 * to this module, so the module also owns GDAL's process-wide error handler: a quiet one, so
 * that nothing GDAL says on any thread reaches stderr. Each read collects what GDAL says on its
 * own thread with GdalMessages.
 */
void initGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        CPLSetErrorHandler(CPLQuietErrorHandler);
        GDALAllRegister();
    });
}

/// Collects GDAL's warnings and errors on this thread while it lives (a handler pushed on
/// GDAL's per-thread stack), for the detail of a GridReadError.
class GdalMessages {
public:
    GdalMessages() {
        CPLPushErrorHandlerEx(&GdalMessages::collect, this);
        CPLErrorReset();
    }
    ~GdalMessages() { CPLPopErrorHandler(); }
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;

    /// What GDAL said so far, each message once, separated by "; ".
    std::string text() const {
        std::string joined;
        for (const std::string& m : m_messages) joined += (joined.empty() ? "" : "; ") + m;
        return joined;
    }
    /// ": " and the messages, or nothing when GDAL said nothing: to end a sentence with.
    std::string suffix() const { return m_messages.empty() ? std::string() : ": " + text(); }

private:
    static void CPL_STDCALL collect(CPLErr level, CPLErrorNum, const char* message) {
        if (level == CE_None || level == CE_Debug || message == nullptr) return;
        auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
        try {  // nothing may be thrown through GDAL's C frames
            if (self->m_messages.size() < kMaxMessages
                && std::find(self->m_messages.begin(), self->m_messages.end(), message)
                       == self->m_messages.end())
                self->m_messages.emplace_back(message);
        } catch (...) {
        }
    }

    std::vector<std::string> m_messages;
};

// ---- Owned GDAL handles ----

struct CloseDataset {
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
struct ReleaseSpatialRef {
    void operator()(OGRSpatialReferenceH srs) const { OSRRelease(srs); }
};
struct DestroyTransform {
    void operator()(OGRCoordinateTransformationH ct) const {
        OCTDestroyCoordinateTransformation(ct);
    }
};
using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, CloseDataset>;
using SpatialRef = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, ReleaseSpatialRef>;
using Transform =
    std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, DestroyTransform>;

/// Points in one coordinate system, transformed to another in one call; ok[i] says whether
/// point i made it (PROJ refuses points outside a projection's domain).
struct PointBatch {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<int> ok;

    void clear() {
        x.clear();
        y.clear();
    }
    void add(double px, double py) {
        x.push_back(px);
        y.push_back(py);
    }
    std::size_t size() const { return x.size(); }
    void transform(OGRCoordinateTransformationH ct) {
        ok.assign(x.size(), 0);
        if (x.empty()) return;
        OCTTransformEx(ct, static_cast<int>(x.size()), x.data(), y.data(), nullptr, ok.data());
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!std::isfinite(x[i]) || !std::isfinite(y[i])) ok[i] = 0;
    }
    geo::LonLat lonLat(std::size_t i) const { return {x[i], y[i]}; }
};

// ---- The open raster ----

/// Band 1 values as read (doubles) to people: NoData, scale and offset.
struct BandDecoder {
    std::optional<double> noData;
    /// The band holds Float32 values: compare with NoData as floats, as GDAL does, since the
    /// file's NoData text ("-3.4e+38") need not be the double a float widens to.
    bool compareAsFloat = false;
    float noDataFloat = 0.0f;
    double scale = 1.0;
    double offset = 0.0;

    bool isNoData(double raw) const {
        if (!std::isfinite(raw)) return true;
        if (!noData) return false;
        if (compareAsFloat) return static_cast<float>(raw) == noDataFloat;
        return raw == *noData;
    }
    double value(double raw) const { return raw * scale + offset; }
};

/// An open raster with all that reading its cells needs.
struct Raster {
    std::string name;  ///< the file as given, for messages
    Dataset dataset;
    GDALRasterBandH band = nullptr;
    std::array<double, 6> toCrs{};    ///< cell corner (column, row) → raster coordinates
    std::array<double, 6> toPixel{};  ///< the inverse
    SpatialRef crs;                   ///< lon/lat (x/y) axis order
    SpatialRef wgs84;                 ///< lon/lat axis order
    Transform toWgs84;
    Transform fromWgs84;
    BandDecoder decoder;
    /// The band's validity comes from a mask of its own (an internal mask or an alpha band),
    /// not from NoData, and is read along with the values.
    bool readMask = false;
    GridInfo info;
};

void pixelToCrs(const std::array<double, 6>& g, double column, double row, double& x, double& y) {
    x = g[0] + column * g[1] + row * g[2];
    y = g[3] + column * g[4] + row * g[5];
}

/// The system's name with its authority code: "WGS 84 / UTM zone 50N (EPSG:32650)". A file may
/// carry a system without its code (an ESRI .prj, old GeoTIFF keys); PROJ is then asked which
/// EPSG system it is, and the name stands alone when PROJ does not know.
std::string describeCrs(OGRSpatialReferenceH srs) {
    const char* name = OSRGetName(srs);
    std::string text = name && *name ? name : "unnamed coordinate system";
    const char* authority = OSRGetAuthorityName(srs, nullptr);
    const char* code = OSRGetAuthorityCode(srs, nullptr);
    SpatialRef identified;
    if (!authority || !code) {
        identified.reset(OSRClone(srs));
        if (identified && OSRAutoIdentifyEPSG(identified.get()) == OGRERR_NONE) {
            authority = OSRGetAuthorityName(identified.get(), nullptr);
            code = OSRGetAuthorityCode(identified.get(), nullptr);
        }
    }
    if (authority && code) text += std::string(" (") + authority + ":" + code + ")";
    return text;
}

std::string unitOf(OGRSpatialReferenceH srs) {
    char* unit = nullptr;  // GDAL's own string, not to be freed
    if (OSRIsGeographic(srs)) {
        OSRGetAngularUnits(srs, &unit);
    } else {
        OSRGetLinearUnits(srs, &unit);
    }
    return unit ? unit : "";
}

std::string wktOf(OGRSpatialReferenceH srs) {
    char* wkt = nullptr;
    const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
    std::string text;
    if (OSRExportToWktEx(srs, &wkt, options) == OGRERR_NONE && wkt) text = wkt;
    CPLFree(wkt);
    return text;
}

std::map<std::string, std::string> metadataOf(GDALMajorObjectH object) {
    std::map<std::string, std::string> items;
    for (char** item = GDALGetMetadata(object, nullptr); item && *item; ++item) {
        char* key = nullptr;
        const char* value = CPLParseNameValue(*item, &key);
        if (key && value) items[key] = value;
        CPLFree(key);
    }
    return items;
}

/// The lon/lat box around points given in cell coordinates (column, row) of the raster.
geo::BoundingBox boundsOfPixels(const Raster& raster, PointBatch& batch) {
    for (std::size_t i = 0; i < batch.size(); ++i)
        pixelToCrs(raster.toCrs, batch.x[i], batch.y[i], batch.x[i], batch.y[i]);
    batch.transform(raster.toWgs84.get());
    geo::BoundingBox box;
    for (std::size_t i = 0; i < batch.size(); ++i)
        if (batch.ok[i]) box.extend(batch.lonLat(i));
    return box;
}

/// The whole raster's outline, point by point, in lon/lat.
geo::BoundingBox rasterBounds(const Raster& raster) {
    const double columns = raster.info.columns, rows = raster.info.rows;
    PointBatch batch;
    for (int i = 0; i < kPointsPerSide; ++i) {
        const double t = static_cast<double>(i) / kPointsPerSide;
        batch.add(t * columns, 0.0);
        batch.add(columns, t * rows);
        batch.add((1.0 - t) * columns, rows);
        batch.add(0.0, (1.0 - t) * rows);
    }
    return boundsOfPixels(raster, batch);
}

/// The ground area of the middle cell, in m².
double middleCellAreaM2(const Raster& raster) {
    const double column = raster.info.columns / 2, row = raster.info.rows / 2;
    PointBatch batch;
    batch.add(column, row);
    batch.add(column + 1.0, row);
    batch.add(column + 1.0, row + 1.0);
    batch.add(column, row + 1.0);
    for (std::size_t i = 0; i < batch.size(); ++i)
        pixelToCrs(raster.toCrs, batch.x[i], batch.y[i], batch.x[i], batch.y[i]);
    batch.transform(raster.toWgs84.get());
    if (std::count(batch.ok.begin(), batch.ok.end(), 0) > 0) return 0.0;
    const Quad quad{batch.lonLat(0), batch.lonLat(1), batch.lonLat(2), batch.lonLat(3)};
    const geo::Polygon outline{counterClockwiseRing(quad), {}};
    return geo::polygonAreaM2(outline, geo::LocalFrame(quad[0]));
}

/// A number for a note, with a '.' whatever the C locale says (Qt sets the user's).
std::string formatNumber(double value) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << value;
    return out.str();
}

/// NoData, scale and offset of band 1, and whether a mask of its own has to be read.
void setUpBand(Raster& raster) {
    GridInfo& info = raster.info;
    const GDALDataType type = GDALGetRasterDataType(raster.band);
    info.dataType = GDALGetDataTypeName(type) ? GDALGetDataTypeName(type) : "";
    int has = 0;
    double noData = 0.0;
    if (type == GDT_Int64) {
        noData = static_cast<double>(GDALGetRasterNoDataValueAsInt64(raster.band, &has));
    } else if (type == GDT_UInt64) {
        noData = static_cast<double>(GDALGetRasterNoDataValueAsUInt64(raster.band, &has));
    } else {
        noData = GDALGetRasterNoDataValue(raster.band, &has);
    }
    if (has) {
        info.noData = noData;
        raster.decoder.noData = noData;
        if (type == GDT_Float32 && std::isfinite(noData)
            && std::abs(noData) <= std::numeric_limits<float>::max()) {
            raster.decoder.compareAsFloat = true;
            raster.decoder.noDataFloat = static_cast<float>(noData);
        }
    }
    int hasScale = 0, hasOffset = 0;
    const double scale = GDALGetRasterScale(raster.band, &hasScale);
    const double offset = GDALGetRasterOffset(raster.band, &hasOffset);
    if ((hasScale && scale != 1.0) || (hasOffset && offset != 0.0)) {
        raster.decoder.scale = hasScale ? scale : 1.0;
        raster.decoder.offset = hasOffset ? offset : 0.0;
        info.notes.push_back("values are stored scaled: people = stored value × "
                             + formatNumber(raster.decoder.scale) + " + "
                             + formatNumber(raster.decoder.offset));
    }
    const int maskFlags = GDALGetMaskFlags(raster.band);
    raster.readMask = (maskFlags & (GMF_ALL_VALID | GMF_NODATA)) == 0;
    if (raster.readMask)
        info.notes.push_back(maskFlags & GMF_ALPHA
                                 ? "cells the file's alpha band makes transparent count as NoData"
                                 : "cells the file's mask hides count as NoData");
}

/**
 * Opens a raster and reads everything but its cells. Refuses what is not there, not a raster,
 * not georeferenced in a way GDAL can take to WGS 84, or damaged beyond opening.
 */
Raster openRaster(const fs::path& file, const GdalMessages& messages) {
    Raster raster;
    raster.name = platform::utf8FromPath(file);
    const std::string& name = raster.name;
    std::error_code ec;
    const fs::file_status status = fs::status(file, ec);
    if (!fs::exists(status))
        throw GridReadError(Reason::NotFound, "cannot read " + name + ": no such file");
    // Folders pass: some grid formats (ArcInfo binary grids) are folders.
    if (fs::is_regular_file(status) && fs::file_size(file, ec) == 0 && !ec)
        throw GridReadError(Reason::NotRaster, name + " is empty");

    initGdal();
    GDALDatasetH handle =
        GDALOpenEx(name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                   nullptr, nullptr);
    if (!handle) {
        // A file that a raster driver recognises but cannot open is damaged; one that no
        // raster driver recognises is another kind of file.
        if (GDALIdentifyDriverEx(name.c_str(), GDAL_OF_RASTER, nullptr, nullptr))
            throw GridReadError(Reason::Unreadable,
                                "cannot read " + name + " as a raster" + messages.suffix(),
                                messages.text());
        throw GridReadError(Reason::NotRaster,
                            name + " is not a raster (read: GeoTIFF and the other grid formats "
                                   "GDAL opens)",
                            messages.text());
    }
    raster.dataset.reset(handle);
    GridInfo& info = raster.info;
    GDALDriverH driver = GDALGetDatasetDriver(handle);
    info.driver = driver && GDALGetDriverShortName(driver) ? GDALGetDriverShortName(driver) : "";
    info.columns = GDALGetRasterXSize(handle);
    info.rows = GDALGetRasterYSize(handle);
    info.bandCount = GDALGetRasterCount(handle);
    if (info.bandCount < 1 || info.columns < 1 || info.rows < 1)
        throw GridReadError(Reason::NotRaster, name + " has no raster cells");
    raster.band = GDALGetRasterBand(handle, 1);
    info.bandDescription = GDALGetDescription(raster.band) ? GDALGetDescription(raster.band) : "";
    info.metadata = metadataOf(handle);
    if (info.bandCount > 1)
        info.notes.push_back("the file has " + std::to_string(info.bandCount)
                             + " bands: band 1 is read, the others are ignored");

    if (GDALGetGeoTransform(handle, raster.toCrs.data()) != CE_None) {
        std::string what = name + " is not georeferenced: it has no geotransform, so its cells "
                                  "have no place on the ground";
        if (GDALGetGCPCount(handle) > 0)
            what +=
                " (it has ground control points only: warp it to a grid first, e.g. with "
                "gdalwarp)";
        throw GridReadError(Reason::NoGeoreference, what, messages.text());
    }
    OGRSpatialReferenceH fileCrs = GDALGetSpatialRef(handle);
    if (!fileCrs)
        throw GridReadError(Reason::NoGeoreference,
                            name + " is not georeferenced: it has no coordinate system, so its "
                                   "coordinates cannot be placed on the ground (when it is known, "
                                   "assign it: gdal_translate -a_srs EPSG:4326 in.tif out.tif)",
                            messages.text());
    if (!GDALInvGeoTransform(raster.toCrs.data(), raster.toPixel.data()))
        throw GridReadError(Reason::NoGeoreference,
                            name + " has a degenerate geotransform (its cells have no area)");
    info.geoTransform = raster.toCrs;
    info.rotated = raster.toCrs[2] != 0.0 || raster.toCrs[4] != 0.0;
    info.cellWidth = std::hypot(raster.toCrs[1], raster.toCrs[4]);
    info.cellHeight = std::hypot(raster.toCrs[2], raster.toCrs[5]);

    // GDAL 3 follows each system's official axis order (latitude first for EPSG:4326) unless
    // told otherwise; geotransforms and geo::LonLat are x = east, y = north.
    raster.crs.reset(OSRClone(fileCrs));
    OSRSetAxisMappingStrategy(raster.crs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    raster.wgs84.reset(OSRNewSpatialReference(nullptr));
    if (OSRImportFromEPSG(raster.wgs84.get(), 4326) != OGRERR_NONE)
        throw GridReadError(Reason::Unreadable,
                            "cannot read " + name + ": WGS 84 is unknown to PROJ (is its database, "
                                + "proj.db, installed?)" + messages.suffix(),
                            messages.text());
    OSRSetAxisMappingStrategy(raster.wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    info.crs = describeCrs(raster.crs.get());
    info.crsWkt = wktOf(raster.crs.get());
    info.cellUnit = unitOf(raster.crs.get());
    raster.toWgs84.reset(OCTNewCoordinateTransformation(raster.crs.get(), raster.wgs84.get()));
    raster.fromWgs84.reset(OCTNewCoordinateTransformation(raster.wgs84.get(), raster.crs.get()));
    if (!raster.toWgs84 || !raster.fromWgs84)
        throw GridReadError(Reason::NoGeoreference,
                            name + " is in a coordinate system that cannot be taken to WGS 84 ("
                                + info.crs + ")" + messages.suffix(),
                            messages.text());
    setUpBand(raster);
    info.boundsWgs84 = rasterBounds(raster);
    info.approxCellAreaM2 = middleCellAreaM2(raster);
    return raster;
}

// ---- Reading a window ----

/**
 * The block of cells around `area`, one cell wider on each side and clamped to the raster;
 * nothing when the area lies beside the raster. The area's outline is taken into the raster's
 * system point by point and then into cell coordinates, so a rotated grid works as well.
 */
std::optional<CellRange> windowAround(const Raster& raster, const geo::BoundingBox& area) {
    PointBatch batch;
    const double width = area.maxLon - area.minLon, height = area.maxLat - area.minLat;
    for (int i = 0; i < kPointsPerSide; ++i) {
        const double t = static_cast<double>(i) / kPointsPerSide;
        batch.add(area.minLon + t * width, area.minLat);
        batch.add(area.maxLon, area.minLat + t * height);
        batch.add(area.maxLon - t * width, area.maxLat);
        batch.add(area.minLon, area.maxLat - t * height);
    }
    batch.transform(raster.fromWgs84.get());
    double minX = std::numeric_limits<double>::infinity(), maxX = -minX;
    double minY = minX, maxY = -minX;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!batch.ok[i]) continue;
        double column = 0.0, row = 0.0;
        pixelToCrs(raster.toPixel, batch.x[i], batch.y[i], column, row);
        minX = std::min(minX, column);
        maxX = std::max(maxX, column);
        minY = std::min(minY, row);
        maxY = std::max(maxY, row);
    }
    const double columns = raster.info.columns, rows = raster.info.rows;
    if (!(maxX > 0.0 && minX < columns && maxY > 0.0 && minY < rows)) return std::nullopt;
    const double first = std::max(0.0, std::floor(minX) - 1.0);
    const double top = std::max(0.0, std::floor(minY) - 1.0);
    const double last = std::min(columns, std::ceil(maxX) + 1.0);
    const double bottom = std::min(rows, std::ceil(maxY) + 1.0);
    return CellRange{static_cast<int>(first), static_cast<int>(top), static_cast<int>(last - first),
                     static_cast<int>(bottom - top)};
}

[[noreturn]] void throwNoOverlap(const Raster& raster, const geo::BoundingBox& area) {
    const std::string rasterBox = describeBox(raster.info.boundsWgs84);
    const std::string areaBox = area.isEmpty() ? "empty" : describeBox(area);
    throw GridReadError(Reason::NoOverlap,
                        raster.name + " does not overlap the area: the raster covers " + rasterBox
                            + " (WGS 84), the area is " + areaBox,
                        "raster: " + rasterBox + "; area: " + areaBox);
}

/// Reads the window row by row in strips of the file's blocks and keeps what lies in `area`.
class WindowReader {
public:
    WindowReader(const Raster& raster, const geo::BoundingBox& area, CellRange window,
                 const std::atomic<bool>* cancel, const std::function<void(double)>& progress,
                 const GdalMessages& messages)
        : m_raster(raster),
          m_area(area),
          m_window(window),
          m_cancel(cancel),
          m_progress(progress),
          m_messages(messages) {}

    void read(GridWindow& out) {
        int blockWidth = 0, blockHeight = 0;
        GDALGetBlockSize(m_raster.band, &blockWidth, &blockHeight);
        blockHeight = std::max(blockHeight, 1);
        const int width = m_window.columns;
        const int stripRows = static_cast<int>(
            std::clamp<std::int64_t>(kMaxStripCells / std::max(width, 1), 1, blockHeight));
        const std::size_t stripSize =
            static_cast<std::size_t>(width) * static_cast<std::size_t>(stripRows);
        m_values.resize(stripSize);
        if (m_raster.readMask) m_mask.resize(stripSize);
        reportProgress(0.0);
        cornerLine(m_window.row);
        m_top.swap(m_bottom);
        m_topOk.swap(m_bottomOk);
        const int end = m_window.row + m_window.rows;
        for (int row = m_window.row; row < end;) {
            // A strip never crosses a block boundary, so each block is decoded once and can be
            // dropped from GDAL's cache as soon as its last row is read.
            const int blockEnd = (row / blockHeight + 1) * blockHeight;
            const int rows = std::min({end - row, stripRows, blockEnd - row});
            readStrip(row, rows);
            for (int i = 0; i < rows; ++i) {
                checkCancel();
                keepRow(row + i, i, out);
                reportProgress(static_cast<double>(row + i + 1 - m_window.row) / m_window.rows);
            }
            row += rows;
            if (row == blockEnd || row == end) {
                GDALFlushRasterCache(m_raster.band);
                if (m_raster.readMask) GDALFlushRasterCache(GDALGetMaskBand(m_raster.band));
            }
        }
    }

private:
    void checkCancel() const {
        if (m_cancel && m_cancel->load())
            throw GridReadError(Reason::Cancelled, "reading " + m_raster.name + " cancelled");
    }

    void reportProgress(double fraction) {
        if (!m_progress) return;
        if (fraction < 1.0 && fraction > 0.0 && fraction - m_lastProgress < kProgressStep) return;
        m_lastProgress = fraction;
        m_progress(fraction);
    }

    void readStrip(int row, int rows) {
        const int column = m_window.column, width = m_window.columns;
        if (GDALRasterIO(m_raster.band, GF_Read, column, row, width, rows, m_values.data(), width,
                         rows, GDT_Float64, 0, 0)
                != CE_None
            || (m_raster.readMask
                && GDALRasterIO(GDALGetMaskBand(m_raster.band), GF_Read, column, row, width, rows,
                                m_mask.data(), width, rows, GDT_Byte, 0, 0)
                       != CE_None))
            throw GridReadError(Reason::Unreadable,
                                "cannot read rows " + std::to_string(row) + " to "
                                    + std::to_string(row + rows - 1) + " of " + m_raster.name
                                    + ": the file is damaged or cut short" + m_messages.suffix(),
                                m_messages.text());
    }

    /// The lon/lat of the cell corners on the top edge of `row`, for the window's columns and
    /// one more, into m_bottom.
    void cornerLine(int row) {
        m_batch.clear();
        for (int c = 0; c <= m_window.columns; ++c) {
            double x = 0.0, y = 0.0;
            pixelToCrs(m_raster.toCrs, m_window.column + c, row, x, y);
            m_batch.add(x, y);
        }
        m_batch.transform(m_raster.toWgs84.get());
        m_bottom.resize(m_batch.size());
        for (std::size_t i = 0; i < m_batch.size(); ++i) m_bottom[i] = m_batch.lonLat(i);
        m_bottomOk = m_batch.ok;
    }

    void keepRow(int row, int stripRow, GridWindow& out) {
        cornerLine(row + 1);
        m_batch.clear();
        for (int c = 0; c < m_window.columns; ++c) {
            double x = 0.0, y = 0.0;
            pixelToCrs(m_raster.toCrs, m_window.column + c + 0.5, row + 0.5, x, y);
            m_batch.add(x, y);
        }
        m_batch.transform(m_raster.toWgs84.get());
        const std::size_t offset =
            static_cast<std::size_t>(stripRow) * static_cast<std::size_t>(m_window.columns);
        for (int c = 0; c < m_window.columns; ++c) {
            const auto i = static_cast<std::size_t>(c);
            if (!m_topOk[i] || !m_topOk[i + 1] || !m_bottomOk[i] || !m_bottomOk[i + 1]) continue;
            const Quad quad{m_top[i], m_top[i + 1], m_bottom[i + 1], m_bottom[i]};
            if (!quadOverlapsBox(quad, m_area)) continue;
            ++out.cellsInArea;
            const double raw = m_values[offset + i];
            if ((m_raster.readMask && m_mask[offset + i] == 0) || m_raster.decoder.isNoData(raw)) {
                ++out.noDataCells;
                continue;
            }
            const double value = m_raster.decoder.value(raw);
            if (!std::isfinite(value)) {
                ++out.noDataCells;
            } else if (value < 0.0) {
                ++out.negativeCells;
            } else if (value == 0.0) {
                ++out.zeroCells;
            } else {
                GridCell cell;
                cell.outline.outer = counterClockwiseRing(quad);
                cell.centre = m_batch.ok[i] ? m_batch.lonLat(i) : quad[0];
                cell.value = value;
                cell.column = m_window.column + c;
                cell.row = row;
                out.total += value;
                out.cells.push_back(std::move(cell));
            }
        }
        m_top.swap(m_bottom);
        m_topOk.swap(m_bottomOk);
    }

    const Raster& m_raster;
    const geo::BoundingBox& m_area;
    CellRange m_window;
    const std::atomic<bool>* m_cancel;
    const std::function<void(double)>& m_progress;
    const GdalMessages& m_messages;
    double m_lastProgress = 0.0;
    std::vector<double> m_values;
    std::vector<unsigned char> m_mask;
    PointBatch m_batch;
    std::vector<geo::LonLat> m_top, m_bottom;  ///< corner lines above and below the row
    std::vector<int> m_topOk, m_bottomOk;
};

}  // namespace

GridWindow readPopulationGrid(const fs::path& file, const geo::BoundingBox& area,
                              const std::atomic<bool>* cancel,
                              const std::function<void(double)>& progress) {
    GdalMessages messages;
    Raster raster = openRaster(file, messages);
    if (cancel && cancel->load())
        throw GridReadError(Reason::Cancelled, "reading " + raster.name + " cancelled");
    if (area.isEmpty()) throwNoOverlap(raster, area);
    const std::optional<CellRange> window = windowAround(raster, area);
    if (!window) throwNoOverlap(raster, area);

    GridWindow out;
    out.window = *window;
    out.cellsInWindow = static_cast<std::int64_t>(window->columns) * window->rows;
    WindowReader(raster, area, *window, cancel, progress, messages).read(out);
    if (out.cellsInArea == 0) throwNoOverlap(raster, area);
    out.info = std::move(raster.info);
    return out;
}

GridInfo readGridInfo(const fs::path& file) {
    GdalMessages messages;
    return openRaster(file, messages).info;
}

}  // namespace yike::population
