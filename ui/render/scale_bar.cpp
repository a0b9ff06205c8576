// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/scale_bar.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include "ui/render/map_transform.h"
#include "ui/render/tr.h"

namespace yike::ui {

double niceScaleLength(double maxMetres) {
    if (!(maxMetres > 0.0)) return 0.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres) return step * magnitude;
    return magnitude;
}

QString formatDistance(double metres) {
    const QLocale locale;
    // Whole numbers from ten on; one decimal below, unless the value is whole anyway.
    if (metres >= 1000.0) {
        const double km = metres / 1000.0;
        const int decimals = km >= 10.0 || std::abs(km - std::round(km)) < 1e-9 ? 0 : 1;
        return RenderTr::tr("%1 km").arg(locale.toString(km, 'f', decimals));
    }
    const int decimals = metres >= 10.0 || std::abs(metres - std::round(metres)) < 1e-9 ? 0 : 1;
    return RenderTr::tr("%1 m").arg(locale.toString(metres, 'f', decimals));
}

void drawScaleBar(QPainter& painter, const MapTransform& transform, QPointF origin,
                  const QFont& font, double symbolScale) {
    // Ground metres per painter unit at the centre: the bar is true there, which is what a
    // district-sized map needs (Web Mercator's scale drifts by cos(lat) towards its edges).
    const double groundPerUnit = transform.groundMetresPerPixel();
    if (!(groundPerUnit > 0.0)) return;
    const double s = symbolScale;
    const double metres = niceScaleLength(120.0 * s * groundPerUnit);
    const double length = metres / groundPerUnit;
    const QString label = formatDistance(metres);
    const QFontMetricsF fm(font, painter.device());
    const QRectF box(origin.x() - 6.0 * s, origin.y() - fm.height() - 10.0 * s,
                     std::max(length, fm.horizontalAdvance(label)) + 12.0 * s,
                     fm.height() + 18.0 * s);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(font);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, 3.0 * s, 3.0 * s);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2.0 * s, Qt::SolidLine, Qt::FlatCap));
    const QPointF end = origin + QPointF(length, 0.0);
    const QPointF tick(0.0, 5.0 * s);
    painter.drawLine(origin, end);
    painter.drawLine(origin, origin - tick);
    painter.drawLine(end, end - tick);
    painter.drawText(QRectF(origin.x(), box.top() + 2.0 * s, length, fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.restore();
}

}  // namespace yike::ui
