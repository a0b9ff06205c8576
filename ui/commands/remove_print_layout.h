// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/// Deletes a named print layout as one undo step; undo puts it back in its place in the list.
class RemovePrintLayout : public QUndoCommand {
public:
    /// @throws project::ProjectLogicError when the project has no layout called `name`.
    RemovePrintLayout(ProjectDocument& document, const std::string& name,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const project::PrintLayout& layout() const { return m_layout; }

private:
    ProjectDocument& m_document;
    project::PrintLayout m_layout;
    std::size_t m_index = 0;  ///< where the layout was in Project::printLayouts()
};

}  // namespace yike::ui
