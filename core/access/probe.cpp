// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/access/probe.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "core/access/analysis_session.h"
#include "core/access/coverage.h"
#include "core/project/project.h"

namespace yike::access {

namespace {

/// The categories of the analysis' result, then codes of counted facilities absent from it.
std::vector<ProbeCategory> categoriesOf(const CoverageAnalysis& analysis,
                                        const project::Project& project, bool includePlanned) {
    std::vector<ProbeCategory> out;
    for (const CategoryCoverage& c : analysis.result().categories) {
        ProbeCategory category;
        category.code = c.code;
        category.nameZh = c.nameZh;
        out.push_back(std::move(category));
    }
    std::vector<std::string> absent;
    for (const project::Facility& f : project.facilities().items())
        if (isCounted(f, includePlanned)
            && std::none_of(out.begin(), out.end(),
                            [&](const ProbeCategory& c) { return c.code == f.categoryCode; }))
            absent.push_back(f.categoryCode);
    std::sort(absent.begin(), absent.end());
    absent.erase(std::unique(absent.begin(), absent.end()), absent.end());
    for (const std::string& code : absent) {
        ProbeCategory category;
        category.code = code;
        category.nameZh = code;
        out.push_back(std::move(category));
    }
    return out;
}

}  // namespace

const ProbeCategory* ProbeProfile::category(const std::string& code) const {
    const auto it = std::find_if(categories.begin(), categories.end(),
                                 [&](const ProbeCategory& c) { return c.code == code; });
    return it == categories.end() ? nullptr : &*it;
}

ProbeResult probe(AnalysisSession& session, const ProbeRequest& request,
                  const RunControl& control) {
    const project::Project& project = session.project();
    std::vector<std::string> codes = request.profileCodes;
    if (codes.empty())
        for (const project::WalkProfile& p : project.walkProfiles()) codes.push_back(p.code);
    for (const std::string& code : codes)
        if (project.walkProfile(code) == nullptr)
            throw PlaceError(PlaceErrorReason::MissingProfile,
                             "the project has no walk profile '" + code + "'");

    ProbeResult result;
    result.point = request.point;
    for (const std::string& code : codes) {
        const CoverageAnalysis* analysis =
            analysisOf(session, code, request.includePlanned, control);
        if (analysis == nullptr) {
            result.complete = false;
            return result;
        }
        ProbeProfile out;
        out.profileCode = code;
        out.budgetMinutes = analysis->options().budgetMinutes;
        out.snapped = placeOnStreets(*analysis, request.point, "the point");
        const double budget = out.budgetMinutes * 60.0;
        PlaceWalk walk(session.graph(), analysis->costs(), {SearchSource::at(out.snapped)});
        if (!walk.run(network::Seconds(budget), control.cancel)) {
            result.complete = false;
            return result;
        }
        out.categories = categoriesOf(*analysis, project, request.includePlanned);
        for (const project::Facility& f : project.facilities().items()) {
            if (!isCounted(f, request.includePlanned)) continue;
            const SearchSource at = analysis->placeFacility(f.position);
            if (at.isAbsent()) continue;
            const double seconds = walk.secondsTo(at);
            if (!(seconds <= budget)) continue;
            const double minutes = seconds / 60.0;
            auto it =
                std::find_if(out.categories.begin(), out.categories.end(),
                             [&](const ProbeCategory& c) { return c.code == f.categoryCode; });
            if (it == out.categories.end()) continue;
            if (minutes < it->minutes || (minutes == it->minutes && f.id < it->facilityId)) {
                it->minutes = minutes;
                it->facilityId = f.id;
                it->facilityName = f.name;
            }
        }
        result.profiles.push_back(std::move(out));
    }
    return result;
}

std::optional<ProbeRoute> probeRoute(AnalysisSession& session, geo::LonLat point,
                                     const std::string& profileCode, project::FeatureId facilityId,
                                     bool includePlanned, const RunControl& control) {
    const project::Project& project = session.project();
    const project::Facility* facility = project.facilities().find(facilityId);
    if (facility == nullptr)
        throw PlaceError(PlaceErrorReason::UnknownFacility,
                         "no facility with id " + std::to_string(facilityId));
    if (!isCounted(*facility, includePlanned))
        throw PlaceError(PlaceErrorReason::NotCounted,
                         "facility " + std::to_string(facilityId)
                             + " is planned, and only existing facilities were asked for");
    const CoverageAnalysis* analysis = analysisOf(session, profileCode, includePlanned, control);
    if (analysis == nullptr) return std::nullopt;

    ProbeRoute route;
    route.profileCode = profileCode;
    route.facilityId = facilityId;
    route.point = point;
    route.facilityPosition = facility->position;
    route.from = placeOnStreets(*analysis, point, "the point");
    const network::SnapResult to = analysis->snapPlace(facility->position);
    if (!to.isSnapped())
        throw PlaceError(PlaceErrorReason::NotReached,
                         "facility " + std::to_string(facilityId)
                             + " is not within the snap distance of a usable street");
    route.to = to.position;

    const double budget = analysis->options().budgetMinutes * 60.0;
    PlaceWalk walk(session.graph(), analysis->costs(), {SearchSource::at(route.from)});
    if (!walk.run(network::Seconds(budget), control.cancel)) return std::nullopt;
    std::optional<WalkRoute> walked = walk.routeTo(SearchSource::at(route.to));
    if (!walked || !(walked->seconds <= budget))
        throw PlaceError(PlaceErrorReason::NotReached,
                         "facility " + std::to_string(facilityId) + " is not reached within "
                             + std::to_string(std::lround(budget / 60.0)) + " minutes");
    route.walk = std::move(*walked);
    return route;
}

}  // namespace yike::access
