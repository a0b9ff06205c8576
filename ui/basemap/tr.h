// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the basemap module: BasemapTr::tr("...").
struct BasemapTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Basemap)
};

}  // namespace yike::ui
