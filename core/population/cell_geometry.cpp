// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/population/cell_geometry.h"

#include <algorithm>
#include <iomanip>
#include <limits>
#include <locale>
#include <sstream>

namespace yike::population {
namespace {

struct Interval {
    double min;
    double max;
};

template <std::size_t N>
Interval project(const std::array<geo::LonLat, N>& points, double axisLon, double axisLat) {
    Interval range{std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity()};
    for (const geo::LonLat& p : points) {
        const double d = axisLon * p.lon + axisLat * p.lat;
        range.min = std::min(range.min, d);
        range.max = std::max(range.max, d);
    }
    return range;
}

/// Apart also when the two only touch: only an overlap of the insides counts.
bool apart(Interval a, Interval b) {
    return a.max <= b.min || b.max <= a.min;
}

}  // namespace

bool quadOverlapsBox(const Quad& quad, const geo::BoundingBox& box) {
    if (box.isEmpty() || twiceSignedArea(quad) == 0.0) return false;
    const std::array<geo::LonLat, 4> corners{
        geo::LonLat{box.minLon, box.minLat}, geo::LonLat{box.maxLon, box.minLat},
        geo::LonLat{box.maxLon, box.maxLat}, geo::LonLat{box.minLon, box.maxLat}};
    // The box's own axes first: they settle almost every cell of a window.
    if (apart(project(quad, 1.0, 0.0), {box.minLon, box.maxLon})) return false;
    if (apart(project(quad, 0.0, 1.0), {box.minLat, box.maxLat})) return false;
    // Then the normals of the quad's edges (two suffice for a parallelogram, four in general).
    for (std::size_t i = 0; i < quad.size(); ++i) {
        const geo::LonLat& a = quad[i];
        const geo::LonLat& b = quad[(i + 1) % quad.size()];
        const double axisLon = a.lat - b.lat;
        const double axisLat = b.lon - a.lon;
        if (axisLon == 0.0 && axisLat == 0.0) continue;  // two corners at one place
        if (apart(project(quad, axisLon, axisLat), project(corners, axisLon, axisLat)))
            return false;
    }
    return true;
}

double twiceSignedArea(const Quad& quad) {
    // Relative to the first corner: a cell is tiny next to its longitude, and products of whole
    // coordinates would lose its area in rounding.
    double twice = 0.0;
    for (std::size_t i = 1; i + 1 < quad.size(); ++i) {
        const double ax = quad[i].lon - quad[0].lon, ay = quad[i].lat - quad[0].lat;
        const double bx = quad[i + 1].lon - quad[0].lon, by = quad[i + 1].lat - quad[0].lat;
        twice += ax * by - bx * ay;
    }
    return twice;
}

geo::Ring counterClockwiseRing(const Quad& quad) {
    if (twiceSignedArea(quad) >= 0.0) return {quad.begin(), quad.end()};
    return {quad[0], quad[3], quad[2], quad[1]};
}

std::string describeBox(const geo::BoundingBox& box) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    out << std::fixed << std::setprecision(6) << "lon " << box.minLon << " to " << box.maxLon
        << ", lat " << box.minLat << " to " << box.maxLat;
    return out.str();
}

}  // namespace yike::population
