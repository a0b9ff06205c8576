// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/access/reach_search.h"
#include "core/access/residents.h"
#include "core/access/run_control.h"
#include "core/network/snapping.h"
#include "core/network/strong_types.h"
#include "core/project/features.h"

namespace yike::project {
class Project;
}
namespace yike::network {
class WalkCost;
}

namespace yike::access {

class NearestTimes;

/// The walk target used for a category whose catalogue entry gives no walkMinutes: 15 minutes,
/// the outer ring of the 15-minute living circle.
inline constexpr double kDefaultTargetMinutes = 15.0;

/// Factor on the straight line from a home (a building, or a compound's centroid) to a gate:
/// paths inside a compound wind between buildings. An estimate, not a measurement.
inline constexpr double kInsideDetourFactor = 1.3;

struct CoverageOptions {
    /// Thresholds of the coverage shares, minutes.
    std::vector<double> thresholdsMinutes{5.0, 10.0, 15.0};
    /// Also count facilities with status Planned (default: existing ones only).
    bool includePlanned = false;
    /// How far a facility, a gate or a home may lie from the street it is snapped to.
    network::Meters maxSnapDistance{150.0};
    /// Components with fewer nodes are not snapped to (see network::SnapOptions).
    std::size_t minComponentNodes = 10;
    /// Detour factor on the walk inside a compound, from a home to a gate.
    double insideDetourFactor = kInsideDetourFactor;
    /// How residents are placed in homes and estimated where no survey gives them.
    ResidentsOptions residents;
    /// Searches stop here; compounds farther from every facility of a category get +infinity.
    double budgetMinutes = 60.0;
    /// Keep, per street node and category, which facility serves it, so that updateFacility()
    /// and removeFacility() can repair only what changed. An analysis that is only read
    /// (evaluation, proposals, reports) needs none of it: false halves the memory of its
    /// searches, and those two then throw std::logic_error.
    bool repairable = true;
    /// Whether a gate is open (e.g. at a chosen hour). Unset: every gate is open. A gate marked
    /// closed (project::gateAlwaysClosed) is closed either way, and vehicle gates count as
    /// closed when the profile forbids them.
    std::function<bool(const project::Gate&)> isGateOpen;
};

/// A counted facility that could not be placed on the network.
struct UnsnappedFacility {
    project::FeatureId id = 0;
    std::string categoryCode;
    /// TooFar: the nearest usable street is beyond maxSnapDistance (see distanceM); NoEdge: no
    /// usable street at all.
    network::SnapStatus status = network::SnapStatus::NoEdge;
    /// The nearest street lies on a component smaller than minComponentNodes.
    bool smallComponent = false;
    double distanceM = 0.0;  ///< to the nearest usable street; 0 for NoEdge
};

/// Where the residents of a result come from: how many compounds and residents each step of
/// the estimation ladder gave, and the settings and grid behind them.
struct ResidentsSummary {
    /// Compounds per ladder step, indexed by ResidentsSource.
    std::array<std::size_t, 5> compoundsBySource{};
    /// Residents per ladder step, every home counted (in and outside compounds).
    std::array<double, 5> residentsBySource{};
    std::size_t homesOutsideCompounds = 0;  ///< buildings and grid cells outside compounds
    double residentsOutsideCompounds = 0.0;
    PlotRatioSetting plotRatio;             ///< for compounds that set none
    std::optional<GridPlacement> grid;      ///< how a grid of people was placed
    bool cohortGrids = false;               ///< grids of cohort shares were used

