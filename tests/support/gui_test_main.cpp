// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for widget tests: runs on the offscreen platform unless QT_QPA_PLATFORM
// says otherwise, with one QApplication for the whole executable. CTest runs every test case
// as its own process, several at once, so each process keeps its settings in a private
// temporary folder: no test can see or clear another's, nor the user's own. QStandardPaths
// test mode sends any other application data to ~/.qttest.
#include <cstdio>
#include <cstdlib>

#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YikeTests"));
    QApplication::setApplicationName(QStringLiteral("yike-tests"));
    QTemporaryDir settingsDir;
    if (!settingsDir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary settings folder\n");
        return 1;
    }
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        for (auto scope : {QSettings::UserScope, QSettings::SystemScope})
            QSettings::setPath(format, scope, settingsDir.path());
    return RUN_ALL_TESTS();
}
