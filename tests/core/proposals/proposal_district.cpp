// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/proposals/proposal_district.h"

#include <random>

namespace yike::proposals::test {

namespace {
const geo::LocalFrame kFrame({118.78, 32.04});
}

geo::LonLat at(double x, double y) { return kFrame.toLonLat({x, y}); }

geo::Polygon box(double x0, double y0, double x1, double y1) {
    return {{at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1)}, {}};
}

catalog::Category category(const std::string& code, double walkMinutes,
                           std::optional<double> minAreaM2) {
    catalog::Category c;
    c.code = code;
    c.nameZh = code;
    c.nameEn = code;
    c.walkMinutes = walkMinutes;
    c.minAreaM2 = minAreaM2;
    c.areaKind = "floor";
    return c;
}

project::FeatureId addCompound(project::Project& p, const std::string& name, geo::Polygon outline,
                               int population, int older, int children) {
    project::Compound c;
    c.outline = std::move(outline);
    c.name = name;
    c.population = population;
    c.residents60Plus = older;
    c.children0To14 = children;
    c.fenced = false;
    return p.addCompound(c);
}

project::FeatureId addSpace(project::Project& p, const std::string& name, geo::LonLat position,
                            double areaM2, double costYuan, int storey) {
    project::IdleSpace s;
    s.name = name;
    s.position = position;
    s.floorAreaM2 = areaM2;
    s.estimatedCostYuan = costYuan;
    s.storey = storey;
    s.kind = project::IdleSpaceKind::VacantShop;
    return p.addIdleSpace(s);
}

void addStreet(project::Project& p, std::vector<geo::LonLat> line) {
    project::Street s;
    s.line = std::move(line);
    s.highway = "footway";
    p.addStreet(s);
}

project::WalkProfile oneMetrePerSecond() {
    project::WalkProfile w;
    w.code = "walk";
    w.nameEn = "walk";
    w.speedMps = 1.0;
    w.crossingDelayS = 0.0;
    w.stairsFactor = 1.0;
    w.vehicleGatesPassable = true;
    return w;
}

project::Project randomDistrict(std::uint32_t seed, std::size_t spaces) {
    std::mt19937 rng(seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto pick = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(rng); };
    project::Project p = project::Project::createDefault();
    p.setCatalog(catalog::Catalog({category("parcel", 5.0, 15.0), category("pharmacy", 8.0, 40.0),
                                   category("canteen", 10.0, std::nullopt),
                                   category("clinic", 15.0, 350.0)}));
    const int n = pick(5, 9);  // blocks per side
    const double side = 100.0 * n;
    for (int i = 0; i <= n; ++i) {
        std::vector<geo::LonLat> ew, ns;
        for (int j = 0; j <= n; ++j) {
            ew.push_back(at(100.0 * j, 100.0 * i));
            ns.push_back(at(100.0 * i, 100.0 * j));
        }
        addStreet(p, ew);
        addStreet(p, ns);
    }
    for (int bx = 0; bx < n; ++bx)
        for (int by = 0; by < n; ++by) {
            if (pick(0, 2) == 0) continue;
            const int population = pick(50, 2000);
            addCompound(p, "C" + std::to_string(bx) + "-" + std::to_string(by),
                        box(100.0 * bx + 20, 100.0 * by + 20, 100.0 * bx + 80, 100.0 * by + 80),
                        population, population * pick(5, 35) / 100, population * pick(5, 25) / 100);
        }
    const char* codes[] = {"parcel", "pharmacy", "canteen", "clinic"};
    for (int f = pick(0, 3); f > 0; --f) {
        project::Facility facility;
        facility.categoryCode = codes[pick(0, 3)];
        facility.position = at(100.0 * pick(0, n), uniform(0, side));
        p.addFacility(facility);
    }
    for (std::size_t s = 0; s < spaces; ++s) {
        const double area = uniform(10, 600);
        const geo::LonLat where = pick(0, 1) ? at(100.0 * pick(0, n), uniform(0, side))
                                             : at(uniform(0, side), 100.0 * pick(0, n));
        project::IdleSpace space;
        space.name = "S" + std::to_string(s);
        space.position = where;
        space.floorAreaM2 = area;
        space.estimatedCostYuan = std::round(area * uniform(800, 2500));
        space.storey = pick(-1, 3);
        if (space.storey == 0) space.storey = 1;
        space.hasLift = pick(0, 1) == 1;
        space.kind = project::IdleSpaceKind(pick(0, 6));
        p.addIdleSpace(space);
    }
    return p;
}

}  // namespace yike::proposals::test
