// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/gui_session.h"

#include <cstdio>

#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

namespace yike::cli {

std::string languageOption(const Arguments& args) {
    const std::string language = args.value("--lang").value_or("zh");
    if (language == "zh" || language == "zh_CN") return "zh";
    if (language == "en") return "en";
    throw UsageError("--lang must be zh or en, not '" + language + "'");
}

namespace {

// One error line is all a failing command prints: Qt's own notes (a missing runtime folder, a
// font fallback) are not the user's business here. Critical and fatal messages still show.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message) {
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "yike-cli: %s\n", message.toLocal8Bit().constData());
}

}  // namespace

GuiSession::GuiSession(const std::string& language) {
    qInstallMessageHandler(quietMessages);
    // A command line has no window: draw without a display unless the user chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    static int argc = 1;
    static char name[] = "yike-cli";
    static char* argv[] = {name, nullptr};
    if (!QGuiApplication::instance()) m_app = std::make_unique<QGuiApplication>(argc, argv);
    // Names, dates and numbers on the page follow the page's language.
    QLocale::setDefault(language == "zh" ? QLocale(QLocale::Chinese, QLocale::China)
                                         : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (language == "zh") {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/yike_zh_CN.qm")))
            throw CommandError("the Chinese translation is missing from this build");
        QCoreApplication::installTranslator(m_translator.get());
    }
}

GuiSession::~GuiSession() {
    if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    qInstallMessageHandler(nullptr);
}

}  // namespace yike::cli
