// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/coverage.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <condition_variable>
#include <iterator>
#include <limits>
#include <mutex>
#include <numeric>
#include <set>
#include <span>
#include <stdexcept>
#include <utility>

#include "core/access/detail/parallel.h"
#include "core/access/nearest_times.h"
#include "core/access/reach_search.h"
#include "core/catalog/catalog.h"
#include "core/geo/local_frame.h"
#include "core/network/street_graph.h"
#include "core/network/walk_cost.h"
#include "core/project/project.h"

namespace yike::access {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double distanceM(geo::LocalXY a, geo::LocalXY b) { return std::hypot(a.x - b.x, a.y - b.y); }

/// What the result says of a counted facility that did not snap.
UnsnappedFacility unsnappedFacility(const project::Facility& f, const network::SnapResult& s) {
    UnsnappedFacility u;
    u.id = f.id;
    u.categoryCode = f.categoryCode;
    u.status = s.status;
    u.smallComponent = s.skippedSmallComponent;
    u.distanceM = s.status == network::SnapStatus::TooFar ? s.position.snapDistance.value() : 0.0;
    return u;
}

/// The seconds of `metres` along an edge of `length` metres whose whole arc takes `arcSeconds`.
double partOfArc(double length, double metres, double arcSeconds) {
    return length > 0.0 && metres > 0.0 ? metres / length * arcSeconds : 0.0;
}

}  // namespace

/// Where a compound's residents enter the network: a node (a gate's passage) or a position on
/// an edge (a snapped gate or centroid), and the seconds it takes to get there from home. On an
/// edge, `node` and `second` are its ends and the seconds between them and the position are
/// kept, as secondsVia adds them for every category.
struct CoverageAnalysis::Origin {
    network::NodeId node;
    network::NodeId second;  ///< on an edge: its second node
    network::EdgeId edge;    ///< invalid for a node
    double offsetM = 0.0;
    double fromFirst = 0.0;   ///< seconds from the edge's first node to the position
    double fromSecond = 0.0;  ///< seconds from the edge's second node to the position
    double extraSeconds = 0.0;
};

std::span<const CoverageAnalysis::Origin> CoverageAnalysis::originsOf(std::size_t home) const {
    return {m_origins.data() + m_originStart[home], m_originStart[home + 1] - m_originStart[home]};
}

bool CoverageAnalysis::isGateOpen(const project::Gate& gate) const {
    if (project::gateAlwaysClosed(gate.openHours)) return false;
    return !m_options.isGateOpen || m_options.isGateOpen(gate);
}

CoverageAnalysis::CoverageAnalysis(const project::Project& project,
                                   const network::StreetGraph& graph,
                                   const project::WalkProfile& profile, CoverageOptions options,
                                   std::shared_ptr<const network::EdgeSnapper> snapper)
    : m_project(&project),
      m_graph(&graph),
      m_options(std::move(options)),
      m_speedMps(profile.speedMps),
      m_snapper(std::move(snapper)) {
    network::WalkCostOptions costOptions;
    costOptions.isGateOpen = [this](project::FeatureId gateId) {
        const project::Gate* gate = m_project->gates().find(gateId);
        return gate == nullptr || isGateOpen(*gate);
    };
    m_costs = std::make_unique<network::WalkCost>(graph, profile, costOptions);
    if (!m_snapper) m_snapper = makeSnapper(graph, m_options);
}

std::shared_ptr<const network::EdgeSnapper> CoverageAnalysis::makeSnapper(
    const network::StreetGraph& graph, const CoverageOptions& options) {
    network::SnapOptions snapOptions;
    snapOptions.minComponentNodes = options.minComponentNodes;
    return std::make_shared<const network::EdgeSnapper>(graph, snapOptions);
}

CoverageAnalysis::~CoverageAnalysis() = default;
CoverageAnalysis::CoverageAnalysis(CoverageAnalysis&&) noexcept = default;
CoverageAnalysis& CoverageAnalysis::operator=(CoverageAnalysis&&) noexcept = default;

bool CoverageAnalysis::counts(const project::Facility& facility) const {
    return facility.status == project::FacilityStatus::Existing
           || (m_options.includePlanned && facility.status == project::FacilityStatus::Planned);
}

