// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/osm/walk_rules.h"

namespace yike::osm {

/// Raised when a tag table cannot be read; what() names the line.
class PoiRulesError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One line of the tag → category table: all conditions must hold.
struct PoiRule {
    struct Condition {
        std::string key;
        std::string value;  ///< "*" matches any value
    };
    std::vector<Condition> conditions;
    std::string category;
    std::string note;
    int line = 0;
};

/**
 * The editable table mapping OpenStreetMap tags to catalogue categories
 * (resources/osm/poi_categories.tsv is the shipped default). Rules are tried in order; the first
 * whose conditions all hold decides.
 */
class PoiRules {
public:
    /// Reads the tab-separated text form; '#' starts a comment line.
    /// @throws PoiRulesError naming the line at fault.
    static PoiRules parse(std::string_view text);
    /// The shipped table.
    static const PoiRules& builtin();

    const std::vector<PoiRule>& rules() const { return m_rules; }
    /// The category for these tags, or nullopt.
    std::optional<std::string> categoryFor(const Tags& tags) const;

private:
    std::vector<PoiRule> m_rules;
};

/// The display name of an object: name:zh-Hans, then name:zh, then name (empty when none).
std::string preferredName(const Tags& tags);

}  // namespace yike::osm
