// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "core/access/run_control.h"
#include "core/geo/lon_lat.h"
#include "core/guidemap/category_groups.h"
#include "core/network/street_graph.h"
#include "core/project/features.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::guidemap {

/// What the guide map is centred on.
enum class CentreKind {
    Facility,  ///< a facility of the project (e.g. the community service station)
    Compound,  ///< a compound, from the centroid of its outline
    Point      ///< any lon/lat point
};

/// Which guide map to draw.
struct GuideMapRequest {
    CentreKind centreKind = CentreKind::Point;
    project::FeatureId centreId = 0;  ///< Facility and Compound
    geo::LonLat point;                ///< Point
    /// The walk profile; "older" by default because a map posted for everyone must hold for
    /// the slowest walkers.
    std::string profileCode = "older";
    /// Walk areas to draw, minutes, each > 0; the largest bounds the directory.
    std::vector<double> minutes{5.0, 10.0, 15.0};
    /// Also list planned facilities (default: existing ones only, as on the street today).
    bool includePlanned = false;

    static GuideMapRequest atFacility(project::FeatureId id);
    static GuideMapRequest atCompound(project::FeatureId id);
    static GuideMapRequest atPoint(geo::LonLat point);
};

/// The area reached within one walk time.
struct WalkArea {
    double minutes = 0.0;
    /// In lon/lat, as access::Catchment::polygons (outer rings counter-clockwise, holes
    /// clockwise); every point lies within the walk-off distance of a street reached in time.
    std::vector<geo::Polygon> polygons;
};

/// One numbered line of the directory.
struct DirectoryEntry {
    int number = 0;  ///< 1-based, in directory order
    project::FeatureId facilityId = 0;
    std::string name;
    std::string categoryCode;
    std::string groupCode;  ///< see CategoryGroups::groupOf
    project::FacilityStatus status = project::FacilityStatus::Existing;
    double minutes = 0.0;  ///< walk from the centre, at most the largest requested minutes
    geo::LonLat position;  ///< the facility's own position (for its marker)
};

/// Everything a guide map states, for the layout to place.
struct GuideMapContent {
    std::string profileCode;  ///< the profile used
    geo::LonLat centre;       ///< the centre as given (facility, compound centroid or point)
    /// Where the centre joins the streets, snapped as facilities are; the walks start here.
    network::EdgePosition snappedCentre;
    std::vector<WalkArea> walkAreas;  ///< one per requested minutes, in the request's order
    /// Sorted by group (table order), then minutes, then facility id; numbered 1..N.
    std::vector<DirectoryEntry> directory;
    /// The groups of the table, in order, followed by any other group code the directory
    /// uses (code as name), so the layout can title every section.
    std::vector<ServiceGroup> groups;
    bool complete = true;  ///< false when cancelled; the rest is then empty
};

/// Why a guide map cannot be drawn.
enum class GuideMapErrorReason {
    UnknownFacility,   ///< the centre facility is not in the project
    UnknownCompound,   ///< the centre compound is not in the project or has no outline
    CentreOffNetwork,  ///< no usable street within the snap distance of the centre
    MissingProfile,    ///< the project has no walk profile with the requested code
    BadMinutes         ///< no minutes, or one not > 0
};

class GuideMapError : public std::runtime_error {
public:
    GuideMapError(GuideMapErrorReason reason, const std::string& what)
        : std::runtime_error(what), m_reason(reason) {}
    GuideMapErrorReason reason() const { return m_reason; }

private:
    GuideMapErrorReason m_reason;
};

/**
 * The content of a guide map: walk areas around a centre and a numbered directory of the
 * counted facilities reached from it, grouped by `groups`.
 *
 * Everything is measured the way the session's access::CoverageAnalysis of the profile
 * measures (it is run first when the session has none): the centre is snapped onto the
 * streets exactly as a facility is (CoverageAnalysis::snapPlace), the walk costs are the
 * analysis' own, and each facility is placed with CoverageAnalysis::placeFacility. One
 * access::PlaceWalk (a single ReachSearch) from the centre, bounded by the largest minutes,
 * gives
 *  - the walk areas: access::CatchmentBuilder with its default (raster) method, whose polygons
 *    never claim a point the walk does not reach (access::walkRings draws the same);
 *  - a facility's minutes (PlaceWalk::secondsTo, as access::probe gives them): the time to
 *    its position on its edge, through either end of the edge or straight along it when the
 *    centre lies on the same edge, in the same float arithmetic as the coverage times. The
 *    snap distances are not walked, as for facilities in the coverage analysis. Walk costs
 *    are the same both ways today (network::WalkCost), so this equals the analysis' time from
 *    the facility to the centre's position up to rounding.
 * A centre facility is listed itself at 0 minutes. Facilities that cannot be snapped are not
 * listed: no walk time can be given for them.
 *
 * @param session with its graph built
 * @throws GuideMapError when the centre or the profile is unknown, the centre is off the
 *         network or the minutes are unusable
 */
GuideMapContent buildGuideMap(access::AnalysisSession& session, const GuideMapRequest& request,
                              const access::RunControl& control = {},
                              const CategoryGroups& groups = builtinCategoryGroups());

}  // namespace yike::guidemap
