// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/access/place_walk.h"
#include "core/access/reach_search.h"
#include "core/access/run_control.h"
#include "core/geo/lon_lat.h"
#include "core/project/features.h"

namespace yike::access {

class AnalysisSession;

/// What walk rings are drawn around.
enum class RingCentreKind {
    Facility,  ///< a facility of the project
    Gate,      ///< a compound gate
    Point      ///< any lon/lat point
};

/// Stable text code of a kind: "facility", "gate", "point".
const char* toCode(RingCentreKind kind);

/// Which walk rings to draw.
struct WalkRingsRequest {
    RingCentreKind centreKind = RingCentreKind::Point;
    project::FeatureId centreId = 0;  ///< Facility and Gate
    geo::LonLat point;                ///< Point
    std::string profileCode = "adult";
    /// Walk times, minutes, each finite and > 0; the largest bounds the walk.
    std::vector<double> minutes{5.0, 10.0, 15.0};
    /// A planned facility may be the centre (default: existing ones only, as the coverage
    /// analysis counts them).
    bool includePlanned = false;

    static WalkRingsRequest atFacility(project::FeatureId id);
    static WalkRingsRequest atGate(project::FeatureId id);
    static WalkRingsRequest atPoint(geo::LonLat point);
};

/// The area reached within one walk time.
struct WalkRing {
    double minutes = 0.0;
    /// In lon/lat, as Catchment::polygons (outer rings counter-clockwise, holes clockwise).
    std::vector<geo::Polygon> polygons;
};

struct WalkRings {
    std::string profileCode;
    RingCentreKind centreKind = RingCentreKind::Point;
    project::FeatureId centreId = 0;
    std::string centreName;  ///< the facility's or the gate's name; empty for a point
    geo::LonLat centre;      ///< the facility's, the gate's or the given position
    /// Where the walk starts: the centre snapped onto a street, or the two ends of the gate's
    /// passage edge(s).
    std::vector<SearchSource> start;
    std::vector<WalkRing> rings;  ///< one per requested minutes, in the request's order
    bool complete = true;         ///< false when cancelled; `rings` is then empty
};

/**
 * The areas a walk from a centre reaches within each of several times (5, 10 and 15 minutes
 * by default): the engine's conservative polygons, CatchmentBuilder with its default
 * (raster) method, whose polygons never claim a point the walk does not reach. For a facility
 * or a point they are guidemap::buildGuideMap's walk areas: the centre is snapped onto the
 * streets as a facility is, and one PlaceWalk under the analysis' walk costs, bounded by the
 * largest minutes, gives them.
 *
 * A gate starts where the coverage analysis lets residents leave through it: both ends of
 * the passage edge(s) the graph builder made through it, or, for a gate no street passes
 * through, its position snapped as a facility's. A gate the profile may not use (a vehicle
 * gate for a profile that cannot pass them, or one the analysis counts as closed) is refused.
 *
 * @param session with its graph built; the profile's analysis is run first when it has none
 * @throws PlaceError (UnknownFacility, UnknownGate, NotCounted, OffNetwork, GateImpassable,
 *         MissingProfile, BadMinutes)
 */
WalkRings walkRings(AnalysisSession& session, const WalkRingsRequest& request,
                    const RunControl& control = {});

}  // namespace yike::access
