// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <optional>

#include <QMainWindow>
#include <QString>

#include "core/guidemap/guide_map.h"
#include "ui/document/project_document.h"
#include "ui/mainwindow/prompter.h"
#include "ui/mainwindow/recent_files.h"
#include "ui/render/map_renderer.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoView;

namespace yike::ui {

class AnalysisController;
class AnalysisDock;
class EvaluationController;
class WalkProbeController;
class WalkProbeDock;
class EvaluationDock;
class ProposalController;
class ProposalDock;
class GuideMapDialog;
class AttributeTableDock;
class BasemapController;
class ExchangeActions;
class LanguageManager;
class LayerActions;
class LayersPanel;
class MapView;
class OsmImporter;
class PropertyEditorDock;
class ToolManager;

/**
 * The application window around one ProjectDocument: a MapView in the centre with the map
 * tools of a ToolManager (Tools menu, tool bar, tool options bar), the File, Edit, View, Tools,
 * Language and Help menus, an undo history dock, the attribute table and property editor docks
 * and the standards catalogue editor, the layers panel and legend docks, the walk-access panel
 * (Analysis menu) that colours the map's Analysis results layer, and a status bar with the
 * pointer position, the selection and layer counts. The map view's MapComposition (what the
 * map shows) is the one the layers panel, the legend, the View → Layers and Basemap menus and
 * the walk-access panel change.
 *
 * It owns the document and a Prompter (every question to the user goes through it, so tests run
 * without modal dialogs). Language switching goes through the LanguageManager, which outlives
 * the window; every text is set in retranslateUi(), called again on QEvent::LanguageChange.
 * Settings (recent files, geometry, tool bar state) live in QSettings.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        ProjectDocument::Options document;
    };

    /// `prompter` may be null: message boxes and file dialogs are then used.
    MainWindow(LanguageManager* languages, std::unique_ptr<Prompter> prompter,
               const Options& options, QWidget* parent = nullptr);
    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return m_document; }
    MapView* mapView() const { return m_mapView; }
    ToolManager* toolManager() const { return m_toolManager; }
    RecentFiles& recentFiles() { return m_recentFiles; }
    AttributeTableDock* attributeTableDock() const { return m_attributeDock; }
    PropertyEditorDock* propertyEditorDock() const { return m_propertyDock; }
    LayersPanel* layersPanel() const { return m_layersPanel; }
    BasemapController* basemapController() const { return m_basemap; }
    AnalysisController* analysisController() const { return m_analysis; }
    AnalysisDock* analysisDock() const { return m_analysisDock; }
    ProposalDock* proposalDock() const { return m_proposalDock; }
    EvaluationDock* evaluationDock() const { return m_evaluationDock; }
    WalkProbeDock* walkProbeDock() const { return m_walkProbeDock; }
    WalkProbeController* walkProbeController() const { return m_walkProbe; }
    OsmImporter* osmImporter() const { return m_osmImporter; }

    /// What a start does: offer any autosaves of crashed sessions; unless one is restored, open
    /// `file` (when given and it opens) or else the built-in sample district.
    void startUp(const QString& file = {});

    /// Opens `path`, offering a read-only view when another instance holds it. Errors are
    /// shown; returns whether a project was opened. Does not ask about unsaved changes.
    bool openProject(const QString& path);
    /// Saves, asking for a file name when the project has none or is read-only.
    bool saveProject();
    bool saveProjectAs();
    /// When the project is modified, asks Save / Discard / Cancel; false means cancelled.
    bool maybeSave();

    /// The About box text (rich text), in the current language.
    QString aboutText() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createAttributeDocks();
    void createLayerDocks();
    void createAnalysisDock();
    void createProposalDock();
    void createEvaluationDock();
    void createWalkProbeDock();
    /// Makes `dock` `width` pixels wide when it is shown narrower (at most a third of the window).
    void widenWhenShown(QDockWidget* dock, int width);
    /// File → Print Guide Map: the dialog, centred on `centre`, else on the selected facility
    /// or compound.
    void showGuideMapDialog(std::optional<guidemap::GuideMapRequest> centre = std::nullopt);
    /// The map's context menu: print a guide map from the point clicked.
    void showMapContextMenu(const QPoint& pos);
    void showCatalogEditor();
    void connectDocument();
    void retranslateUi();
    void updateTitle();
    void updateStatusCounts();
    void updateSelectionStatus();
    void updateUndoActions();
    void rebuildRecentMenu();
    void readSettings();
    void writeSettings();
    bool offerRecovery();

    void newProject();
    void openProjectDialog();
    void openSample();
    void newFromOpenStreetMap();
    void openRecent(const QString& path);
    void showAbout();

    LanguageManager* m_languages;
    std::unique_ptr<Prompter> m_prompter;
    ProjectDocument* m_document = nullptr;
    MapView* m_mapView = nullptr;
    ToolManager* m_toolManager = nullptr;
    RecentFiles m_recentFiles;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_layersMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QMenu* m_analysisMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QToolBar* m_mapToolBar = nullptr;
    QToolBar* m_optionsBar = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QUndoView* m_historyView = nullptr;
    AttributeTableDock* m_attributeDock = nullptr;
    PropertyEditorDock* m_propertyDock = nullptr;
    QAction* m_catalogAction = nullptr;
    QAction* m_newFromOsmAction = nullptr;
    OsmImporter* m_osmImporter = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_zoomFitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomSelectionAction = nullptr;
    QAction* m_zoomStudyAreaAction = nullptr;
    LayerActions* m_layerActions = nullptr;
    QDockWidget* m_layersDock = nullptr;
    QDockWidget* m_legendDock = nullptr;
    LayersPanel* m_layersPanel = nullptr;
    AnalysisController* m_analysis = nullptr;
    AnalysisDock* m_analysisDock = nullptr;
    QAction* m_analysisRunAction = nullptr;
    ProposalController* m_proposals = nullptr;
    ProposalDock* m_proposalDock = nullptr;
    EvaluationController* m_evaluation = nullptr;
    EvaluationDock* m_evaluationDock = nullptr;
    WalkProbeController* m_walkProbe = nullptr;
    WalkProbeDock* m_walkProbeDock = nullptr;
    GuideMapDialog* m_guideMapDialog = nullptr;
    QAction* m_printGuideMapAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    BasemapController* m_basemap = nullptr;  ///< View → Basemap and the raster tile layer
    ExchangeActions* m_exchangeActions = nullptr;  ///< File → Import, File → Export Layer

    QLabel* m_countsLabel = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_selectionLabel = nullptr;
    QLabel* m_readOnlyLabel = nullptr;
};

}  // namespace yike::ui
