// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the walk-access analysis panel: AnalysisTr::tr("...").
struct AnalysisTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Analysis)
};

}  // namespace yike::ui
