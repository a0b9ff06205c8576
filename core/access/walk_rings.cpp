// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/walk_rings.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/project/project.h"

namespace yike::access {

namespace {

/// The nodes at both ends of the passage edges the graph builder made through a gate.
std::vector<network::NodeId> passageNodes(const network::StreetGraph& graph,
                                          project::FeatureId gateId) {
    std::vector<network::NodeId> nodes;
    for (std::uint32_t e = 0; e < graph.edgeCount(); ++e) {
        const network::EdgeId edge(e);
        const auto& gate = graph.facts(edge).gate;
        if (!gate || gate->gateId != gateId) continue;
        nodes.push_back(graph.edgeFirst(edge));
        nodes.push_back(graph.edgeSecond(edge));
    }
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    return nodes;
}

/// Fills the centre of `rings` and returns where the walk starts.
std::vector<SearchSource> startOf(const AnalysisSession& session, const CoverageAnalysis& analysis,
                                  const WalkRingsRequest& request, WalkRings& rings) {
    const project::Project& project = session.project();
    switch (request.centreKind) {
        case RingCentreKind::Facility: {
            const project::Facility* f = project.facilities().find(request.centreId);
            const std::string name = "facility " + std::to_string(request.centreId);
            if (f == nullptr) throw PlaceError(PlaceErrorReason::UnknownFacility, "no " + name);
            if (!isCounted(*f, request.includePlanned))
                throw PlaceError(PlaceErrorReason::NotCounted,
                                 name + " is planned, and only existing facilities were asked for");
            rings.centreName = f->name;
            rings.centre = f->position;
            return {SearchSource::at(placeOnStreets(analysis, f->position, name))};
        }
        case RingCentreKind::Gate: {
            const project::Gate* g = project.gates().find(request.centreId);
            const std::string name = "gate " + std::to_string(request.centreId);
            if (g == nullptr) throw PlaceError(PlaceErrorReason::UnknownGate, "no " + name);
            rings.centreName = g->name;
            rings.centre = g->position;
            // The gates the coverage analysis lets residents of this profile use.
            const project::WalkProfile& profile = analysis.costs().profile();
            if (g->kind == project::GateKind::Vehicle && !profile.vehicleGatesPassable)
                throw PlaceError(PlaceErrorReason::GateImpassable,
                                 name + " is a vehicle gate, which walk profile '" + profile.code
                                     + "' does not use");
            if (!analysis.isGateOpen(*g))
                throw PlaceError(PlaceErrorReason::GateImpassable, name + " is closed");
            const std::vector<network::NodeId> nodes = passageNodes(session.graph(), g->id);
            if (nodes.empty())
                return {SearchSource::at(placeOnStreets(analysis, g->position, name))};
            std::vector<SearchSource> start;
            for (const network::NodeId node : nodes) start.push_back(SearchSource::atNode(node));
            return start;
        }
        case RingCentreKind::Point:
            break;
    }
    rings.centre = request.point;
    return {SearchSource::at(placeOnStreets(analysis, request.point, "the point"))};
}

}  // namespace

const char* toCode(RingCentreKind kind) {
    switch (kind) {
        case RingCentreKind::Facility:
            return "facility";
        case RingCentreKind::Gate:
            return "gate";
        case RingCentreKind::Point:
            break;
    }
    return "point";
}

WalkRingsRequest WalkRingsRequest::atFacility(project::FeatureId id) {
    WalkRingsRequest r;
    r.centreKind = RingCentreKind::Facility;
    r.centreId = id;
    return r;
}

WalkRingsRequest WalkRingsRequest::atGate(project::FeatureId id) {
    WalkRingsRequest r;
    r.centreKind = RingCentreKind::Gate;
    r.centreId = id;
    return r;
}

WalkRingsRequest WalkRingsRequest::atPoint(geo::LonLat point) {
    WalkRingsRequest r;
    r.centreKind = RingCentreKind::Point;
    r.point = point;
    return r;
}

WalkRings walkRings(AnalysisSession& session, const WalkRingsRequest& request,
                    const RunControl& control) {
    if (request.minutes.empty()
        || std::any_of(request.minutes.begin(), request.minutes.end(),
                       [](double m) { return !(m > 0.0) || !std::isfinite(m); }))
        throw PlaceError(PlaceErrorReason::BadMinutes,
                         "walk rings need one or more finite minutes above 0");
    WalkRings rings;
    rings.profileCode = request.profileCode;
    rings.centreKind = request.centreKind;
    rings.centreId = request.centreKind == RingCentreKind::Point ? 0 : request.centreId;
    // The rings need the walk costs and the snapping of the profile's analysis, not its
    // measures: a prepared analysis, which costs no search over the city.
    if (session.project().walkProfile(request.profileCode) == nullptr)
        throw PlaceError(PlaceErrorReason::MissingProfile,
                         "the project has no walk profile '" + request.profileCode + "'");
    CoverageOptions options;
    options.includePlanned = request.includePlanned;
    const CoverageAnalysis* analysis = &session.prepared(request.profileCode, options);
    rings.start = startOf(session, *analysis, request, rings);

    const double largest = *std::max_element(request.minutes.begin(), request.minutes.end());
    PlaceWalk walk(session.graph(), analysis->costs(), rings.start);
    if (!walk.run(network::Seconds(largest * 60.0), control.cancel)) {
        rings.complete = false;
        return rings;
    }
    std::vector<network::Seconds> thresholds;
    for (const double m : request.minutes) thresholds.emplace_back(m * 60.0);
    RunControl cancelOnly;
    cancelOnly.cancel = control.cancel;
    CatchmentResult areas = walk.areas(thresholds, cancelOnly);
    if (!areas.complete) {
        rings.complete = false;
        return rings;
    }
    for (std::size_t i = 0; i < request.minutes.size(); ++i)
        rings.rings.push_back({request.minutes[i], std::move(areas.catchments[i].polygons)});
    return rings;
}

}  // namespace yike::access
