// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation/circle_evaluation.h"

namespace yike::evaluation {

/// One service's shares within target, per age group, in the existing and the planned state.
struct ShareChange {
    std::string code;
    std::string nameZh;
    std::string nameEn;
    /// Share (0..1) of each group within target; absent where the circle has none of the group.
    std::array<std::optional<double>, kCohortCount> before{};
    std::array<std::optional<double>, kCohortCount> after{};
    bool presentBefore = false;
    bool presentAfter = false;

    /// Whether any group's share or the presence differs between the two states.
    bool changed() const;
};

/**
 * The existing state of one circle beside its planned state (planned facilities counted,
 * accepted conversions among them): one row per service of `after`, in its order, matched by
 * code with `before` (a service only one of them knows has nothing on the other side).
 */
std::vector<ShareChange> compareStates(const CircleEvaluation& before,
                                       const CircleEvaluation& after);

/**
 * The comparison as CSV for spreadsheets (UTF-8 with BOM, CRLF): code, Chinese and English
 * name, then before/after percentages with one decimal for everyone, 60+ and 0–14; an empty
 * cell where a group has no one.
 */
std::string compareStatesCsv(const std::vector<ShareChange>& rows);

}  // namespace yike::evaluation
