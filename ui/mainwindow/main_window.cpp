// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/main_window.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <utility>
#include <vector>

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

#include "core/project/recovery.h"
#include "ui/analysis/analysis_controller.h"
#include "ui/analysis/analysis_dock.h"
#include "ui/analysis/walk_probe_controller.h"
#include "ui/analysis/walk_probe_dock.h"
#include "ui/proposals/proposal_controller.h"
#include "ui/printing/guide_map_dialog.h"
#include "ui/evaluation/evaluation_controller.h"
#include "ui/evaluation/evaluation_dock.h"
#include "ui/proposals/proposal_dock.h"
#include "ui/render/highlight_layer.h"
#include "ui/attributes/attribute_table_dock.h"
#include "ui/attributes/catalog_editor_dialog.h"
#include "ui/attributes/property_editor_dock.h"
#include "ui/basemap/basemap_controller.h"
#include "ui/exchange/exchange_actions.h"
#include "ui/exchange/osm_import.h"
#include "ui/layers/layer_actions.h"
#include "ui/layers/layers_panel.h"
#include "ui/layers/legend_widget.h"
#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/tr.h"
#include "ui/mapview/map_view.h"
#include "ui/render/map_composition.h"
#include "ui/tools/map_tool.h"
#include "ui/tools/move_tool.h"
#include "ui/tools/probe_tool.h"
#include "ui/tools/tool_manager.h"
#include "yike_version.h"

namespace yike::ui {
namespace {

const QString kAppName = QStringLiteral("一刻 Yike");
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirectoryKey = QStringLiteral("mainWindow/lastDirectory");
const QString kProjectSuffix = QStringLiteral("yike");

QString projectFilter() {
    return MainWindowTr::tr("Yike projects (*.yike);;All files (*)");
}

QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback, const QStyle* style) {
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

QString recoveryTimeText(const project::RecoveryEntry& entry) {
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(entry.savedAt.time_since_epoch());
    const QDateTime when = QDateTime::fromSecsSinceEpoch(seconds.count());
    return QLocale().toString(when, QLocale::ShortFormat);
}

}  // namespace

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : MainWindow(languages, nullptr, Options{}, parent) {}

MainWindow::MainWindow(LanguageManager* languages, std::unique_ptr<Prompter> prompter,
                       const Options& options, QWidget* parent)
    : QMainWindow(parent),
      m_languages(languages),
      m_prompter(prompter ? std::move(prompter) : std::make_unique<DialogPrompter>()) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/yike.svg")));
    m_document = new ProjectDocument(options.document, this);
    m_mapView = new MapView(m_document, this);
    m_mapView->setObjectName(QStringLiteral("mapView"));
    setCentralWidget(m_mapView);
    m_toolManager = new ToolManager(m_mapView, this);
    m_toolManager->addStandardTools();

    createActions();
    createMenus();
    createToolBar();
    createAttributeDocks();
    createLayerDocks();
    createAnalysisDock();
    createProposalDock();
    createEvaluationDock();
    createWalkProbeDock();
    m_mapView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_mapView, &QWidget::customContextMenuRequested, this, &MainWindow::showMapContextMenu);
    createStatusBar();
    connectDocument();
    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    const QStyle* s = style();

    m_newAction = new QAction(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon, s),
                              QString(), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);

    m_openAction =
        new QAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, s),
                    QString(), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectDialog);

    m_openSampleAction = new QAction(this);
    m_openSampleAction->setObjectName(QStringLiteral("openSampleAction"));
    connect(m_openSampleAction, &QAction::triggered, this, &MainWindow::openSample);

    m_newFromOsmAction = new QAction(this);
    m_newFromOsmAction->setObjectName(QStringLiteral("newFromOsmAction"));
    connect(m_newFromOsmAction, &QAction::triggered, this, &MainWindow::newFromOpenStreetMap);

    m_saveAction =
        new QAction(themedIcon(QStringLiteral("document-save"), QStyle::SP_DialogSaveButton, s),
                    QString(), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, [this] { saveProject(); });

    m_saveAsAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), QString(), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, [this] { saveProjectAs(); });

    m_printGuideMapAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-print")), QString(), this);
    m_printGuideMapAction->setObjectName(QStringLiteral("printGuideMapAction"));
    m_printGuideMapAction->setShortcut(QKeySequence::Print);
    connect(m_printGuideMapAction, &QAction::triggered, this, [this] { showGuideMapDialog(); });

    m_clearRecentAction = new QAction(this);
    m_clearRecentAction->setObjectName(QStringLiteral("clearRecentAction"));
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        m_recentFiles.clear();
        rebuildRecentMenu();
    });

    m_quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Own undo/redo actions rather than QUndoStack::createUndoAction, whose "Undo %1" prefix is
    // fixed at creation and would not follow a language switch.
    m_undoAction = new QAction(themedIcon(QStringLiteral("edit-undo"), QStyle::SP_ArrowBack, s),
                               QString(), this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);

    m_redoAction = new QAction(themedIcon(QStringLiteral("edit-redo"), QStyle::SP_ArrowForward, s),
                               QString(), this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);

    m_zoomFitAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), QString(), this);
    m_zoomFitAction->setObjectName(QStringLiteral("zoomFitAction"));
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomFitAction, &QAction::triggered, m_mapView, &MapView::zoomToProject);

    m_zoomInAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), QString(), this);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_mapView, &MapView::zoomIn);

    m_zoomOutAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), QString(), this);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_zoomOutAction, &QAction::triggered, m_mapView, &MapView::zoomOut);

    m_zoomSelectionAction =
        new QAction(QIcon(QStringLiteral(":/icons/tool-zoom-selection.svg")), QString(), this);
    m_zoomSelectionAction->setObjectName(QStringLiteral("zoomSelectionAction"));
    m_zoomSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_zoomSelectionAction->setEnabled(false);
    connect(m_zoomSelectionAction, &QAction::triggered, m_mapView, &MapView::zoomToSelection);

    m_zoomStudyAreaAction = new QAction(this);
    m_zoomStudyAreaAction->setObjectName(QStringLiteral("zoomStudyAreaAction"));
    m_zoomStudyAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_zoomStudyAreaAction, &QAction::triggered, m_mapView, &MapView::zoomToStudyArea);

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_chineseAction = new QAction(LanguageManager::nativeName(QStringLiteral("zh_CN")), this);
    m_chineseAction->setObjectName(QStringLiteral("chineseAction"));
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    m_englishAction = new QAction(LanguageManager::nativeName(QStringLiteral("en")), this);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    m_englishAction->setData(QStringLiteral("en"));
    for (QAction* action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, action] {
            if (!m_languages->setLanguage(action->data().toString()))
                m_prompter->showWarning(
                    this, MainWindowTr::tr("Language"),
                    MainWindowTr::tr("The translation for %1 could not be loaded.")
                        .arg(action->text()));
            retranslateUi();
        });
    }

    m_aboutAction = new QAction(QIcon(QStringLiteral(":/icons/yike.svg")), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_exchangeActions = new ExchangeActions(m_document, this);
    m_osmImporter = new OsmImporter(m_document, this);
}

