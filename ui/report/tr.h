// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the report module: ReportTr::tr("..."). The words it holds describe
/// results (proposals, residents) wherever they are shown: the panels and the PDF report.
struct ReportTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Report)
};

}  // namespace yike::ui
