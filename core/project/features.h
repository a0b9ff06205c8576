// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/geo/lon_lat.h"

/// The feature types of a project. Plain values: the Project owns them, the store persists
/// them, the UI edits them through undo commands.
namespace yike::project {

/// Identifier of a feature within its layer; 0 means "not yet assigned".
using FeatureId = std::int64_t;

enum class FacilityStatus { Existing, Planned };

/// A service facility (a clinic, a supermarket, ...) at a point.
struct Facility {
    FeatureId id = 0;
    geo::LonLat position;
    std::string categoryCode;  ///< code of a category in the project's catalogue
    std::string name;
    FacilityStatus status = FacilityStatus::Existing;
    std::string source;  ///< where the record comes from ("survey 2026-05", "OSM node 123", ...)
    std::map<std::string, std::string> attributes;  ///< free key/value attributes

    friend bool operator==(const Facility&, const Facility&) = default;
};

/// A residential compound (小区). When fenced, residents walk in and out only through gates.
struct Compound {
    FeatureId id = 0;
    geo::Polygon outline;
    std::string name;
    int population = 0;
    int residents60Plus = 0;   ///< residents aged 60 and over
    int children0To14 = 0;     ///< children aged 0 to 14
    int households = 0;
    bool fenced = true;
    /// Residential plot ratio (住宅用地容积率: floor area / land area) used to estimate its
    /// residents from its land when it has neither survey figures nor buildings; 0 means the
    /// project's setting.
    double plotRatio = 0.0;

    friend bool operator==(const Compound&, const Compound&) = default;
};

enum class GateKind { Pedestrian, Vehicle };

/// A gate in a compound's fence.
struct Gate {
    FeatureId id = 0;
    geo::LonLat position;
    FeatureId compoundId = 0;
    GateKind kind = GateKind::Pedestrian;
    std::string name;
    std::string openHours;  ///< "24/7" or ranges such as "06:00-22:00"; empty = always open

    friend bool operator==(const Gate&, const Gate&) = default;
};

enum class IdleSpaceKind {
    VacantShop,
    FormerTestingHut,   ///< former nucleic-acid testing hut
    BoilerRoom,         ///< disused boiler room
    StiltedGroundFloor, ///< 架空层
    CommunityRoom,      ///< underused community room
    Warehouse,
    Other
};

/// A space that could be converted into a missing service. Always has a representative
/// position; the footprint is optional.
struct IdleSpace {
    FeatureId id = 0;
    geo::LonLat position;
    std::optional<geo::Polygon> footprint;
    IdleSpaceKind kind = IdleSpaceKind::Other;
    std::string name;
    double floorAreaM2 = 0.0;
    int storey = 1;  ///< 1 = ground floor; negative for basements
    std::string owner;
    double estimatedCostYuan = 0.0;  ///< estimated conversion cost in yuan
    std::string notes;
    bool hasLift = false;  ///< reachable by lift (siting rules for older people and children)
    /// Catalogue codes of the services an accepted proposal plans here; empty: none.
    std::vector<std::string> proposedFor;

    friend bool operator==(const IdleSpace&, const IdleSpace&) = default;
};

/// What the cells of a population grid hold.
enum class PopulationGridKind {
    People,      ///< people per cell (WorldPop, GHS-POP, a census grid)
    Share60Plus, ///< the share (0..1) of residents aged 60 and over
    Share0To14   ///< the share (0..1) of residents aged 0 to 14
};

/// A population raster imported into the project: where it came from, so every figure drawn
/// from it can name its source. A project holds at most one grid of each kind.
struct PopulationGrid {
    FeatureId id = 0;
    PopulationGridKind kind = PopulationGridKind::People;
    std::string source;     ///< "WorldPop", "GHS-POP", ... as the user names it
    int year = 0;           ///< the year the figures describe; 0 when not known
    std::string fileName;   ///< the file it was read from (name only)
    std::string crs;        ///< the raster's coordinate reference system
    double cellAreaM2 = 0.0;
    std::string notes;      ///< what the values count, e.g. "people aged 20 and over only"
    std::string importedAt; ///< ISO 8601 UTC

