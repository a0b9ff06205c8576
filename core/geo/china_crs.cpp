// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/china_crs.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numbers>
#include <string>

namespace yike::geo {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kKrasovskyA = 6378245.0;                // semi-major axis, m
constexpr double kKrasovskyEe = 0.00669342162296594323;  // first eccentricity squared
constexpr double kXPi = kPi * 3000.0 / 180.0;

// The inverse transforms stop when the forward image of the estimate matches the input this
// closely (degrees; 1e-10° is about 0.01 mm), or after kMaxIterations.
constexpr double kInverseTolerance = 1e-10;
constexpr int kMaxIterations = 30;

// The two polynomial-and-sine series of the published GCJ-02 formula, in the shifted
// coordinates x = lon - 105, y = lat - 35. They give the offset in metres-like units that
// offsetOf() turns into degrees.
double seriesLat(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double seriesLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset at a WGS 84 position, in degrees: the series scaled by the radii of
// curvature of the Krasovsky ellipsoid at that latitude.
LonLat gcjOffset(LonLat wgs) {
    const double dLat = seriesLat(wgs.lon - 105.0, wgs.lat - 35.0);
    const double dLon = seriesLon(wgs.lon - 105.0, wgs.lat - 35.0);
    const double radLat = wgs.lat / 180.0 * kPi;
    const double s = std::sin(radLat);
    const double magic = 1.0 - kKrasovskyEe * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double meridional = (kKrasovskyA * (1.0 - kKrasovskyEe)) / (magic * sqrtMagic);
    const double primeVertical = kKrasovskyA / sqrtMagic;
    return {(dLon * 180.0) / (primeVertical * std::cos(radLat) * kPi),
            (dLat * 180.0) / (meridional * kPi)};
}

/// Solves forward(x) = target for x by fixed-point iteration from `start`: each step moves the
/// estimate by the residual. Converges because both offsets change by far less than a degree
/// per degree.
template <typename Forward>
LonLat invert(LonLat target, LonLat start, Forward forward) {
    LonLat x = start;
    for (int i = 0; i < kMaxIterations; ++i) {
        const LonLat image = forward(x);
        const double eLon = image.lon - target.lon;
        const double eLat = image.lat - target.lat;
        if (std::abs(eLon) < kInverseTolerance && std::abs(eLat) < kInverseTolerance) break;
        x.lon -= eLon;
        x.lat -= eLat;
    }
    return x;
}

// The published one-step BD-09 → GCJ-02 approximation, used as the first estimate.
LonLat bd09ToGcj02Approximate(LonLat bd) {
    const double x = bd.lon - 0.0065;
    const double y = bd.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kXPi);
    return {z * std::cos(theta), z * std::sin(theta)};
}

}  // namespace

const char* toCode(ChinaCrs crs) {
    switch (crs) {
        case ChinaCrs::Wgs84:
            return "wgs84";
        case ChinaCrs::Gcj02:
            return "gcj02";
        case ChinaCrs::Bd09:
            return "bd09";
    }
    return "";
}

std::optional<ChinaCrs> chinaCrsFromCode(std::string_view code) {
    std::string text;
    for (char c : code)
        if (c != '-' && c != '_' && c != ' ')
            text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (text == "wgs84" || text == "epsg4326") return ChinaCrs::Wgs84;
    if (text == "gcj02") return ChinaCrs::Gcj02;
    if (text == "bd09") return ChinaCrs::Bd09;
    return std::nullopt;
}

bool isOutsideChina(LonLat p) {
    return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271;
}

LonLat wgs84ToGcj02(LonLat wgs) {
    if (isOutsideChina(wgs)) return wgs;
    const LonLat d = gcjOffset(wgs);
    return {wgs.lon + d.lon, wgs.lat + d.lat};
}

LonLat gcj02ToWgs84(LonLat gcj) {
    if (isOutsideChina(gcj)) return gcj;
    // First estimate: subtract the offset evaluated at the GCJ-02 position itself.
    const LonLat d = gcjOffset(gcj);
    return invert(gcj, LonLat{gcj.lon - d.lon, gcj.lat - d.lat}, wgs84ToGcj02);
}

LonLat gcj02ToBd09(LonLat gcj) {
    const double x = gcj.lon;
    const double y = gcj.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kXPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat bd) {
    return invert(bd, bd09ToGcj02Approximate(bd), gcj02ToBd09);
}

LonLat wgs84ToBd09(LonLat wgs) {
    return gcj02ToBd09(wgs84ToGcj02(wgs));
}

LonLat bd09ToWgs84(LonLat bd) {
    return gcj02ToWgs84(bd09ToGcj02(bd));
}

LonLat toWgs84(LonLat p, ChinaCrs from) {
    switch (from) {
        case ChinaCrs::Wgs84:
            return p;
        case ChinaCrs::Gcj02:
            return gcj02ToWgs84(p);
        case ChinaCrs::Bd09:
            return bd09ToWgs84(p);
    }
    return p;
}

LonLat fromWgs84(LonLat wgs, ChinaCrs to) {
    switch (to) {
        case ChinaCrs::Wgs84:
            return wgs;
        case ChinaCrs::Gcj02:
            return wgs84ToGcj02(wgs);
        case ChinaCrs::Bd09:
            return wgs84ToBd09(wgs);
    }
    return wgs;
}

}  // namespace yike::geo
