// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/catalog/catalog.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"

namespace yike::proposals::test {

/// Coordinates in metres east and north of a point in Nanjing.
geo::LonLat at(double x, double y);
geo::Polygon box(double x0, double y0, double x1, double y1);

catalog::Category category(const std::string& code, double walkMinutes,
                           std::optional<double> minAreaM2);

/// An unfenced compound with survey figures.
project::FeatureId addCompound(project::Project& p, const std::string& name, geo::Polygon outline,
                               int population, int older, int children);
project::FeatureId addSpace(project::Project& p, const std::string& name, geo::LonLat position,
                            double areaM2, double costYuan, int storey = 1);
void addStreet(project::Project& p, std::vector<geo::LonLat> line);

/// One walk profile "walk" at 1 m/s, without crossing delays: minutes are metres / 60.
project::WalkProfile oneMetrePerSecond();

/// A random district: a grid of streets 100 m apart, compounds in blocks, facilities of some
/// categories, idle spaces of 10-600 m² on the streets, four categories with targets and
/// minimum areas. Deterministic for a seed.
project::Project randomDistrict(std::uint32_t seed, std::size_t spaces);

}  // namespace yike::proposals::test
