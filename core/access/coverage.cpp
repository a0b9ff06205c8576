// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/coverage.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <stdexcept>

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

/// The area centroid of the outline's outer ring in the frame; the vertex mean when the ring
/// has no area.
geo::LocalXY centroidOf(const geo::Polygon& outline, const geo::LocalFrame& frame) {
    std::vector<geo::LocalXY> ring;
    ring.reserve(outline.outer.size());
    for (const geo::LonLat& p : outline.outer) ring.push_back(frame.toLocal(p));
    double twiceArea = 0.0;
    double cx = 0.0;
    double cy = 0.0;
    double mx = 0.0;
    double my = 0.0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const geo::LocalXY& a = ring[i];
        const geo::LocalXY& b = ring[(i + 1) % ring.size()];
        const double cross = a.x * b.y - b.x * a.y;
        twiceArea += cross;
        cx += (a.x + b.x) * cross;
        cy += (a.y + b.y) * cross;
        mx += a.x;
        my += a.y;
    }
    if (ring.empty()) return {};
    if (std::abs(twiceArea) < 1e-9) return {mx / double(ring.size()), my / double(ring.size())};
    return {cx / (3.0 * twiceArea), cy / (3.0 * twiceArea)};
}

double distanceM(geo::LocalXY a, geo::LocalXY b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

/// Where a compound's residents enter the network: a node (a gate's passage) or a position on
/// an edge (a snapped gate or centroid), and the seconds it takes to get there from home.
struct CoverageAnalysis::Origin {
    network::NodeId node;
    network::EdgeId edge;
    double offsetM = 0.0;
    double extraSeconds = 0.0;
};

CoverageAnalysis::CoverageAnalysis(const project::Project& project,
                                   const network::StreetGraph& graph,
                                   const project::WalkProfile& profile, CoverageOptions options)
    : m_project(&project),
      m_graph(&graph),
      m_options(std::move(options)),
      m_speedMps(profile.speedMps) {
    network::WalkCostOptions costOptions;
    if (m_options.isGateOpen) {
        costOptions.isGateOpen = [this](project::FeatureId gateId) {
            const project::Gate* gate = m_project->gates().find(gateId);
            return gate == nullptr || m_options.isGateOpen(*gate);
        };
    }
    m_costs = std::make_unique<network::WalkCost>(graph, profile, costOptions);
    network::SnapOptions snapOptions;
    snapOptions.minComponentNodes = m_options.minComponentNodes;
    m_snapper = std::make_unique<network::EdgeSnapper>(graph, snapOptions);
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

void CoverageAnalysis::placeOrigins() {
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

    auto snapped = [&](geo::LonLat point, double extraSeconds, std::vector<Origin>& out) {
        const network::SnapResult s = m_snapper->snap(point, m_options.maxSnapDistance);
        if (!s.isSnapped()) return;
        Origin o;
        o.edge = s.position.edge;
        o.offsetM = s.position.offset.value();
        o.extraSeconds = extraSeconds + s.position.snapDistance.value() / m_speedMps;
        out.push_back(o);
    };

    const auto& compounds = m_project->compounds().items();
    m_origins.assign(compounds.size(), {});
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const project::Compound& compound = compounds[k];
        const geo::LocalXY centroid = centroidOf(compound.outline, frame);
        const auto gates = gatesOf.find(compound.id);
        if (!compound.fenced || gates == gatesOf.end()) {
            snapped(frame.toLonLat(centroid), 0.0, m_origins[k]);
            continue;
        }
        for (const project::Gate* gate : gates->second) {
            if (gate->kind == project::GateKind::Vehicle && !profile.vehicleGatesPassable)
                continue;
            if (m_options.isGateOpen && !m_options.isGateOpen(*gate)) continue;
            const double inside = distanceM(centroid, frame.toLocal(gate->position))
                                  * m_options.insideDetourFactor / m_speedMps;
            const auto passage = passages.find(gate->id);
            if (passage == passages.end()) {
                snapped(gate->position, inside, m_origins[k]);
                continue;
            }
            for (const network::NodeId node : passage->second) {
                Origin o;
                o.node = node;
                o.extraSeconds = inside;
                m_origins[k].push_back(o);
            }
        }
    }
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
        UnsnappedFacility u;
        u.id = facility.id;
        u.categoryCode = facility.categoryCode;
        u.status = s.status;
        u.smallComponent = s.skippedSmallComponent;
        u.distanceM = s.status == network::SnapStatus::TooFar ? s.position.snapDistance.value() : 0.0;
        unsnapped.push_back(std::move(u));
    }
    const auto placed = m_placed.find(facility.id);
    if (placed != m_placed.end() && placed->second.category == category) {
        m_times->moveSource(category, placed->second.index, source);
        return;
    }
    const std::size_t index = m_times->addSource(category, source);
    m_sourceFacility[category].resize(index + 1, 0);
    m_sourceFacility[category][index] = facility.id;
    m_placed[facility.id] = {category, index};
}

