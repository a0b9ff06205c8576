// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the document module: DocumentTr::tr("...").
struct DocumentTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Document)
};

}  // namespace yike::ui
