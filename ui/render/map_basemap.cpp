// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/map_basemap.h"

namespace yike::ui {

MapBasemap::MapBasemap(QObject* parent) : QObject(parent) {}

MapBasemap::~MapBasemap() = default;

}  // namespace yike::ui