std::size_t CoverageAnalysis::categoryOf(const std::string& code) {
    auto& categories = m_result.categories;
    const auto it = std::find_if(categories.begin(), categories.end(),
                                 [&](const CategoryCoverage& c) { return c.code == code; });
    if (it != categories.end()) return std::size_t(it - categories.begin());
    CategoryCoverage added;
    added.code = code;
    added.nameZh = code;
    added.inCatalog = false;
    categories.push_back(std::move(added));
    return categories.size() - 1;
}

void CoverageAnalysis::placeHomes() {
    const network::StreetGraph& graph = *m_graph;
    const geo::LocalFrame& frame = graph.frame();
    const project::WalkProfile& profile = m_costs->profile();

    // The passage nodes GraphBuilder made for each gate.
    std::map<project::FeatureId, std::vector<network::NodeId>> passages;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const network::EdgeId edge(e);
        if (const auto& gate = graph.facts(edge).gate) {
            passages[gate->gateId].push_back(graph.edgeFirst(edge));
            passages[gate->gateId].push_back(graph.edgeSecond(edge));
        }
    }
    std::map<project::FeatureId, std::vector<const project::Gate*>> gatesOf;
    for (const project::Gate& gate : m_project->gates().items())
        gatesOf[gate.compoundId].push_back(&gate);

    const std::span<const float> arcSeconds = m_costs->arcSeconds();
    std::vector<Origin>& origins = m_origins;
    auto snapped = [&](geo::LonLat point, double extraSeconds) {
        const network::SnapResult s = m_snapper->snap(point, m_options.maxSnapDistance);
        if (!s.isSnapped()) return;
        Origin o;
        o.edge = s.position.edge;
        o.node = graph.edgeFirst(o.edge);
        o.second = graph.edgeSecond(o.edge);
        o.offsetM = s.position.offset.value();
        const double length = graph.length(o.edge).value();
        o.fromFirst = partOfArc(length, o.offsetM, arcSeconds[graph.edgeArc(o.edge, true).value()]);
        o.fromSecond = partOfArc(length, length - o.offsetM,
                                 arcSeconds[graph.edgeArc(o.edge, false).value()]);
        o.extraSeconds = extraSeconds + s.position.snapDistance.value() / m_speedMps;
        origins.push_back(o);
    };
    // The ways out of a home, appended to m_origins: through the compound's usable gates when
    // it is fenced and has any; otherwise straight onto the nearest street.
    auto waysOut = [&](const project::Compound* compound, geo::LocalXY home) {
        const auto gates = compound ? gatesOf.find(compound->id) : gatesOf.end();
        if (compound == nullptr || !compound->fenced || gates == gatesOf.end()) {
            snapped(frame.toLonLat(home), 0.0);
            return;
        }
        for (const project::Gate* gate : gates->second) {
            if (gate->kind == project::GateKind::Vehicle && !profile.vehicleGatesPassable)
                continue;
            if (!isGateOpen(*gate)) continue;
            const double inside = distanceM(home, frame.toLocal(gate->position))
                                  * m_options.insideDetourFactor / m_speedMps;
            const auto passage = passages.find(gate->id);
            if (passage == passages.end()) {
                snapped(gate->position, inside);
                continue;
            }
            for (const network::NodeId node : passage->second) {
                Origin o;
                o.node = node;
                o.extraSeconds = inside;
                origins.push_back(o);
            }
        }
    };

    const auto& compounds = m_project->compounds().items();
    const Residents residents = locateResidents(*m_project, frame, m_options.residents);
    m_homes.clear();
    m_origins.clear();
    m_originStart.assign(1, 0);
    m_compoundHomes.assign(compounds.size(), {});
    m_result.buildings.clear();
    m_result.gridHomes.clear();
    const std::size_t categoryCount = m_result.categories.size();
    for (const Home& home : residents.homes) {
        const std::size_t k = home.compound;
        PlacedHome placed;
        const std::size_t firstOrigin = m_origins.size();
        waysOut(k == Home::kNone ? nullptr : &compounds[k], home.at);
        m_originStart.push_back(static_cast<std::uint32_t>(m_origins.size()));
        const bool hasOrigin = m_origins.size() > firstOrigin;
        placed.compound = k;
        placed.at = frame.toLonLat(home.at);
        placed.residents = home.residents;
        placed.residents60Plus = home.residents60Plus;
        placed.children0To14 = home.children0To14;
        if (home.kind == Home::Kind::Building) {
            placed.building = m_result.buildings.size();
            BuildingCoverage out;
            out.id = home.id;
            out.compoundId = k == Home::kNone ? 0 : compounds[k].id;
            out.residents = home.residents;
            out.residentsSource = home.source;
            out.hasOrigin = hasOrigin;
            out.minutes.assign(categoryCount, kInfinity);
            m_result.buildings.push_back(std::move(out));
        } else if (home.kind == Home::Kind::GridCell) {
            placed.gridHome = m_result.gridHomes.size();
            GridHomeCoverage out;
            out.cellId = home.id;
            out.residents = home.residents;
            out.hasOrigin = hasOrigin;
            out.minutes.assign(categoryCount, kInfinity);
            m_result.gridHomes.push_back(std::move(out));
        }
        if (k != Home::kNone) m_compoundHomes[k].push_back(m_homes.size());
        m_homes.push_back(std::move(placed));
    }
    // Where each home joins the network: a way out on an edge counts at both its ends.
    m_homesAtNode.clear();
    m_homesOnEdge.clear();
    for (std::size_t h = 0; h < m_homes.size(); ++h) {
        const auto home = static_cast<std::uint32_t>(h);
        for (const Origin& o : originsOf(h)) {
            m_homesAtNode.emplace_back(o.node.value(), home);
            if (!o.edge.isValid()) continue;
            m_homesAtNode.emplace_back(o.second.value(), home);
            m_homesOnEdge.emplace_back(o.edge.value(), home);
        }
    }
    for (auto* index : {&m_homesAtNode, &m_homesOnEdge}) {
        std::sort(index->begin(), index->end());
        index->erase(std::unique(index->begin(), index->end()), index->end());
    }
    m_totalResidents = m_total60Plus = m_total0To14 = 0.0;
    m_cohorts.clear();
    m_cohorts.reserve(m_homes.size());
    for (const PlacedHome& home : m_homes) {
        m_totalResidents += home.residents;
        m_total60Plus += home.residents60Plus;
        m_total0To14 += home.children0To14;
        m_cohorts.push_back({home.residents, home.residents60Plus, home.children0To14});
    }
    // A compound's median weighs its homes by residents; one nobody is known to live in weighs
    // them alike.
    m_medianWeight.assign(m_homes.size(), 0.0);
    for (const std::vector<std::size_t>& homes : m_compoundHomes) {
        const bool empty = std::none_of(homes.begin(), homes.end(),
                                        [&](std::size_t h) { return m_homes[h].residents > 0.0; });
        for (const std::size_t h : homes) m_medianWeight[h] = empty ? 1.0 : m_homes[h].residents;
    }

    ResidentsSummary& summary = m_result.residents;
    summary = ResidentsSummary();
    summary.plotRatio = residents.plotRatio;
    summary.grid = residents.grid;
    summary.cohortGrids = residents.cohortGrids;
    m_result.compounds.assign(compounds.size(), {});
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const CompoundResidents& r = residents.compounds[k];
        CompoundCoverage& out = m_result.compounds[k];
        out.id = compounds[k].id;
        out.name = compounds[k].name;
        out.population = r.population;
        out.residents60Plus = r.residents60Plus;
        out.children0To14 = r.children0To14;
        out.populationEstimated = r.estimated;
        out.residentsSource = r.source;
        out.cohortSource = r.cohortSource;
        out.plotRatio = r.plotRatio;
        out.homeBuildings = r.buildings;
        out.minutes.assign(categoryCount, kInfinity);
        out.hasOrigin = std::any_of(m_compoundHomes[k].begin(), m_compoundHomes[k].end(),
                                    [&](std::size_t h) { return !originsOf(h).empty(); });
        ++summary.compoundsBySource[std::size_t(r.source)];
    }
    for (const Home& home : residents.homes) {
        summary.residentsBySource[std::size_t(home.source)] += home.residents;
        if (home.compound != Home::kNone) continue;
        ++summary.homesOutsideCompounds;
        summary.residentsOutsideCompounds += home.residents;
    }
    m_result.population = std::llround(residents.population);
    m_result.residents60Plus = std::llround(residents.residents60Plus);
    m_result.children0To14 = std::llround(residents.children0To14);
}

