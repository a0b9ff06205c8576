// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Adds a named print layout, or replaces the project's layout of the same name in its place, as
 * one undo step. Undo puts the replaced layout back, or removes the added one.
 */
class SetPrintLayout : public QUndoCommand {
public:
    /// @throws project::ProjectLogicError when the project cannot hold `layout` (see
    /// project::Project::checkPrintLayout), before anything is pushed.
    SetPrintLayout(ProjectDocument& document, project::PrintLayout layout,
                   QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The layout of that name before the command; none when the command adds it.
    const std::optional<project::PrintLayout>& before() const { return m_before; }
    const project::PrintLayout& after() const { return m_after; }
    /// Whether the project already holds exactly this layout (pushing it would change nothing).
    bool changesNothing() const { return m_before == m_after; }

private:
    ProjectDocument& m_document;
    std::optional<project::PrintLayout> m_before;
    project::PrintLayout m_after;
};

}  // namespace yike::ui
