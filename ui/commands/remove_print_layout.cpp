// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/remove_print_layout.h"

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

RemovePrintLayout::RemovePrintLayout(ProjectDocument& document, const std::string& name,
                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document) {
    const project::PrintLayout* current = document.project().printLayout(name);
    if (current == nullptr)
        throw project::ProjectLogicError("no print layout called '" + name + "'");
    m_layout = *current;
    setText(CommandsTr::tr("Delete Print Layout “%1”").arg(QString::fromStdString(name)));
}

void RemovePrintLayout::redo() {
    m_index = m_document.project().removePrintLayout(m_layout.name);
}

void RemovePrintLayout::undo() {
    m_document.project().insertPrintLayout(m_index, m_layout);
}

}  // namespace yike::ui
