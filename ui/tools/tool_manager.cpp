// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/tool_manager.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QUndoStack>

#include "core/project/project.h"
#include "ui/commands/remove_features.h"
#include "ui/commands/update_feature.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/add_facility_tool.h"
#include "ui/tools/add_gate_tool.h"
#include "ui/tools/add_idle_space_tool.h"
#include "ui/tools/draw_compound_tool.h"
#include "ui/tools/edit_vertices_tool.h"
#include "ui/tools/map_tool.h"
#include "ui/tools/measure_tool.h"
#include "ui/tools/move_tool.h"
#include "ui/tools/pan_tool.h"
#include "ui/tools/probe_tool.h"
#include "ui/tools/select_tool.h"
#include "ui/tools/tr.h"

namespace yike::ui {

ToolManager::ToolManager(MapView* view, QObject* parent)
    : QObject(parent), m_view(view), m_group(new QActionGroup(this)),
      m_deleteAction(new QAction(QIcon(QStringLiteral(":/icons/tool-delete.svg")), QString(), this)),
      m_gateOpenAction(new QAction(this)),
      m_options(new QWidget), m_pages(new QStackedWidget(m_options)), m_hint(new QLabel(m_options)) {
    m_group->setExclusive(true);
    m_options->setObjectName(QStringLiteral("toolOptions"));
    m_hint->setObjectName(QStringLiteral("toolHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QHBoxLayout(m_options);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    layout->addSpacing(8);
    layout->addWidget(m_hint, 1);
    m_pages->addWidget(new QWidget(m_pages));
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcuts({QKeySequence(Qt::Key_Delete)});
    connect(m_deleteAction, &QAction::triggered, this, &ToolManager::deleteSelection);
    connect(view->document()->selection(), &Selection::changed, this,
            &ToolManager::updateDeleteAction);
    m_gateOpenAction->setObjectName(QStringLiteral("gateOpenAction"));
    connect(m_gateOpenAction, &QAction::triggered, this, &ToolManager::toggleSelectedGate);
    connect(view->document()->selection(), &Selection::changed, this,
            &ToolManager::updateGateOpenAction);
    connect(view->document(), &ProjectDocument::projectChanged, this,
            [this](const project::ChangeEvent& event) {
                if (event.layer == project::Layer::Gates) updateGateOpenAction();
            });
    connect(view->document(), &ProjectDocument::projectReplaced, this,
            &ToolManager::updateGateOpenAction);
    updateDeleteAction();
    retranslate();
}

ToolManager::~ToolManager() {
    // Either may be gone already when both are children of one window.
    if (m_view) m_view->setInteraction(nullptr);
    // The options widget is handed to a tool bar; when it never was, it is ours to delete.
    if (m_options && m_options->parent() == nullptr) delete m_options.data();
}

void ToolManager::addStandardTools() {
    addTool(new PanTool(m_view));
    addTool(new SelectTool(m_view));
    addTool(new MoveTool(m_view));
    addTool(new AddFacilityTool(m_view));
    addTool(new DrawCompoundTool(m_view));
    addTool(new AddGateTool(m_view));
    addTool(new AddIdleSpaceTool(m_view));
    addTool(new EditVerticesTool(m_view));
    addTool(new MeasureTool(m_view));
    addTool(new ProbeTool(m_view));
    setActiveTool(tool<SelectTool>());
}

void ToolManager::addTool(MapTool* tool) {
    tool->setParent(this);
    m_tools.push_back(tool);
    m_group->addAction(tool->action());
    tool->retranslate();
    if (QWidget* options = tool->optionsWidget(m_pages)) m_pages->addWidget(options);
    connect(tool->action(), &QAction::triggered, this, [this, tool] { setActiveTool(tool); });
    connect(tool, &MapTool::statusMessage, this, &ToolManager::statusMessage);
    connect(tool, &MapTool::hintChanged, this, [this, tool] {
        if (tool == m_active) m_hint->setText(tool->statusHint());
    });
}

void ToolManager::setActiveTool(MapTool* tool) {
    if (tool == m_active) return;
    if (m_active) m_active->deactivate();
    m_active = tool;
    m_view->setInteraction(tool);
    if (tool) {
        tool->activate();
        m_view->setCursor(tool->cursor());
        QWidget* options = tool->optionsWidget(m_pages);
        m_pages->setCurrentIndex(options ? m_pages->indexOf(options) : 0);
        m_pages->setVisible(options != nullptr);
        m_hint->setText(tool->statusHint());
    } else {
        m_view->setCursor(Qt::OpenHandCursor);
        m_pages->setCurrentIndex(0);
        m_pages->setVisible(false);
        m_hint->clear();
    }
    Q_EMIT activeToolChanged(tool);
}

QWidget* ToolManager::optionsWidget() const {
    return m_options;
}

void ToolManager::deleteSelection() {
    ProjectDocument* document = m_view->document();
    auto command = std::make_unique<RemoveFeatures>(*document, document->selection()->items());
    if (command->isEmpty()) return;
    document->undoStack()->push(command.release());
}

void ToolManager::updateDeleteAction() {
    m_deleteAction->setEnabled(!m_view->document()->selection()->isEmpty());
}

const project::Gate* ToolManager::selectedGate() const {
    const ProjectDocument* document = m_view->document();
    const std::vector<FeatureRef>& items = document->selection()->items();
    if (items.size() != 1 || items.front().layer != project::Layer::Gates) return nullptr;
    return document->project().gates().find(items.front().id);
}

void ToolManager::toggleSelectedGate() {
    const project::Gate* gate = selectedGate();
    if (gate == nullptr) return;
    const bool close = !project::gateAlwaysClosed(gate->openHours);
    project::Gate edited = *gate;
    edited.openHours = close ? project::kGateClosedHours : std::string();
    ProjectDocument* document = m_view->document();
    auto* command = new UpdateGate(*document, edited);
    command->setText(close ? ToolsTr::tr("Close Gate") : ToolsTr::tr("Open Gate"));
    document->undoStack()->push(command);
}

void ToolManager::updateGateOpenAction() {
    const project::Gate* gate = selectedGate();
    m_gateOpenAction->setEnabled(gate != nullptr);
    const bool closed = gate != nullptr && project::gateAlwaysClosed(gate->openHours);
    m_gateOpenAction->setText(closed ? ToolsTr::tr("&Open Gate") : ToolsTr::tr("&Close Gate"));
    m_gateOpenAction->setStatusTip(
        closed ? ToolsTr::tr("Open the selected gate at every hour; the walk analysis follows")
               : ToolsTr::tr("Close the selected gate; the walk analysis follows"));
}

void ToolManager::retranslate() {
    m_deleteAction->setText(ToolsTr::tr("&Delete Selected"));
    m_deleteAction->setStatusTip(
        ToolsTr::tr("Delete the selected features; a compound is deleted with its gates"));
    updateGateOpenAction();
    for (MapTool* tool : m_tools) tool->retranslate();
    m_hint->setText(m_active ? m_active->statusHint() : QString());
}

}  // namespace yike::ui
