// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/residents.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>

#include "core/geo/plane.h"
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

/// Points or boxes bucketed in 100 m squares, to find the ones near a box. A box is listed in
/// every square it touches, so a visit may see it more than once.
class BucketGrid {
public:
    static constexpr double kCellM = 100.0;

    void insert(std::size_t index, geo::LocalXY p) { m_cells[key(cell(p.x), cell(p.y))].push_back(index); }
    void insert(std::size_t index, double minX, double minY, double maxX, double maxY) {
        for (std::int64_t cx = cell(minX); cx <= cell(maxX); ++cx)
            for (std::int64_t cy = cell(minY); cy <= cell(maxY); ++cy)
                m_cells[key(cx, cy)].push_back(index);
    }

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


Residents locateResidents(const project::Project& project, const ResidentsOptions& options) {
    const geo::BoundingBox box = project.bounds();
    const geo::LonLat centre = box.isEmpty() ? geo::LonLat{}
                                             : geo::LonLat{(box.minLon + box.maxLon) / 2.0,
                                                           (box.minLat + box.maxLat) / 2.0};
    return locateResidents(project, geo::LocalFrame(centre), options);
}

const char* toCode(ResidentsSource source) {
    switch (source) {
    case ResidentsSource::Survey: return "survey";
    case ResidentsSource::Grid: return "grid";
    case ResidentsSource::FloorArea: return "floor_area";
    case ResidentsSource::PlotRatio: return "plot_ratio";
    case ResidentsSource::None: break;
    }
    return "none";
}

const char* toCode(CohortSource source) {
    switch (source) {
    case CohortSource::Survey: return "survey";
    case CohortSource::Grid: return "grid";
    case CohortSource::Census: break;
    }
    return "census";
}

namespace {

PlotRatioSetting plotRatioSetting(const project::Project& project, const ResidentsOptions& options) {
    if (options.plotRatio && *options.plotRatio > 0.0)
        return {*options.plotRatio, PlotRatioSetting::From::Options};
    const std::string text = project.metadataValue(project::meta::kPlotRatio);
    if (!text.empty()) {
        char* end = nullptr;
        const double value = std::strtod(text.c_str(), &end);
        if (end != text.c_str() && *end == '\0' && value > 0.0 && std::isfinite(value))
            return {value, PlotRatioSetting::From::Project};
    }
    return {kDefaultPlotRatio, PlotRatioSetting::From::BuiltIn};
}

/// The cells of one population grid in the local frame, with an index for point lookups.
class PreparedGrid {
public:
    PreparedGrid(const project::Project& project, project::FeatureId gridId,
                 const geo::LocalFrame& frame) {
        for (const project::PopulationCell& cell : project.populationCells().items()) {
            if (cell.gridId != gridId || cell.outline.outer.size() < 3) continue;
            Cell prepared;
            prepared.id = cell.id;
            prepared.outline = geo::LocalPolygon::from(cell.outline, frame);
            prepared.centre = geo::ringCentroid(cell.outline.outer, frame);
            prepared.value = cell.value;
            m_index.insert(m_cells.size(), prepared.outline.minX, prepared.outline.minY,
                           prepared.outline.maxX, prepared.outline.maxY);
            m_cells.push_back(std::move(prepared));
        }
    }

    struct Cell {
        project::FeatureId id = 0;
        geo::LocalPolygon outline;
        geo::LocalXY centre;
        double value = 0.0;
    };
    const std::vector<Cell>& cells() const { return m_cells; }

