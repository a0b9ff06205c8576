// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the tile engine: TilesTr::tr("...").
struct TilesTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Tiles)
};

}  // namespace yike::ui