    std::size_t compounds(ResidentsSource s) const { return compoundsBySource[std::size_t(s)]; }
    double residents(ResidentsSource s) const { return residentsBySource[std::size_t(s)]; }
};

/// Share of residents covered within one threshold, each in 0..1 (0 when the group is empty).
struct CoverageShare {
    double thresholdMinutes = 0.0;
    double population = 0.0;
    double residents60Plus = 0.0;
    double children0To14 = 0.0;
};

/// The measures of one service category.
struct CategoryCoverage {
    std::string code;
    std::string nameZh;     ///< from the catalogue; the code when the category is not in it
    bool inCatalog = true;  ///< false for a code used by facilities but absent from the catalogue
    double targetMinutes = kDefaultTargetMinutes;
    bool targetFromCatalog = false;  ///< false: kDefaultTargetMinutes
    std::size_t facilities = 0;      ///< counted facilities (existing, plus planned if asked)
    std::size_t facilitiesSnapped = 0;
    /// Counts for completeness: has a counted facility or a catalogue walk target.
    bool isRelevant = false;
    std::vector<CoverageShare> shares;           ///< one per threshold, in the options' order
    std::vector<project::FeatureId> blindSpots;  ///< compounds beyond the target
};

/// The measures of one compound.
struct CompoundCoverage {
    project::FeatureId id = 0;
    std::string name;
    /// Residents counted for the compound: its survey figures, or the estimate of the first
    /// ladder step that has figures for it (residentsSource); populationEstimated unless
    /// surveyed.
    long long population = 0;
    long long residents60Plus = 0;
    long long children0To14 = 0;
    bool populationEstimated = false;
    ResidentsSource residentsSource = ResidentsSource::None;
    CohortSource cohortSource = CohortSource::Census;
    double plotRatio = 0.0;         ///< the ratio used when residentsSource is PlotRatio
    std::size_t homeBuildings = 0;  ///< buildings its residents are spread over; 0: centroid
    /// False when the compound has no way onto the network (all gates closed, or nothing near
    /// enough to snap to); its minutes are then all +infinity.
    bool hasOrigin = false;
    /// Per category (same order as CoverageResult::categories): minutes to the nearest counted
    /// facility from home, +infinity beyond the budget or when unreachable. With home buildings,
    /// the residents-weighted median over them: at least half the residents are this close.
    std::vector<double> minutes;
    std::size_t relevantCategories = 0;     ///< categories that count for completeness
    std::size_t categoriesWithinTarget = 0;  ///< of those, reached within their target
    double completeness = 0.0;  ///< categoriesWithinTarget / relevantCategories (0 when none)
};

/// The measures of one home building (see locateResidents for which buildings are homes).
struct BuildingCoverage {
    project::FeatureId id = 0;
    project::FeatureId compoundId = 0;  ///< 0 for a home outside every compound
    double residents = 0.0;  ///< see residentsSource
    ResidentsSource residentsSource = ResidentsSource::None;
    bool hasOrigin = false;  ///< false when it has no way onto the network
    std::vector<double> minutes;  ///< per category, as CompoundCoverage::minutes
};

/// Grid people with no mapped home near them, walking from their cell's centre.
struct GridHomeCoverage {
    project::FeatureId cellId = 0;
    double residents = 0.0;
    bool hasOrigin = false;
    std::vector<double> minutes;  ///< per category
};

struct CoverageResult {
    std::vector<CategoryCoverage> categories;  ///< catalogue order, then unknown codes sorted
    std::vector<CompoundCoverage> compounds;   ///< project order
    std::vector<BuildingCoverage> buildings;   ///< home buildings, project order
    std::vector<GridHomeCoverage> gridHomes;   ///< grid cells with nobody mapped near
    std::vector<UnsnappedFacility> unsnapped;  ///< counted facilities not on the network
    std::vector<double> thresholdsMinutes;
    /// Every resident counted, in and outside compounds (0: none known; shares are then 0 and
    /// mean nothing: say so instead of showing them).
    long long population = 0;
    long long residents60Plus = 0;
    long long children0To14 = 0;
    ResidentsSummary residents;
    bool complete = false;  ///< false when cancelled; the other fields are then meaningless
};

/// The residents of one home of a CoverageAnalysis (see locateResidents), as the shares count
/// them. The homes and their order depend on the project only, so the analyses of one project
/// for different walk profiles have the same homes.
struct HomeResidents {
    double residents = 0.0;
    double residents60Plus = 0.0;
    double children0To14 = 0.0;
    std::size_t compound = Home::kNone;  ///< index into result().compounds, or none
    std::size_t building = Home::kNone;  ///< index into result().buildings, or none
    std::size_t gridHome = Home::kNone;  ///< index into result().gridHomes, or none
    /// Where the home is: a building's or outline's centroid, a population cell's centre.
    geo::LonLat at;
};

/// A home a hypothetical facility reaches, and the seconds its residents walk to it.
struct HomeTime {
    std::uint32_t home = 0;
    double seconds = 0.0;
};

/**
 * Walk-access measures of a project for one walk profile: for every compound and every
 * service category, the minutes to the nearest facility; per category, the share of residents
 * covered within each threshold (all, 60+, 0-14) and the compounds beyond the target; per
 * compound, how many relevant categories it reaches within their targets.
 *
 * How a compound's time is found:
 *  - every counted facility is snapped onto the network (EdgeSnapper); per category, one
 *    multi-source search (NearestTimes) gives each node the seconds to the nearest facility;
 *  - residents live in homes (locateResidents): a compound's home buildings, or the centroid
 *    of its outline when it has none; home buildings outside compounds; and population-grid
 *    cells with nobody mapped near. Their numbers come from the estimation ladder (survey,
 *    population grid, floor area, land × plot ratio), each home labelled with its step;
 *  - a fenced compound is left through its open gates: a home's time is the minimum over those
 *    gates of the gate's network time plus the walk inside, from the home to the gate in a
 *    straight line times insideDetourFactor (1.3, an estimate) at the profile speed. The gate's
 *    network position is the passage edge GraphBuilder made for it; a gate no street passes
 *    through is snapped instead;
 *  - a home in an unfenced compound, in a fenced one without any recorded gate, or outside
 *    every compound is snapped onto the network, plus the straight snap distance at the
 *    profile speed;
 *  - the shares count each home's residents when that home is within the threshold, out of
 *    every resident of the project; a compound's minutes (blind spots, completeness) are the
 *    residents-weighted median over its homes.
 *
 *             fence                               pharmacy P
 *        +--------------+                               |
 *        |   centroid   |                               |
 *   g ===|      *       |           ====================+=====
 *        +--------------+     the only gate g faces away: the time is
 *                             t(g) + |*g| x 1.3 / speed, not the straight line to P
 *
 * Incremental use: after full run(), updateFacility() and removeFacility() repair only the
 * facility's category (NearestTimes::moveSource), time again only the homes whose ways out
 * touch a node the repair changed (or the edge the facility left or joined), redo the medians
 * of their compounds, then the category's shares and blind spots and the completeness scores.
 * The result equals a full run bit for bit; the work grows with the facility's catchments and
 * the number of homes, not with the graph.
 *
 * Keeps references to the project and the graph (built from it with buildFromProject), which
 * must outlive it; the facilities are read at run(), later changes only through
 * updateFacility(). Not thread-safe; run() uses the threads of its RunControl.
 */
class CoverageAnalysis {
public:
    /**
     * @param snapper how places join the streets: one made by makeSnapper for this graph and
     *        these options, shared by the analyses of several profiles (building one takes a
     *        while on a city); null: the analysis makes its own
     * @pre profile.speedMps > 0
     */
    CoverageAnalysis(const project::Project& project, const network::StreetGraph& graph,
                     const project::WalkProfile& profile, CoverageOptions options = {},
                     std::shared_ptr<const network::EdgeSnapper> snapper = nullptr);
    /// The snapper an analysis of `graph` with `options` uses (see the constructor).
    static std::shared_ptr<const network::EdgeSnapper> makeSnapper(
        const network::StreetGraph& graph, const CoverageOptions& options);
    ~CoverageAnalysis();
    CoverageAnalysis(CoverageAnalysis&&) noexcept;
    CoverageAnalysis& operator=(CoverageAnalysis&&) noexcept;

