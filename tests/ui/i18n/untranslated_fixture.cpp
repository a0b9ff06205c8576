// SPDX-License-Identifier: GPL-3.0-or-later
// Input for Translations.DetectsMissingAndStaleStrings; scanned by lupdate, never compiled.
#include <QCoreApplication>

QString translatedText() { return QCoreApplication::translate("Fixture", "Open"); }
QString forgottenText() { return QCoreApplication::translate("Fixture", "Forgotten; [new]"); }
