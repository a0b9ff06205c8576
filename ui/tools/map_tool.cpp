// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/map_tool.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

MapTool::MapTool(MapView* view, const QString& objectName, const QIcon& icon,
                 const QKeySequence& shortcut, QObject* parent)
    : QObject(parent), m_view(view), m_action(new QAction(icon, QString(), this)), m_icon(icon),
      m_shortcut(shortcut) {
    setObjectName(objectName);
    m_action->setObjectName(objectName + QStringLiteral("Action"));
    m_action->setCheckable(true);
    m_action->setShortcut(shortcut);
}

MapTool::~MapTool() = default;

ProjectDocument* MapTool::document() const {
    return m_view->document();
}

void MapTool::pushCommand(QUndoCommand* command) {
    document()->undoStack()->push(command);
}

void MapTool::repaint() {
    m_view->update();
}

int MapTool::nextDragId() {
    static int next = 0;
    return ++next;
}

QWidget* MapTool::optionsWidget(QWidget* parent) {
    if (!m_optionsCreated) {
        m_options = createOptionsWidget(parent);
        m_optionsCreated = true;
        if (m_options) retranslateOptions();
    }
    return m_options;
}

QWidget* MapTool::createOptionsWidget(QWidget*) {
    return nullptr;
}

void MapTool::activate() {
    m_active = true;
    m_action->setChecked(true);
}

void MapTool::deactivate() {
    m_active = false;
    repaint();
}

void MapTool::retranslate() {
    const QString text = name();
    m_action->setText(text);
    m_action->setStatusTip(statusHint());
    m_action->setToolTip(m_shortcut.isEmpty()
                             ? text
                             : ToolsTr::tr("%1 (%2)").arg(
                                   text, m_shortcut.toString(QKeySequence::NativeText)));
    if (m_options) retranslateOptions();
}

void MapTool::mousePressed(QMouseEvent*) {}
void MapTool::mouseMoved(QMouseEvent*) {}
void MapTool::mouseReleased(QMouseEvent*) {}
void MapTool::mouseDoubleClicked(QMouseEvent*) {}
bool MapTool::keyPressed(QKeyEvent*) {
    return false;
}
void MapTool::paintOverlay(QPainter&) {}

}  // namespace yike::ui
