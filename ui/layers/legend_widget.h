// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "ui/render/map_legend.h"
#include "ui/render/map_renderer.h"
#include "ui/render/map_transform.h"

namespace yike::ui {

class MapComposition;
class ProjectDocument;

/**
 * The legend of a map composition: what the map draws right now (legendRows of the
 * composition's frame for the document's project), painted by drawLegend, the function a
 * print layout uses too. It follows the composition, the project and the UI language, and the
 * scale of the view it describes (setTransform). Put it in a QScrollArea: its minimum size is
 * the legend's size.
 */
class LegendWidget : public QWidget {
    Q_OBJECT

public:
    LegendWidget(MapComposition* composition, ProjectDocument* document,
                 QWidget* parent = nullptr);

    const std::vector<LegendRow>& rows() const { return m_rows; }
    QSize sizeHint() const override;

    /// The view the legend describes: layers drawn at some scales only (building footprints)
    /// are listed when it shows them. Invalid (the default): at every scale.
    void setTransform(const MapTransform& transform);

Q_SIGNALS:
    /// The rows were computed again.
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    MapComposition* m_composition;
    ProjectDocument* m_document;
    MapTransform m_transform;
    MapRenderer m_renderer;
    LegendStyle m_style;
    std::vector<LegendRow> m_rows;
};

}  // namespace yike::ui
