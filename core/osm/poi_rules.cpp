// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/osm/poi_rules.h"

#include "core/catalog/table_text.h"

namespace yike::osm {
namespace detail {
extern const std::string_view kBuiltinPoiRules;
}  // namespace detail

PoiRules PoiRules::parse(std::string_view text) {
    PoiRules table;
    int lineNo = 0;
    for (std::string_view line : catalog::splitFields(text, '\n')) {
        ++lineNo;
        line = catalog::trimField(line);
        if (line.empty() || line.front() == '#') continue;
        const auto columns = catalog::splitFields(line, '\t');
        const std::string where = "tag table line " + std::to_string(lineNo);
        if (columns.size() < 2 || catalog::trimField(columns[1]).empty())
            throw PoiRulesError(where + ": expected 'conditions<TAB>category[<TAB>note]'");
        PoiRule rule;
        rule.line = lineNo;
        rule.category = std::string(catalog::trimField(columns[1]));
        if (columns.size() > 2) rule.note = std::string(catalog::trimField(columns[2]));
        for (std::string_view condition : catalog::splitFields(catalog::trimField(columns[0]), '&')) {
            const std::size_t eq = condition.find('=');
            if (eq == std::string_view::npos || eq == 0 || eq + 1 == condition.size())
                throw PoiRulesError(where + ": condition '" + std::string(condition)
                                    + "' is not key=value");
            rule.conditions.push_back({std::string(catalog::trimField(condition.substr(0, eq))),
                                       std::string(catalog::trimField(condition.substr(eq + 1)))});
        }
        table.m_rules.push_back(std::move(rule));
    }
    return table;
}

const PoiRules& PoiRules::builtin() {
    static const PoiRules table = parse(detail::kBuiltinPoiRules);
    return table;
}

std::optional<std::string> PoiRules::categoryFor(const Tags& tags) const {
    for (const PoiRule& rule : m_rules) {
        bool all = true;
        for (const PoiRule::Condition& c : rule.conditions) {
            const auto it = tags.find(c.key);
            if (it == tags.end() || (c.value != "*" && it->second != c.value)) {
                all = false;
                break;
            }
        }
        if (all) return rule.category;
    }
    return std::nullopt;
}

std::string preferredName(const Tags& tags) {
    for (const char* key : {"name:zh-Hans", "name:zh", "name"}) {
        const auto it = tags.find(key);
        if (it != tags.end() && !it->second.empty()) return it->second;
    }
    return {};
}

}  // namespace yike::osm