    /// Computes everything. Cancellable through control.cancel; reports progress in 0..1.
    /// @return false when cancelled (result().complete is then false)
    bool run(const RunControl& control = {});
    /**
     * Runs several analyses (say, of one project for each walk profile) as run() runs each,
     * with the same results, all sharing one pool of the threads of `control`: the homes of
     * each analysis are placed by one task, then every (analysis, category) task searches its
     * category and measures it, so no thread idles while another finishes a step. The
     * analyses must be distinct objects.
     * @return false when cancelled (then every result is incomplete)
     */
    static bool runAll(std::span<CoverageAnalysis* const> analyses, const RunControl& control = {});
    const CoverageResult& result() const { return m_result; }
    /// The options the analysis was made with (snap distance, budget, gates, ...).
    const CoverageOptions& options() const { return m_options; }
    /// Whether the walk may pass `gate` (vehicle gates aside): not marked closed
    /// (project::gateAlwaysClosed) and open by CoverageOptions::isGateOpen when that is set.
    bool isGateOpen(const project::Gate& gate) const;

    /**
     * A facility was moved, added, changed category or status: repairs its category (and its
     * former category) only. @pre result().complete, options().repairable
     * @return the indices into result().categories that were recomputed
     */
    std::vector<std::size_t> updateFacility(const project::Facility& facility);
    /// A facility was deleted. @pre result().complete, options().repairable
    std::vector<std::size_t> removeFacility(project::FeatureId id);

