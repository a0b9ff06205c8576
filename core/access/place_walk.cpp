// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/place_walk.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <stdexcept>
#include <utility>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/project/project.h"

namespace yike::access {

using network::ArcId;
using network::EdgeId;
using network::Meters;
using network::NodeId;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Seconds for `metres` of an edge of `length` whose arc takes `arc` seconds.
double part(double metres, double length, double arc) {
    return length > 0.0 && metres > 0.0 ? metres / length * arc : 0.0;
}

std::string metresText(double metres) {
    return std::to_string(std::lround(metres)) + " m";
}

/// Appends `piece` to `line`, without repeating the point where they join.
void extend(geo::LineString& line, const geo::LineString& piece) {
    for (const geo::LonLat p : piece)
        if (line.empty() || !(line.back() == p)) line.push_back(p);
}

}  // namespace

PlaceWalk::PlaceWalk(const network::StreetGraph& graph, const network::WalkCost& costs,
                     std::vector<SearchSource> sources)
    : m_graph(&graph), m_costs(&costs), m_sources(std::move(sources)), m_search(graph, costs) {}

bool PlaceWalk::run(network::Seconds budget, const std::atomic<bool>* cancel) {
    m_search.start(budget);
    for (const SearchSource& source : m_sources) m_search.addSource(source);
    return m_search.run(cancel);
}

double PlaceWalk::secondsTo(const SearchSource& target) const {
    const network::StreetGraph& graph = *m_graph;
    if (target.isNode()) return m_search.timeTo(target.node()).value();
    if (!target.isOnEdge()) return kInfinity;
    const EdgeId edge = target.edge();
    const double offset = target.offset().value();
    const double length = graph.length(edge).value();
    const double forward = m_costs->seconds(graph.edgeArc(edge, true)).value();
    const double backward = m_costs->seconds(graph.edgeArc(edge, false)).value();
    double t = std::min(
        m_search.timeTo(graph.edgeFirst(edge)).value() + part(offset, length, forward),
        m_search.timeTo(graph.edgeSecond(edge)).value() + part(length - offset, length, backward));
    for (const SearchSource& source : m_sources) {
        if (!source.isOnEdge() || source.edge() != edge) continue;
        const double from = source.offset().value();
        t = std::min(t, from <= offset ? part(offset - from, length, forward)
                                       : part(from - offset, length, backward));
    }
    return t;
}

CatchmentResult PlaceWalk::areas(std::span<const network::Seconds> thresholds,
                                 const RunControl& control, const CatchmentOptions& options) const {
    CatchmentBuilder builder(*m_graph, *m_costs, options);
    builder.setReach(m_search, m_sources);
    return builder.build(thresholds, control);
}