void MainWindow::createMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openSampleAction);
    m_fileMenu->addAction(m_newFromOsmAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_saveAsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addMenu(m_exchangeActions->importMenu());
    m_fileMenu->addAction(m_exchangeActions->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_printGuideMapAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_toolManager->deleteAction());
    m_editMenu->addAction(m_toolManager->gateOpenAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomSelectionAction);
    m_viewMenu->addAction(m_zoomStudyAreaAction);
    m_viewMenu->addSeparator();
    m_layersMenu = m_viewMenu->addMenu(QString());
    m_layersMenu->setObjectName(QStringLiteral("layersMenu"));
    // One action per layer of the registry, in drawing order, in sync with the layers panel.
    MapComposition* composition = m_mapView->composition();
    m_layerActions = new LayerActions(composition, m_layersMenu, this);
    // View → Basemap: none (the offline vector map), OSM, Tianditu, MBTiles, custom XYZ.
    m_basemap = new BasemapController(this, this);
    m_viewMenu->addMenu(m_basemap->menu());
    connect(m_basemap, &BasemapController::layerChanged, composition,
            &MapComposition::setBasemap);
    connect(m_basemap, &BasemapController::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15'000); });
    composition->setBasemap(m_basemap->layer());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    for (MapTool* tool : m_toolManager->tools()) m_toolsMenu->addAction(tool->action());
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_toolManager->deleteAction());

    m_analysisMenu = menuBar()->addMenu(QString());
    m_analysisMenu->setObjectName(QStringLiteral("analysisMenu"));

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar() {
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addAction(m_saveAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomFitAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomSelectionAction);

    m_mapToolBar = addToolBar(QString());
    m_mapToolBar->setObjectName(QStringLiteral("mapToolBar"));
    m_mapToolBar->setIconSize(QSize(20, 20));
    for (MapTool* tool : m_toolManager->tools()) m_mapToolBar->addAction(tool->action());
    m_mapToolBar->addSeparator();
    m_mapToolBar->addAction(m_toolManager->deleteAction());

    addToolBarBreak();
    m_optionsBar = addToolBar(QString());
    m_optionsBar->setObjectName(QStringLiteral("toolOptionsBar"));
    m_optionsBar->addWidget(m_toolManager->optionsWidget());

    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyView = new QUndoView(m_document->undoStack(), m_historyDock);
    m_historyView->setObjectName(QStringLiteral("historyView"));
    m_historyDock->setWidget(m_historyView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addAction(m_mapToolBar->toggleViewAction());
    m_viewMenu->addAction(m_optionsBar->toggleViewAction());
    m_viewMenu->addAction(m_historyDock->toggleViewAction());
}

void MainWindow::createAttributeDocks() {
    m_propertyDock = new PropertyEditorDock(m_document, this);
    addDockWidget(Qt::RightDockWidgetArea, m_propertyDock);
    m_propertyDock->hide();
    m_attributeDock = new AttributeTableDock(m_document, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_attributeDock);
    m_attributeDock->hide();
    connect(m_attributeDock, &AttributeTableDock::featureActivated, this,
            [this](const FeatureRef& ref) {
                m_document->selection()->set({ref});
                m_mapView->zoomToSelection();
            });
    m_attributeDock->toggleViewAction()->setObjectName(QStringLiteral("attributeTableAction"));
    m_attributeDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F6));
    m_propertyDock->toggleViewAction()->setObjectName(QStringLiteral("propertiesAction"));
    m_propertyDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F7));
    // A dock resets its toggle action's text to its title when the title changes.
    connect(m_attributeDock, &QWidget::windowTitleChanged, this, [this] {
        m_attributeDock->toggleViewAction()->setText(MainWindowTr::tr("&Attribute Table"));
    });
    connect(m_propertyDock, &QWidget::windowTitleChanged, this, [this] {
        m_propertyDock->toggleViewAction()->setText(MainWindowTr::tr("&Properties"));
    });
    m_viewMenu->addAction(m_attributeDock->toggleViewAction());
    m_viewMenu->addAction(m_propertyDock->toggleViewAction());

    m_catalogAction = new QAction(this);
    m_catalogAction->setObjectName(QStringLiteral("catalogAction"));
    connect(m_catalogAction, &QAction::triggered, this, &MainWindow::showCatalogEditor);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_catalogAction);
}

