// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/set_metadata.h"

#include <utility>

#include "core/project/project.h"
#include "ui/document/project_document.h"

namespace yike::ui {

SetMetadata::SetMetadata(ProjectDocument& document, std::string key, std::string value,
                         const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent),
      m_document(document),
      m_key(std::move(key)),
      m_before(document.project().metadataValue(m_key)),
      m_after(std::move(value)) {}

void SetMetadata::redo() { m_document.project().setMetadataValue(m_key, m_after); }

void SetMetadata::undo() { m_document.project().setMetadataValue(m_key, m_before); }

}  // namespace yike::ui
