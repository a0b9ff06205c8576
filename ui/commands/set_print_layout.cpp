// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_print_layout.h"

#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

SetPrintLayout::SetPrintLayout(ProjectDocument& document, project::PrintLayout layout,
                               QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_after(std::move(layout)) {
    project::Project::checkPrintLayout(m_after);
    if (const project::PrintLayout* current = document.project().printLayout(m_after.name))
        m_before = *current;
    const QString name = QString::fromStdString(m_after.name);
    setText(m_before ? CommandsTr::tr("Edit Print Layout “%1”").arg(name)
                     : CommandsTr::tr("Add Print Layout “%1”").arg(name));
}

void SetPrintLayout::redo() {
    m_document.project().setPrintLayout(m_after);
}

void SetPrintLayout::undo() {
    if (m_before)
        m_document.project().setPrintLayout(*m_before);
    else
        m_document.project().removePrintLayout(m_after.name);
}

}  // namespace yike::ui
