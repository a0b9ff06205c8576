// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the printing dialogs: PrintingTr::tr("...").
struct PrintingTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Printing)
};

}  // namespace yike::ui
