// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_circle.h"

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

RemoveCircle::RemoveCircle(ProjectDocument& document, const std::string& name, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const project::Circle* current = document.project().circle(name);
    if (current == nullptr)
        throw project::ProjectLogicError("no living circle called '" + name + "'");
    m_circle = *current;
    setText(CommandsTr::tr("Delete Living Circle “%1”").arg(QString::fromStdString(name)));
}

void RemoveCircle::redo() {
    m_index = m_document.project().removeCircle(m_circle.name);
}

void RemoveCircle::undo() {
    m_document.project().insertCircle(m_index, m_circle);
}

}  // namespace yike::ui
