// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QWidget>

#include "ui/render/map_legend.h"
#include "ui/render/map_renderer.h"

namespace yike::ui {

class MapView;

/**
 * The legend of a MapView: what the map draws right now (legendRows of the view's frame),
 * painted by drawLegend, the function a print layout uses too. It follows the view's layer
 * settings, the project and the UI language. Put it in a QScrollArea: its minimum size is the
 * legend's size.
 */
class LegendWidget : public QWidget {
    Q_OBJECT

public:
    explicit LegendWidget(MapView* view, QWidget* parent = nullptr);

    const std::vector<LegendRow>& rows() const { return m_rows; }
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The rows were computed again.
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    MapView* m_view;
    MapRenderer m_renderer;
    LegendStyle m_style;
    std::vector<LegendRow> m_rows;
};

}  // namespace yike::ui
