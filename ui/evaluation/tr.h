// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the circle evaluation panel: EvaluationTr::tr("...").
struct EvaluationTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Evaluation)
};

}  // namespace yike::ui
