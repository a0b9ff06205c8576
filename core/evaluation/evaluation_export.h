// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "core/evaluation/circle_evaluation.h"

namespace yike::evaluation {

/// The district table: one row per circle, the same cells on screen and in CSV.
struct DistrictTable {
    /// Stable column codes ("circle", "residents", "grade_national", ...); the screen
    /// translates them, files keep them.
    std::vector<std::string> columns;
    /// Per circle, one text per column: numbers with '.' as the decimal point, grade codes,
    /// empty cells where a value is missing (never 0 for missing).
    std::vector<std::vector<std::string>> rows;
};

/**
 * Columns: circle, homes, residents, residents_60_plus, children_0_14, categories_present,
 * categories_passing (every group with residents reaches it within target), then per scheme
 * grade_<scheme> (the code of the highest grade reached, empty for none) and
 * shortfall_<scheme> (how many more categories the next grade needs at least), then per
 * indicator its code (the value, empty when an input is missing).
 */
DistrictTable districtTable(const std::vector<CircleEvaluation>& circles);

/// The table as CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, the column codes
/// as header.
std::string districtCsv(const DistrictTable& table);

/**
 * Everything the evaluations say, as JSON: the rules' settings (pass share, persons per
 * household, with their sources), and per circle the residents per cohort, per category the
 * facilities inside and each cohort's share within target and pass, per scheme each grade's
 * requirements (present, needed, missing) and the grade reached with what blocks the next,
 * and the indicators with their values (null when missing, with the reason) and sources.
 */
std::string evaluationJson(const std::vector<CircleEvaluation>& circles, const GradeRules& rules);

}  // namespace yike::evaluation
