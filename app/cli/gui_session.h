// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>

#include "app/cli/arguments.h"

class QGuiApplication;
class QTranslator;

namespace yike::cli {

/// The language of printed pages: --lang zh (default) or en.
/// @throws UsageError for any other value
std::string languageOption(const Arguments& args);

/**
 * What the commands that draw pages (print, report) need from Qt: a QGuiApplication for fonts
 * and painting, without a display (the "offscreen" platform unless QT_QPA_PLATFORM says
 * otherwise, so the commands run on a server), and the user-interface strings in `language`
 * ("zh" or "en"), the same catalogue the workstation uses. One at a time.
 */
class GuiSession {
public:
    explicit GuiSession(const std::string& language);
    ~GuiSession();
    GuiSession(const GuiSession&) = delete;
    GuiSession& operator=(const GuiSession&) = delete;

private:
    std::unique_ptr<QGuiApplication> m_app;
    std::unique_ptr<QTranslator> m_translator;
};

}  // namespace yike::cli