void MainWindow::createLayerDocks() {
    // The panel restores the saved layer state into the composition when it is created.
    MapComposition* composition = m_mapView->composition();
    m_layersPanel = new LayersPanel(composition, m_document);
    m_layersPanel->setObjectName(QStringLiteral("layersPanel"));
    m_layersDock = new QDockWidget(this);
    m_layersDock->setObjectName(QStringLiteral("layersDock"));
    m_layersDock->setWidget(m_layersPanel);
    addDockWidget(Qt::LeftDockWidgetArea, m_layersDock);

    auto* legendScroll = new QScrollArea;
    legendScroll->setObjectName(QStringLiteral("legendScroll"));
    auto* legend = new LegendWidget(composition, m_document);
    // The legend lists what the map draws at its current scale.
    connect(m_mapView, &MapView::transformChanged, legend,
            [this, legend] { legend->setTransform(m_mapView->transform()); });
    legendScroll->setWidget(legend);
    legendScroll->setWidgetResizable(true);
    m_legendDock = new QDockWidget(this);
    m_legendDock->setObjectName(QStringLiteral("legendDock"));
    m_legendDock->setWidget(legendScroll);
    addDockWidget(Qt::LeftDockWidgetArea, m_legendDock);
    tabifyDockWidget(m_layersDock, m_legendDock);
    m_layersDock->raise();

    m_layersDock->toggleViewAction()->setObjectName(QStringLiteral("layersPanelAction"));
    m_legendDock->toggleViewAction()->setObjectName(QStringLiteral("legendAction"));
    // A dock resets its toggle action's text to its title when the title changes.
    connect(m_layersDock, &QWidget::windowTitleChanged, this, [this] {
        m_layersDock->toggleViewAction()->setText(MainWindowTr::tr("Layers Pa&nel"));
    });
    connect(m_legendDock, &QWidget::windowTitleChanged, this, [this] {
        m_legendDock->toggleViewAction()->setText(MainWindowTr::tr("L&egend"));
    });
    m_viewMenu->addAction(m_layersDock->toggleViewAction());
    m_viewMenu->addAction(m_legendDock->toggleViewAction());
}

void MainWindow::createAnalysisDock() {
    m_analysis = new AnalysisController(m_document, this);
    m_analysisDock = new AnalysisDock(m_analysis, this);
    addDockWidget(Qt::RightDockWidgetArea, m_analysisDock);
    m_analysisDock->hide();
    connect(m_analysis, &AnalysisController::resultChanged, this,
            [this] { m_mapView->composition()->setAccessOverlay(m_analysis->overlay()); });
    // A drag is one live edit: the analysis follows the pointer, at most once per event pass.
    MoveTool* move = m_toolManager->tool<MoveTool>();
    connect(move, &MoveTool::dragStarted, m_analysis, &AnalysisController::beginLiveEdit);
    connect(move, &MoveTool::dragFinished, m_analysis, &AnalysisController::endLiveEdit);
    connect(m_analysisDock, &AnalysisDock::featureActivated, this, [this](const FeatureRef& ref) {
        m_document->selection()->set({ref});
        m_mapView->zoomToSelection();
    });
    QAction* toggle = m_analysisDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("analysisAction"));
    toggle->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_analysisDock, &QWidget::windowTitleChanged, this, [this] {
        m_analysisDock->toggleViewAction()->setText(MainWindowTr::tr("&Walk Access"));
    });
    m_analysisRunAction = new QAction(this);
    m_analysisRunAction->setObjectName(QStringLiteral("analysisRunAction"));
    m_analysisRunAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_analysisRunAction, &QAction::triggered, this, [this] {
        if (m_analysisDock->isHidden())
            m_analysisDock->show();  // activates the controller, which runs
        else
            m_analysis->run();
    });
    m_analysisMenu->addAction(toggle);
    m_analysisMenu->addAction(m_analysisRunAction);
}

