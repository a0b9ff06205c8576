// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the map tools: ToolsTr::tr("...").
struct ToolsTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Tools)
};

}  // namespace yike::ui
