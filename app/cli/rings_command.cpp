// SPDX-License-Identifier: GPL-3.0-or-later
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

#include "app/cli/commands.h"
#include "core/access/analysis_session.h"
#include "core/access/walk_rings.h"
#include "core/exchange/layer_export.h"
#include "core/geo/local_frame.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

access::WalkRingsRequest centreOf(const Arguments& args) {
    const int given = int(args.has("--facility")) + int(args.has("--gate")) + int(args.has("--at"));
    if (given != 1) throw UsageError("give exactly one of --facility, --gate and --at");
    if (args.has("--facility"))
        return access::WalkRingsRequest::atFacility(
            project::FeatureId(parseUnsigned(*args.value("--facility"), "--facility")));
    if (args.has("--gate"))
        return access::WalkRingsRequest::atGate(
            project::FeatureId(parseUnsigned(*args.value("--gate"), "--gate")));
    return access::WalkRingsRequest::atPoint(parseLonLat(*args.value("--at")));
}

/// "5, 10, 15 min".
std::string minutesList(const std::vector<access::WalkRing>& rings) {
    std::ostringstream text;
    for (std::size_t i = 0; i < rings.size(); ++i) text << (i > 0 ? ", " : "") << rings[i].minutes;
    text << " min";
    return text.str();
}

/// "0.31, 1.2, 2.6 km²" (three significant digits).
std::string areasList(const std::vector<double>& areasM2) {
    std::ostringstream text;
    for (std::size_t i = 0; i < areasM2.size(); ++i)
        text << (i > 0 ? ", " : "") << std::setprecision(3) << areasM2[i] / 1e6;
    text << " km²";
    return text.str();
}

}  // namespace

int runRings(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    const std::filesystem::path output = platform::pathFromUtf8(args.required("--out"));
    if (exchange::exportFormatForPath(output) != exchange::ExportFormat::GeoJson)
        throw UsageError("--out must end in .geojson or .json");
    access::WalkRingsRequest request = centreOf(args);
    request.profileCode = profileOption(args);
    request.minutes = minutesOption(args);
    request.includePlanned = args.has("--include-planned");

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    project::Project project = opened->load();
    requireProfile(project, request.profileCode);
    const bool osm = mentionsOpenStreetMap(project.metadataValue(project::meta::kAttribution));

    access::AnalysisSession session(std::move(project));
    session.buildGraph();
    access::WalkRings rings;
    try {
        rings = access::walkRings(session, request);
    } catch (const access::PlaceError& e) {
        throw CommandError(e.what());
    }
    if (!rings.complete) throw CommandError("cancelled");

    std::vector<exchange::AreaFeature> features;
    std::vector<double> areas;
    for (const access::WalkRing& ring : rings.rings) {
        double area = 0.0;
        for (const geo::Polygon& p : ring.polygons)
            area += geo::polygonAreaM2(p, session.graph().frame());
        areas.push_back(area);
        exchange::AreaFeature feature;
        feature.properties = {
            {"minutes", ring.minutes},
            {"profile", rings.profileCode},
            {"source_kind", std::string(access::toCode(rings.centreKind))},
            {"source_id", rings.centreKind == access::RingCentreKind::Point
                              ? exchange::PropertyValue(nullptr)
                              : exchange::PropertyValue(static_cast<long long>(rings.centreId))},
            {"source_name", rings.centreName},
            {"source_lon", rings.centre.lon},
            {"source_lat", rings.centre.lat},
            {"area_m2", std::round(area)}};
        if (osm)
            feature.properties.emplace_back("attribution",
                                            std::string("© OpenStreetMap contributors"));
        feature.polygons = ring.polygons;
        features.push_back(std::move(feature));
    }
    exchange::writeFileReplacing(output, exchange::areasGeoJson("walk_rings", features));

    std::string centre = std::string(access::toCode(rings.centreKind));
    if (rings.centreKind != access::RingCentreKind::Point) {
        centre += ' ' + std::to_string(rings.centreId);
        if (!rings.centreName.empty()) centre += " (" + rings.centreName + ")";
    } else {
        std::ostringstream at;
        at << std::setprecision(9) << rings.centre.lon << ',' << rings.centre.lat;
        centre += ' ' + at.str();
    }
    out << "Wrote " << platform::utf8FromPath(output) << ": walk rings of "
        << minutesList(rings.rings) << " around " << centre << ", walk profile "
        << rings.profileCode << ", " << areasList(areas)
        << (osm ? "; map data © OpenStreetMap contributors" : "") << '\n';
    return 0;
}

}  // namespace yike::cli
