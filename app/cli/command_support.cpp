// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/cli/commands.h"

namespace yike::cli {

geo::LonLat parseLonLat(const std::string& text) {
    const auto comma = text.find(',');
    if (comma == std::string::npos) throw UsageError("--at must be LON,LAT, not '" + text + "'");
    geo::LonLat p;
    try {
        std::size_t used = 0;
        p.lon = std::stod(text.substr(0, comma), &used);
        if (used != comma) throw std::invalid_argument("lon");
        const std::string lat = text.substr(comma + 1);
        p.lat = std::stod(lat, &used);
        if (used != lat.size()) throw std::invalid_argument("lat");
    } catch (const std::exception&) {
        throw UsageError("--at must be LON,LAT in degrees, not '" + text + "'");
    }
    if (p.lon < -180.0 || p.lon > 180.0 || p.lat < -90.0 || p.lat > 90.0)
        throw UsageError("--at is off the globe: '" + text + "'");
    return p;
}

std::vector<double> minutesOption(const Arguments& args) {
    std::vector<double> minutes;
    const std::string text = args.value("--minutes").value_or("5,10,15");
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(',', start), text.size());
        minutes.push_back(parsePositive(text.substr(start, end - start), "--minutes"));
        start = end + 1;
    }
    return minutes;
}

bool mentionsOpenStreetMap(std::string attribution) {
    std::transform(attribution.begin(), attribution.end(), attribution.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return attribution.find("openstreetmap") != std::string::npos;
}

std::string profileOption(const Arguments& args) {
    std::string code = args.value("--profile").value_or("adult");
    if (code.empty()) throw UsageError("--profile: expected a profile code");
    return code;
}

const project::WalkProfile& requireProfile(const project::Project& project,
                                           const std::string& code) {
    if (const project::WalkProfile* profile = project.walkProfile(code)) return *profile;
    std::string known;
    for (const project::WalkProfile& p : project.walkProfiles())
        known += (known.empty() ? "" : ", ") + p.code;
    throw CommandError("unknown walk profile '" + code + "' (the project has: " + known + ")");
}

}  // namespace yike::cli
