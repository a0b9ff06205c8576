// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/access/place_walk.h"
#include "core/access/run_control.h"
#include "core/geo/lon_lat.h"
#include "core/network/street_graph.h"
#include "core/project/features.h"

namespace yike::access {

class AnalysisSession;

/// Where to probe, and for whom.
struct ProbeRequest {
    geo::LonLat point;
    /// Walk profiles to measure for, in this order; empty: every profile of the project.
    std::vector<std::string> profileCodes;
    /// Also count planned facilities (default: existing ones only).
    bool includePlanned = false;
};

/// The nearest counted facility of one category.
struct ProbeCategory {
    std::string code;
    std::string nameZh;  ///< from the catalogue; the code for a code absent from it
    /// Walk minutes to the facility; +infinity when none is within the budget.
    double minutes = std::numeric_limits<double>::infinity();
    project::FeatureId facilityId = 0;  ///< 0 when none is within the budget
    std::string facilityName;

    bool found() const { return facilityId != 0; }
};

/// What the point reaches for one walk profile.
struct ProbeProfile {
    std::string profileCode;
    double budgetMinutes = 0.0;  ///< the analysis' search budget: farther counts as none
    /// Where the point joins the streets, snapped as a facility is; the walks start here.
    network::EdgePosition snapped;
    /// One per category, in the order of CoverageResult::categories (the catalogue, then
    /// codes absent from it, sorted).
    std::vector<ProbeCategory> categories;

    /// The category with this code, or null.
    const ProbeCategory* category(const std::string& code) const;
};

struct ProbeResult {
    geo::LonLat point;
    std::vector<ProbeProfile> profiles;  ///< in the request's order
    bool complete = true;                ///< false when cancelled; `profiles` is then partial
};

/**
 * For each walk profile, the minutes from a point to the nearest counted facility of every
 * service category: what a resident standing there reaches. Measured exactly as
 * guidemap::buildGuideMap measures a facility's minutes from its centre: the point is snapped
 * as a facility is (CoverageAnalysis::snapPlace, the snap distance not walked), one PlaceWalk
 * per profile under the analysis' own walk costs and bounded by its budgetMinutes, and each
 * facility placed with CoverageAnalysis::placeFacility and timed with PlaceWalk::secondsTo.
 * Ties go to the lower facility id. The session's analysis of a profile is run first when it
 * has none (see analysisOf).
 *
 * @param session with its graph built
 * @throws PlaceError (MissingProfile, OffNetwork)
 */
ProbeResult probe(AnalysisSession& session, const ProbeRequest& request,
                  const RunControl& control = {});

/// A route of probeRoute: the walk along the streets and where it leaves them at each end.
struct ProbeRoute {
    std::string profileCode;
    project::FeatureId facilityId = 0;
    geo::LonLat point;             ///< the point as given
    network::EdgePosition from;    ///< where the point joins the streets
    network::EdgePosition to;      ///< where the facility joins them
    geo::LonLat facilityPosition;  ///< the facility's own position
    WalkRoute walk;  ///< from `from` to `to`; its seconds are the probe's for this facility
};

/**
 * The streets walked from the point to one facility, for one walk profile, through the
 * compound gates the walk uses: the route behind the facility's minutes in probe().
 * @return nothing when cancelled
 * @throws PlaceError (MissingProfile, OffNetwork for the point, UnknownFacility, NotCounted
 *         for a planned facility unless includePlanned, NotReached when the facility cannot
 *         be snapped or lies beyond the budget)
 */
std::optional<ProbeRoute> probeRoute(AnalysisSession& session, geo::LonLat point,
                                     const std::string& profileCode, project::FeatureId facilityId,
                                     bool includePlanned = false, const RunControl& control = {});

}  // namespace yike::access
