// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the undo commands (their texts appear in Edit > Undo and the history).
struct CommandsTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Commands)
};

}  // namespace yike::ui
