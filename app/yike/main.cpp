// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop application: command line, language, one main window.
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QStringList>

#include "ui/mainwindow/language_manager.h"
#include "ui/mainwindow/main_window.h"
#include "yike_version.h"

namespace {

struct AppTr {
    Q_DECLARE_TR_FUNCTIONS(Yike::App)
};

// The value of --lang before the full parser runs, so that the help text is already translated.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QStringLiteral("--")) break;
        if (argument == QStringLiteral("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QStringLiteral("--lang="))) return argument.mid(7);
    }
    return {};
}

// Chinese text in the interface and in the data (street and compound names) must come from a
// Simplified Chinese face, whatever the default Latin font is.
void addChineseFallbackFonts() {
    QFont font = QApplication::font();
    QStringList families = font.families();
    if (families.isEmpty()) families << font.family();
    families << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("Source Han Sans SC")
             << QStringLiteral("WenQuanYi Micro Hei") << QStringLiteral("Microsoft YaHei")
             << QStringLiteral("PingFang SC");
    font.setFamilies(families);
    QApplication::setFont(font);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Yike"));
    QApplication::setOrganizationDomain(QStringLiteral("yike.example.org"));
    QApplication::setApplicationName(QStringLiteral("yike"));
    QApplication::setApplicationVersion(QString::fromLatin1(yike::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/yike.svg")));
    addChineseFallbackFonts();

    yike::ui::LanguageManager languages;
    const QString requested = languageArgument(QCoreApplication::arguments());
    const QString language = yike::ui::LanguageManager::normalize(requested);
    // A --lang choice holds for this run only; the Language menu stores the lasting one.
    if (language.isEmpty() || !languages.setLanguage(language, false))
        languages.setLanguage(yike::ui::LanguageManager::preferredLanguage(), false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        AppTr::tr("一刻 Yike: a planning workstation for 15-minute living circles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringList{QStringLiteral("lang")},
        AppTr::tr("User interface language: zh_CN (Chinese) or en (English)."),
        QStringLiteral("code"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("file"), AppTr::tr("Project file to open."),
                                 AppTr::tr("[FILE]"));
    parser.process(app);

    if (parser.isSet(langOption) && language.isEmpty()) {
        const QString message =
            AppTr::tr("Unknown language “%1”; use zh_CN or en.").arg(parser.value(langOption));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        std::fprintf(stderr, "%s\n", qPrintable(AppTr::tr("Only one project file can be opened.")));
        return 2;
    }

    yike::ui::MainWindow window(&languages);
    window.show();
    window.startUp(files.isEmpty() ? QString() : files.first());
    return QApplication::exec();
}