void CoverageAnalysis::snapFacility(const project::Facility& facility, std::size_t category) {
    auto& unsnapped = m_result.unsnapped;
    unsnapped.erase(std::remove_if(unsnapped.begin(), unsnapped.end(),
                                   [&](const UnsnappedFacility& u) { return u.id == facility.id; }),
                    unsnapped.end());
    const network::SnapResult s = m_snapper->snap(facility.position, m_options.maxSnapDistance);
    SearchSource source;
    if (s.isSnapped()) {
        source = SearchSource::at(s.position);
    } else {
        unsnapped.push_back(unsnappedFacility(facility, s));
    }
    const auto placed = m_placed.find(facility.id);
    if (placed != m_placed.end() && placed->second.category == category) {
        const SearchSource before = m_times->sources(category)[placed->second.index];
        m_times->moveSource(category, placed->second.index, source);
        noteRepair(category, before, source);
        return;
    }
    const std::size_t index = m_times->addSource(category, source);
    noteRepair(category, SearchSource(), source);
    m_sourceFacility[category].resize(index + 1, 0);
    m_sourceFacility[category][index] = facility.id;
    m_placed[facility.id] = {category, index};
}

void CoverageAnalysis::startRun() {
    m_result = CoverageResult();
    m_result.thresholdsMinutes = m_options.thresholdsMinutes;
    m_placed.clear();
    m_times.reset();
    m_repairs.clear();

    for (const catalog::Category& c : m_project->catalog().categories()) {
        CategoryCoverage entry;
        entry.code = c.code;
        entry.nameZh = c.nameZh;
        if (c.walkMinutes) {
            entry.targetMinutes = *c.walkMinutes;
            entry.targetFromCatalog = true;
        }
        m_result.categories.push_back(std::move(entry));
    }
    std::set<std::string> unknown;
    for (const project::Facility& f : m_project->facilities().items())
        if (counts(f) && m_project->catalog().find(f.categoryCode) == nullptr)
            unknown.insert(f.categoryCode);
    for (const std::string& code : unknown) categoryOf(code);
}