void MainWindow::createProposalDock() {
    m_proposals = new ProposalController(m_document, this);
    m_proposalDock = new ProposalDock(m_proposals, this);
    addDockWidget(Qt::RightDockWidgetArea, m_proposalDock);
    m_proposalDock->hide();
    connect(m_proposalDock, &ProposalDock::highlightChanged, this,
            [this](std::shared_ptr<const MapHighlight> highlight) {
                m_mapView->composition()->setHighlight(std::move(highlight));
            });
    connect(m_proposalDock, &ProposalDock::featureActivated, this, [this](const FeatureRef& ref) {
        m_document->selection()->set({ref});
        m_mapView->zoomToSelection();
    });
    QAction* toggle = m_proposalDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("proposalAction"));
    toggle->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_proposalDock, &QWidget::windowTitleChanged, this, [this] {
        m_proposalDock->toggleViewAction()->setText(MainWindowTr::tr("Conversion &Proposals"));
    });
    m_analysisMenu->addSeparator();
    m_analysisMenu->addAction(toggle);
}

void MainWindow::createEvaluationDock() {
    m_evaluation = new EvaluationController(m_document, this);
    m_evaluationDock = new EvaluationDock(m_evaluation, this);
    addDockWidget(Qt::RightDockWidgetArea, m_evaluationDock);
    m_evaluationDock->hide();
    // "Propose conversions for these": the services that block the next grade become the
    // proposal's targets.
    connect(m_evaluationDock, &EvaluationDock::proposeFor, this,
            [this](const std::vector<std::string>& categories) {
                m_proposalDock->setCategories(categories);
                m_proposalDock->show();
                m_proposalDock->raise();
            });
    connect(m_evaluationDock, &EvaluationDock::circlesOverlayChanged, this, [this] {
        m_mapView->composition()->setCircles(m_evaluationDock->circlesOverlay());
    });
    widenWhenShown(m_evaluationDock, 600);
    QAction* toggle = m_evaluationDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("evaluationAction"));
    toggle->setShortcut(QKeySequence(Qt::Key_F10));
    connect(m_evaluationDock, &QWidget::windowTitleChanged, this, [this] {
        m_evaluationDock->toggleViewAction()->setText(MainWindowTr::tr("&Circle Evaluation"));
    });
    m_analysisMenu->addAction(toggle);
}

void MainWindow::widenWhenShown(QDockWidget* dock, int width) {
    // Tables of figures side by side need more than a dock's default width. Only the first
    // time the dock is shown, so a width the user chose later is kept.
    auto widened = std::make_shared<bool>(false);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock, width, widened](bool visible) {
        if (!visible || *widened || dock->isFloating()) return;
        *widened = true;
        resizeDocks({dock}, {std::min(width, this->width() / 3)}, Qt::Horizontal);
    });
}

void MainWindow::createWalkProbeDock() {
    m_walkProbe = new WalkProbeController(m_document, this);
    m_walkProbeDock = new WalkProbeDock(m_walkProbe, this);
    addDockWidget(Qt::RightDockWidgetArea, m_walkProbeDock);
    m_walkProbeDock->hide();
    connect(m_walkProbe, &WalkProbeController::overlayChanged, this,
            [this] { m_mapView->composition()->setWalkRings(m_walkProbe->overlay()); });
    connect(m_toolManager->tool<ProbeTool>(), &ProbeTool::probed, this,
            [this](geo::LonLat point) {
                m_walkProbe->probeAt(point);
                if (m_walkProbeDock->isHidden()) m_walkProbeDock->show();
                m_walkProbeDock->raise();
            });
    widenWhenShown(m_walkProbeDock, 470);
    QAction* toggle = m_walkProbeDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("walkProbeAction"));
    toggle->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_walkProbeDock, &QWidget::windowTitleChanged, this, [this] {
        m_walkProbeDock->toggleViewAction()->setText(MainWindowTr::tr("Walk P&robe"));
    });
    m_analysisMenu->addAction(toggle);
}

