// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for widget tests: runs on the offscreen platform unless QT_QPA_PLATFORM
// says otherwise, with one QApplication for the whole executable. QStandardPaths test mode
// sends settings and application data to ~/.qttest, away from the user's own.
#include <cstdlib>

#include <gtest/gtest.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("YikeTests"));
    QApplication::setApplicationName(QStringLiteral("yike-tests"));
    return RUN_ALL_TESTS();
}