std::vector<std::vector<SearchSource>> CoverageAnalysis::placeAll() {
    // Snap every counted facility; unsnapped ones stay as absent sources, keeping indices.
    const std::size_t categoryCount = m_result.categories.size();
    std::vector<std::vector<SearchSource>> sources(categoryCount);
    m_sourceFacility.assign(categoryCount, {});
    for (const project::Facility& f : m_project->facilities().items()) {
        if (!counts(f)) continue;
        const std::size_t c = categoryOf(f.categoryCode);
        const network::SnapResult s = m_snapper->snap(f.position, m_options.maxSnapDistance);
        if (s.isSnapped()) {
            sources[c].push_back(SearchSource::at(s.position));
        } else {
            sources[c].push_back(SearchSource());
            m_result.unsnapped.push_back(unsnappedFacility(f, s));
        }
        m_placed[f.id] = {c, sources[c].size() - 1};
        m_sourceFacility[c].push_back(f.id);
    }
    placeHomes();
    return sources;
}

bool CoverageAnalysis::run(const RunControl& control) {
    CoverageAnalysis* self = this;
    return runAll(std::span<CoverageAnalysis* const>(&self, 1), control);
}

bool CoverageAnalysis::runAll(std::span<CoverageAnalysis* const> analyses,
                              const RunControl& control) {
    // One pool for everything. First in its queue, one task per analysis places the facilities
    // and homes; then one task per (analysis, category) searches the category and measures it
    // at once, while its times are still in the cache. A category task waits for the placing of
    // its analysis, which an earlier task has taken; there are no other waits, so no thread
    // idles while another finishes a step.
    struct Placing {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;  // guarded by mutex
        bool failed = false;    // guarded by mutex
    };
    std::vector<Placing> placing(analyses.size());
    std::vector<std::pair<std::size_t, std::size_t>> categories;  // (analysis, category)
    for (std::size_t i = 0; i < analyses.size(); ++i) {
        analyses[i]->startRun();
        for (std::size_t c = 0; c < analyses[i]->m_result.categories.size(); ++c)
            categories.emplace_back(i, c);
    }
    const auto place = [&](std::size_t i) {
        const auto announce = [&](bool failed) {
            const std::lock_guard lock(placing[i].mutex);
            placing[i].finished = true;
            placing[i].failed = failed;
            placing[i].done.notify_all();
        };
        CoverageAnalysis& a = *analyses[i];
        try {
            std::vector<std::vector<SearchSource>> sources = a.placeAll();
            a.m_times = std::make_unique<NearestTimes>(
                NearestTimes::Deferred(), *a.m_graph, *a.m_costs, std::move(sources),
                network::Seconds(a.m_options.budgetMinutes * 60.0), a.m_options.repairable);
            a.m_homeMinutes.assign(a.m_result.categories.size(), {});
        } catch (...) {
            announce(true);  // the categories waiting for it give up; the pool rethrows
            throw;
        }
        announce(false);
    };
    const auto placed = [&](std::size_t i) {
        std::unique_lock lock(placing[i].mutex);
        placing[i].done.wait(lock, [&] { return placing[i].finished; });
        return !placing[i].failed;
    };

    const bool complete = detail::runParallel(analyses.size() + categories.size(), control, [&] {
        return [&, workspace = NearestTimes::Workspace()](std::size_t task) mutable {
            if (task < analyses.size()) {
                place(task);
                return true;
            }
            const auto [i, c] = categories[task - analyses.size()];
            if (!placed(i)) return false;
            CoverageAnalysis& a = *analyses[i];
            if (!a.m_times->compute(c, workspace, control.cancel)) return false;
            a.measureCategory(c);
            // Nothing reads an unrepairable analysis' times once measured: reuse the memory.
            if (!a.m_options.repairable) a.m_times->release(c, workspace);
            return true;
        };
    });
    if (!complete) {
        for (CoverageAnalysis* a : analyses) {
            a->m_times.reset();
            a->m_result.complete = false;
        }
        return false;
    }
    for (CoverageAnalysis* a : analyses) {
        a->m_times->finish(true);
        a->publishHomeMinutes(0, a->m_homeMinutes.size());
        a->measureCompleteness();
        a->m_result.complete = true;
    }
    if (control.progress) control.progress(1.0);
    return true;
}

