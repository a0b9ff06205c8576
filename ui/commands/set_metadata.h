// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QString>
#include <QUndoCommand>

namespace yike::ui {

class ProjectDocument;

/// Sets one project setting (a Project::metadata() key, see project::meta) as one undo step; an
/// empty value removes the key.
class SetMetadata : public QUndoCommand {
public:
    SetMetadata(ProjectDocument& document, std::string key, std::string value, const QString& text,
                QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    ProjectDocument& m_document;
    std::string m_key;
    std::string m_before;
    std::string m_after;
};

}  // namespace yike::ui