    friend bool operator==(const PopulationGrid&, const PopulationGrid&) = default;
};

/// One cell of a population grid, kept only where it lies in the study area.
struct PopulationCell {
    FeatureId id = 0;
    FeatureId gridId = 0;
    geo::Polygon outline;  ///< the cell's corners in WGS 84 (a quadrilateral)
    double value = 0.0;    ///< people, or a share 0..1 (see the grid's kind)

    friend bool operator==(const PopulationCell&, const PopulationCell&) = default;
};

/// A street, footway or path as drawn on the map (OSM highway classes).
struct Street {
    FeatureId id = 0;
    geo::LineString line;
    std::string highway;  ///< OSM highway value: primary, residential, footway, steps, ...
    std::string name;
    bool bridge = false;
    /// The source's tags that matter for walking (foot, access, footway, crossing, sidewalk,
    /// surface, incline, ...); empty for streets drawn by hand.
    std::map<std::string, std::string> tags;

    friend bool operator==(const Street&, const Street&) = default;
};

/// A building footprint (from OpenStreetMap or a survey).
struct Building {
    FeatureId id = 0;
    geo::Polygon outline;
    std::string kind;  ///< OSM building value: yes, residential, apartments, school, ...
    std::string name;
    int levels = 0;    ///< 0 = unknown

    friend bool operator==(const Building&, const Building&) = default;
};

/// A river, lake or pond.
struct WaterArea {
    FeatureId id = 0;
    geo::Polygon outline;
    std::string name;

    friend bool operator==(const WaterArea&, const WaterArea&) = default;
};

/// A park, garden, sports pitch, lawn, wood or other green area (drawn by the basemap).
struct GreenArea {
    FeatureId id = 0;
    geo::Polygon outline;
    /// What kind of green: the OpenStreetMap value it came from (park, garden, pitch,
    /// playground, grass, forest, wood, meadow, scrub, recreation_ground, village_green) or a
    /// surveyor's word; see greenAreaClass() for how it is grouped.
    std::string kind;
    std::string name;

    friend bool operator==(const GreenArea&, const GreenArea&) = default;
};

/// The broad class of a green area, for styling and counting.
enum class GreenClass {
    Park,    ///< park, garden, recreation_ground, village_green, and unknown kinds
    Sports,  ///< pitch, playground
    Grass,   ///< grass, meadow
    Wooded   ///< forest, wood, scrub
};
GreenClass greenAreaClass(const std::string& kind);

/// Walking behaviour of a population group; turns edge facts into seconds at search time.
struct WalkProfile {
    std::string code;  ///< "adult", "older", "child", or a user code
    std::string nameZh;
    std::string nameEn;
    double speedMps = 1.2;        ///< walking speed on level ground, m/s
    double stairsFactor = 2.0;    ///< time multiplier on steps
    double crossingDelayS = 0.0;  ///< mean wait at a signalised crossing, s
    bool vehicleGatesPassable = true;  ///< whether pedestrians may use vehicle gates
    std::string source;           ///< where the figures come from

    friend bool operator==(const WalkProfile&, const WalkProfile&) = default;
};

/// The walk profiles a new project starts with (figures and sources from the domain notes).
std::vector<WalkProfile> defaultWalkProfiles();

/// A named planning scenario (e.g. "2027 proposal").
struct Scenario {
    FeatureId id = 0;
    std::string name;
    std::string description;

