// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSettings;

namespace yike::ui {

class MapComposition;

/**
 * Keeps a map composition's layer state in QSettings under the group "map/layers": the hidden
 * layers and the drawing order (registry keys, so a layer added in a later version is shown in
 * its default place), opacity per layer, and hidden facility categories. Unknown keys and
 * out-of-range values in a settings file are ignored.
 */
void saveLayerSettings(const MapComposition& composition, QSettings& settings);
void restoreLayerSettings(MapComposition& composition, QSettings& settings);

}  // namespace yike::ui
