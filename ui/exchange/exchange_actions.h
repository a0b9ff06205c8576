// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace yike::ui {

class ProjectDocument;

/**
 * The File menu entries of the import and export dialogs, for the main window to place:
 * an Import submenu with "Table or GeoJSON…" (Ctrl+Shift+I) and "Population Grid…", and
 * "Export Layer…". Importing is disabled while the document is read-only.
 */
class ExchangeActions : public QObject {
    Q_OBJECT

public:
    /// `window` parents the menu and the dialogs.
    ExchangeActions(ProjectDocument* document, QWidget* window);
    ~ExchangeActions() override;

    QMenu* importMenu() const { return m_importMenu; }
    QAction* importAction() const { return m_importAction; }
    QAction* importPopulationAction() const { return m_populationAction; }
    QAction* exportAction() const { return m_exportAction; }

    /// Sets every text in the current language.
    void retranslate();

    void openImportDialog();
    void openExportDialog();
    void openPopulationDialog();

private:
    ProjectDocument* m_document;
    QWidget* m_window;
    QMenu* m_importMenu = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_populationAction = nullptr;
    QAction* m_exportAction = nullptr;
};

}  // namespace yike::ui
