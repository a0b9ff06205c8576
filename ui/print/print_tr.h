// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the print module: PrintTr::tr("...").
struct PrintTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Print)
};

}  // namespace yike::ui
