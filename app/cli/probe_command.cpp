// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/access/analysis_session.h"
#include "core/access/probe.h"
#include "core/exchange/layer_export.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"

namespace yike::cli {
namespace {

/// The value of --profile: comma-separated codes; empty when not given (every profile).
std::vector<std::string> profilesOption(const Arguments& args) {
    std::vector<std::string> codes;
    const std::optional<std::string> text = args.value("--profile");
    if (!text) return codes;
    std::size_t start = 0;
    while (start <= text->size()) {
        const std::size_t end = std::min(text->find(',', start), text->size());
        std::string code = text->substr(start, end - start);
        if (code.empty()) throw UsageError("--profile: expected profile codes such as adult,older");
        if (std::find(codes.begin(), codes.end(), code) == codes.end())
            codes.push_back(std::move(code));
        start = end + 1;
    }
    return codes;
}

std::string fixed(double value, int decimals) {
    std::ostringstream text;
    text << std::fixed << std::setprecision(decimals) << value;
    return text.str();
}

/// What the route of one profile came to: the route, or why there is none.
struct RouteOutcome {
    std::optional<access::ProbeRoute> route;
    std::string problem;
};

nlohmann::json routeJson(const RouteOutcome& outcome) {
    if (!outcome.route) return {{"problem", outcome.problem}};
    const access::ProbeRoute& r = *outcome.route;
    nlohmann::json line = nlohmann::json::array();
    for (const geo::LonLat p : r.walk.line) line.push_back({p.lon, p.lat});
    return {{"facilityId", r.facilityId},
            {"minutes", r.walk.seconds / 60.0},
            {"metres", r.walk.metres},
            {"gates", r.walk.gates},
            {"line", line}};
}

nlohmann::json probeJson(const access::ProbeResult& result, const project::Project& project,
                         bool includePlanned, const std::vector<RouteOutcome>& routes) {
    nlohmann::json profiles = nlohmann::json::array();
    for (std::size_t i = 0; i < result.profiles.size(); ++i) {
        const access::ProbeProfile& p = result.profiles[i];
        const project::WalkProfile* walk = project.walkProfile(p.profileCode);
        nlohmann::json categories = nlohmann::json::array();
        for (const access::ProbeCategory& c : p.categories)
            categories.push_back(
                {{"code", c.code},
                 {"nameZh", c.nameZh},
                 {"minutes", c.found() ? nlohmann::json(c.minutes) : nlohmann::json()},
                 {"facility", c.found()
                                  ? nlohmann::json{{"id", c.facilityId}, {"name", c.facilityName}}
                                  : nlohmann::json()}});
        nlohmann::json profile{{"code", p.profileCode},
                               {"nameZh", walk ? walk->nameZh : std::string()},
                               {"speedMps", walk ? walk->speedMps : 0.0},
                               {"budgetMinutes", p.budgetMinutes},
                               {"snapped",
                                {{"lon", p.snapped.point.lon},
                                 {"lat", p.snapped.point.lat},
                                 {"distanceM", p.snapped.snapDistance.value()}}},
                               {"categories", categories}};
        if (i < routes.size()) profile["route"] = routeJson(routes[i]);
        profiles.push_back(std::move(profile));
    }
    nlohmann::json out{{"point", {{"lon", result.point.lon}, {"lat", result.point.lat}}},
                       {"includePlanned", includePlanned},
                       {"profiles", profiles}};
    if (mentionsOpenStreetMap(project.metadataValue(project::meta::kAttribution)))
        out["attribution"] = "© OpenStreetMap contributors";
    return out;
}

void printTable(const access::ProbeResult& result, std::ostream& out) {
    out << std::left << std::setw(28) << "category" << std::right;
    for (const access::ProbeProfile& p : result.profiles)
        out << std::setw(int(std::max<std::size_t>(7, p.profileCode.size() + 2))) << p.profileCode;
    out << "  nearest\n";
    const std::size_t rows =
        result.profiles.empty() ? 0 : result.profiles.front().categories.size();
    for (std::size_t row = 0; row < rows; ++row) {
        const std::string& code = result.profiles.front().categories[row].code;
        out << std::left << std::setw(28) << code << std::right;
        std::vector<std::string> names;
        for (const access::ProbeProfile& p : result.profiles) {
            const access::ProbeCategory* c = p.category(code);
            const int width = int(std::max<std::size_t>(7, p.profileCode.size() + 2));
            out << std::setw(width) << (c && c->found() ? fixed(c->minutes, 1) : std::string("-"));
            if (c && c->found()) {
                const std::string name = c->facilityName.empty()
                                             ? "facility " + std::to_string(c->facilityId)
                                             : c->facilityName;
                if (std::find(names.begin(), names.end(), name) == names.end())
                    names.push_back(name);
            }
        }
        std::string nearest;
        for (const std::string& name : names) nearest += (nearest.empty() ? "" : " / ") + name;
        out << "  " << (nearest.empty() ? "-" : nearest) << '\n';
    }
}

}  // namespace

int runProbe(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    access::ProbeRequest request;
    request.point = parseLonLat(args.required("--at"));
    request.profileCodes = profilesOption(args);
    request.includePlanned = args.has("--include-planned");
    std::optional<project::FeatureId> routeTo;
    if (const auto id = args.value("--route"))
        routeTo = project::FeatureId(parseUnsigned(*id, "--route"));

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    project::Project project = opened->load();
    for (const std::string& code : request.profileCodes) requireProfile(project, code);
    if (routeTo && project.facilities().find(*routeTo) == nullptr)
        throw CommandError("--route: no facility with id " + std::to_string(*routeTo));

    if (project.walkProfiles().empty()) throw CommandError("the project has no walk profile");

    access::AnalysisSession session(std::move(project));
    session.buildGraph();
    access::ProbeResult result;
    std::vector<RouteOutcome> routes;
    try {
        result = access::probe(session, request);
        if (!result.complete) throw CommandError("cancelled");
        if (routeTo) {
            for (const access::ProbeProfile& p : result.profiles) {
                RouteOutcome outcome;
                try {
                    outcome.route = access::probeRoute(session, request.point, p.profileCode,
                                                       *routeTo, request.includePlanned);
                } catch (const access::PlaceError& e) {
                    if (e.reason() != access::PlaceErrorReason::NotReached
                        && e.reason() != access::PlaceErrorReason::NotCounted)
                        throw;
                    outcome.problem = e.what();
                }
                routes.push_back(std::move(outcome));
            }
        }
    } catch (const access::PlaceError& e) {
        throw CommandError(e.what());
    }

    // The file first: when it cannot be written, the error line is all the output.
    if (const auto json = args.value("--json"))
        exchange::writeFileReplacing(
            platform::pathFromUtf8(*json),
            probeJson(result, session.project(), request.includePlanned, routes).dump(2) + '\n');

    const access::ProbeProfile& first = result.profiles.front();
    out << "Point " << std::setprecision(9) << result.point.lon << ',' << result.point.lat
        << " joins the streets " << std::lround(first.snapped.snapDistance.value())
        << " m away; walk minutes to the nearest "
        << (request.includePlanned ? "existing or planned" : "existing")
        << " facility of each category, within " << first.budgetMinutes << " min:\n";
    printTable(result, out);
    for (std::size_t i = 0; i < routes.size(); ++i) {
        out << "Route to facility " << *routeTo << ", walk profile "
            << result.profiles[i].profileCode << ": ";
        if (!routes[i].route) {
            out << routes[i].problem << '\n';
            continue;
        }
        const access::WalkRoute& walk = routes[i].route->walk;
        out << std::lround(walk.metres) << " m, " << fixed(walk.seconds / 60.0, 1) << " min";
        if (walk.gates.empty()) {
            out << ", through no compound gate";
        } else {
            out << ", through gate" << (walk.gates.size() > 1 ? "s " : " ");
            for (std::size_t g = 0; g < walk.gates.size(); ++g)
                out << (g > 0 ? ", " : "") << walk.gates[g];
        }
        out << '\n';
    }
    if (mentionsOpenStreetMap(session.project().metadataValue(project::meta::kAttribution)))
        out << "Map data © OpenStreetMap contributors\n";
    return 0;
}

}  // namespace yike::cli
