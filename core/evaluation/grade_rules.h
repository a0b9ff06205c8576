// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace yike::catalog {
class Catalog;
}

/// Evaluating living circles against the programme's standards: which services a circle has
/// and who reaches them, the grade it earns under editable rules, and the programme indicators.
namespace yike::evaluation {

/// Where a rule or figure comes from, as the table states it.
struct RuleSource {
    std::string sources;     ///< source ids of the domain notes ("S14, S16") or a citation
    std::string confidence;  ///< "official", "secondary", "assumption", ...
    std::string note;
    friend bool operator==(const RuleSource&, const RuleSource&) = default;
};

/// A named list of catalogue categories, e.g. the stand-ins for MOFCOM's 23 basic 业态.
struct CategorySet {
    std::string code;
    /// Catalogue codes as written, or empty when `group` is used.
    std::vector<std::string> categories;
    /// "basic" or "quality": every catalogue category of that group (resolved by members()).
    std::string group;
    std::string nameZh;
    std::string nameEn;
    RuleSource source;
    friend bool operator==(const CategorySet&, const CategorySet&) = default;
};

/// What a grade asks.
struct Requirement {
    enum class Kind {
        Count,  ///< at least `count` of the set present
        Share,  ///< at least `percent` % of the set present (rounded up)
        All,    ///< every category of the set present
        Grade   ///< another scheme's grade reached
    };
    Kind kind = Kind::All;
    std::string set;  ///< Count, Share, All
    int count = 0;    ///< Count
    double percent = 0.0;  ///< Share
    /// Count: the size of the official list the set stands in for (0: the set is the list);
    /// the count is then scaled to the set, see neededOf.
    int officialTotal = 0;
    std::string scheme;  ///< Grade: the scheme of the grade asked for
    std::string grade;   ///< Grade
    RuleSource source;
    int line = 0;  ///< in the table, for messages
    friend bool operator==(const Requirement&, const Requirement&) = default;
};

/// One grade of a scheme, e.g. 提升型, with its requirements.
struct Grade {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    std::vector<Requirement> requirements;
    friend bool operator==(const Grade&, const Grade&) = default;
};

/// A grading scheme (the national classes, Shanxi's stars): its grades from the lowest.
struct Scheme {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    RuleSource source;
    std::vector<Grade> grades;
    friend bool operator==(const Scheme&, const Scheme&) = default;
};

/// A programme indicator the rules hold circles to.
struct IndicatorRule {
    std::string code;  ///< see the codes below
    std::string set;   ///< the facilities it measures; empty for survey figures
    double target = 0.0;
    std::string unit;  ///< "m2", "%"
    std::string nameZh;
    std::string nameEn;
    RuleSource source;
    friend bool operator==(const IndicatorRule&, const IndicatorRule&) = default;
};

/// Indicator codes the evaluation computes.
inline constexpr std::string_view kServiceAreaPer100Households = "service_area_per_100_households";
inline constexpr std::string_view kChainStoreRate = "chain_store_rate";
inline constexpr std::string_view kSatisfaction = "satisfaction";

/// Raised for a table that cannot be read; what() names the line.
class GradeRulesError : public std::runtime_error {
public:
    GradeRulesError(int line, const std::string& what);
    int line() const { return m_line; }

private:
    int m_line;
};

/**
 * The rules a living circle is graded by, as an editable table
 * (resources/evaluation/grade_rules.tsv is the shipped copy): settings, category sets,
 * schemes with their grades and requirements, programme indicators. Every rule carries its
 * source and confidence so that a result can say what it rests on.
 */
struct GradeRules {
    /// Share (0..1) of a group's residents in the circle who must reach a service within its
    /// walking target for the service to pass for that group.
    double passShare = 0.8;
    RuleSource passShareSource;
    /// Residents per household, where no survey counted the households.
    double personsPerHousehold = 2.62;
    RuleSource personsPerHouseholdSource;
    std::vector<CategorySet> sets;
    std::vector<Scheme> schemes;
    std::vector<IndicatorRule> indicators;

    const CategorySet* findSet(std::string_view code) const;
    const Scheme* findScheme(std::string_view code) const;
    const IndicatorRule* findIndicator(std::string_view code) const;
    /// The catalogue codes of a set: its list as written, or its group's categories in
    /// catalogue order. Empty for an unknown set.
    std::vector<std::string> members(std::string_view set, const catalog::Catalog& catalog) const;

    friend bool operator==(const GradeRules&, const GradeRules&) = default;
};

/**
 * How many of the set's `setSize` categories must be present: the count, scaled when the set
 * stands in for an official list (ceil(count / officialTotal x setSize), e.g. 15 of 23 over a
 * stand-in of 16 needs 11), the share rounded up, or all. Never more than setSize.
 */
int neededOf(const Requirement& requirement, int setSize);

/**
 * Reads the table (sections [settings], [sets], [schemes], [grades], [requirements],
 * [indicators]; see the shipped file's header). # comments and blank lines are skipped; CRLF
 * line ends, a UTF-8 byte-order mark and blanks around fields are tolerated.
 * @throws GradeRulesError for a line outside a section, an unknown section or setting, a
 *         missing field, a bad number, a duplicate code, a set, scheme or grade that is not
 *         defined before it is used, or a grade requirement that refers to its own scheme
 *         or to a scheme listed after it under [schemes] (so no rule can depend on itself).
 */
GradeRules parseGradeRules(std::string_view text);

/// The table shipped with the application.
const GradeRules& builtinGradeRules();

}  // namespace yike::evaluation