bool CoverageAnalysis::run(const RunControl& control) {
    m_result = CoverageResult();
    m_result.thresholdsMinutes = m_options.thresholdsMinutes;
    m_placed.clear();
    m_times.reset();

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
            UnsnappedFacility u;
            u.id = f.id;
            u.categoryCode = f.categoryCode;
            u.status = s.status;
            u.smallComponent = s.skippedSmallComponent;
            u.distanceM =
                s.status == network::SnapStatus::TooFar ? s.position.snapDistance.value() : 0.0;
            m_result.unsnapped.push_back(std::move(u));
        }
        m_placed[f.id] = {c, sources[c].size() - 1};
        m_sourceFacility[c].push_back(f.id);
    }
    placeOrigins();
    if (control.progress) control.progress(0.1);
    if (control.isCancelled()) return false;

    RunControl inner;
    inner.cancel = control.cancel;
    inner.threads = control.threads;
    if (control.progress)
        inner.progress = [&control](double f) { control.progress(0.1 + 0.8 * f); };
    m_times = std::make_unique<NearestTimes>(*m_graph, *m_costs, std::move(sources),
                                             network::Seconds(m_options.budgetMinutes * 60.0),
                                             inner);
    if (!m_times->isComplete() || control.isCancelled()) {
        m_times.reset();
        return false;
    }

    const auto& compounds = m_project->compounds().items();
    m_result.compounds.resize(compounds.size());
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const project::Compound& compound = compounds[k];
        CompoundCoverage& out = m_result.compounds[k];
        out.id = compound.id;
        out.name = compound.name;
        out.hasOrigin = !m_origins[k].empty();
        out.minutes.assign(categoryCount, kInfinity);
        m_result.population += compound.population;
        m_result.residents60Plus += compound.residents60Plus;
        m_result.children0To14 += compound.children0To14;
    }
    for (std::size_t c = 0; c < categoryCount; ++c) measureCategory(c);
    measureCompleteness();
    m_result.complete = true;
    if (control.progress) control.progress(1.0);
    return true;
}

double CoverageAnalysis::originSeconds(std::size_t compound, std::size_t category) const {
    const network::StreetGraph& graph = *m_graph;
    const std::span<const float> seconds = m_times->seconds(category);
    const std::span<const float> arcSeconds = m_costs->arcSeconds();
    double best = kInfinity;
    for (const Origin& o : m_origins[compound]) {
        double t = kInfinity;
        if (o.node.isValid()) {
            t = seconds[o.node.value()];
        } else {
            // A position on an edge: through either end, or straight from a facility on the
            // same edge.
            const double length = graph.length(o.edge).value();
            const double forward = arcSeconds[graph.edgeArc(o.edge, true).value()];
            const double backward = arcSeconds[graph.edgeArc(o.edge, false).value()];
            auto part = [&](double metres, double arc) {
                return length > 0.0 && metres > 0.0 ? metres / length * arc : 0.0;
            };
            t = std::min(double(seconds[graph.edgeFirst(o.edge).value()]) + part(o.offsetM, forward),
                         double(seconds[graph.edgeSecond(o.edge).value()])
                             + part(length - o.offsetM, backward));
            for (const SearchSource& s : m_times->sources(category)) {
                if (!s.isOnEdge() || s.edge() != o.edge) continue;
                const double from = s.offset().value();
                t = std::min(t, from <= o.offsetM ? part(o.offsetM - from, forward)
                                                  : part(from - o.offsetM, backward));
            }
        }
        best = std::min(best, t + o.extraSeconds);
    }
    return best <= m_options.budgetMinutes * 60.0 ? best : kInfinity;
}

void CoverageAnalysis::measureCategory(std::size_t category) {
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

    const auto& compounds = m_project->compounds().items();
    c.blindSpots.clear();
    for (std::size_t k = 0; k < compounds.size(); ++k) {
        const double minutes = originSeconds(k, category) / 60.0;
        m_result.compounds[k].minutes[category] = minutes;
        if (!(minutes <= c.targetMinutes)) c.blindSpots.push_back(compounds[k].id);
    }

    auto share = [](double part, long long total) {
        return total > 0 ? part / double(total) : 0.0;
    };
    c.shares.clear();
    for (const double threshold : m_options.thresholdsMinutes) {
        double all = 0.0;
        double older = 0.0;
        double children = 0.0;
        for (std::size_t k = 0; k < compounds.size(); ++k) {
            if (!(m_result.compounds[k].minutes[category] <= threshold)) continue;
            all += compounds[k].population;
            older += compounds[k].residents60Plus;
            children += compounds[k].children0To14;
        }
        c.shares.push_back({threshold, share(all, m_result.population),
                            share(older, m_result.residents60Plus),
                            share(children, m_result.children0To14)});
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
        m_times->removeSource(old.category, old.index);
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
    for (const std::size_t c : touched) measureCategory(c);
    measureCompleteness();
    return touched;
}

std::vector<std::size_t> CoverageAnalysis::removeFacility(project::FeatureId id) {
    if (!m_result.complete || !m_times) throw std::logic_error("coverage: run() first");
    const auto placed = m_placed.find(id);
    if (placed == m_placed.end()) return {};
    const Placed old = placed->second;
    m_times->removeSource(old.category, old.index);
    m_sourceFacility[old.category][old.index] = 0;
    m_placed.erase(placed);
    auto& unsnapped = m_result.unsnapped;
    unsnapped.erase(std::remove_if(unsnapped.begin(), unsnapped.end(),
                                   [&](const UnsnappedFacility& u) { return u.id == id; }),
                    unsnapped.end());
    measureCategory(old.category);
    measureCompleteness();
    return {old.category};
}

}  // namespace yike::access
