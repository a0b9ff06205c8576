// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/catalog/catalog.h"

namespace yike::ui {

class ProjectDocument;

/**
 * Replaces the project's facility catalogue (its standards profile) as one undo step; undo puts
 * the previous catalogue back. Facilities are left alone: a facility whose category code is no
 * longer in the catalogue keeps it.
 */
class SetCatalog : public QUndoCommand {
public:
    SetCatalog(ProjectDocument& document, catalog::Catalog catalog,
               QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const catalog::Catalog& before() const { return m_before; }
    const catalog::Catalog& after() const { return m_after; }

private:
    ProjectDocument& m_document;
    catalog::Catalog m_before;
    catalog::Catalog m_after;
};

}  // namespace yike::ui
