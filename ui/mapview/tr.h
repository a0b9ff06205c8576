// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the map view module: MapViewTr::tr("...").
struct MapViewTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::MapView)
};

}  // namespace yike::ui
