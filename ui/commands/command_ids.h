// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace yike::ui {

/// QUndoCommand::id() values of the commands that merge with their predecessor. Every merging
/// command takes its id from here so two command types can never share one by accident.
enum class CommandId : int {
    MoveFeatures = 1,       ///< successive moves of one drag
    SetCompoundOutline = 2, ///< successive vertex moves of one drag
};

}  // namespace yike::ui