    /// @name What-if: a facility that is not in the project
    /// For proposals: where a new facility would reach, computed exactly as run() would have
    /// computed it had the facility existed, so that a home's time after adding it is
    /// min(homeMinutes, its time from the new one), bit for bit.
    /// @{
    std::size_t homeCount() const { return m_homes.size(); }
    HomeResidents homeResidents(std::size_t home) const;
    /// Minutes from the home to the nearest counted facility of the category, +infinity beyond
    /// the budget; the figure the shares compare with their thresholds. @pre result().complete
    double homeMinutes(std::size_t home, std::size_t category) const {
        return m_homeMinutes[category][home];
    }
    /// Where a facility at `at` joins the network, snapped as every facility is; absent when
    /// no usable street is within maxSnapDistance.
    SearchSource placeFacility(geo::LonLat at) const;
    /// The snap behind placeFacility, with the snapped point and distance (for a map that
    /// shows where a place joins the streets).
    network::SnapResult snapPlace(geo::LonLat at) const;
    /// The walk costs of this analysis' profile and gates, for searches and catchments that
    /// must agree with its times.
    const network::WalkCost& costs() const { return *m_costs; }
    /// A search over this analysis' graph and walk costs, for homesReachedFrom (one per thread).
    ReachSearch makeSearch() const;
    /**
     * The homes a facility at `source` would reach within `limitSeconds` (at most the
     * budget), with their seconds, in home order. Thread-safe with one `search` per thread.
     */
    std::vector<HomeTime> homesReachedFrom(const SearchSource& source, double limitSeconds,
                                           ReachSearch& search) const;
    /// @}

private:
    struct Origin;
    /// Where some residents live (an access::Home) and how they reach the network.
    struct PlacedHome {
        std::size_t compound = Home::kNone;  ///< index into compounds, or none
        std::size_t building = Home::kNone;  ///< index into result().buildings, or none
        std::size_t gridHome = Home::kNone;  ///< index into result().gridHomes, or none
        geo::LonLat at;
        double residents = 0.0;
        double residents60Plus = 0.0;
        double children0To14 = 0.0;
    };
    struct Placed {
        std::size_t category = 0;
        std::size_t index = 0;
    };

