// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/network/edge_facts.h"

#include <array>
#include <utility>

namespace yike::network {
namespace {

constexpr std::array<std::pair<WayKind, const char*>, 12> kKindCodes{{
    {WayKind::Footway, "footway"},
    {WayKind::Path, "path"},
    {WayKind::Pedestrian, "pedestrian"},
    {WayKind::LivingStreet, "living_street"},
    {WayKind::Residential, "residential"},
    {WayKind::Service, "service"},
    {WayKind::Tertiary, "tertiary"},
    {WayKind::Secondary, "secondary"},
    {WayKind::Primary, "primary"},
    {WayKind::Steps, "steps"},
    {WayKind::Crossing, "crossing"},
    {WayKind::Other, "other"},
}};

const std::string* tag(const TagMap& tags, const char* key) {
    const auto it = tags.find(key);
    return it == tags.end() ? nullptr : &it->second;
}

}  // namespace

WayKind wayKindFromHighway(const std::string& highway) {
    // Link roads and their neighbours walk like the class they belong to.
    static const std::map<std::string, WayKind> aliases{
        {"cycleway", WayKind::Path},
        {"bridleway", WayKind::Path},
        {"track", WayKind::Path},
        {"corridor", WayKind::Footway},
        {"unclassified", WayKind::Residential},
        {"road", WayKind::Residential},
        {"tertiary_link", WayKind::Tertiary},
        {"secondary_link", WayKind::Secondary},
        {"primary_link", WayKind::Primary},
        {"trunk", WayKind::Primary},
        {"trunk_link", WayKind::Primary},
    };
    for (const auto& [kind, code] : kKindCodes)
        if (highway == code) return kind;
    const auto it = aliases.find(highway);
    return it == aliases.end() ? WayKind::Other : it->second;
}

const char* toCode(WayKind kind) {
    for (const auto& [k, code] : kKindCodes)
        if (k == kind) return code;
    return "other";
}

WayFacts wayFactsFromTags(const TagMap& tags) {
    WayFacts facts;
    if (const std::string* highway = tag(tags, "highway"))
        facts.kind = wayKindFromHighway(*highway);
    if (const std::string* footway = tag(tags, "footway"); footway && *footway == "crossing")
        facts.kind = WayKind::Crossing;
    facts.steps = facts.kind == WayKind::Steps;

    if (const std::string* crossing = tag(tags, "crossing")) {
        if (*crossing == "traffic_signals")
            facts.crossing = Crossing::Signals;
        else if (*crossing == "marked" || *crossing == "zebra" || *crossing == "uncontrolled")
            facts.crossing = Crossing::Marked;
        else if (*crossing == "unmarked")
            facts.crossing = Crossing::Unmarked;
    } else if (facts.kind == WayKind::Crossing) {
        facts.crossing = Crossing::Unmarked;
    }
    if (const std::string* signals = tag(tags, "crossing:signals"); signals && *signals == "yes")
        facts.crossing = Crossing::Signals;

    if (const std::string* bridge = tag(tags, "bridge"))
        facts.bridge = !bridge->empty() && *bridge != "no";

    const std::string* foot = tag(tags, "foot");
    const std::string* access = tag(tags, "access");
    if (foot)
        facts.footForbidden = *foot == "no";
    else if (access)
        facts.footForbidden = *access == "no" || *access == "private";
    return facts;
}

}  // namespace yike::network
