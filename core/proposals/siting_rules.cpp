// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/proposals/siting_rules.h"

#include <algorithm>
#include <charconv>

#include "core/catalog/catalog.h"
#include "core/catalog/table_text.h"

namespace yike::proposals {
namespace detail {
extern const std::string_view kBuiltinSitingRules;
}  // namespace detail

namespace {

std::optional<int> parseInt(std::string_view s) {
    s = catalog::trimField(s);
    int value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (error != std::errc() || end != s.data() + s.size() || s.empty()) return std::nullopt;
    return value;
}

SitingRulesError errorAt(int line, const std::string& what) {
    return SitingRulesError("siting rules, line " + std::to_string(line) + ": " + what);
}

}  // namespace

std::vector<const SitingRule*> SitingRules::rulesFor(std::string_view category) const {
    std::vector<const SitingRule*> found;
    for (const SitingRule& rule : m_rules)
        if (rule.category == "*" || rule.category == category) found.push_back(&rule);
    return found;
}

std::optional<SitingViolation> SitingRules::check(const project::IdleSpace& space,
                                                  const catalog::Category& category) const {
    if (category.areaKind == "land") return SitingViolation{std::nullopt, category.code};
    for (const SitingRule* rule : rulesFor(category.code)) {
        bool ok = true;
        switch (rule->kind) {
            case SitingRuleKind::Storeys:
                ok = space.storey >= rule->lowStorey && space.storey <= rule->highStorey;
                break;
            case SitingRuleKind::NotBelowGround: ok = space.storey >= 1; break;
            case SitingRuleKind::GroundOrLift: ok = space.storey == 1 || space.hasLift; break;
            case SitingRuleKind::OwnSite: ok = false; break;
            case SitingRuleKind::Kinds:
                ok = std::find(rule->kinds.begin(), rule->kinds.end(), space.kind)
                     != rule->kinds.end();
                break;
        }
        if (!ok) return SitingViolation{*rule, category.code};
    }
    return std::nullopt;
}

SitingRules parseSitingRules(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<SitingRule> rules;
    int lineNo = 0;
    for (std::string_view line : catalog::splitFields(text, '\n')) {
        ++lineNo;
        if (catalog::trimField(line).empty() || catalog::trimField(line).front() == '#') continue;
        const std::vector<std::string_view> cells = catalog::splitFields(line, '\t');
        auto cell = [&](std::size_t i) {
            return i < cells.size() ? std::string(catalog::trimField(cells[i])) : std::string();
        };
        SitingRule rule;
        rule.line = lineNo;
        rule.category = cell(0);
        const std::string kind = cell(1);
        const std::string value = cell(2);
        rule.source = cell(3);
        rule.note = cell(4);
        if (rule.category.empty()) throw errorAt(lineNo, "no category code");
        if (kind == "storeys") {
            rule.kind = SitingRuleKind::Storeys;
            const auto dots = value.find("..");
            const auto low = dots == std::string::npos ? parseInt(value)
                                                       : parseInt(std::string_view(value).substr(0, dots));
            const auto high = dots == std::string::npos
                                  ? low
                                  : parseInt(std::string_view(value).substr(dots + 2));
            if (!low || !high || *low > *high)
                throw errorAt(lineNo, "storeys needs a range such as 1..2, not '" + value + "'");
            rule.lowStorey = *low;
            rule.highStorey = *high;
        } else if (kind == "not_below_ground") {
            rule.kind = SitingRuleKind::NotBelowGround;
        } else if (kind == "ground_or_lift") {
            rule.kind = SitingRuleKind::GroundOrLift;
        } else if (kind == "own_site") {
            rule.kind = SitingRuleKind::OwnSite;
        } else if (kind == "kinds") {
            rule.kind = SitingRuleKind::Kinds;
            for (std::string_view code : catalog::splitFields(value, ',')) {
                code = catalog::trimField(code);
                if (code.empty()) continue;
                const auto parsed = project::idleSpaceKindFromCode(std::string(code));
                if (!parsed)
                    throw errorAt(lineNo, "unknown idle-space kind '" + std::string(code) + "'");
                rule.kinds.push_back(*parsed);
            }
            if (rule.kinds.empty()) throw errorAt(lineNo, "kinds needs at least one kind");
        } else {
            throw errorAt(lineNo, "unknown rule '" + kind
                                      + "' (storeys, not_below_ground, ground_or_lift, "
                                        "own_site, kinds)");
        }
        rules.push_back(std::move(rule));
    }
    return SitingRules(std::move(rules));
}

const SitingRules& builtinSitingRules() {
    static const SitingRules rules = parseSitingRules(detail::kBuiltinSitingRules);
    return rules;
}

std::string describe(const SitingRule& rule) {
    switch (rule.kind) {
        case SitingRuleKind::Storeys:
            return "storeys " + std::to_string(rule.lowStorey) + ".." + std::to_string(rule.highStorey);
        case SitingRuleKind::NotBelowGround: return "not below ground";
        case SitingRuleKind::GroundOrLift: return "ground floor or a lift";
        case SitingRuleKind::OwnSite: return "needs a site of its own";
        case SitingRuleKind::Kinds: {
            std::string s = "only in ";
            for (std::size_t i = 0; i < rule.kinds.size(); ++i)
                s += (i ? ", " : "") + std::string(project::toCode(rule.kinds[i]));
            return s;
        }
    }
    return {};
}

}  // namespace yike::proposals