void MainWindow::showCatalogEditor() {
    CatalogEditorDialog dialog(m_document, this);
    if (dialog.exec() == QDialog::Accepted && !dialog.summary().isEmpty())
        statusBar()->showMessage(dialog.summary(), 15'000);
}

void MainWindow::createStatusBar() {
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setVisible(false);
    m_positionLabel = new QLabel(this);
    m_positionLabel->setObjectName(QStringLiteral("positionLabel"));
    m_positionLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 30);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    connect(m_mapView, &MapView::pointerMoved, this, [this](double lon, double lat) {
        m_positionLabel->setText(
            MainWindowTr::tr("Lon %1°  Lat %2°")
                .arg(QLocale().toString(lon, 'f', 5), QLocale().toString(lat, 'f', 5)));
    });
    connect(m_mapView, &MapView::pointerLeft, m_positionLabel, &QLabel::clear);
    connect(m_toolManager, &ToolManager::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
    connect(m_document->selection(), &Selection::changed, this,
            [this] { updateSelectionStatus(); });
}

void MainWindow::connectDocument() {
    connect(m_document, &ProjectDocument::projectReplaced, this, [this] {
        updateStatusCounts();
        updateTitle();
    });
    connect(m_document, &ProjectDocument::projectChanged, this, [this] { updateStatusCounts(); });
    connect(m_document, &ProjectDocument::titleChanged, this, [this] { updateTitle(); });
    connect(m_document, &ProjectDocument::modifiedChanged, this, [this] { updateTitle(); });
    connect(m_document, &ProjectDocument::readOnlyChanged, this, [this] { updateTitle(); });
    connect(m_document, &ProjectDocument::autosaveFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15'000); });
    QUndoStack* stack = m_document->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, [this] { updateUndoActions(); });
    connect(stack, &QUndoStack::canRedoChanged, this, [this] { updateUndoActions(); });
    connect(stack, &QUndoStack::undoTextChanged, this, [this] { updateUndoActions(); });
    connect(stack, &QUndoStack::redoTextChanged, this, [this] { updateUndoActions(); });
}

void MainWindow::showGuideMapDialog(std::optional<guidemap::GuideMapRequest> centre) {
    if (!m_guideMapDialog) m_guideMapDialog = new GuideMapDialog(m_document, this);
    // Centred where asked, else on the selected facility or compound, if one is selected.
    for (const FeatureRef& ref : m_document->selection()->items()) {
        if (centre) break;
        if (ref.layer == project::Layer::Facilities)
            centre = guidemap::GuideMapRequest::atFacility(ref.id);
        else if (ref.layer == project::Layer::Compounds)
            centre = guidemap::GuideMapRequest::atCompound(ref.id);
    }
    if (centre) m_guideMapDialog->setCentre(*centre);
    m_guideMapDialog->show();
    m_guideMapDialog->raise();
    m_guideMapDialog->activateWindow();
}

void MainWindow::showMapContextMenu(const QPoint& pos) {
    // A gate under the pointer is what the menu is about: select it, so it can be toggled.
    const std::optional<FeatureRef> hit = m_mapView->featureAt(QPointF(pos));
    if (hit && hit->layer == project::Layer::Gates) m_document->selection()->set({*hit});
    QMenu menu(this);
    if (m_toolManager->gateOpenAction()->isEnabled()) {
        menu.addAction(m_toolManager->gateOpenAction());
        menu.addSeparator();
    }
    QAction* here = menu.addAction(m_printGuideMapAction->icon(),
                                   MainWindowTr::tr("Print Guide Map from Here…"));
    here->setObjectName(QStringLiteral("printGuideMapHereAction"));
    if (menu.exec(m_mapView->mapToGlobal(pos)) != here) return;
    showGuideMapDialog(guidemap::GuideMapRequest::atPoint(m_mapView->transform().toLonLat(QPointF(pos))));
}

void MainWindow::retranslateUi() {
    m_fileMenu->setTitle(MainWindowTr::tr("&File"));
    m_newAction->setText(MainWindowTr::tr("&New"));
    m_newAction->setStatusTip(MainWindowTr::tr("Start an empty project"));
    m_openAction->setText(MainWindowTr::tr("&Open…"));
    m_openAction->setStatusTip(MainWindowTr::tr("Open a project file"));
    m_openSampleAction->setText(MainWindowTr::tr("Open Sa&mple District"));
    m_openSampleAction->setStatusTip(
        MainWindowTr::tr("Open the built-in sample district (generated data)"));
    m_newFromOsmAction->setText(MainWindowTr::tr("New from Open&StreetMap…"));
    m_newFromOsmAction->setStatusTip(MainWindowTr::tr(
        "Start a project from an OpenStreetMap file (.osm, .osm.pbf, .o5m, Overpass JSON)"));
    m_recentMenu->setTitle(MainWindowTr::tr("Open &Recent"));
    m_clearRecentAction->setText(MainWindowTr::tr("&Clear Menu"));
    m_saveAction->setText(MainWindowTr::tr("&Save"));
    m_saveAction->setStatusTip(MainWindowTr::tr("Save the project"));
    m_saveAsAction->setText(MainWindowTr::tr("Save &As…"));
    m_printGuideMapAction->setText(MainWindowTr::tr("&Print Guide Map…"));
    m_saveAsAction->setStatusTip(MainWindowTr::tr("Save the project under a new name"));
    m_quitAction->setText(MainWindowTr::tr("&Quit"));
    m_quitAction->setStatusTip(MainWindowTr::tr("Quit Yike"));

    m_editMenu->setTitle(MainWindowTr::tr("&Edit"));
    updateUndoActions();

    m_viewMenu->setTitle(MainWindowTr::tr("&View"));
    m_zoomFitAction->setText(MainWindowTr::tr("&Zoom to Project"));
    m_zoomInAction->setText(MainWindowTr::tr("Zoom &In"));
    m_zoomOutAction->setText(MainWindowTr::tr("Zoom &Out"));
    m_layersMenu->setTitle(MainWindowTr::tr("&Layers"));
    m_analysisMenu->setTitle(MainWindowTr::tr("&Analysis"));
    m_analysisDock->toggleViewAction()->setText(MainWindowTr::tr("&Walk Access"));
    m_proposalDock->toggleViewAction()->setText(MainWindowTr::tr("Conversion &Proposals"));
    m_evaluationDock->toggleViewAction()->setText(MainWindowTr::tr("&Circle Evaluation"));
    m_analysisRunAction->setText(MainWindowTr::tr("&Run Walk Analysis"));
    m_analysisRunAction->setStatusTip(
        MainWindowTr::tr("Walk from every home to the nearest facilities again"));
    m_layerActions->retranslate();
    m_layersDock->setWindowTitle(MainWindowTr::tr("Layers"));
    m_legendDock->setWindowTitle(MainWindowTr::tr("Legend"));
    m_layersDock->toggleViewAction()->setText(MainWindowTr::tr("Layers Pa&nel"));
    m_legendDock->toggleViewAction()->setText(MainWindowTr::tr("L&egend"));
    m_zoomSelectionAction->setText(MainWindowTr::tr("Zoom to Se&lection"));
    m_zoomStudyAreaAction->setText(MainWindowTr::tr("Zoom to Stud&y Area"));
    m_toolBar->setWindowTitle(MainWindowTr::tr("Main Toolbar"));
    m_toolBar->toggleViewAction()->setText(MainWindowTr::tr("&Toolbar"));
    m_mapToolBar->setWindowTitle(MainWindowTr::tr("Map Tools"));
    m_mapToolBar->toggleViewAction()->setText(MainWindowTr::tr("&Map Tools Bar"));
    m_optionsBar->setWindowTitle(MainWindowTr::tr("Tool Options"));
    m_optionsBar->toggleViewAction()->setText(MainWindowTr::tr("Tool &Options Bar"));
    m_historyDock->setWindowTitle(MainWindowTr::tr("Undo History"));
    m_historyDock->toggleViewAction()->setText(MainWindowTr::tr("Undo &History"));
    m_historyView->setEmptyLabel(MainWindowTr::tr("<opened project>"));
    m_toolsMenu->setTitle(MainWindowTr::tr("&Tools"));
    m_attributeDock->toggleViewAction()->setText(MainWindowTr::tr("&Attribute Table"));
    m_propertyDock->toggleViewAction()->setText(MainWindowTr::tr("&Properties"));
    m_catalogAction->setText(MainWindowTr::tr("Standards &Catalogue…"));
    m_catalogAction->setStatusTip(MainWindowTr::tr(
        "Edit the facility categories, their walking targets and their sources"));
    m_toolManager->retranslate();
    m_exchangeActions->retranslate();
    updateSelectionStatus();

    m_languageMenu->setTitle(MainWindowTr::tr("&Language"));
    m_chineseAction->setChecked(m_languages->language() == QStringLiteral("zh_CN"));
    m_englishAction->setChecked(m_languages->language() == QStringLiteral("en"));

    m_helpMenu->setTitle(MainWindowTr::tr("&Help"));
    m_aboutAction->setText(MainWindowTr::tr("&About Yike"));
    m_aboutQtAction->setText(MainWindowTr::tr("About &Qt"));

    m_readOnlyLabel->setText(MainWindowTr::tr("Read-only"));
    m_readOnlyLabel->setToolTip(
        MainWindowTr::tr("This project was opened read-only. Use Save As to keep changes."));
    updateTitle();
    updateStatusCounts();
}

void MainWindow::updateTitle() {
    QString name = m_document->title();
    if (m_document->isReadOnly()) name = MainWindowTr::tr("%1 (read-only)").arg(name);
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(name, kAppName));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
    m_readOnlyLabel->setVisible(m_document->isReadOnly());
}