    friend bool operator==(const Scenario&, const Scenario&) = default;
};

/**
 * A named page layout of the print module: an A3 guide map, a report page, ... The project keeps
 * it and the project file stores it; what the definition says is the print module's business
 * (ui/print), so nothing in core reads it.
 */
struct PrintLayout {
    std::string name;  ///< what the user calls it; not empty, unique within the project
    std::string kind;  ///< what the print module makes of it: "guide_map", "report", ...; not empty
    /// The layout itself: JSON text in UTF-8, written and read by the print module only and
    /// kept here byte for byte (core checks that it is UTF-8, not that it is JSON).
    std::string definition;

    friend bool operator==(const PrintLayout&, const PrintLayout&) = default;
};

/// How a living circle is drawn.
enum class CircleKind {
    Area,   ///< an outline the planner draws or imports: a community, a sub-district
    Centre  ///< the walk area around a facility or a point, within a walking time
};

/**
 * A 15-minute living circle (一刻钟便民生活圈) the planner defines: a district has dozens, one per
 * community or neighbourhood centre, and each is assessed on its own. The project keeps them in
 * the order they were added and the project file stores them; Project::checkCircle says what a
 * circle must satisfy.
 *
 * An Area circle is its outline; a Centre circle is the walk area of `minutes` at walk profile
 * `profileCode` around its centre, which is worked out from the streets when needed and not
 * stored. The survey figures feed the programme's indicators; each may be missing, which is not
 * the same as zero.
 */
struct Circle {
    std::string name;  ///< what the planner calls it; not blank, unique within the project
    CircleKind kind = CircleKind::Area;
    /// Area: the outline, one polygon or several (a community in two parts). Empty for Centre.
    geo::MultiPolygon area;
    /// Centre: the facility at the centre (its id in the project's facilities), 0 when the
    /// centre is a point. Not checked against the facilities: the facility may be removed later,
    /// so whoever reads the circle must allow for an id that names no facility.
    FeatureId centreFacility = 0;
    /// Centre: the point at the centre when there is no facility.
    std::optional<geo::LonLat> centrePoint;
    double minutes = 15.0;              ///< Centre: walking time in minutes, > 0
    std::string profileCode = "adult";  ///< Centre: code of the walk profile (not checked either)
    /// Residents satisfied with the services nearby, in percent (0 .. 100), from a survey.
    std::optional<double> satisfactionPercent;
    /// Households in the circle as a survey counted them (>= 0).
    std::optional<long long> households;
    std::string notes;

    friend bool operator==(const Circle&, const Circle&) = default;
};

/**
 * Whether a gate with these opening hours is open at `minuteOfDay` (0 .. 1439).
 * Understood: empty or "24/7" (always open), "closed"/"off" (never), and one or more ranges
 * "HH:MM-HH:MM" separated by ',' or ';' (a range may run past midnight, "22:00-06:00"; the end
 * minute is closed). Returns nullopt for text it cannot read, which callers treat as open.
 */
std::optional<bool> gateOpenAt(const std::string& openHours, int minuteOfDay);

/// The opening hours of a gate closed at every hour (what the map's Close Gate writes).
inline constexpr const char* kGateClosedHours = "closed";

/// Whether a gate with these opening hours never opens: "closed" or "off" (spaces ignored),
/// as gateOpenAt() reads them. Hours that open at some time of day are not closed.
bool gateAlwaysClosed(const std::string& openHours);

/// Stable text codes used in files and on the command line.
const char* toCode(FacilityStatus status);
const char* toCode(GateKind kind);
const char* toCode(IdleSpaceKind kind);
const char* toCode(PopulationGridKind kind);
const char* toCode(CircleKind kind);
std::optional<FacilityStatus> facilityStatusFromCode(const std::string& code);
std::optional<GateKind> gateKindFromCode(const std::string& code);
std::optional<IdleSpaceKind> idleSpaceKindFromCode(const std::string& code);
std::optional<PopulationGridKind> populationGridKindFromCode(const std::string& code);
std::optional<CircleKind> circleKindFromCode(const std::string& code);
/// All idle space kinds in display order.
const std::vector<IdleSpaceKind>& allIdleSpaceKinds();

}  // namespace yike::project
