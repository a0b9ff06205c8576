// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guidemap/guide_map.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <tuple>

#include "core/access/analysis_session.h"
#include "core/access/catchment.h"
#include "core/access/coverage.h"
#include "core/access/reach_search.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"

namespace yike::guidemap {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// Where the request puts the centre, before snapping.
geo::LonLat centrePoint(const project::Project& project, const network::StreetGraph& graph,
                        const GuideMapRequest& request) {
    switch (request.centreKind) {
        case CentreKind::Facility:
            if (const project::Facility* f = project.facilities().find(request.centreId))
                return f->position;
            throw GuideMapError(GuideMapErrorReason::UnknownFacility,
                                "no facility with id " + std::to_string(request.centreId));
        case CentreKind::Compound: {
            const project::Compound* c = project.compounds().find(request.centreId);
            if (c == nullptr || c->outline.outer.empty())
                throw GuideMapError(
                    GuideMapErrorReason::UnknownCompound,
                    "no compound with an outline and id " + std::to_string(request.centreId));
            return graph.frame().toLonLat(geo::ringCentroid(c->outline.outer, graph.frame()));
        }
        case CentreKind::Point:
            return request.point;
    }
    return request.point;
}

/**
 * Seconds from the centre to a position on an edge, given the finished search from the centre:
 * the rule of CoverageAnalysis::secondsVia with the centre as the only source.
 *
 *     first o-----C------F--------o second     F reached through first (forward arc),
 *                                              through second (backward arc), or from C
 *                                              straight along the edge when both share it
 */
double secondsTo(const access::ReachSearch& search, const network::StreetGraph& graph,
                 const network::WalkCost& costs, const access::SearchSource& centre,
                 const access::SearchSource& target) {
    const network::EdgeId edge = target.edge();
    const double offset = target.offset().value();
    const double length = graph.length(edge).value();
    const double forward = costs.seconds(graph.edgeArc(edge, true)).value();
    const double backward = costs.seconds(graph.edgeArc(edge, false)).value();
    auto part = [&](double metres, double arc) {
        return length > 0.0 && metres > 0.0 ? metres / length * arc : 0.0;
    };
    double t =
        std::min(search.timeTo(graph.edgeFirst(edge)).value() + part(offset, forward),
                 search.timeTo(graph.edgeSecond(edge)).value() + part(length - offset, backward));
    if (centre.isOnEdge() && centre.edge() == edge) {
        const double from = centre.offset().value();
        t = std::min(t,
                     from <= offset ? part(offset - from, forward) : part(from - offset, backward));
    }
    return t;
}

}  // namespace

GuideMapRequest GuideMapRequest::atFacility(project::FeatureId id) {
    GuideMapRequest r;
    r.centreKind = CentreKind::Facility;
    r.centreId = id;
    return r;
}

GuideMapRequest GuideMapRequest::atCompound(project::FeatureId id) {
    GuideMapRequest r;
    r.centreKind = CentreKind::Compound;
    r.centreId = id;
    return r;
}

GuideMapRequest GuideMapRequest::atPoint(geo::LonLat point) {
    GuideMapRequest r;
    r.centreKind = CentreKind::Point;
    r.point = point;
    return r;
}

GuideMapContent buildGuideMap(access::AnalysisSession& session, const GuideMapRequest& request,
                              const access::RunControl& control, const CategoryGroups& groups) {
    const project::Project& project = session.project();
    const network::StreetGraph& graph = session.graph();
    if (request.minutes.empty()
        || std::any_of(request.minutes.begin(), request.minutes.end(),
                       [](double m) { return !(m > 0.0) || !std::isfinite(m); }))
        throw GuideMapError(GuideMapErrorReason::BadMinutes,
                            "walk areas need one or more finite minutes above 0");
    // AnalysisSession::run falls back to the first profile for an unknown code; a map that
    // says "for older walkers" must not silently be drawn for adults.
    if (project.walkProfile(request.profileCode) == nullptr)
        throw GuideMapError(GuideMapErrorReason::MissingProfile,
                            "the project has no walk profile '" + request.profileCode + "'");

    GuideMapContent content;
    content.profileCode = request.profileCode;
    content.centre = centrePoint(project, graph, request);

    const access::CoverageAnalysis* analysis = session.analysis(request.profileCode);
    if (analysis == nullptr) {
        access::CoverageOptions options;
        options.includePlanned = request.includePlanned;
        analysis = session.run(request.profileCode, options, control);
        if (analysis == nullptr) {
            content.complete = false;
            return content;
        }
    }
    const network::SnapResult snap = analysis->snapPlace(content.centre);
    if (!snap.isSnapped())
        throw GuideMapError(GuideMapErrorReason::CentreOffNetwork,
                            "the centre is not within the snap distance of a usable street");
    content.snappedCentre = snap.position;
    const access::SearchSource centre = access::SearchSource::at(snap.position);

    const double largest = *std::max_element(request.minutes.begin(), request.minutes.end());
    const network::WalkCost& costs = analysis->costs();
    access::ReachSearch search(graph, costs);
    search.start(network::Seconds(largest * 60.0));
    search.addSource(centre);
    if (!search.run(control.cancel)) {
        content.complete = false;
        return content;
    }

    access::CatchmentBuilder catchments(graph, costs);
    catchments.setReach(search, std::span(&centre, 1));
    std::vector<network::Seconds> thresholds;
    for (const double m : request.minutes) thresholds.emplace_back(m * 60.0);
    access::RunControl cancelOnly;
    cancelOnly.cancel = control.cancel;
    access::CatchmentResult areas = catchments.build(thresholds, cancelOnly);
    if (!areas.complete) {
        content.complete = false;
        return content;
    }
    for (std::size_t i = 0; i < request.minutes.size(); ++i)
        content.walkAreas.push_back({request.minutes[i], std::move(areas.catchments[i].polygons)});

    for (const project::Facility& f : project.facilities().items()) {
        const bool counted =
            f.status == project::FacilityStatus::Existing
            || (request.includePlanned && f.status == project::FacilityStatus::Planned);
        if (!counted) continue;
        const access::SearchSource at = analysis->placeFacility(f.position);
        if (at.isAbsent()) continue;
        const double seconds = secondsTo(search, graph, costs, centre, at);
        if (!(seconds <= largest * 60.0)) continue;
        DirectoryEntry entry;
        entry.facilityId = f.id;
        entry.name = f.name;
        entry.categoryCode = f.categoryCode;
        entry.groupCode = groups.groupOf(f.categoryCode, project.catalog());
        entry.status = f.status;
        entry.minutes = seconds / 60.0;
        entry.position = f.position;
        content.directory.push_back(std::move(entry));
    }
    std::sort(content.directory.begin(), content.directory.end(),
              [&](const DirectoryEntry& a, const DirectoryEntry& b) {
                  return std::tuple(groups.rank(a.groupCode), a.groupCode, a.minutes, a.facilityId)
                         < std::tuple(groups.rank(b.groupCode), b.groupCode, b.minutes,
                                      b.facilityId);
              });
    for (std::size_t i = 0; i < content.directory.size(); ++i)
        content.directory[i].number = int(i) + 1;

    content.groups = groups.groups();
    for (const DirectoryEntry& e : content.directory)
        if (groups.findGroup(e.groupCode) == nullptr
            && std::none_of(content.groups.begin(), content.groups.end(),
                            [&](const ServiceGroup& g) { return g.code == e.groupCode; }))
            content.groups.push_back({e.groupCode, e.groupCode, e.groupCode});
    return content;
}

}  // namespace yike::guidemap
