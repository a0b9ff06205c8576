// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/guidemap/guide_map.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/access/place_walk.h"
#include "core/geo/local_frame.h"
#include "core/project/project.h"

namespace yike::guidemap {

namespace {

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

    const access::CoverageAnalysis* analysis =
        access::analysisOf(session, request.profileCode, request.includePlanned, control);
    if (analysis == nullptr) {
        content.complete = false;
        return content;
    }
    const network::SnapResult snap = analysis->snapPlace(content.centre);
    if (!snap.isSnapped())
        throw GuideMapError(GuideMapErrorReason::CentreOffNetwork,
                            "the centre is not within the snap distance of a usable street");
    content.snappedCentre = snap.position;
    const access::SearchSource centre = access::SearchSource::at(snap.position);

    const double largest = *std::max_element(request.minutes.begin(), request.minutes.end());
    access::PlaceWalk walk(graph, analysis->costs(), {centre});
    if (!walk.run(network::Seconds(largest * 60.0), control.cancel)) {
        content.complete = false;
        return content;
    }

    std::vector<network::Seconds> thresholds;
    for (const double m : request.minutes) thresholds.emplace_back(m * 60.0);
    access::RunControl cancelOnly;
    cancelOnly.cancel = control.cancel;
    access::CatchmentResult areas = walk.areas(thresholds, cancelOnly);
    if (!areas.complete) {
        content.complete = false;
        return content;
    }
    for (std::size_t i = 0; i < request.minutes.size(); ++i)
        content.walkAreas.push_back({request.minutes[i], std::move(areas.catchments[i].polygons)});

    for (const project::Facility& f : project.facilities().items()) {
        if (!access::isCounted(f, request.includePlanned)) continue;
        const access::SearchSource at = analysis->placeFacility(f.position);
        if (at.isAbsent()) continue;
        const double seconds = walk.secondsTo(at);
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