template <class NodeSeconds>
double CoverageAnalysis::secondsVia(std::size_t home, const NodeSeconds& nodeSeconds,
                                    const EdgeSources& onEdges) const {
    double best = kInfinity;
    for (const Origin& o : originsOf(home)) {
        double t = nodeSeconds(o.node);
        if (o.edge.isValid()) {
            // A position on an edge: through either end, or straight from a facility on the
            // same edge.
            t = std::min(t + o.fromFirst, nodeSeconds(o.second) + o.fromSecond);
            auto it = std::lower_bound(onEdges.begin(), onEdges.end(),
                                       std::pair(o.edge.value(), -kInfinity));
            if (it != onEdges.end() && it->first == o.edge.value()) {
                const network::StreetGraph& graph = *m_graph;
                const std::span<const float> arcSeconds = m_costs->arcSeconds();
                const double length = graph.length(o.edge).value();
                const double forward = arcSeconds[graph.edgeArc(o.edge, true).value()];
                const double backward = arcSeconds[graph.edgeArc(o.edge, false).value()];
                for (; it != onEdges.end() && it->first == o.edge.value(); ++it) {
                    const double from = it->second;
                    t = std::min(t, from <= o.offsetM
                                        ? partOfArc(length, o.offsetM - from, forward)
                                        : partOfArc(length, from - o.offsetM, backward));
                }
            }
        }
        best = std::min(best, t + o.extraSeconds);
    }
    return best <= m_options.budgetMinutes * 60.0 ? best : kInfinity;
}

double CoverageAnalysis::homeSeconds(std::size_t home, std::size_t category,
                                     const EdgeSources& onEdges) const {
    const std::span<const float> seconds = m_times->seconds(category);
    return secondsVia(
        home, [&](network::NodeId node) { return double(seconds[node.value()]); }, onEdges);
}

