// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/walk_rules.h"

#include <algorithm>
#include <array>

namespace yike::osm {
namespace {

enum class Default { Always, WithSidewalk, Never };

struct HighwayRule {
    std::string_view value;
    Default walk;
};

// The table. Sources: OSM wiki "Key:highway" and "OSM tags for routing/Access restrictions"
// (defaults for China do not differ from the worldwide ones for foot on these classes).
constexpr std::array<HighwayRule, 31> kHighways{{
    {"footway", Default::Always},       {"path", Default::Always},
    {"steps", Default::Always},         {"pedestrian", Default::Always},
    {"living_street", Default::Always}, {"residential", Default::Always},
    {"service", Default::Always},       {"unclassified", Default::Always},
    {"road", Default::Always},          {"tertiary", Default::Always},
    {"tertiary_link", Default::Always}, {"secondary", Default::Always},
    {"secondary_link", Default::Always},{"primary", Default::Always},
    {"primary_link", Default::Always},  {"track", Default::Always},
    {"corridor", Default::Always},      {"bridleway", Default::Always},
    {"cycleway", Default::Always},      {"elevator", Default::Always},
    {"platform", Default::Always},      {"trunk", Default::WithSidewalk},
    {"trunk_link", Default::WithSidewalk}, {"motorway", Default::Never},
    {"motorway_link", Default::Never},  {"raceway", Default::Never},
    {"bus_guideway", Default::Never},   {"busway", Default::Never},
    {"escape", Default::Never},         {"construction", Default::Never},
    {"proposed", Default::Never},
}};

constexpr std::array<std::string_view, 5> kLifecycle{"construction", "proposed", "abandoned",
                                                     "disused", "razed"};
constexpr std::array<std::string_view, 4> kFootDenied{"no", "private", "use_sidepath",
                                                      "discouraged"};
constexpr std::array<std::string_view, 4> kFootAllowed{"yes", "designated", "permissive",
                                                       "destination"};
constexpr std::array<std::string_view, 2> kAccessDenied{"no", "private"};
constexpr std::array<std::string_view, 6> kSidewalkKeys{
    "sidewalk", "sidewalk:both", "sidewalk:left", "sidewalk:right", "footway", "foot:sidewalk"};

template <std::size_t N>
bool oneOf(std::string_view v, const std::array<std::string_view, N>& values) {
    return std::find(values.begin(), values.end(), v) != values.end();
}

std::string_view tag(const Tags& tags, std::string_view key) {
    const auto it = tags.find(key);
    return it == tags.end() ? std::string_view() : std::string_view(it->second);
}

bool hasUsableSidewalk(const Tags& tags) {
    for (std::string_view key : kSidewalkKeys) {
        const std::string_view v = tag(tags, key);
        if (!v.empty() && v != "no" && v != "none" && v != "separate") return true;
    }
    return false;
}

}  // namespace

WalkDecision decideWalkable(const Tags& tags) {
    std::string_view highway = tag(tags, "highway");
    if (highway.empty()) {
        // Platforms are often mapped with public_transport=platform only.
        if (tag(tags, "public_transport") == "platform") highway = "platform";
        else return {false, "not-a-highway"};
    }
    if (oneOf(highway, kLifecycle)) return {false, "highway=" + std::string(highway)};

    const std::string_view foot = tag(tags, "foot");
    if (oneOf(foot, kFootDenied)) return {false, "foot=" + std::string(foot)};
    if (oneOf(foot, kFootAllowed)) return {true, "foot=" + std::string(foot)};
    const std::string_view access = tag(tags, "access");
    if (oneOf(access, kAccessDenied)) return {false, "access=" + std::string(access)};

    for (const HighwayRule& rule : kHighways) {
        if (rule.value != highway) continue;
        switch (rule.walk) {
            case Default::Always: return {true, "highway=" + std::string(highway)};
            case Default::Never: return {false, "highway=" + std::string(highway)};
            case Default::WithSidewalk:
                if (hasUsableSidewalk(tags)) return {true, "trunk-with-sidewalk"};
                return {false, "trunk-without-sidewalk"};
        }
    }
    return {false, "unknown-highway"};
}

const std::vector<std::pair<std::string_view, std::string_view>>& highwayDefaults() {
    static const auto table = [] {
        std::vector<std::pair<std::string_view, std::string_view>> out;
        for (const HighwayRule& rule : kHighways) {
            const std::string_view text = rule.walk == Default::Always        ? "always"
                                          : rule.walk == Default::WithSidewalk ? "with-sidewalk"
                                                                               : "never";
            out.emplace_back(rule.value, text);
        }
        return out;
    }();
    return table;
}

const std::vector<std::string_view>& walkRelevantKeys() {
    static const std::vector<std::string_view> keys{
        "highway", "foot", "access", "footway", "sidewalk", "sidewalk:both", "sidewalk:left",
        "sidewalk:right", "crossing", "crossing:signals", "crossing_ref", "surface", "incline",
        "bridge", "tunnel", "layer", "area", "lit", "wheelchair", "step_count", "ramp",
        "public_transport", "level", "indoor", "conveying", "opening_hours"};
    return keys;
}

}  // namespace yike::osm
