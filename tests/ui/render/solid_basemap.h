// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPainter>
#include <QString>

#include "ui/render/map_basemap.h"
#include "ui/render/map_transform.h"

namespace yike::test {

/// A basemap whose every tile is at hand and one solid colour: where the composition paints
/// its tiles shows in the picture, without files, servers or waiting.
class SolidBasemap : public ui::MapBasemap {
public:
    explicit SolidBasemap(QColor colour, bool usable = true)
        : m_colour(colour), m_usable(usable) {}

    bool isUsable() const override { return m_usable; }
    QString attribution() const override { return QStringLiteral("Solid tiles"); }
    void setView(const ui::MapTransform& view, double devicePixelRatio) override {
        m_view = view;
        m_ratio = devicePixelRatio;
        ++m_requests;
    }
    void draw(QPainter& painter, const ui::MapTransform& view) const override {
        painter.fillRect(QRectF(QPointF(), view.viewportSize()), m_colour);
    }

    /// Announces new tiles, as a tile layer does when a download arrives.
    void arrive() { Q_EMIT tilesChanged(); }

    const ui::MapTransform& requestedView() const { return m_view; }
    double requestedRatio() const { return m_ratio; }
    int requests() const { return m_requests; }

private:
    QColor m_colour;
    bool m_usable;
    ui::MapTransform m_view;
    double m_ratio = 0.0;
    int m_requests = 0;
};

}  // namespace yike::test
