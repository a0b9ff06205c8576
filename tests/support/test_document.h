// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "ui/document/project_document.h"

namespace yike::test {

/// A document for widget and command tests: no autosave timers, so no recovery files.
inline std::unique_ptr<ui::ProjectDocument> makeTestDocument() {
    ui::ProjectDocument::Options options;
    options.autosave = false;
    return std::make_unique<ui::ProjectDocument>(options);
}

}  // namespace yike::test
