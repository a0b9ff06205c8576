// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QString>

#include "core/project/features.h"
#include "core/project/project.h"

namespace yike::catalog {
struct Category;
}

namespace yike::ui {

/// Whether the user interface currently speaks Chinese (the default QLocale, which the
/// language manager sets with the translators).
bool chineseInterface();

/// A category's name in the interface language, falling back to the other language's name and
/// then to the code.
QString categoryName(const catalog::Category& category);

/// Translated labels of the feature enums and of the editable layers (the kinds of idle spaces
/// are told by ui/report's idleSpaceKindText, as in proposals and reports).
QString facilityStatusLabel(project::FacilityStatus status);
QString gateKindLabel(project::GateKind kind);
QString layerLabel(project::Layer layer);
/// "Facility", "Compound", ... for one feature of `layer`.
QString featureLabel(project::Layer layer);

}  // namespace yike::ui
