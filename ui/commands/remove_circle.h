// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/// Deletes a living circle as one undo step; undo puts it back in its place in the list.
class RemoveCircle : public QUndoCommand {
public:
    /// @throws project::ProjectLogicError when the project has no circle called `name`.
    RemoveCircle(ProjectDocument& document, const std::string& name,
                 QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const project::Circle& circle() const { return m_circle; }

private:
    ProjectDocument& m_document;
    project::Circle m_circle;
    std::size_t m_index = 0;  ///< where the circle was in Project::circles()
};

}  // namespace yike::ui
