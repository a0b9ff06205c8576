// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/access/run_control.h"
#include "core/evaluation/grade_rules.h"
#include "core/geo/lon_lat.h"
#include "core/project/features.h"

namespace yike::access {
class AnalysisSession;
}

namespace yike::project {
class Project;
struct Circle;
}

namespace yike::evaluation {

/// The groups of residents a circle is checked for, each at its own walking pace.
enum class Cohort { All = 0, Older = 1, Children = 2 };
inline constexpr std::size_t kCohortCount = 3;

/// Which walk profile measures which group: everyone at the adult pace, residents 60+ at the
/// older pace, children 0–14 at the child pace.
struct CohortProfiles {
    std::array<std::string, kCohortCount> codes{"adult", "older", "child"};
};

/// The land of a circle: a study area, or the walk area of a centre.
struct CircleArea {
    std::string name;
    /// In lon/lat; a home or facility inside any of them is in the circle.
    std::vector<geo::Polygon> polygons;
};

/// What only a survey can tell about a circle; absent means not surveyed (never zero).
struct CircleSurvey {
    std::optional<double> satisfactionPercent;
    std::optional<long long> households;
};

struct EvaluationOptions {
    CohortProfiles profiles;
    /// Count planned facilities as present (and as reached): the circle as planned.
    bool includePlanned = false;
};

/// One group's figures for one service.
struct CohortCheck {
    double residents = 0.0;  ///< of the group, in the circle
    /// Share (0..1) of them within the service's walking target; absent when the circle has
    /// none of the group (nothing to measure, not a failure).
    std::optional<double> shareWithinTarget;
    bool passes = false;  ///< share >= the rules' pass share
};

/// One catalogue category in one circle.
struct CategoryCheck {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    std::string group;  ///< the catalogue's ("basic", "quality"); empty when not in it
    bool inCatalog = true;
    double targetMinutes = 0.0;
    bool targetFromCatalog = false;  ///< false: the analysis' default target
    /// Counted facilities of the category inside the circle, project order.
    std::vector<project::FeatureId> facilitiesInside;
    std::array<CohortCheck, kCohortCount> cohorts;

    bool present() const { return !facilitiesInside.empty(); }
    /// Passes for every group the circle has (false when it has no residents at all).
    bool passes() const;
};

/// One requirement of a grade, as met or not by a circle.
struct RequirementCheck {
    Requirement rule;
    /// Set requirements: the set's categories, how many are present and needed, and the
    /// absent ones in set order.
    std::vector<std::string> members;
    int present = 0;
    int needed = 0;
    std::vector<std::string> missing;
    bool met = false;
};

struct GradeCheck {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    std::vector<RequirementCheck> requirements;
    bool requirementsMet = false;  ///< its own requirements, whatever the grades below
    bool reached = false;          ///< the grade below is reached and its requirements met
};

struct SchemeCheck {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    RuleSource source;
    std::vector<GradeCheck> grades;  ///< lowest first
    /// Index into grades of the highest grade reached; absent when none.
    std::optional<std::size_t> reached;
    /// The categories whose absence keeps the circle from the next grade (for it and any
    /// grade below it or asked for by it), in catalogue order: the shortfall list conversion
    /// proposals should fill. Empty when the top grade is reached.
    std::vector<std::string> blockingNext;
    /// At least how many of blockingNext must be added (a count requirement may need only
    /// some of them); 0 when the top grade is reached.
    int shortfall = 0;
};

/// A programme indicator for one circle. A value is given only when every input is known.
struct IndicatorCheck {
    IndicatorRule rule;
    std::optional<double> value;
    bool passes = false;  ///< value >= target
    /// Service area: facilities of the set inside, those with a floor area and its sum;
    /// households and whether they are estimated from residents.
    int facilities = 0;
    int facilitiesWithArea = 0;
    double floorAreaM2 = 0.0;
    std::optional<double> households;
    bool householdsEstimated = false;
    /// Chain-store rate: shops inside, chains among them, and shops with no brand tag and no
    /// chain attribute (counted as independent when any shop's status is known).
    int chains = 0;
    int unknownChainStatus = 0;
    /// Why there is no value, when there is none: "no_survey", "no_households",
    /// "floor_area_missing", "no_facilities", "no_chain_data".
    std::string missing;
};

/// The evaluation of one circle.
struct CircleEvaluation {
    std::string name;
    std::size_t homes = 0;  ///< homes (buildings, compound land, grid cells) inside
    std::array<double, kCohortCount> residents{};  ///< all, 60+, 0–14 inside
    std::vector<CategoryCheck> categories;  ///< the analyses' category order
    std::vector<SchemeCheck> schemes;       ///< the rules' scheme order
    std::vector<IndicatorCheck> indicators;  ///< the rules' indicator order

