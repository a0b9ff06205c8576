// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the layers module: LayersTr::tr("...").
struct LayersTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Layers)
};

}  // namespace yike::ui