    /// The value of the cell containing p, if any.
    std::optional<double> valueAt(geo::LocalXY p) const {
        std::optional<double> found;
        m_index.visit(p.x, p.y, p.x, p.y, [&](std::size_t i) {
            if (!found && m_cells[i].outline.contains(p)) found = m_cells[i].value;
        });
        return found;
    }

private:
    std::vector<Cell> m_cells;
    BucketGrid m_index;
};

double distanceM(geo::LocalXY a, geo::LocalXY b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

Residents locateResidents(const project::Project& project, const geo::LocalFrame& frame,
                          const ResidentsOptions& options) {
    Residents out;
    const auto& compounds = project.compounds().items();
    out.compounds.resize(compounds.size());
    out.plotRatio = plotRatioSetting(project, options);
    const bool estimate = options.estimateMissingPopulation;
    const double perPerson = options.floorAreaPerPersonM2;

    std::vector<geo::LocalPolygon> outlines(compounds.size());
    BucketGrid compoundIndex;
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        outlines[k] = geo::LocalPolygon::from(compounds[k].outline, frame);
        out.compounds[k].landAreaM2 = outlines[k].area();
        if (!outlines[k].isEmpty())
            compoundIndex.insert(k, outlines[k].minX, outlines[k].minY, outlines[k].maxX,
                                 outlines[k].maxY);
    }

    // Home buildings, in project order: which compound a building stands in decides whether
    // its kind makes it a home.
    const auto& buildings = project.buildings().items();
    for (const project::Building& building : buildings) {
        const geo::LocalXY centroid = geo::ringCentroid(building.outline.outer, frame);
        std::size_t k = Home::kNone;
        compoundIndex.visit(centroid.x, centroid.y, centroid.x, centroid.y, [&](std::size_t c) {
            if (c < k && outlines[c].contains(centroid)) k = c;
        });
        if (!isHomeBuilding(building.kind, k != Home::kNone)) continue;
        const double footprint = geo::polygonAreaM2(building.outline, frame);
        if (footprint <= 0.0) continue;
        Home home;
        home.kind = Home::Kind::Building;
        home.id = building.id;
        home.at = centroid;
        home.compound = k;
        home.floorAreaM2 =
            footprint * (building.levels > 0 ? building.levels : std::max(1, options.assumedLevels));
        if (k != Home::kNone) {
            CompoundResidents& r = out.compounds[k];
            r.homes.push_back(out.homes.size());
            r.floorAreaM2 += home.floorAreaM2;
            ++r.buildings;
        }
        out.homes.push_back(home);
    }
    // A compound without home buildings walks from its land.
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        if (out.compounds[k].buildings > 0) continue;
        Home home;
        home.kind = Home::Kind::CompoundLand;
        home.id = compounds[k].id;
        home.at = geo::ringCentroid(compounds[k].outline.outer, frame);
        home.compound = k;
        out.compounds[k].homes.push_back(out.homes.size());
        out.homes.push_back(home);
    }
    std::vector<bool> surveyed(compounds.size());
    for (std::size_t k = 0; k < compounds.size(); ++k) surveyed[k] = compounds[k].population > 0;