    bool counts(const project::Facility& facility) const;
    /// The steps of run() before the searches: startRun() resets the result and lists the
    /// categories; placeAll() snaps the counted facilities and places the homes and returns,
    /// per category, its facilities as search sources.
    void startRun();
    std::vector<std::vector<SearchSource>> placeAll();
    /// Copies every home's minutes (m_homeMinutes) of the categories [first, end) to its
    /// building or grid cell in the result.
    void publishHomeMinutes(std::size_t first, std::size_t end);
    std::size_t categoryOf(const std::string& code);
    void placeHomes();
    void snapFacility(const project::Facility& facility, std::size_t category);
    /// Facilities placed on edges: (edge, offset in metres), sorted.
    using EdgeSources = std::vector<std::pair<std::uint32_t, double>>;
    double homeSeconds(std::size_t home, std::size_t category, const EdgeSources& onEdges) const;
    /// A home's seconds given each node's seconds to the nearest source (`nodeSeconds(NodeId)`)
    /// and the sources placed on edges; the one formula of run() and homesReachedFrom().
    template <class NodeSeconds>
    double secondsVia(std::size_t home, const NodeSeconds& nodeSeconds,
                      const EdgeSources& onEdges) const;
    /// Times the homes of a category and its measures. With `homes`, only those homes (sorted,
    /// unique) are timed again (their buildings' and grid cells' minutes too) and only their
    /// compounds' medians redone: the others kept their inputs, so their times stand. Without,
    /// every home is timed and publishHomeMinutes must follow. Touches only this category's
    /// entries, so different categories may be measured on different threads.
    void measureCategory(std::size_t category, const std::vector<std::uint32_t>* homes = nullptr);
    void measureCompleteness();
    /// Called after each repair of m_times that moved a source of `category` from `before` to
    /// `after`: notes the homes whose time it may have changed, for measureRepaired().
    void noteRepair(std::size_t category, const SearchSource& before, const SearchSource& after);
    /// Measures the categories noted since the last call, each for its affected homes only.
    void measureRepaired();

    /// Homes to time again in one category after repairs; `all` when so much changed that timing
    /// every home is as cheap.
    struct Repair {
        std::size_t category = 0;
        bool all = false;
        std::vector<std::uint32_t> homes;
    };

    const project::Project* m_project;
    const network::StreetGraph* m_graph;
    CoverageOptions m_options;
    double m_speedMps;
    std::unique_ptr<network::WalkCost> m_costs;
    std::shared_ptr<const network::EdgeSnapper> m_snapper;
    std::unique_ptr<NearestTimes> m_times;
    std::vector<PlacedHome> m_homes;
    // What measureCategory reads of every home, kept compact: its ways out (home h's are
    // m_origins[m_originStart[h], m_originStart[h + 1])), its residents by cohort (all, 60+,
    // 0-14) and its weight in its compound's median.
    std::vector<Origin> m_origins;
    std::vector<std::uint32_t> m_originStart;
    std::vector<std::array<double, 3>> m_cohorts;
    std::vector<double> m_medianWeight;
    std::span<const Origin> originsOf(std::size_t home) const;
    std::vector<std::vector<std::size_t>> m_compoundHomes;  // per compound, indices into m_homes
    std::map<project::FeatureId, Placed> m_placed;
    std::vector<std::vector<project::FeatureId>> m_sourceFacility;  // per category, per source
    std::vector<std::vector<double>> m_homeMinutes;  // per category, per home
    // Homes by where they join the network, sorted: (node, home) and (edge, home).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_homesAtNode;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_homesOnEdge;
    std::vector<Repair> m_repairs;  // noted, not yet measured
    // Every home's residents, summed in home order (the denominators of the shares).
    double m_totalResidents = 0.0;
    double m_total60Plus = 0.0;
    double m_total0To14 = 0.0;
    CoverageResult m_result;
};

}  // namespace yike::access
