// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/add_idle_space_tool.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QSignalBlocker>

#include "core/geo/local_frame.h"
#include "ui/commands/add_feature.h"
#include "ui/commands/edit_geometry.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/report/report_text.h"
#include "ui/tools/tr.h"

namespace yike::ui {

AddIdleSpaceTool::AddIdleSpaceTool(MapView* view, QObject* parent)
    : SketchTool(view, QStringLiteral("addIdleSpaceTool"),
                 QIcon(QStringLiteral(":/icons/tool-idle.svg")), QKeySequence(Qt::Key_I), parent) {
}

QString AddIdleSpaceTool::name() const {
    return ToolsTr::tr("Add Idle Space");
}

QString AddIdleSpaceTool::statusHint() const {
    return m_mode == Mode::Point
               ? ToolsTr::tr("Choose the kind, then click the map to record an idle space.")
               : ToolsTr::tr("Click the corners of the idle space; double-click or Enter "
                             "finishes, Esc cancels.");
}

void AddIdleSpaceTool::setKind(project::IdleSpaceKind kind) {
    m_kind = kind;
    if (!m_kindCombo) return;
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(kind)));
}

void AddIdleSpaceTool::setMode(Mode mode) {
    if (mode != m_mode) cancel();
    m_mode = mode;
    if (m_modeCombo) {
        const QSignalBlocker blocker(m_modeCombo);
        m_modeCombo->setCurrentIndex(mode == Mode::Point ? 0 : 1);
    }
    Q_EMIT hintChanged();
}

void AddIdleSpaceTool::mousePressed(QMouseEvent* event) {
    if (m_mode == Mode::Footprint) {
        SketchTool::mousePressed(event);
        return;
    }
    if (event->button() != Qt::LeftButton) return;
    project::IdleSpace space;
    space.position = view()->transform().toLonLat(event->position());
    space.kind = m_kind;
    space.name = idleSpaceKindText(m_kind).toStdString();
    auto* command = new AddIdleSpace(*document(), space);
    pushCommand(command);
    document()->selection()->set({{project::Layer::IdleSpaces, command->featureId()}});
}

void AddIdleSpaceTool::mouseDoubleClicked(QMouseEvent* event) {
    if (m_mode == Mode::Footprint) SketchTool::mouseDoubleClicked(event);
}

void AddIdleSpaceTool::commit(const std::vector<geo::LonLat>& vertices) {
    project::IdleSpace space;
    geo::Polygon footprint;
    footprint.outer = vertices;
    space.position = ringCentroid(footprint.outer);
    space.floorAreaM2 = geo::polygonAreaM2(footprint, geo::LocalFrame(vertices.front()));
    space.footprint = std::move(footprint);
    space.kind = m_kind;
    space.name = idleSpaceKindText(m_kind).toStdString();
    auto* command = new AddIdleSpace(*document(), space);
    pushCommand(command);
    document()->selection()->set({{project::Layer::IdleSpaces, command->featureId()}});
}

QWidget* AddIdleSpaceTool::createOptionsWidget(QWidget* parent) {
    auto* widget = new QWidget(parent);
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* kindLabel = new QLabel(widget);
    kindLabel->setObjectName(QStringLiteral("kindLabel"));
    m_kindCombo = new QComboBox(widget);
    m_kindCombo->setObjectName(QStringLiteral("idleSpaceKindCombo"));
    kindLabel->setBuddy(m_kindCombo);
    auto* modeLabel = new QLabel(widget);
    modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeCombo = new QComboBox(widget);
    m_modeCombo->setObjectName(QStringLiteral("idleSpaceModeCombo"));
    modeLabel->setBuddy(m_modeCombo);
    layout->addWidget(kindLabel);
    layout->addWidget(m_kindCombo);
    layout->addSpacing(8);
    layout->addWidget(modeLabel);
    layout->addWidget(m_modeCombo);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_kind = static_cast<project::IdleSpaceKind>(m_kindCombo->itemData(index).toInt());
    });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setMode(index == 1 ? Mode::Footprint : Mode::Point); });
    return widget;
}

void AddIdleSpaceTool::retranslateOptions() {
    if (!m_kindCombo) return;
    QWidget* widget = m_kindCombo->parentWidget();
    if (auto* label = widget->findChild<QLabel*>(QStringLiteral("kindLabel")))
        label->setText(ToolsTr::tr("&Kind:"));
    if (auto* label = widget->findChild<QLabel*>(QStringLiteral("modeLabel")))
        label->setText(ToolsTr::tr("&Shape:"));
    {
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->clear();
        for (project::IdleSpaceKind kind : project::allIdleSpaceKinds())
            m_kindCombo->addItem(idleSpaceKindText(kind), static_cast<int>(kind));
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(m_kind)));
    }
    const QSignalBlocker blocker(m_modeCombo);
    m_modeCombo->clear();
    m_modeCombo->addItem(ToolsTr::tr("Point"));
    m_modeCombo->addItem(ToolsTr::tr("Footprint"));
    m_modeCombo->setCurrentIndex(m_mode == Mode::Point ? 0 : 1);
}

}  // namespace yike::ui
