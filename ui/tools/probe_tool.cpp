// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/probe_tool.h"

#include <QMouseEvent>

#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

ProbeTool::ProbeTool(MapView* view, QObject* parent)
    : MapTool(view, QStringLiteral("probeTool"), QIcon(QStringLiteral(":/icons/tool-probe.svg")),
              QKeySequence(Qt::Key_W), parent) {}

QString ProbeTool::name() const { return ToolsTr::tr("Walk Probe"); }

QString ProbeTool::statusHint() const {
    return ToolsTr::tr("Click a place: the walking minutes from there to every service, for each "
                       "group of walkers, show in the Walk Probe panel.");
}

void ProbeTool::mousePressed(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    Q_EMIT probed(view()->transform().toLonLat(event->position()));
}

}  // namespace yike::ui
