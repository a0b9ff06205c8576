// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string_view>

#include "core/geo/lon_lat.h"

/// The coordinate systems of Chinese web maps and their conversion to and from WGS 84.
///
/// - GCJ-02 (国测局坐标, used by 高德 Amap, 腾讯 Tencent and Google's China map) adds an offset of
/// a
///   few hundred metres to WGS 84 positions inside China. The forward transform is the published
///   formula on the Krasovsky ellipsoid (a = 6378245 m, e² = 0.00669342162296594323); positions
///   outside China's rough bounding box are left unchanged.
/// - BD-09 (百度 Baidu) adds a further offset to GCJ-02 (x_pi = π·3000/180).
///
/// Neither offset has a closed-form inverse. The inverses here refine a first guess by fixed-point
/// iteration until the forward transform of the result reproduces the input to 1e-10 degrees
/// (about 0.01 mm), so a round trip is exact to far better than a centimetre.
namespace yike::geo {

/// A coordinate system a source file may use.
enum class ChinaCrs {
    Wgs84,  ///< GPS, OpenStreetMap, most GIS files (EPSG:4326)
    Gcj02,  ///< 高德 / 腾讯 (GCJ-02, "Mars coordinates")
    Bd09    ///< 百度 (BD-09)
};

/// "wgs84", "gcj02", "bd09": stable codes for files and the command line.
const char* toCode(ChinaCrs crs);
/// Reads a code written by toCode (also "wgs-84", "gcj-02", "bd-09", case-insensitive).
std::optional<ChinaCrs> chinaCrsFromCode(std::string_view code);

/// Whether `p` lies outside the rough bounding box of China used by the GCJ-02 formula
/// (longitude 72.004 to 137.8347, latitude 0.8293 to 55.8271). No offset is applied there.
bool isOutsideChina(LonLat p);

/// WGS 84 → GCJ-02 (published forward formula). Unchanged outside China.
LonLat wgs84ToGcj02(LonLat wgs);
/// GCJ-02 → WGS 84 by iteration (see the namespace comment). Unchanged outside China.
LonLat gcj02ToWgs84(LonLat gcj);

/// GCJ-02 → BD-09 (published forward formula).
LonLat gcj02ToBd09(LonLat gcj);
/// BD-09 → GCJ-02 by iteration, starting from the published one-step inverse.
LonLat bd09ToGcj02(LonLat bd);

/// WGS 84 → BD-09 (through GCJ-02).
LonLat wgs84ToBd09(LonLat wgs);
/// BD-09 → WGS 84 (through GCJ-02).
LonLat bd09ToWgs84(LonLat bd);

/// A position given in `from`, in WGS 84.
LonLat toWgs84(LonLat p, ChinaCrs from);
/// A WGS 84 position, in `to`.
LonLat fromWgs84(LonLat wgs, ChinaCrs to);

}  // namespace yike::geo