void MainWindow::updateStatusCounts() {
    const project::Project& p = m_document->project();
    const QLocale locale;
    auto count = [&locale](std::size_t n) { return locale.toString(static_cast<qulonglong>(n)); };
    m_countsLabel->setText(
        MainWindowTr::tr("Facilities %1 · Idle spaces %2 · Compounds %3 · Gates %4 · Streets %5")
            .arg(count(p.facilities().size()), count(p.idleSpaces().size()),
                 count(p.compounds().size()), count(p.gates().size()), count(p.streets().size())));
}

void MainWindow::updateSelectionStatus() {
    const Selection* selection = m_document->selection();
    m_zoomSelectionAction->setEnabled(!selection->isEmpty());
    if (selection->isEmpty()) {
        m_selectionLabel->clear();
        return;
    }
    QStringList parts;
    // Separate singular and plural sources: English has no catalogue for plural forms.
    if (const int n = selection->count(project::Layer::Facilities))
        parts << (n == 1 ? MainWindowTr::tr("1 facility")
                         : MainWindowTr::tr("%1 facilities").arg(n));
    if (const int n = selection->count(project::Layer::Compounds))
        parts << (n == 1 ? MainWindowTr::tr("1 compound")
                         : MainWindowTr::tr("%1 compounds").arg(n));
    if (const int n = selection->count(project::Layer::Gates))
        parts << (n == 1 ? MainWindowTr::tr("1 gate") : MainWindowTr::tr("%1 gates").arg(n));
    if (const int n = selection->count(project::Layer::IdleSpaces))
        parts << (n == 1 ? MainWindowTr::tr("1 idle space")
                         : MainWindowTr::tr("%1 idle spaces").arg(n));
    m_selectionLabel->setText(
        MainWindowTr::tr("Selected: %1").arg(parts.join(MainWindowTr::tr(", "))));
}

