// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the attribute panels and the catalogue editor: AttributesTr::tr("...").
struct AttributesTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Attributes)
};

}  // namespace yike::ui
