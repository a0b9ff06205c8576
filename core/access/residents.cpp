// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/residents.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "core/project/project.h"

namespace yike::access {

namespace {

// OSM building kinds nobody lives in, even inside a compound.
constexpr std::string_view kNotHomes[] = {
    "garage", "garages", "carport", "shed", "roof", "hut", "kiosk", "service",
    "transformer_tower", "toilets", "parking", "industrial", "warehouse", "commercial",
    "retail", "supermarket", "office", "school", "kindergarten", "university", "college",
    "hospital", "church", "temple", "mosque", "public", "civic", "government",
    "train_station", "construction", "greenhouse", "bunker", "ruins", "gatehouse",
    "sports_hall", "stadium", "hotel", "water_tower", "boathouse", "bridge"};

// OSM building kinds that say "dwelling" on their own.
constexpr std::string_view kHomes[] = {
    "residential", "apartments", "house", "detached", "semidetached_house", "terrace",
    "dormitory", "bungalow", "farm", "houseboat", "static_caravan"};

template <std::size_t N>
bool listed(std::string_view kind, const std::string_view (&list)[N]) {
    return std::find(std::begin(list), std::end(list), kind) != std::end(list);
}

std::vector<geo::LocalXY> toLocal(const geo::Ring& ring, const geo::LocalFrame& frame) {
    std::vector<geo::LocalXY> out;
    out.reserve(ring.size());
    for (const geo::LonLat& p : ring) out.push_back(frame.toLocal(p));
    return out;
}

bool insideRing(const std::vector<geo::LocalXY>& ring, geo::LocalXY p) {
    bool inside = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const geo::LocalXY& a = ring[i];
        const geo::LocalXY& b = ring[j];
        if ((a.y > p.y) != (b.y > p.y)
            && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

/// A compound outline in the local frame, for point-in-polygon tests.
struct LocalOutline {
    std::vector<geo::LocalXY> outer;
    std::vector<std::vector<geo::LocalXY>> holes;
    double minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0;

    bool contains(geo::LocalXY p) const {
        if (outer.size() < 3 || p.x < minX || p.x > maxX || p.y < minY || p.y > maxY)
            return false;
        if (!insideRing(outer, p)) return false;
        return std::none_of(holes.begin(), holes.end(), [&](const auto& hole) {
            return hole.size() >= 3 && insideRing(hole, p);
        });
    }
};

/// Building centroids bucketed in square cells, to find the ones inside a compound's box.
class CentroidGrid {
public:
    static constexpr double kCellM = 100.0;

    void insert(std::size_t index, geo::LocalXY p) { m_cells[key(cell(p.x), cell(p.y))].push_back(index); }

    template <typename Visit>
    void visit(double minX, double minY, double maxX, double maxY, Visit&& visit) const {
        for (std::int64_t cx = cell(minX); cx <= cell(maxX); ++cx)
            for (std::int64_t cy = cell(minY); cy <= cell(maxY); ++cy) {
                const auto it = m_cells.find(key(cx, cy));
                if (it == m_cells.end()) continue;
                for (const std::size_t i : it->second) visit(i);
            }
    }

private:
    static std::int64_t cell(double v) { return static_cast<std::int64_t>(std::floor(v / kCellM)); }
    static std::uint64_t key(std::int64_t cx, std::int64_t cy) {
        return (static_cast<std::uint64_t>(cx) << 32) ^ static_cast<std::uint32_t>(cy);
    }
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> m_cells;
};

}  // namespace

bool isHomeBuilding(std::string_view kind, bool insideCompound) {
    if (listed(kind, kHomes)) return true;
    return insideCompound && !listed(kind, kNotHomes);
}

Residents locateResidents(const project::Project& project, const geo::LocalFrame& frame,
                          const ResidentsOptions& options) {
    Residents out;
    const auto& compounds = project.compounds().items();
    out.compounds.resize(compounds.size());

    std::vector<LocalOutline> outlines(compounds.size());
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        LocalOutline& o = outlines[k];
        o.outer = toLocal(compounds[k].outline.outer, frame);
        for (const geo::Ring& hole : compounds[k].outline.holes)
            o.holes.push_back(toLocal(hole, frame));
        if (o.outer.empty()) continue;
        o.minX = o.maxX = o.outer.front().x;
        o.minY = o.maxY = o.outer.front().y;
        for (const geo::LocalXY& p : o.outer) {
            o.minX = std::min(o.minX, p.x);
            o.maxX = std::max(o.maxX, p.x);
            o.minY = std::min(o.minY, p.y);
            o.maxY = std::max(o.maxY, p.y);
        }
    }

    // Candidate buildings: every footprint with an area; which compound it stands in decides
    // whether its kind makes it a home.
    const auto& buildings = project.buildings().items();
    std::vector<geo::LocalXY> centroids(buildings.size());
    CentroidGrid grid;
    for (std::size_t b = 0; b < buildings.size(); ++b) {
        centroids[b] = geo::ringCentroid(buildings[b].outline.outer, frame);
        grid.insert(b, centroids[b]);
    }
    std::vector<std::size_t> compoundOf(buildings.size(), HomeBuilding::kNone);
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const LocalOutline& o = outlines[k];
        if (o.outer.size() < 3) continue;
        grid.visit(o.minX, o.minY, o.maxX, o.maxY, [&](std::size_t b) {
            if (compoundOf[b] == HomeBuilding::kNone && o.contains(centroids[b])) compoundOf[b] = k;
        });
    }
    // Each compound's buildings in project order, so results do not depend on the grid.
    for (std::size_t b = 0; b < buildings.size(); ++b) {
        const project::Building& building = buildings[b];
        const std::size_t k = compoundOf[b];
        if (!isHomeBuilding(building.kind, k != HomeBuilding::kNone)) continue;
        const double footprint = geo::polygonAreaM2(building.outline, frame);
        if (footprint <= 0.0) continue;
        HomeBuilding home;
        home.id = building.id;
        home.centroid = centroids[b];
        home.floorAreaM2 =
            footprint * (building.levels > 0 ? building.levels : std::max(1, options.assumedLevels));
        home.compound = k;
        if (k != HomeBuilding::kNone) {
            out.compounds[k].buildings.push_back(out.buildings.size());
            out.compounds[k].floorAreaM2 += home.floorAreaM2;
        }
        out.buildings.push_back(home);
    }

    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const project::Compound& compound = compounds[k];
        CompoundResidents& r = out.compounds[k];
        r.population = compound.population;
        r.residents60Plus = compound.residents60Plus;
        r.children0To14 = compound.children0To14;
        if (compound.population <= 0 && options.estimateMissingPopulation && r.floorAreaM2 > 0.0
            && options.floorAreaPerPersonM2 > 0.0) {
            const double people = r.floorAreaM2 / options.floorAreaPerPersonM2;
            r.population = std::llround(people);
            r.residents60Plus = std::llround(people * options.share60Plus);
            r.children0To14 = std::llround(people * options.share0To14);
            r.estimated = true;
        }
        for (const std::size_t b : r.buildings)
            out.buildings[b].residents =
                double(r.population) * out.buildings[b].floorAreaM2 / r.floorAreaM2;
    }
    return out;
}

}  // namespace yike::access