    const CategoryCheck* category(std::string_view code) const;
    const SchemeCheck* scheme(std::string_view code) const;
};

/// Raised when a circle cannot be evaluated (a missing walk profile, an unusable centre).
class EvaluationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * Runs, in `session`, the walk analyses the evaluation needs (one per cohort profile) that it
 * does not hold yet, with `includePlanned` as asked. Analyses already held are used as they
 * are. @return false when cancelled
 * @throws EvaluationError when the project lacks one of the profiles
 */
bool prepareEvaluation(access::AnalysisSession& session, const EvaluationOptions& options,
                       const access::RunControl& control = {});

/**
 * The 15-minute (or `minutes`) walk area of a centre at a profile's pace, as a circle's land:
 * the engine's conservative catchment (no point inside is farther than stated), the walk rings
 * of the centre (access::walkRings).
 * @throws EvaluationError when the centre is unknown or off the network
 */
CircleArea circleAroundCentre(access::AnalysisSession& session, std::string name,
                              project::FeatureId centreFacility,
                              std::optional<geo::LonLat> centrePoint, const std::string& profile,
                              double minutes, const access::RunControl& control = {});

/// The land of a project's circle: its outline, or the walk area of its centre
/// (circleAroundCentre). @throws EvaluationError as circleAroundCentre
CircleArea circleAreaOf(access::AnalysisSession& session, const project::Circle& circle,
                        const access::RunControl& control = {});

/// A circle's survey figures.
CircleSurvey surveyOf(const project::Circle& circle);

/// The whole study area (or, without one, the box around everything the project holds) as one
/// circle named `name`: what is evaluated when the project defines no circle.
CircleArea wholeProjectArea(const project::Project& project, std::string name);

/**
 * The grades of every scheme of `rules` for a circle where the categories `present`
 * (catalogue codes) are present: each grade's requirements, the grade reached and what blocks
 * the next one (SchemeCheck). Schemes are decided in table order, so a grade may ask for a
 * grade of an earlier scheme.
 */
std::vector<SchemeCheck> gradeCircle(const std::set<std::string, std::less<>>& present,
                                     const GradeRules& rules, const catalog::Catalog& catalog);

/**
 * Checks a circle against the catalogue and the rules:
 *  - per category: the counted facilities inside the circle (present or absent) and, for each
 *    cohort, the share of the circle's residents of that group whose home reaches the nearest
 *    facility (anywhere, not only inside) within the category's walking target, at the
 *    group's pace; the homes and times are those of the session's analyses, so a cohort's
 *    share equals what a single-profile run gives for the same homes;
 *  - per scheme: each grade's requirements on the categories present, the grade reached and
 *    the categories that block the next one;
 *  - the programme indicators, each with the inputs it lacks named.
 * @pre prepareEvaluation has run for the same options
 * @throws EvaluationError when an analysis is missing
 */
CircleEvaluation evaluateCircle(const access::AnalysisSession& session, const CircleArea& circle,
                                const CircleSurvey& survey, const GradeRules& rules,
                                const EvaluationOptions& options = {});

/// What evaluateProject gives: per circle its land and its evaluation, in the same order.
struct ProjectEvaluation {
    std::vector<CircleArea> areas;
    std::vector<CircleEvaluation> circles;
    /// True when the project defines no circle and the whole study area was evaluated.
    bool wholeStudyArea = false;
    bool complete = true;  ///< false when cancelled
};

/**
 * Evaluates the project's circles (only the one called `only` when given), or its whole study
 * area as one circle named `wholeName` when it defines none: the one routine the panel and
 * `yike-cli evaluate` share, so both give the same table. Prepares the session first
 * (prepareEvaluation).
 * @throws EvaluationError when `only` names no circle, a profile is missing or a centre is
 *         unusable (the message names the circle)
 */
ProjectEvaluation evaluateProject(access::AnalysisSession& session, const GradeRules& rules,
                                  const EvaluationOptions& options, const std::string& wholeName,
                                  const std::optional<std::string>& only = std::nullopt,
                                  const access::RunControl& control = {});

}  // namespace yike::evaluation
