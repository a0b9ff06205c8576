// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

#include <QUndoCommand>

#include "core/project/features.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Adds a living circle, or edits one, as one undo step.
 *
 * A circle is known by its name. Given only the circle, the command replaces the project's
 * circle of that name in its place, or adds it after the others (Project::setCircle). Given the
 * name of the circle it edits, it replaces that circle in its place, under the new circle's name
 * if that differs: a rename (Project::replaceCircle). Undo puts the old circle back under its old
 * name at its old index, or removes the added one.
 */
class SetCircle : public QUndoCommand {
public:
    /// Adds `circle`, or replaces the circle of the same name.
    /// @throws project::ProjectLogicError when the project cannot hold `circle` (see
    /// project::Project::checkCircle), before anything is pushed.
    SetCircle(ProjectDocument& document, project::Circle circle, QUndoCommand* parent = nullptr);
    /// Replaces the circle called `name` with `circle`, renaming it when circle.name differs.
    /// @throws project::ProjectLogicError when there is no circle called `name`, another circle
    /// is called circle.name, or as project::Project::checkCircle; before anything is pushed.
    SetCircle(ProjectDocument& document, const std::string& name, project::Circle circle,
              QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The circle the command replaces; none when it adds one.
    const std::optional<project::Circle>& before() const { return m_before; }
    const project::Circle& after() const { return m_after; }
    /// Whether the circle gets another name.
    bool renames() const { return m_before && m_before->name != m_after.name; }
    /// Whether the project already holds exactly this circle (pushing it would change nothing).
    bool changesNothing() const { return m_before == m_after; }

private:
    void setTextFromChange();

    ProjectDocument& m_document;
    std::optional<project::Circle> m_before;
    project::Circle m_after;
};

}  // namespace yike::ui
