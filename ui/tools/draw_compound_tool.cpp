// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tools/draw_compound_tool.h"

#include <cmath>

#include "ui/commands/add_feature.h"
#include "ui/document/project_document.h"
#include "ui/mapview/map_view.h"
#include "ui/tools/tr.h"

namespace yike::ui {

std::optional<geo::LonLat> snapToCompoundVertex(const MapView& view, QPointF px,
                                                double tolerancePx) {
    std::optional<geo::LonLat> best;
    double bestDistance = tolerancePx;
    const MapTransform& t = view.transform();
    for (const project::Compound& c : view.document()->project().compounds().items())
        for (const geo::LonLat& v : c.outline.outer) {
            const QPointF p = t.toPixel(v);
            const double d = std::hypot(p.x() - px.x(), p.y() - px.y());
            if (d <= bestDistance) {
                bestDistance = d;
                best = v;
            }
        }
    return best;
}

DrawCompoundTool::DrawCompoundTool(MapView* view, QObject* parent)
    : SketchTool(view, QStringLiteral("drawCompoundTool"),
                 QIcon(QStringLiteral(":/icons/tool-compound.svg")), QKeySequence(Qt::Key_C),
                 parent) {}

QString DrawCompoundTool::name() const {
    return ToolsTr::tr("Draw Compound");
}

QString DrawCompoundTool::statusHint() const {
    return ToolsTr::tr("Click the corners of the compound; double-click or Enter finishes, "
                       "Backspace removes the last corner, Esc cancels.");
}

geo::LonLat DrawCompoundTool::vertexFor(QPointF px) const {
    if (auto snapped = snapToCompoundVertex(*view(), px, kSnapPx)) return *snapped;
    return SketchTool::vertexFor(px);
}

void DrawCompoundTool::commit(const std::vector<geo::LonLat>& vertices) {
    project::Compound compound;
    compound.outline.outer = vertices;
    compound.name = ToolsTr::tr("New compound").toStdString();
    compound.fenced = true;
    auto* command = new AddCompound(*document(), compound);
    pushCommand(command);
    document()->selection()->set({{project::Layer::Compounds, command->featureId()}});
}

}  // namespace yike::ui
