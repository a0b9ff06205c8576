// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/geo/local_frame.h"
#include "core/project/features.h"

namespace yike::project {
class Project;
}

/// Where a project's residents live and how many there are: in which homes (buildings, compound
/// land, population-grid cells), from which figures. Every number says which step of the
/// estimation ladder gave it (ResidentsSource) and every assumption is an option with its source.
namespace yike::access {

/// The steps of the estimation ladder, best first. A compound or home takes the first step
/// that has figures for it.
enum class ResidentsSource {
    Survey,     ///< figures entered or imported for the compound
    Grid,       ///< an imported population grid, spread over the homes by floor area
    FloorArea,  ///< the homes' floor area ÷ floor area per person
    PlotRatio,  ///< compound land × plot ratio ÷ floor area per person (no buildings mapped)
    None        ///< nothing to go on
};

/// Where the shares of residents aged 60+ and 0–14 come from.
enum class CohortSource {
    Survey,  ///< the compound's surveyed counts
    Grid,    ///< imported grids of cohort shares
    Census   ///< the national census shares (ResidentsOptions)
};

const char* toCode(ResidentsSource source);
const char* toCode(CohortSource source);

/// The residential plot ratio (住宅用地容积率) assumed where neither the compound nor the
/// project sets one. GB 50180-2018 table 4.0.2 sets ranges by climate zone and building height;
/// only a fragment of it could be read: in climate zone III, 2.0–2.6 goes with a 54 m height cap
/// (kDefaultPlotRatioBasis). 2.0, the low end of that range, is an assumption.
inline constexpr double kDefaultPlotRatio = 2.0;
inline constexpr const char* kDefaultPlotRatioBasis =
    "assumption: the low end of the 2.0-2.6 range GB 50180-2018 table 4.0.2 gives for climate "
    "zone III with a 54 m height cap (the full table could not be read)";

/// The assumptions behind estimated residents. Every figure can be changed by the caller.
struct ResidentsOptions {
    /// Residential floor area per person, m². China's 2020 census (七普): 36.52 m² of housing
    /// floor area per person in urban family households (城市家庭户人均住房建筑面积).
    double floorAreaPerPersonM2 = 36.52;
    /// Storeys assumed where a building's levels are unknown: 6, the common walk-up
    /// (多层) block of Chinese compounds. An assumption, not a statistic.
    int assumedLevels = 6;
    /// Shares of residents aged 60+ and 0–14 where no survey or grid gives them: 2020 census
    /// national figures, 18.70 % and 17.95 %.
    double share60Plus = 0.1870;
    double share0To14 = 0.1795;
    /// Estimate residents where no survey gives them (ladder steps 2–4). Off: survey only.
    bool estimateMissingPopulation = true;
    /// Plot ratio for compounds that set none; unset: the project's (meta::kPlotRatio), else
    /// kDefaultPlotRatio.
    std::optional<double> plotRatio;
    /// Grid people in a cell with no home in it go to the nearest home within this distance of
    /// the cell's centre; farther than that they are counted at the cell's centre.
    double gridReachM = 150.0;
};

/// A place residents walk from.
struct Home {
    enum class Kind {
        Building,      ///< a home building (its footprint's centroid)
        CompoundLand,  ///< a compound without mapped home buildings (its outline's centroid)
        GridCell       ///< grid people with no mapped home nearby (the cell's centre); they
                       ///< belong to the compound the centre lies in, if any
    };
    Kind kind = Kind::Building;
    project::FeatureId id = 0;  ///< the building's, compound's or population cell's id
    geo::LocalXY at;            ///< in the frame passed to locateResidents
    /// Index into Project::compounds() of the compound it belongs to, or kNone.
    std::size_t compound = kNone;
    double floorAreaM2 = 0.0;   ///< buildings: footprint × levels (assumed levels when unknown)
    double residents = 0.0;
    double residents60Plus = 0.0;
    double children0To14 = 0.0;
    ResidentsSource source = ResidentsSource::None;
    CohortSource cohortSource = CohortSource::Census;

