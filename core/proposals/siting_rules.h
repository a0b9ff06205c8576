// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/project/features.h"

namespace yike::catalog {
struct Category;
}

/// Which idle spaces may host which services: a table of rules the user can edit, in the
/// spirit of the OSM tag table (resources/proposals/siting_rules.tsv is the shipped copy).
namespace yike::proposals {

/// What a siting rule asks of a space.
enum class SitingRuleKind {
    Storeys,         ///< the space's storey lies within [lowStorey, highStorey]
    NotBelowGround,  ///< no basement
    GroundOrLift,    ///< ground floor, or a lift
    OwnSite,         ///< needs a site of its own, never a converted room
    Kinds            ///< only the listed idle-space kinds
};

/// One line of the table.
struct SitingRule {
    std::string category;  ///< catalogue code; "*" for every category
    SitingRuleKind kind = SitingRuleKind::OwnSite;
    int lowStorey = 1;
    int highStorey = 1;
    std::vector<project::IdleSpaceKind> kinds;
    std::string source;  ///< where the rule comes from, as the table says
    std::string note;
    int line = 0;  ///< line in the table, for messages
};

/// Why a space may not host a category: the rule it breaks, or the catalogue's area kind.
struct SitingViolation {
    /// The rule broken; absent when the catalogue gives the category's minimum as site area
    /// (用地面积), which no converted room has.
    std::optional<SitingRule> rule;
    std::string category;
};

/// Raised for a table that cannot be read; what() names the line.
class SitingRulesError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SitingRules {
public:
    SitingRules() = default;
    explicit SitingRules(std::vector<SitingRule> rules) : m_rules(std::move(rules)) {}

    const std::vector<SitingRule>& rules() const { return m_rules; }
    /// The rules of this category, "*" rules included, in table order.
    std::vector<const SitingRule*> rulesFor(std::string_view category) const;
    /// The first rule the space breaks for the category, or nothing when it may host it.
    /// A category whose catalogue minimum is site area ("land") never fits a room.
    std::optional<SitingViolation> check(const project::IdleSpace& space,
                                         const catalog::Category& category) const;

private:
    std::vector<SitingRule> m_rules;
};

/// Reads the tab-separated table: # comments and blank lines are skipped; columns category,
/// rule, value, source, note (the last three may be empty or missing); CRLF line ends, a UTF-8
/// byte-order mark and trailing spaces are tolerated.
/// @throws SitingRulesError for an unknown rule or kind, a bad storey range, a missing value
SitingRules parseSitingRules(std::string_view text);

/// The table shipped with the application.
const SitingRules& builtinSitingRules();

/// The rule as the table writes it, e.g. "storeys 1..2" (for messages and reports).
std::string describe(const SitingRule& rule);

}  // namespace yike::proposals
