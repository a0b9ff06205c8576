// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/features.h"

#include <array>
#include <utility>

namespace yike::project {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, const char*>, N>& table,
                           const std::string& code) {
    for (const auto& [value, text] : table)
        if (code == text) return value;
    return std::nullopt;
}

template <typename Enum, std::size_t N>
const char* codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [v, text] : table)
        if (v == value) return text;
    return "";
}

constexpr std::array<std::pair<FacilityStatus, const char*>, 2> kStatusCodes{{
    {FacilityStatus::Existing, "existing"},
    {FacilityStatus::Planned, "planned"},
}};

constexpr std::array<std::pair<GateKind, const char*>, 2> kGateCodes{{
    {GateKind::Pedestrian, "pedestrian"},
    {GateKind::Vehicle, "vehicle"},
}};

constexpr std::array<std::pair<IdleSpaceKind, const char*>, 7> kIdleCodes{{
    {IdleSpaceKind::VacantShop, "vacant_shop"},
    {IdleSpaceKind::FormerTestingHut, "former_testing_hut"},
    {IdleSpaceKind::BoilerRoom, "boiler_room"},
    {IdleSpaceKind::StiltedGroundFloor, "stilted_ground_floor"},
    {IdleSpaceKind::CommunityRoom, "community_room"},
    {IdleSpaceKind::Warehouse, "warehouse"},
    {IdleSpaceKind::Other, "other"},
}};

constexpr std::array<std::pair<PopulationGridKind, const char*>, 3> kGridCodes{{
    {PopulationGridKind::People, "people"},
    {PopulationGridKind::Share60Plus, "share_60_plus"},
    {PopulationGridKind::Share0To14, "share_0_14"},
}};

constexpr std::array<std::pair<CircleKind, const char*>, 2> kCircleCodes{{
    {CircleKind::Area, "area"},
    {CircleKind::Centre, "centre"},
}};

}  // namespace

GreenClass greenAreaClass(const std::string& kind) {
    if (kind == "pitch" || kind == "playground") return GreenClass::Sports;
    if (kind == "grass" || kind == "meadow") return GreenClass::Grass;
    if (kind == "forest" || kind == "wood" || kind == "scrub") return GreenClass::Wooded;
    return GreenClass::Park;
}

std::vector<WalkProfile> defaultWalkProfiles() {
    // Speeds from the domain notes (standards.md §5); the presets are a design choice. No
    // source gives a stairs factor or a crossing wait, so those are stated assumptions.
    return {
        {"adult", "成年人", "Adult", 1.2, 2.0, 30.0, true,
         "speed: 4.0 ft/s normal walking speed (2003 MUTCD), S47/S49; stairs and crossing: assumed"},
        {"older", "老年人", "Older adult", 0.92, 2.5, 30.0, true,
         "speed: 15th percentile of pedestrians over 60 (TCRP-NCHRP 2005), S48; stairs and crossing: assumed"},
        {"child", "儿童", "Child", 0.88, 2.5, 30.0, true,
         "speed: mean of pre-school children, 0.88 ± 0.2 m/s, S52; stairs and crossing: assumed"},
    };
}

namespace {

// "HH:MM" at text[pos..pos+5) → minutes, or -1.
int parseClock(const std::string& text, std::size_t pos) {
    if (pos + 5 > text.size() || text[pos + 2] != ':') return -1;
    for (std::size_t i : {pos, pos + 1, pos + 3, pos + 4})
        if (text[i] < '0' || text[i] > '9') return -1;
    const int hours = (text[pos] - '0') * 10 + (text[pos + 1] - '0');
    const int minutes = (text[pos + 3] - '0') * 10 + (text[pos + 4] - '0');
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) return -1;
    return hours * 60 + minutes;
}

}  // namespace

std::optional<bool> gateOpenAt(const std::string& openHours, int minuteOfDay) {
    std::string text;
    for (char c : openHours)
        if (c != ' ') text += c;
    if (text.empty() || text == "24/7") return true;
    if (text == "closed" || text == "off") return false;
    bool open = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const int from = parseClock(text, pos);
        if (from < 0 || pos + 5 >= text.size() || text[pos + 5] != '-') return std::nullopt;
        const int to = parseClock(text, pos + 6);
        if (to < 0) return std::nullopt;
        if (from <= to ? (minuteOfDay >= from && minuteOfDay < to)
                       : (minuteOfDay >= from || minuteOfDay < to))
            open = true;
        pos += 11;
        if (pos < text.size()) {
            if (text[pos] != ',' && text[pos] != ';') return std::nullopt;
            ++pos;
        }
    }
    return open;
}

bool gateAlwaysClosed(const std::string& openHours) {
    std::string text;
    for (char c : openHours)
        if (c != ' ') text += c;
    return text == "closed" || text == "off";
}

const char* toCode(FacilityStatus status) { return codeOf(kStatusCodes, status); }
const char* toCode(GateKind kind) { return codeOf(kGateCodes, kind); }
const char* toCode(IdleSpaceKind kind) { return codeOf(kIdleCodes, kind); }
const char* toCode(PopulationGridKind kind) { return codeOf(kGridCodes, kind); }
const char* toCode(CircleKind kind) { return codeOf(kCircleCodes, kind); }

std::optional<FacilityStatus> facilityStatusFromCode(const std::string& code) {
    return lookup(kStatusCodes, code);
}
std::optional<GateKind> gateKindFromCode(const std::string& code) {
    return lookup(kGateCodes, code);
}
std::optional<IdleSpaceKind> idleSpaceKindFromCode(const std::string& code) {
    return lookup(kIdleCodes, code);
}
std::optional<PopulationGridKind> populationGridKindFromCode(const std::string& code) {
    return lookup(kGridCodes, code);
}
std::optional<CircleKind> circleKindFromCode(const std::string& code) {
    return lookup(kCircleCodes, code);
}

const std::vector<IdleSpaceKind>& allIdleSpaceKinds() {
    static const std::vector<IdleSpaceKind> kinds = [] {
        std::vector<IdleSpaceKind> out;
        for (const auto& entry : kIdleCodes) out.push_back(entry.first);
        return out;
    }();
    return kinds;
}

}  // namespace yike::project