    // Step 2: the grid of people, cell by cell.
    std::vector<double> gridPeople(out.homes.size(), 0.0);
    const project::PopulationGrid* peopleGrid =
        project.populationGrid(project::PopulationGridKind::People);
    if (estimate && peopleGrid) {
        const PreparedGrid grid(project, peopleGrid->id, frame);
        GridPlacement placement;
        placement.gridId = peopleGrid->id;
        BucketGrid buildingHomes;
        std::vector<std::size_t> landHomes;
        for (std::size_t h = 0; h < out.homes.size(); ++h) {
            if (out.homes[h].kind == Home::Kind::Building) buildingHomes.insert(h, out.homes[h].at);
            else landHomes.push_back(h);
        }
        const auto give = [&](std::size_t h, double people, double& bucket) {
            const std::size_t k = out.homes[h].compound;
            if (k != Home::kNone && surveyed[k]) {
                placement.replacedBySurvey += people;
                return;
            }
            gridPeople[h] += people;
            bucket += people;
        };
        std::vector<std::pair<std::size_t, double>> targets;  // home, weight
        for (const PreparedGrid::Cell& cell : grid.cells()) {
            const double people = cell.value;
            if (!(people > 0.0)) continue;
            ++placement.cells;
            placement.people += people;
            const geo::LocalPolygon& box = cell.outline;
            // a. the home buildings standing in the cell, by floor area
            targets.clear();
            buildingHomes.visit(box.minX, box.minY, box.maxX, box.maxY, [&](std::size_t h) {
                if (box.contains(out.homes[h].at)) targets.emplace_back(h, out.homes[h].floorAreaM2);
            });
            double* bucket = &placement.toBuildings;
            // b. the land of compounds without buildings that overlaps it, by overlap area
            if (targets.empty()) {
                bucket = &placement.toCompoundLand;
                for (const std::size_t h : landHomes) {
                    const std::size_t k = out.homes[h].compound;
                    if (!outlines[k].boxOverlaps(box.minX, box.minY, box.maxX, box.maxY)) continue;
                    const double overlap = geo::intersectionArea(outlines[k], box);
                    if (overlap > 0.0) targets.emplace_back(h, overlap);
                }
            }
            if (!targets.empty()) {
                double total = 0.0;
                for (const auto& t : targets) total += t.second;
                for (const auto& [h, weight] : targets) give(h, people * weight / total, *bucket);
                continue;
            }
            // c. the nearest home within reach of the cell's centre
            const geo::LocalXY c = cell.centre;
            const double reach = options.gridReachM;
            std::size_t nearest = Home::kNone;
            double best = std::numeric_limits<double>::infinity();
            buildingHomes.visit(c.x - reach, c.y - reach, c.x + reach, c.y + reach, [&](std::size_t h) {
                const double d = distanceM(out.homes[h].at, c);
                if (d < best || (d == best && h < nearest)) {
                    best = d;
                    nearest = h;
                }
            });
            for (const std::size_t h : landHomes) {
                const geo::LocalPolygon& land = outlines[out.homes[h].compound];
                if (!land.boxOverlaps(c.x - reach, c.y - reach, c.x + reach, c.y + reach)) continue;
                const double d = land.contains(c) ? 0.0 : land.distanceToOutline(c);
                if (d < best || (d == best && h < nearest)) {
                    best = d;
                    nearest = h;
                }
            }
            if (nearest != Home::kNone && best <= reach) {
                give(nearest, people, placement.toNearestHome);
                continue;
            }
            // d. nobody mapped near: they walk from the cell's centre, as residents of the
            // compound it lies in, if any
            std::size_t k = Home::kNone;
            compoundIndex.visit(c.x, c.y, c.x, c.y, [&](std::size_t candidate) {
                if (candidate < k && outlines[candidate].contains(c)) k = candidate;
            });
            if (k != Home::kNone && surveyed[k]) {
                placement.replacedBySurvey += people;
                continue;
            }
            Home home;
            home.kind = Home::Kind::GridCell;
            home.id = cell.id;
            home.at = c;
            home.compound = k;
            home.source = ResidentsSource::Grid;
            if (k != Home::kNone) out.compounds[k].homes.push_back(out.homes.size());
            out.homes.push_back(home);
            gridPeople.push_back(people);
            placement.atCellCentres += people;
            ++placement.cellsAtCentres;
        }
        out.grid = placement;
    }

