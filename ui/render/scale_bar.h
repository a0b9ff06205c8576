// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>

class QFont;
class QPainter;

namespace yike::ui {

class MapTransform;

/// The longest "nice" length (1, 2 or 5 × 10^k metres) not longer than `maxMetres`.
double niceScaleLength(double maxMetres);

/// "500 m", "2 km" in the current language: the scale bar's text, and the measure tool's.
QString formatDistance(double metres);

/**
 * Draws a scale bar for the map `transform` shows: a bar of a nice ground length no longer
 * than 120 px × `symbolScale`, with ticks at both ends and its length written above it in
 * `font`, on a translucent white box. `origin` is the left end of the bar, in the painter's
 * units; the box reaches 6 px to its left and 8 px below it (times `symbolScale`). The map view
 * puts one in its bottom-left corner; a page puts it where its layout says. Draws nothing for
 * an invalid transform.
 */
void drawScaleBar(QPainter& painter, const MapTransform& transform, QPointF origin,
                  const QFont& font, double symbolScale = 1.0);

}  // namespace yike::ui