std::optional<WalkRoute> PlaceWalk::routeTo(const SearchSource& target) const {
    const network::StreetGraph& graph = *m_graph;
    const double seconds = secondsTo(target);
    if (!(seconds < kInfinity)) return std::nullopt;

    WalkRoute route;
    route.seconds = seconds;
    // The last piece: from the node the path ends at to the target, along the target's edge.
    NodeId end;
    EdgeId lastEdge;
    double lastFrom = 0.0;
    double lastTo = 0.0;
    if (target.isNode()) {
        end = target.node();
    } else {
        const EdgeId edge = target.edge();
        const double offset = target.offset().value();
        const double length = graph.length(edge).value();
        const double forward = m_costs->seconds(graph.edgeArc(edge, true)).value();
        const double backward = m_costs->seconds(graph.edgeArc(edge, false)).value();
        for (const SearchSource& source : m_sources) {
            if (!source.isOnEdge() || source.edge() != edge) continue;
            const double from = source.offset().value();
            const double along = from <= offset ? part(offset - from, length, forward)
                                                : part(from - offset, length, backward);
            if (along == seconds) {
                route.line = network::edgePart(graph, edge, Meters(from), Meters(offset));
                route.metres = std::abs(offset - from);
                if (route.metres > 0.0) route.edges.push_back(edge);
                if (route.metres > 0.0 && graph.facts(edge).gate)
                    route.gates.push_back(graph.facts(edge).gate->gateId);
                return route;
            }
        }
        lastEdge = edge;
        lastTo = offset;
        if (m_search.timeTo(graph.edgeFirst(edge)).value() + part(offset, length, forward)
            == seconds) {
            end = graph.edgeFirst(edge);
            lastFrom = 0.0;
        } else {
            end = graph.edgeSecond(edge);
            lastFrom = length;
        }
    }

    // Trace the path back from `end` to a source's seed.
    std::vector<std::uint32_t> rank(graph.nodeCount(), std::numeric_limits<std::uint32_t>::max());
    const std::vector<ReachedNode>& settled = m_search.settled();
    for (std::size_t i = 0; i < settled.size(); ++i)
        rank[settled[i].node.value()] = static_cast<std::uint32_t>(i);
    const std::span<const float> arcSeconds = m_costs->arcSeconds();
    auto timeOf = [&](NodeId node) { return static_cast<float>(m_search.timeTo(node).value()); };

    std::vector<ArcId> path;  // arcs in reverse walking order
    const SearchSource* start = nullptr;
    NodeId v = end;
    while (start == nullptr) {
        const float t = timeOf(v);
        for (const SearchSource& source : m_sources) {
            const SourceSeeds seeds = sourceSeeds(graph, *m_costs, source);
            for (std::size_t i = 0; i < seeds.count; ++i)
                if (seeds.seeds[i].node == v && seeds.seeds[i].seconds == t) start = &source;
            if (start != nullptr) break;
        }
        if (start != nullptr) break;
        bool stepped = false;
        for (const ArcId out : graph.arcs(v)) {
            const NodeId u = graph.arcHead(out);
            const ArcId in = graph.edgeArc(graph.arcEdge(out), !graph.arcIsForward(out));
            if (rank[u.value()] < rank[v.value()] && timeOf(u) + arcSeconds[in.value()] == t) {
                path.push_back(in);
                v = u;
                stepped = true;
                break;
            }
        }
        if (!stepped) throw std::logic_error("the walk's times do not lead back to its place");
    }
    std::reverse(path.begin(), path.end());

    // An edge walked for `metres`; zero-length gate passages count, 0 m of a street does not.
    auto walked = [&](EdgeId edge, double metres) {
        if (metres <= 0.0 && graph.length(edge).value() > 0.0) return;
        route.edges.push_back(edge);
        route.metres += metres;
    };
    // The first piece: from the source's position along its edge to the node it seeds.
    if (start->isOnEdge()) {
        const EdgeId edge = start->edge();
        const double length = graph.length(edge).value();
        const double from = std::clamp(start->offset().value(), 0.0, length);
        // A loop edge seeds its one node from both sides: take the shorter way round.
        const bool toFirst =
            graph.edgeFirst(edge) == v && (graph.edgeSecond(edge) != v || from <= length - from);
        const double to = toFirst ? 0.0 : length;
        extend(route.line, network::edgePart(graph, edge, Meters(from), Meters(to)));
        walked(edge, std::abs(to - from));
    } else {
        route.line.push_back(graph.lonLat(v));
    }
    for (const ArcId arc : path) {
        const EdgeId edge = graph.arcEdge(arc);
        const double length = graph.length(edge).value();
        const bool forward = graph.arcIsForward(arc);
        extend(route.line, network::edgePart(graph, edge, Meters(forward ? 0.0 : length),
                                             Meters(forward ? length : 0.0)));
        walked(edge, length);
    }
    if (lastEdge.isValid()) {
        extend(route.line, network::edgePart(graph, lastEdge, Meters(lastFrom), Meters(lastTo)));
        walked(lastEdge, std::abs(lastTo - lastFrom));
    }
    for (const EdgeId edge : route.edges) {
        const auto& gate = graph.facts(edge).gate;
        if (gate && (route.gates.empty() || route.gates.back() != gate->gateId))
            route.gates.push_back(gate->gateId);
    }
    return route;
}

network::EdgePosition placeOnStreets(const CoverageAnalysis& analysis, geo::LonLat place,
                                     const std::string& what) {
    const network::SnapResult snap = analysis.snapPlace(place);
    if (snap.isSnapped()) return snap.position;
    std::string why = what + " is not within "
                      + metresText(analysis.options().maxSnapDistance.value())
                      + " of a usable street";
    if (snap.status == network::SnapStatus::TooFar)
        why += " (the nearest is " + metresText(snap.position.snapDistance.value()) + " away)";
    throw PlaceError(PlaceErrorReason::OffNetwork, why);
}

bool isCounted(const project::Facility& facility, bool includePlanned) {
    return facility.status == project::FacilityStatus::Existing
           || (includePlanned && facility.status == project::FacilityStatus::Planned);
}

const CoverageAnalysis* analysisOf(AnalysisSession& session, const std::string& profileCode,
                                   bool includePlanned, const RunControl& control) {
    // AnalysisSession::run falls back to the first profile for an unknown code; a walk said
    // to be "for older walkers" must not silently be measured for adults.
    if (session.project().walkProfile(profileCode) == nullptr)
        throw PlaceError(PlaceErrorReason::MissingProfile,
                         "the project has no walk profile '" + profileCode + "'");
    if (const CoverageAnalysis* analysis = session.analysis(profileCode)) return analysis;
    CoverageOptions options;
    options.includePlanned = includePlanned;
    return session.run(profileCode, options, control);
}

}  // namespace yike::access
