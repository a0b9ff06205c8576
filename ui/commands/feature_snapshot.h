// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "core/project/features.h"
#include "ui/document/selection.h"

namespace yike::project {
class Project;
}

namespace yike::ui {

/// Copies of the features a command acts on: the referenced facilities, compounds, idle
/// spaces and gates, plus every gate of a referenced compound (a compound never moves or goes
/// without its gates). References to missing features are ignored.
struct FeatureSnapshot {
    std::vector<project::Facility> facilities;
    std::vector<project::Compound> compounds;
    std::vector<project::Gate> gates;
    std::vector<project::IdleSpace> idleSpaces;

    static FeatureSnapshot of(const project::Project& project, const std::vector<FeatureRef>& refs);
};

}  // namespace yike::ui