HomeResidents CoverageAnalysis::homeResidents(std::size_t home) const {
    const PlacedHome& h = m_homes[home];
    return {h.residents, h.residents60Plus, h.children0To14, h.compound, h.building, h.gridHome, h.at};
}

SearchSource CoverageAnalysis::placeFacility(geo::LonLat at) const {
    const network::SnapResult s = snapPlace(at);
    return s.isSnapped() ? SearchSource::at(s.position) : SearchSource();
}

network::SnapResult CoverageAnalysis::snapPlace(geo::LonLat at) const {
    return m_snapper->snap(at, m_options.maxSnapDistance);
}

ReachSearch CoverageAnalysis::makeSearch() const { return ReachSearch(*m_graph, *m_costs); }

std::vector<HomeTime> CoverageAnalysis::homesReachedFrom(const SearchSource& source,
                                                         double limitSeconds,
                                                         ReachSearch& search) const {
    std::vector<HomeTime> reached;
    if (source.isAbsent()) return reached;
    const double limit = std::min(limitSeconds, m_options.budgetMinutes * 60.0);
    search.start(network::Seconds(limit));
    search.addSource(source);
    search.run();

    // Every home with a way out at a reached node, or on an edge with a reached end or the
    // source on it.
    std::vector<std::uint32_t> candidates;
    auto homesOn = [&](const std::vector<std::pair<std::uint32_t, std::uint32_t>>& index,
                       std::uint32_t key) {
        auto it = std::lower_bound(index.begin(), index.end(), std::pair(key, std::uint32_t(0)));
        for (; it != index.end() && it->first == key; ++it) candidates.push_back(it->second);
    };
    for (const ReachedNode& n : search.settled()) homesOn(m_homesAtNode, n.node.value());
    EdgeSources onEdges;
    if (source.isOnEdge()) {
        homesOn(m_homesOnEdge, source.edge().value());
        onEdges.emplace_back(source.edge().value(), source.offset().value());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    const auto nodeSeconds = [&](network::NodeId node) { return search.timeTo(node).value(); };
    for (const std::uint32_t h : candidates) {
        const double seconds = secondsVia(h, nodeSeconds, onEdges);
        if (seconds <= limit) reached.push_back({h, seconds});
    }
    return reached;
}

void CoverageAnalysis::measureCategory(std::size_t category,
                                       const std::vector<std::uint32_t>* homes) {
    CategoryCoverage& c = m_result.categories[category];
    c.facilities = 0;
    c.facilitiesSnapped = 0;
    const std::vector<SearchSource>& sources = m_times->sources(category);
    for (std::size_t i = 0; i < m_sourceFacility[category].size(); ++i) {
        if (m_sourceFacility[category][i] == 0) continue;
        ++c.facilities;
        if (i < sources.size() && !sources[i].isAbsent()) ++c.facilitiesSnapped;
    }
    c.isRelevant = c.facilities > 0 || c.targetFromCatalog;

    // Each home's time; a compound's is the residents-weighted median of its homes'.
    EdgeSources onEdges;
    for (const SearchSource& s : sources)
        if (s.isOnEdge()) onEdges.emplace_back(s.edge().value(), s.offset().value());
    std::sort(onEdges.begin(), onEdges.end());
    std::vector<double>& homeMinutes = m_homeMinutes[category];
    // The compounds whose median is redone: all, or those of the homes timed again.
    std::vector<std::size_t> compounds;
    if (homes == nullptr) {
        homeMinutes.assign(m_homes.size(), kInfinity);
        for (std::size_t h = 0; h < m_homes.size(); ++h)
            homeMinutes[h] = homeSeconds(h, category, onEdges) / 60.0;
        compounds.resize(m_result.compounds.size());
        std::iota(compounds.begin(), compounds.end(), std::size_t(0));
    } else {
        for (const std::uint32_t h : *homes) {
            homeMinutes[h] = homeSeconds(h, category, onEdges) / 60.0;
            if (m_homes[h].building != Home::kNone)
                m_result.buildings[m_homes[h].building].minutes[category] = homeMinutes[h];
            if (m_homes[h].gridHome != Home::kNone)
                m_result.gridHomes[m_homes[h].gridHome].minutes[category] = homeMinutes[h];
            if (m_homes[h].compound != Home::kNone) compounds.push_back(m_homes[h].compound);
        }
        std::sort(compounds.begin(), compounds.end());
        compounds.erase(std::unique(compounds.begin(), compounds.end()), compounds.end());
    }
    std::vector<std::pair<double, double>> byTime;  // minutes, weight
    for (const std::size_t k : compounds) {
        CompoundCoverage& compound = m_result.compounds[k];
        byTime.clear();
        for (const std::size_t h : m_compoundHomes[k])
            byTime.emplace_back(homeMinutes[h], m_medianWeight[h]);
        std::sort(byTime.begin(), byTime.end());
        double total = 0.0;
        for (const auto& entry : byTime) total += entry.second;
        double minutes = kInfinity;
        double accumulated = 0.0;
        for (const auto& [time, weight] : byTime) {
            accumulated += weight;
            if (accumulated >= 0.5 * total) {
                minutes = time;
                break;
            }
        }
        compound.minutes[category] = minutes;
    }
    c.blindSpots.clear();
    for (const CompoundCoverage& compound : m_result.compounds)
        if (!(compound.minutes[category] <= c.targetMinutes)) c.blindSpots.push_back(compound.id);

    // The totals are sums of the same homes' residents, so a share only passes 1 by rounding.
    // One pass over the homes for every threshold; each sum adds its homes in home order.
    auto share = [](double part, double total) { return total > 0.0 ? std::min(1.0, part / total) : 0.0; };
    const std::vector<double>& thresholds = m_options.thresholdsMinutes;
    std::vector<std::array<double, 3>> within(thresholds.size(), {0.0, 0.0, 0.0});
    for (std::size_t h = 0; h < m_homes.size(); ++h) {
        const double minutes = homeMinutes[h];
        const std::array<double, 3>& cohorts = m_cohorts[h];
        for (std::size_t t = 0; t < thresholds.size(); ++t) {
            if (!(minutes <= thresholds[t])) continue;
            within[t][0] += cohorts[0];
            within[t][1] += cohorts[1];
            within[t][2] += cohorts[2];
        }
    }
    c.shares.clear();
    for (std::size_t t = 0; t < thresholds.size(); ++t)
        c.shares.push_back({thresholds[t], share(within[t][0], m_totalResidents),
                            share(within[t][1], m_total60Plus), share(within[t][2], m_total0To14)});
}

void CoverageAnalysis::noteRepair(std::size_t category, const SearchSource& before,
                                  const SearchSource& after) {
    auto it = std::find_if(m_repairs.begin(), m_repairs.end(),
                           [&](const Repair& r) { return r.category == category; });
    if (it == m_repairs.end()) {
        m_repairs.push_back({category, false, {}});
        it = std::prev(m_repairs.end());
    }
    Repair& repair = *it;
    if (repair.all) return;
    const std::span<const std::uint32_t> nodes = m_times->lastChangedNodes();
    // Looking every node up costs more than timing every home once this many have changed.
    if (nodes.size() > m_homesAtNode.size() / 8) {
        repair.all = true;
        repair.homes.clear();
        return;
    }
    const auto homesOn = [&](const std::vector<std::pair<std::uint32_t, std::uint32_t>>& index,
                             std::uint32_t key) {
        auto at = std::lower_bound(index.begin(), index.end(), std::pair(key, std::uint32_t(0)));
        for (; at != index.end() && at->first == key; ++at) repair.homes.push_back(at->second);
    };
    // A home's time reads its ways out: nodes, or the two ends of an edge and the facilities on
    // that edge (secondsVia).
    for (const std::uint32_t node : nodes) homesOn(m_homesAtNode, node);
    for (const SearchSource* s : {&before, &after})
        if (s->isOnEdge()) homesOn(m_homesOnEdge, s->edge().value());
}

void CoverageAnalysis::measureRepaired() {
    for (Repair& repair : m_repairs) {
        if (repair.all) {
            measureCategory(repair.category);
            publishHomeMinutes(repair.category, repair.category + 1);
            continue;
        }
        std::sort(repair.homes.begin(), repair.homes.end());
        repair.homes.erase(std::unique(repair.homes.begin(), repair.homes.end()),
                           repair.homes.end());
        measureCategory(repair.category, &repair.homes);
    }
    m_repairs.clear();
}

void CoverageAnalysis::publishHomeMinutes(std::size_t first, std::size_t end) {
    for (std::size_t h = 0; h < m_homes.size(); ++h) {
        const PlacedHome& home = m_homes[h];
        std::vector<double>* minutes = home.building != Home::kNone
                                           ? &m_result.buildings[home.building].minutes
                                       : home.gridHome != Home::kNone
                                           ? &m_result.gridHomes[home.gridHome].minutes
                                           : nullptr;
        if (minutes == nullptr) continue;
        for (std::size_t c = first; c < end; ++c) (*minutes)[c] = m_homeMinutes[c][h];
    }
}

void CoverageAnalysis::measureCompleteness() {
    for (CompoundCoverage& compound : m_result.compounds) {
        compound.relevantCategories = 0;
        compound.categoriesWithinTarget = 0;
        for (std::size_t c = 0; c < m_result.categories.size(); ++c) {
            const CategoryCoverage& category = m_result.categories[c];
            if (!category.isRelevant) continue;
            ++compound.relevantCategories;
            if (compound.minutes[c] <= category.targetMinutes) ++compound.categoriesWithinTarget;
        }
        compound.completeness =
            compound.relevantCategories > 0
                ? double(compound.categoriesWithinTarget) / double(compound.relevantCategories)
                : 0.0;
    }
}

std::vector<std::size_t> CoverageAnalysis::updateFacility(const project::Facility& facility) {
    if (!m_result.complete || !m_times) throw std::logic_error("coverage: run() first");
    std::vector<std::size_t> touched;
    const auto placed = m_placed.find(facility.id);
    const bool counted = counts(facility);
    const auto& categories = m_result.categories;
    const bool knownCategory =
        std::any_of(categories.begin(), categories.end(),
                    [&](const CategoryCoverage& c) { return c.code == facility.categoryCode; });
    if (!m_options.repairable) throw std::logic_error("coverage: made without repairs");
    if (counted && !knownCategory) {
        // A code never seen before needs a new search slot: recompute everything.
        RunControl control;
        run(control);
        touched.resize(m_result.categories.size());
        for (std::size_t i = 0; i < touched.size(); ++i) touched[i] = i;
        return touched;
    }
    const std::size_t target = counted ? categoryOf(facility.categoryCode) : 0;
    if (placed != m_placed.end() && (!counted || placed->second.category != target)) {
        const Placed old = placed->second;
        const SearchSource before = m_times->sources(old.category)[old.index];
        m_times->removeSource(old.category, old.index);
        noteRepair(old.category, before, SearchSource());
        m_sourceFacility[old.category][old.index] = 0;
        m_placed.erase(placed);
        auto& unsnapped = m_result.unsnapped;
        unsnapped.erase(std::remove_if(unsnapped.begin(), unsnapped.end(),
                                       [&](const UnsnappedFacility& u) {
                                           return u.id == facility.id;
                                       }),
                        unsnapped.end());
        touched.push_back(old.category);
    }
    if (counted) {
        snapFacility(facility, target);
        touched.push_back(target);
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    measureRepaired();
    measureCompleteness();
    return touched;
}

std::vector<std::size_t> CoverageAnalysis::removeFacility(project::FeatureId id) {
    if (!m_result.complete || !m_times) throw std::logic_error("coverage: run() first");
    const auto placed = m_placed.find(id);
    if (!m_options.repairable) throw std::logic_error("coverage: made without repairs");
    if (placed == m_placed.end()) return {};
    const Placed old = placed->second;
    const SearchSource before = m_times->sources(old.category)[old.index];
    m_times->removeSource(old.category, old.index);
    noteRepair(old.category, before, SearchSource());
    m_sourceFacility[old.category][old.index] = 0;
    m_placed.erase(placed);
    auto& unsnapped = m_result.unsnapped;
    unsnapped.erase(std::remove_if(unsnapped.begin(), unsnapped.end(),
                                   [&](const UnsnappedFacility& u) { return u.id == id; }),
                    unsnapped.end());
    measureRepaired();
    measureCompleteness();
    return {old.category};
}

}  // namespace yike::access
