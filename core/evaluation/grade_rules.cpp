// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/evaluation/grade_rules.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "core/catalog/catalog.h"
#include "core/catalog/table_text.h"

namespace yike::evaluation {
namespace detail {
extern const std::string_view kBuiltinGradeRules;
}  // namespace detail

namespace {

enum class Section { None, Settings, Sets, Schemes, Grades, Requirements, Indicators };

Section sectionNamed(std::string_view name) {
    if (name == "[settings]") return Section::Settings;
    if (name == "[sets]") return Section::Sets;
    if (name == "[schemes]") return Section::Schemes;
    if (name == "[grades]") return Section::Grades;
    if (name == "[requirements]") return Section::Requirements;
    if (name == "[indicators]") return Section::Indicators;
    return Section::None;
}

/// The fields of one line, trimmed; missing trailing fields read as empty.
class Fields {
public:
    Fields(std::string_view line, int lineNo) : m_line(lineNo) {
        m_cells = catalog::splitFields(line, '\t');
        for (std::string_view& cell : m_cells) cell = catalog::trimField(cell);
    }
    std::string_view at(std::size_t i) const { return i < m_cells.size() ? m_cells[i] : ""; }
    std::string text(std::size_t i) const { return std::string(at(i)); }
    /// A field that must not be empty.
    std::string required(std::size_t i, const char* what) const {
        if (at(i).empty()) throw GradeRulesError(m_line, std::string("missing ") + what);
        return text(i);
    }
    double number(std::size_t i, const char* what) const {
        const std::string_view cell = at(i);
        double value = 0.0;
        const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (cell.empty() || ec != std::errc() || end != cell.data() + cell.size()
            || !std::isfinite(value))
            throw GradeRulesError(m_line, std::string(what) + " must be a number, not '"
                                              + std::string(cell) + "'");
        return value;
    }
    int whole(std::size_t i, const char* what) const {
        const std::string_view cell = at(i);
        int value = 0;
        const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
        if (cell.empty() || ec != std::errc() || end != cell.data() + cell.size() || value < 0)
            throw GradeRulesError(m_line, std::string(what) + " must be a whole number >= 0, not '"
                                              + std::string(cell) + "'");
        return value;
    }
    RuleSource source(std::size_t first) const { return {text(first), text(first + 1), text(first + 2)}; }
    int line() const { return m_line; }

private:
    std::vector<std::string_view> m_cells;
    int m_line;
};

template <class T>
auto findByCode(T& items, std::string_view code) {
    const auto it = std::find_if(items.begin(), items.end(),
                                 [&](const auto& item) { return item.code == code; });
    return it == items.end() ? nullptr : &*it;
}

CategorySet readSet(const Fields& f) {
    CategorySet set;
    set.code = f.required(0, "set code");
    const std::string_view members = f.at(1);
    if (members.empty()) throw GradeRulesError(f.line(), "set '" + set.code + "' lists no category");
    if (members.starts_with("group:")) {
        set.group = std::string(catalog::trimField(members.substr(6)));
        if (set.group.empty())
            throw GradeRulesError(f.line(), "set '" + set.code + "' names no catalogue group");
    } else {
        std::set<std::string, std::less<>> seen;
        for (std::string_view code : catalog::splitFields(members, ',')) {
            code = catalog::trimField(code);
            if (code.empty()) continue;
            if (!seen.insert(std::string(code)).second)
                throw GradeRulesError(f.line(), "set '" + set.code + "' lists '" + std::string(code)
                                                    + "' twice");
            set.categories.emplace_back(code);
        }
        if (set.categories.empty())
            throw GradeRulesError(f.line(), "set '" + set.code + "' lists no category");
    }
    set.nameZh = f.text(2);
    set.nameEn = f.text(3);
    set.source = f.source(4);
    return set;
}

/// A requirement as written; the grade it belongs to and its references are checked later.
Requirement readRequirement(const Fields& f) {
    Requirement r;
    r.line = f.line();
    const std::string what = f.required(2, "requirement (a set code or @scheme.grade)");
    const std::string_view need = f.at(3);
    if (what.front() == '@') {
        const std::size_t dot = what.find('.');
        if (dot == std::string::npos || dot == 1 || dot + 1 == what.size())
            throw GradeRulesError(f.line(), "'" + what + "' must read @scheme.grade");
        r.kind = Requirement::Kind::Grade;
        r.scheme = what.substr(1, dot - 1);
        r.grade = what.substr(dot + 1);
        if (!need.empty())
            throw GradeRulesError(f.line(), "a grade requirement takes no count");
    } else {
        r.set = what;
        if (need == "all") {
            r.kind = Requirement::Kind::All;
        } else if (need.ends_with('%')) {
            r.kind = Requirement::Kind::Share;
            const Fields percent(need.substr(0, need.size() - 1), f.line());
            r.percent = percent.number(0, "the share");
            if (r.percent < 0.0 || r.percent > 100.0)
                throw GradeRulesError(f.line(), "the share must lie between 0% and 100%");
        } else {
            r.kind = Requirement::Kind::Count;
            r.count = f.whole(3, "the count (or a share such as 50%, or all)");
        }
        if (!f.at(4).empty()) {
            if (r.kind != Requirement::Kind::Count)
                throw GradeRulesError(f.line(), "an official total goes only with a count");
            r.officialTotal = f.whole(4, "the official total");
            if (r.officialTotal == 0 || r.count > r.officialTotal)
                throw GradeRulesError(f.line(), "the official total must be at least the count");
        }
    }
    r.source = f.source(5);
    return r;
}

struct PendingRequirement {
    std::string scheme;
    std::string grade;
    Requirement requirement;
};

}  // namespace

GradeRulesError::GradeRulesError(int line, const std::string& what)
    : std::runtime_error("grade rules, line " + std::to_string(line) + ": " + what),
      m_line(line) {}

const CategorySet* GradeRules::findSet(std::string_view code) const { return findByCode(sets, code); }

const Scheme* GradeRules::findScheme(std::string_view code) const {
    return findByCode(schemes, code);
}

const IndicatorRule* GradeRules::findIndicator(std::string_view code) const {
    return findByCode(indicators, code);
}

std::vector<std::string> GradeRules::members(std::string_view set,
                                             const catalog::Catalog& catalog) const {
    const CategorySet* s = findSet(set);
    if (s == nullptr) return {};
    if (s->group.empty()) return s->categories;
    std::vector<std::string> out;
    for (const catalog::Category& c : catalog.categories())
        if (c.group == s->group) out.push_back(c.code);
    return out;
}

int neededOf(const Requirement& requirement, int setSize) {
    int needed = setSize;
    switch (requirement.kind) {
        case Requirement::Kind::All:
        case Requirement::Kind::Grade:
            break;
        case Requirement::Kind::Share:
            needed = static_cast<int>(std::ceil(requirement.percent / 100.0 * setSize - 1e-9));
            break;
        case Requirement::Kind::Count:
            needed = requirement.officialTotal > 0
                         ? static_cast<int>(std::ceil(double(requirement.count) * setSize
                                                          / requirement.officialTotal
                                                      - 1e-9))
                         : requirement.count;
            break;
    }
    return std::clamp(needed, 0, setSize);
}

GradeRules parseGradeRules(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    GradeRules rules;
    std::set<std::string, std::less<>> settingsSeen;
    std::vector<PendingRequirement> pending;
    std::vector<int> indicatorLines;
    Section section = Section::None;
    int lineNo = 0;
    for (std::string_view line : catalog::splitFields(text, '\n')) {
        ++lineNo;
        const std::string_view content = catalog::trimField(line);
        if (content.empty() || content.front() == '#') continue;
        if (content.front() == '[') {
            section = sectionNamed(content);
            if (section == Section::None)
                throw GradeRulesError(lineNo, "unknown section " + std::string(content));
            continue;
        }
        const Fields f(content, lineNo);
        switch (section) {
            case Section::None:
                throw GradeRulesError(lineNo, "a section such as [settings] must come first");
            case Section::Settings: {
                const std::string key = f.required(0, "setting name");
                if (!settingsSeen.insert(key).second)
                    throw GradeRulesError(lineNo, "setting '" + key + "' is given twice");
                if (key == "pass_share") {
                    rules.passShare = f.number(1, "pass_share");
                    if (rules.passShare <= 0.0 || rules.passShare > 1.0)
                        throw GradeRulesError(lineNo, "pass_share must lie in (0, 1]");
                    rules.passShareSource = f.source(2);
                } else if (key == "persons_per_household") {
                    rules.personsPerHousehold = f.number(1, "persons_per_household");
                    if (rules.personsPerHousehold <= 0.0)
                        throw GradeRulesError(lineNo, "persons_per_household must be > 0");
                    rules.personsPerHouseholdSource = f.source(2);
                } else {
                    throw GradeRulesError(lineNo, "unknown setting '" + key + "'");
                }
                break;
            }
            case Section::Sets: {
                CategorySet set = readSet(f);
                if (rules.findSet(set.code))
                    throw GradeRulesError(lineNo, "set '" + set.code + "' is defined twice");
                rules.sets.push_back(std::move(set));
                break;
            }
            case Section::Schemes: {
                Scheme scheme;
                scheme.code = f.required(0, "scheme code");
                if (rules.findScheme(scheme.code))
                    throw GradeRulesError(lineNo, "scheme '" + scheme.code + "' is defined twice");
                scheme.nameZh = f.required(1, "Chinese name");
                scheme.nameEn = f.text(2);
                scheme.source = f.source(3);
                rules.schemes.push_back(std::move(scheme));
                break;
            }
            case Section::Grades: {
                const std::string schemeCode = f.required(0, "scheme code");
                Scheme* scheme = findByCode(rules.schemes, schemeCode);
                if (scheme == nullptr)
                    throw GradeRulesError(lineNo, "scheme '" + schemeCode
                                                      + "' is not listed under [schemes]");
                Grade grade;
                grade.code = f.required(1, "grade code");
                if (findByCode(scheme->grades, grade.code))
                    throw GradeRulesError(lineNo, "grade '" + grade.code + "' is listed twice");
                grade.nameZh = f.required(2, "Chinese name");
                grade.nameEn = f.text(3);
                scheme->grades.push_back(std::move(grade));
                break;
            }
            case Section::Requirements:
                pending.push_back({f.required(0, "scheme code"), f.required(1, "grade code"),
                                   readRequirement(f)});
                break;
            case Section::Indicators: {
                IndicatorRule rule;
                rule.code = f.required(0, "indicator code");
                if (rule.code != kServiceAreaPer100Households && rule.code != kChainStoreRate
                    && rule.code != kSatisfaction)
                    throw GradeRulesError(lineNo, "unknown indicator '" + rule.code + "'");
                if (rules.findIndicator(rule.code))
                    throw GradeRulesError(lineNo, "indicator '" + rule.code + "' is listed twice");
                rule.set = f.text(1);
                if (rule.code != kSatisfaction && rule.set.empty())
                    throw GradeRulesError(lineNo, "indicator '" + rule.code + "' needs a set");
                rule.target = f.number(2, "the target");
                rule.unit = f.text(3);
                rule.nameZh = f.required(4, "Chinese name");
                rule.nameEn = f.text(5);
                rule.source = f.source(6);
                indicatorLines.push_back(lineNo);
                rules.indicators.push_back(std::move(rule));
                break;
            }
        }
    }

    // References, checked once everything is read so that sections may come in any order.
    for (PendingRequirement& p : pending) {
        const int line = p.requirement.line;
        const auto schemeIndex = [&](std::string_view code) {
            for (std::size_t i = 0; i < rules.schemes.size(); ++i)
                if (rules.schemes[i].code == code) return i;
            throw GradeRulesError(line, "scheme '" + std::string(code)
                                            + "' is not listed under [schemes]");
        };
        const std::size_t own = schemeIndex(p.scheme);
        Grade* grade = findByCode(rules.schemes[own].grades, p.grade);
        if (grade == nullptr)
            throw GradeRulesError(line, "grade '" + p.grade + "' of '" + p.scheme
                                            + "' is not listed under [grades]");
        const Requirement& r = p.requirement;
        if (r.kind == Requirement::Kind::Grade) {
            const std::size_t other = schemeIndex(r.scheme);
            if (other >= own)
                throw GradeRulesError(line, "a grade may only ask for a grade of a scheme listed "
                                            "before its own");
            if (!findByCode(rules.schemes[other].grades, r.grade))
                throw GradeRulesError(line, "grade '" + r.grade + "' of '" + r.scheme
                                                + "' is not listed under [grades]");
        } else if (!rules.findSet(r.set)) {
            throw GradeRulesError(line, "set '" + r.set + "' is not listed under [sets]");
        }
        grade->requirements.push_back(std::move(p.requirement));
    }
    for (std::size_t i = 0; i < rules.indicators.size(); ++i) {
        const IndicatorRule& rule = rules.indicators[i];
        if (!rule.set.empty() && !rules.findSet(rule.set))
            throw GradeRulesError(indicatorLines[i], "set '" + rule.set
                                                         + "' is not listed under [sets]");
    }
    return rules;
}

const GradeRules& builtinGradeRules() {
    static const GradeRules rules = parseGradeRules(detail::kBuiltinGradeRules);
    return rules;
}

}  // namespace yike::evaluation
