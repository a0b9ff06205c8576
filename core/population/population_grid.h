// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"

/// Population rasters: grids of people per cell (WorldPop, GHS-POP, a census grid) in any
/// coordinate system, read cell by cell as WGS 84 quadrilaterals so that residents can be
/// estimated where the map has no building footprints. The files are read with GDAL, which
/// stays inside this module.
namespace yike::population {

/// Raised when a raster cannot be read for an area at all. what() is a technical English
/// sentence that names the file; reason() and detail() let a UI word it itself.
class GridReadError : public std::runtime_error {
public:
    enum class Reason {
        NotFound,        ///< no such file or folder
        NotRaster,       ///< empty, or not a raster format GDAL reads (text, GeoJSON, ...)
        NoGeoreference,  ///< no coordinate system or no geotransform, or one GDAL cannot use
        NoOverlap,       ///< the raster and the area do not overlap; detail: both boxes
        Unreadable,      ///< a raster, but damaged or truncated; detail: GDAL's messages
        Cancelled,
        NotSupported     ///< this build reads no rasters (built without GDAL: YIKE_WITH_GDAL)
    };
    GridReadError(Reason reason, const std::string& what, std::string detail = {})
        : std::runtime_error(what), m_reason(reason), m_detail(std::move(detail)) {}
    Reason reason() const { return m_reason; }
    const std::string& detail() const { return m_detail; }

private:
    Reason m_reason;
    std::string m_detail;
};

/// One raster cell that holds people, as it lies on the ground.
struct GridCell {
    /// The cell's four corners in WGS 84, counter-clockwise, taken from the raster's coordinate
    /// system one by one: a lon/lat cell is a rectangle, a UTM or Web Mercator cell a slightly
    /// rotated quadrilateral. No holes; the ring is not closed.
    geo::Polygon outline;
    /// The cell's centre, transformed itself (not the mean of the corners).
    geo::LonLat centre;
    /// What band 1 holds there, after the band's scale and offset: people in the cell.
    double value = 0.0;
    /// Position in the whole raster, from its top-left cell (0, 0).
    int column = 0;
    int row = 0;
};

/// What a raster is, read from its header: for a preview before anything is imported.
struct GridInfo {
    std::string driver;  ///< GDAL's short name of the format ("GTiff")
    /// The coordinate system for people: "WGS 84 (EPSG:4326)", "WGS 84 / UTM zone 50N
    /// (EPSG:32650)"; without the code when the file's system has none.
    std::string crs;
    std::string crsWkt;  ///< the coordinate system as WKT2 (2019), to keep with the data
    int columns = 0;     ///< the whole raster
    int rows = 0;
    /// Size of a cell along its edges, in the coordinate system's unit (cellUnit: "degree",
    /// "metre"); for a rotated grid, the length of the rotated edges.
    double cellWidth = 0.0;
    double cellHeight = 0.0;
    std::string cellUnit;
    /// The area of the raster's middle cell on the ground (m²). Cells of a lon/lat grid shrink
    /// towards the poles, so this is only a guide for the whole raster.
    double approxCellAreaM2 = 0.0;
    /// GDAL's geotransform g: the corner (column, row) of a cell lies at x = g[0] + column·g[1]
    /// + row·g[2], y = g[3] + column·g[4] + row·g[5] in the raster's coordinate system.
    std::array<double, 6> geoTransform{};
    /// The grid is rotated or sheared against its coordinate axes (g[2] or g[4] not 0). Such
    /// grids are read as they are; their cells are parallelograms.
    bool rotated = false;
    /// Smallest lon/lat box around the whole raster (its outline transformed point by point).
    geo::BoundingBox boundsWgs84;
    /// Band 1's NoData value, when the band has one.
    std::optional<double> noData;
    /// The dataset's metadata items: SOURCE, UNITS, DESCRIPTION, AREA_OR_POINT, TIFFTAG_*, ...
    std::map<std::string, std::string> metadata;
    int bandCount = 0;            ///< bands in the file; only band 1 is ever read
    std::string bandDescription;  ///< band 1's description ("pop_age20plus_sum"), often empty
    std::string dataType;         ///< band 1's type as GDAL names it ("Float32", "Int16")
    /// Remarks a preview should show, in English: that only band 1 of several is read, that a
    /// scale and offset are applied, that the file's mask hides cells.
    std::vector<std::string> notes;
};

/// The block of raster cells a read covered: columns [column, column + columns) and rows
/// [row, row + rows) of the whole raster.
struct CellRange {
    int column = 0;
    int row = 0;
    int columns = 0;
    int rows = 0;
};

/// The cells of a raster that cover an area.
struct GridWindow {
    GridInfo info;
    /// Cells whose outline overlaps the area (their insides; touching is not enough) and whose
    /// value is people: not NoData, not NaN or infinite, greater than 0. Row by row from the
    /// top, left to right within a row.
    std::vector<GridCell> cells;
    /// The cells read from the file: the block around the area, one cell wider on each side
    /// (so never the whole raster unless the area covers it).
    CellRange window;
    std::int64_t cellsInWindow = 0;  ///< window.columns × window.rows
    /// Of the cells in the window, those whose outline overlaps the area. Each of them is
    /// in `cells` or counted in exactly one of the three counts below.
    std::int64_t cellsInArea = 0;
    std::int64_t noDataCells = 0;    ///< NoData, masked, NaN or infinite
    std::int64_t negativeCells = 0;  ///< values below 0: not people; left out
    std::int64_t zeroCells = 0;      ///< values of exactly 0: nobody lives there
    /// The sum of the values of `cells`, added row by row as the cells are listed.
    double total = 0.0;
};

/**
 * Reads the cells of a population raster that cover `area` (a WGS 84 box). Only the block of
 * the raster around the area is read, in strips of the file's own blocks, so a 100 000 ×
 * 100 000 cell raster costs memory in proportion to the area, not to the file.
 *
 * The area is taken into the raster's coordinate system along its whole outline (not only its
 * corners, which miss the bulge of a projected box), the block around it is read, and every
 * cell in it is taken back to WGS 84 corner by corner. Any coordinate system GDAL knows works,
 * also rotated grids. Band 1 is read; other bands are ignored (GridInfo::notes says so).
 *
 * GDAL prints nothing: its messages go into the detail of the error thrown.
 * @param cancel set to true from another thread to stop; the read then throws Cancelled
 * @param progress called with the fraction of the block read (0..1), from the calling thread
 * @throws GridReadError when the file is missing, not a raster, not georeferenced, damaged,
 *         or does not overlap the area, or when cancelled
 */
GridWindow readPopulationGrid(const std::filesystem::path& file, const geo::BoundingBox& area,
                              const std::atomic<bool>* cancel = nullptr,
                              const std::function<void(double)>& progress = {});

/**
 * Reads only what a raster is (its header), without reading cells: for a dialog that shows the
 * coordinate system, size and cell size of a file before it is imported.
 * @throws GridReadError NotFound, NotRaster, NoGeoreference or Unreadable
 */
GridInfo readGridInfo(const std::filesystem::path& file);

}  // namespace yike::population
