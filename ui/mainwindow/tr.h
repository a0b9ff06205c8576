// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the main window module: MainWindowTr::tr("...").
struct MainWindowTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::MainWindow)
};

}  // namespace yike::ui
