// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace yike::ui {

/// Translation context of the render module: RenderTr::tr("..."). Layer titles are declared
/// with QT_TRANSLATE_NOOP("Yike::Render", ...) and translated through it.
struct RenderTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::Render)
};

}  // namespace yike::ui
