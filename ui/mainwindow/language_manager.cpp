// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/language_manager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace yike::ui {
namespace {

const QString kChinese = QStringLiteral("zh_CN");
const QString kEnglish = QStringLiteral("en");

}  // namespace

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QStringList LanguageManager::availableLanguages() {
    return {kChinese, kEnglish};
}

QString LanguageManager::nativeName(const QString& code) {
    if (code == kChinese) return QStringLiteral("中文");
    if (code == kEnglish) return QStringLiteral("English");
    return code;
}

QString LanguageManager::normalize(const QString& code) {
    QString lower = code.trimmed().toLower();
    lower.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (lower == QStringLiteral("zh") || lower.startsWith(QStringLiteral("zh_"))) return kChinese;
    if (lower == QStringLiteral("en") || lower.startsWith(QStringLiteral("en_"))) return kEnglish;
    return {};
}

QString LanguageManager::defaultFor(const QLocale& locale) {
    return locale.language() == QLocale::Chinese ? kChinese : kEnglish;
}

QString LanguageManager::preferredLanguage() {
    const QString stored = normalize(QSettings().value(QLatin1String(kSettingsKey)).toString());
    return stored.isEmpty() ? defaultFor(QLocale::system()) : stored;
}

void LanguageManager::removeTranslators() {
    if (m_appTranslator) QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator) QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

bool LanguageManager::setLanguage(const QString& code, bool persist) {
    const QString language = normalize(code);
    if (language.isEmpty()) return false;

    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    if (language != kEnglish) {
        app = std::make_unique<QTranslator>();
        if (!app->load(QStringLiteral(":/i18n/yike_%1.qm").arg(language))) return false;
        qt = std::make_unique<QTranslator>();
        // Qt's own strings (standard dialogs, context menus) come with the Qt installation
        // when its translations package is present; without it those stay in English.
        if (!qt->load(QStringLiteral("qtbase_%1").arg(language),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }

    const bool changed = language != m_language;
    removeTranslators();
    m_appTranslator = std::move(app);
    m_qtTranslator = std::move(qt);
    if (m_qtTranslator) QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator) QCoreApplication::installTranslator(m_appTranslator.get());
    m_language = language;
    QLocale::setDefault(QLocale(language));
    if (persist) QSettings().setValue(QLatin1String(kSettingsKey), language);
    if (changed) Q_EMIT languageChanged(language);
    return true;
}

}  // namespace yike::ui