void MainWindow::updateUndoActions() {
    const QUndoStack* stack = m_document->undoStack();
    m_undoAction->setEnabled(stack->canUndo());
    m_redoAction->setEnabled(stack->canRedo());
    m_undoAction->setText(stack->undoText().isEmpty()
                              ? MainWindowTr::tr("&Undo")
                              : MainWindowTr::tr("&Undo %1").arg(stack->undoText()));
    m_redoAction->setText(stack->redoText().isEmpty()
                              ? MainWindowTr::tr("&Redo")
                              : MainWindowTr::tr("&Redo %1").arg(stack->redoText()));
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    int number = 1;
    for (const QString& path : files) {
        const QString label =
            number <= 9 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                        : QFileInfo(path).fileName();
        QAction* action = m_recentMenu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
        ++number;
    }
    if (!files.isEmpty()) m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::readSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) resize(1280, 820);
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::writeSettings() {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::startUp(const QString& file) {
    if (offerRecovery()) return;
    if (!file.isEmpty() && openProject(file)) return;
    const DocumentResult result = m_document->loadSample();
    if (!result) m_prompter->showError(this, result.error());
}

bool MainWindow::offerRecovery() {
    std::vector<project::RecoveryEntry> orphans;
    try {
        orphans = project::RecoverySession::orphans(
            std::filesystem::path(m_document->recoveryDirectory().toStdU16String()));
    } catch (const std::exception&) {
        return false;  // an unreadable recovery folder must not stop the start
    }
    for (const project::RecoveryEntry& entry : orphans) {
        QString name = QString::fromStdString(entry.title);
        if (name.isEmpty() && !entry.originalPath.empty())
            name = QString::fromStdU16String(entry.originalPath.filename().u16string());
        if (name.isEmpty()) name = MainWindowTr::tr("Untitled");
        const QString text = MainWindowTr::tr(
                                 "Yike did not close normally last time. Unsaved changes to “%1”, "
                                 "autosaved at %2, can be restored.\n\nRestore them now?")
                                 .arg(name, recoveryTimeText(entry));
        switch (m_prompter->askRestore(this, MainWindowTr::tr("Restore Unsaved Work"), text)) {
            case Prompter::RecoveryChoice::Restore: {
                const DocumentResult result = m_document->restore(entry);
                if (result) {
                    statusBar()->showMessage(MainWindowTr::tr("Restored unsaved work."), 10'000);
                    return true;
                }
                m_prompter->showError(this, result.error());
                break;
            }
            case Prompter::RecoveryChoice::Discard:
                try {
                    project::RecoverySession::remove(entry);
                } catch (const std::exception&) {
                    // It will be offered again next time.
                }
                break;
            case Prompter::RecoveryChoice::Later:
                break;
        }
    }
    return false;
}

bool MainWindow::openProject(const QString& path) {
    DocumentResult result = m_document->openFile(path);
    if (!result && result.error().offerReadOnly) {
        if (!m_prompter->askOpenReadOnly(this, result.error())) return false;
        result = m_document->openReadOnly(path);
    }
    if (!result) {
        m_prompter->showError(this, result.error());
        return false;
    }
    m_recentFiles.add(m_document->filePath());
    QSettings().setValue(kLastDirectoryKey, QFileInfo(m_document->filePath()).absolutePath());
    statusBar()->showMessage(
        MainWindowTr::tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5'000);
    return true;
}

bool MainWindow::saveProject() {
    if (!m_document->hasFilePath() || m_document->isReadOnly()) return saveProjectAs();
    const DocumentResult result = m_document->save();
    if (!result) {
        m_prompter->showError(this, result.error());
        return false;
    }
    m_recentFiles.add(m_document->filePath());
    statusBar()->showMessage(MainWindowTr::tr("Saved"), 3'000);
    return true;
}

bool MainWindow::saveProjectAs() {
    QString directory = QSettings().value(kLastDirectoryKey).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString baseName = m_document->hasFilePath()
                                 ? QFileInfo(m_document->filePath()).completeBaseName()
                                 : m_document->title();
    const QString suggestion =
        QDir(directory).filePath(baseName + QLatin1Char('.') + kProjectSuffix);
    QString path = m_prompter->chooseSaveFile(this, MainWindowTr::tr("Save Project As"), suggestion,
                                              projectFilter());
    if (path.isEmpty()) return false;
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + kProjectSuffix;
    const DocumentResult result = m_document->saveAs(path);
    if (!result) {
        m_prompter->showError(this, result.error());
        return false;
    }
    m_recentFiles.add(m_document->filePath());
    QSettings().setValue(kLastDirectoryKey, QFileInfo(m_document->filePath()).absolutePath());
    statusBar()->showMessage(MainWindowTr::tr("Saved"), 3'000);
    return true;
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified()) return true;
    switch (m_prompter->askSaveChanges(this, m_document->title())) {
        case Prompter::SaveChoice::Save:
            return saveProject();
        case Prompter::SaveChoice::Discard:
            return true;
        case Prompter::SaveChoice::Cancel:
            break;
    }
    return false;
}

void MainWindow::newProject() {
    if (!maybeSave()) return;
    const DocumentResult result = m_document->newProject();
    if (!result) m_prompter->showError(this, result.error());
}

void MainWindow::openProjectDialog() {
    if (!maybeSave()) return;
    QString directory = QSettings().value(kLastDirectoryKey).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_prompter->chooseOpenFile(this, MainWindowTr::tr("Open Project"),
                                                    directory, projectFilter());
    if (!path.isEmpty()) openProject(path);
}

void MainWindow::openSample() {
    if (!maybeSave()) return;
    const DocumentResult result = m_document->loadSample();
    if (!result) m_prompter->showError(this, result.error());
}

void MainWindow::newFromOpenStreetMap() {
    if (m_osmImporter->isRunning() || !maybeSave()) return;
    QString directory = QSettings().value(kLastDirectoryKey).toString();
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter =
        MainWindowTr::tr("OpenStreetMap files (*.osm *.pbf *.o5m *.opl *.json *.xml *.gz *.bz2)")
        + QStringLiteral(";;") + MainWindowTr::tr("All files (*)");
    const QString path = m_prompter->chooseOpenFile(
        this, MainWindowTr::tr("New from OpenStreetMap"), directory, filter);
    if (path.isEmpty()) return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());

    auto* progress = new QProgressDialog(
        MainWindowTr::tr("Reading %1…").arg(QFileInfo(path).fileName()),
        MainWindowTr::tr("Cancel"), 0, 1000, this);
    progress->setWindowTitle(MainWindowTr::tr("New from OpenStreetMap"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, m_osmImporter, &OsmImporter::cancel);
    connect(m_osmImporter, &OsmImporter::progressChanged, progress,
            [progress](double f) { progress->setValue(static_cast<int>(f * 1000.0)); });
    // One of the three outcomes closes the dialog and reports; the connections go with it.
    const auto done = [this, progress] {
        progress->disconnect(m_osmImporter);
        m_osmImporter->disconnect(progress);
        progress->reset();  // also stops the timer that would show it after minimumDuration
        progress->hide();
        progress->deleteLater();
    };
    connect(m_osmImporter, &OsmImporter::imported, progress, [this, done](const QString& summary) {
        done();
        m_mapView->zoomToProject();
        statusBar()->showMessage(MainWindowTr::tr("Imported from OpenStreetMap"), 5'000);
        m_prompter->showInformation(this, MainWindowTr::tr("New from OpenStreetMap"), summary);
    });
    connect(m_osmImporter, &OsmImporter::failed, progress, [this, done](const QString& message) {
        done();
        m_prompter->showWarning(this, MainWindowTr::tr("OpenStreetMap Import Failed"), message);
    });
    connect(m_osmImporter, &OsmImporter::cancelled, progress, [this, done] {
        done();
        statusBar()->showMessage(MainWindowTr::tr("Import cancelled"), 5'000);
    });
    m_osmImporter->start(path);
}

void MainWindow::openRecent(const QString& path) {
    if (!QFileInfo::exists(path)) {
        m_recentFiles.remove(path);
        rebuildRecentMenu();
        m_prompter->showWarning(
            this, MainWindowTr::tr("File Not Found"),
            MainWindowTr::tr("“%1” no longer exists. It was removed from the list of recent files.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!maybeSave()) return;
    openProject(path);
}

QString MainWindow::aboutText() const {
    const QString paragraph = QStringLiteral("<p>%1</p>");
    QString html = QStringLiteral("<h3>%1 %2</h3>")
                       .arg(kAppName.toHtmlEscaped(), QString::fromLatin1(yike::kVersion));
    html += paragraph.arg(
        MainWindowTr::tr("A planning workstation for 15-minute living circles: walking "
                         "catchments on the street network, service coverage for older residents "
                         "and children, idle spaces that could host missing services, and maps "
                         "for residents' meetings.")
            .toHtmlEscaped());
    html += paragraph.arg(MainWindowTr::tr("Map data © OpenStreetMap contributors, available "
                                           "under the Open Database License (ODbL).")
                              .toHtmlEscaped());
    html += paragraph.arg(
        MainWindowTr::tr("The built-in sample district is generated data: its streets, "
                         "compounds, facilities and population figures are fictional.")
            .toHtmlEscaped());
    html += paragraph.arg(
        MainWindowTr::tr("Licensed under the GNU General Public License, version 3 or later. "
                         "Built with Qt %1.")
            .arg(QString::fromLatin1(qVersion()))
            .toHtmlEscaped());
    return html;
}

void MainWindow::showAbout() {
    m_prompter->showAbout(this, MainWindowTr::tr("About Yike"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

}  // namespace yike::ui
