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

}  // namespace

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

const char* toCode(FacilityStatus status) { return codeOf(kStatusCodes, status); }
const char* toCode(GateKind kind) { return codeOf(kGateCodes, kind); }
const char* toCode(IdleSpaceKind kind) { return codeOf(kIdleCodes, kind); }

std::optional<FacilityStatus> facilityStatusFromCode(const std::string& code) {
    return lookup(kStatusCodes, code);
}
std::optional<GateKind> gateKindFromCode(const std::string& code) {
    return lookup(kGateCodes, code);
}
std::optional<IdleSpaceKind> idleSpaceKindFromCode(const std::string& code) {
    return lookup(kIdleCodes, code);
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
