// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_circle.h"

#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

SetCircle::SetCircle(ProjectDocument& document, project::Circle circle, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_after(std::move(circle)) {
    project::Project::checkCircle(m_after);
    if (const project::Circle* current = document.project().circle(m_after.name))
        m_before = *current;
    setTextFromChange();
}

SetCircle::SetCircle(ProjectDocument& document, const std::string& name, project::Circle circle,
                     QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_after(std::move(circle)) {
    project::Project::checkCircle(m_after);
    const project::Circle* current = document.project().circle(name);
    if (current == nullptr)
        throw project::ProjectLogicError("no living circle called '" + name + "'");
    if (m_after.name != name && document.project().circle(m_after.name) != nullptr)
        throw project::ProjectLogicError("a second living circle called '" + m_after.name + "'");
    m_before = *current;
    setTextFromChange();
}

void SetCircle::setTextFromChange() {
    const QString name = QString::fromStdString(m_after.name);
    if (!m_before) {
        setText(CommandsTr::tr("Add Living Circle “%1”").arg(name));
    } else if (!renames()) {
        setText(CommandsTr::tr("Edit Living Circle “%1”").arg(name));
    } else {
        const QString old = QString::fromStdString(m_before->name);
        project::Circle renamedOnly = *m_before;
        renamedOnly.name = m_after.name;
        setText(renamedOnly == m_after
                    ? CommandsTr::tr("Rename Living Circle “%1” to “%2”").arg(old, name)
                    : CommandsTr::tr("Edit and Rename Living Circle “%1” to “%2”").arg(old, name));
    }
}

void SetCircle::redo() {
    if (m_before)
        m_document.project().replaceCircle(m_before->name, m_after);
    else
        m_document.project().setCircle(m_after);
}

void SetCircle::undo() {
    if (m_before)
        m_document.project().replaceCircle(m_after.name, *m_before);
    else
        m_document.project().removeCircle(m_after.name);
}

}  // namespace yike::ui
