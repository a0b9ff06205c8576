// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_catalog.h"

#include <utility>

#include "core/project/project.h"
#include "ui/commands/tr.h"
#include "ui/document/project_document.h"

namespace yike::ui {

SetCatalog::SetCatalog(ProjectDocument& document, catalog::Catalog catalog, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_document(document),
      m_before(document.project().catalog()),
      m_after(std::move(catalog)) {
    setText(m_after == catalog::builtinCatalog()
                ? CommandsTr::tr("Restore Built-in Catalogue")
                : CommandsTr::tr("Edit Standards Catalogue"));
}

void SetCatalog::redo() {
    m_document.project().setCatalog(m_after);
}

void SetCatalog::undo() {
    m_document.project().setCatalog(m_before);
}

}  // namespace yike::ui
