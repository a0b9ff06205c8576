// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the conversion proposals panel: ProposalsTr::tr("...").
struct ProposalsTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Proposals)
};

}  // namespace yike::ui