    // Steps 1-4, compound by compound.
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const project::Compound& compound = compounds[k];
        CompoundResidents& r = out.compounds[k];
        double fromGrid = 0.0;
        for (const std::size_t h : r.homes) fromGrid += gridPeople[h];
        if (surveyed[k]) {
            r.source = ResidentsSource::Survey;
            for (const std::size_t h : r.homes)
                out.homes[h].residents =
                    r.buildings > 0 ? double(compound.population) * out.homes[h].floorAreaM2 / r.floorAreaM2
                                    : double(compound.population);
        } else if (!estimate) {
            r.source = ResidentsSource::None;
        } else if (fromGrid > 0.0) {
            r.source = ResidentsSource::Grid;
            for (const std::size_t h : r.homes) out.homes[h].residents = gridPeople[h];
        } else if (r.buildings > 0 && perPerson > 0.0) {
            r.source = ResidentsSource::FloorArea;
            for (const std::size_t h : r.homes)
                out.homes[h].residents = out.homes[h].floorAreaM2 / perPerson;
        } else if (r.landAreaM2 > 0.0 && perPerson > 0.0) {
            r.source = ResidentsSource::PlotRatio;
            r.plotRatio = compound.plotRatio > 0.0 ? compound.plotRatio : out.plotRatio.value;
            for (const std::size_t h : r.homes)
                out.homes[h].residents = r.landAreaM2 * r.plotRatio / perPerson;
        }
        for (const std::size_t h : r.homes) out.homes[h].source = r.source;
        r.estimated = r.source != ResidentsSource::Survey;
    }
    // Homes outside every compound: grid cells, and buildings by steps 2 and 3.
    for (std::size_t h = 0; h < out.homes.size(); ++h) {
        Home& home = out.homes[h];
        if (home.compound != Home::kNone) continue;
        if (home.kind == Home::Kind::GridCell) {
            home.residents = gridPeople[h];
            continue;
        }
        if (gridPeople[h] > 0.0) {
            home.residents = gridPeople[h];
            home.source = ResidentsSource::Grid;
        } else if (estimate && perPerson > 0.0) {
            home.residents = home.floorAreaM2 / perPerson;
            home.source = ResidentsSource::FloorArea;
        }
    }

    // Cohorts: the survey, else the grids of shares, else the census.
    const project::PopulationGrid* olderGrid =
        project.populationGrid(project::PopulationGridKind::Share60Plus);
    const project::PopulationGrid* childGrid =
        project.populationGrid(project::PopulationGridKind::Share0To14);
    std::optional<PreparedGrid> olderShares, childShares;
    if (olderGrid) olderShares.emplace(project, olderGrid->id, frame);
    if (childGrid) childShares.emplace(project, childGrid->id, frame);
    out.cohortGrids = olderShares || childShares;
    const auto shareAt = [](const std::optional<PreparedGrid>& grid, geo::LocalXY p) {
        std::optional<double> share;
        if (grid) share = grid->valueAt(p);
        if (share) share = std::clamp(*share, 0.0, 1.0);
        return share;
    };
    for (Home& home : out.homes) {
        const std::size_t k = home.compound;
        if (k != Home::kNone && surveyed[k]
            && (compounds[k].residents60Plus > 0 || compounds[k].children0To14 > 0)) {
            const double part = home.residents / double(compounds[k].population);
            home.residents60Plus = double(compounds[k].residents60Plus) * part;
            home.children0To14 = double(compounds[k].children0To14) * part;
            home.cohortSource = CohortSource::Survey;
            continue;
        }
        const std::optional<double> older = shareAt(olderShares, home.at);
        const std::optional<double> children = shareAt(childShares, home.at);
        home.residents60Plus = home.residents * older.value_or(options.share60Plus);
        home.children0To14 = home.residents * children.value_or(options.share0To14);
        home.cohortSource = older || children ? CohortSource::Grid : CohortSource::Census;
    }

    // Sums: per compound, and over every home.
    for (CompoundResidents& r : out.compounds) {
        double all = 0.0, older = 0.0, children = 0.0;
        bool anyGrid = false, anySurvey = false;
        for (const std::size_t h : r.homes) {
            all += out.homes[h].residents;
            older += out.homes[h].residents60Plus;
            children += out.homes[h].children0To14;
            anyGrid = anyGrid || out.homes[h].cohortSource == CohortSource::Grid;
            anySurvey = anySurvey || out.homes[h].cohortSource == CohortSource::Survey;
        }
        r.population = std::llround(all);
        r.residents60Plus = std::llround(older);
        r.children0To14 = std::llround(children);
        r.cohortSource = anySurvey ? CohortSource::Survey
                         : anyGrid ? CohortSource::Grid
                                   : CohortSource::Census;
    }
    for (const Home& home : out.homes) {
        out.population += home.residents;
        out.residents60Plus += home.residents60Plus;
        out.children0To14 += home.children0To14;
        if (home.compound == Home::kNone) out.outsideCompounds += home.residents;
    }
    return out;
}

}  // namespace yike::access
