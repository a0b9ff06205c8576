// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the import and export dialogs: ExchangeTr::tr("...").
struct ExchangeTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Exchange)
};

}  // namespace yike::ui