    static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
};

/// The residents of one compound (same order as Project::compounds()): the sums over its homes.
struct CompoundResidents {
    long long population = 0;
    long long residents60Plus = 0;
    long long children0To14 = 0;
    ResidentsSource source = ResidentsSource::None;
    CohortSource cohortSource = CohortSource::Census;
    /// True unless the figures are the compound's survey.
    bool estimated = false;
    double floorAreaM2 = 0.0;   ///< of its home buildings
    double landAreaM2 = 0.0;    ///< of its outline
    double plotRatio = 0.0;     ///< the ratio used (PlotRatio step only)
    std::vector<std::size_t> homes;  ///< indices into Residents::homes; buildings, else its land
    /// Home buildings among homes (0: it walks from its land's centroid).
    std::size_t buildings = 0;
};

/// How an imported grid of people was placed (see locateResidents). The parts add up to people.
struct GridPlacement {
    project::FeatureId gridId = 0;
    std::size_t cells = 0;
    double people = 0.0;            ///< the grid's total (all cells kept in the project)
    double toBuildings = 0.0;       ///< onto home buildings in the cell, by floor area
    double toCompoundLand = 0.0;    ///< onto compounds without buildings overlapping the cell
    double toNearestHome = 0.0;     ///< no home in the cell: the nearest within gridReachM
    double atCellCentres = 0.0;     ///< no home within reach: walking from the cell's centre
    std::size_t cellsAtCentres = 0;
    double replacedBySurvey = 0.0;  ///< fell in surveyed compounds, whose figures win
};

/// The plot ratio used for compounds that set none, and where it comes from.
struct PlotRatioSetting {
    double value = kDefaultPlotRatio;
    enum class From { Options, Project, BuiltIn } from = From::BuiltIn;
};

struct Residents {
    std::vector<Home> homes;                  ///< buildings (project order), compound land, cells
    std::vector<CompoundResidents> compounds;
    std::optional<GridPlacement> grid;        ///< when a grid of people was used
    bool cohortGrids = false;                 ///< grids of cohort shares were used
    PlotRatioSetting plotRatio;
    double population = 0.0;                  ///< every home, in and outside compounds
    double residents60Plus = 0.0;
    double children0To14 = 0.0;
    double outsideCompounds = 0.0;            ///< of population: homes outside every compound
};

/**
 * Whether a building of this OSM `building` kind is lived in. Inside a compound every building
 * counts except those that plainly are not homes (garages, sheds, shops, schools, ...), because
 * most compound buildings are mapped as plain `yes`; outside compounds only kinds that say
 * "dwelling" (residential, apartments, house, dormitory, ...) count.
 */
bool isHomeBuilding(std::string_view kind, bool insideCompound);

/**
 * Places the project's residents, compound by compound and home by home, by the first step of
 * the ladder that has figures:
 *  1. Survey: a compound recording a population; its homes share it by floor area.
 *  2. Grid: the project's grid of people. Each cell's people go to the home buildings whose
 *     centroid lies in it (by floor area); else to compounds without buildings that overlap it
 *     (by overlap area); else to the nearest home within gridReachM; else they walk from the
 *     cell's centre (a GridCell home, of the compound the centre lies in, if any). A compound
 *     or building receiving grid people takes this step; people falling in surveyed compounds
 *     are counted as replaced by the survey.
 *  3. FloorArea: homes' floor area ÷ floorAreaPerPersonM2.
 *  4. PlotRatio: a compound without buildings: land area × plot ratio ÷ floorAreaPerPersonM2.
 * Home buildings outside compounds take steps 2 and 3 the same way; every total includes them.
 * Cohorts: a compound's surveyed counts (when it records either), else the grid of cohort
 * shares of the home's cell, else the census shares.
 * A building belongs to the compound its centroid lies in (the first in project order when
 * compounds overlap).
 */
Residents locateResidents(const project::Project& project, const geo::LocalFrame& frame,
                          const ResidentsOptions& options = {});

/// The same in a frame centred on the project (for callers that need the figures, not the
/// homes' local coordinates).
Residents locateResidents(const project::Project& project, const ResidentsOptions& options = {});

}  // namespace yike::access
