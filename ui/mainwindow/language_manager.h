// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace yike::ui {

/**
 * Switches the user-interface language at run time. Installing or removing a translator makes
 * Qt send QEvent::LanguageChange to every widget, which then retranslates itself; this class
 * only manages the translators (ours from the resource :/i18n, Qt's own qtbase catalogue from the
 * Qt installation when present) and remembers the choice in QSettings.
 *
 * Languages are codes: "zh_CN" (Simplified Chinese) and "en" (English, the source language).
 */
class LanguageManager : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kSettingsKey = "ui/language";

    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    static QStringList availableLanguages();
    /// The name of a language in that language ("中文", "English"); never translated.
    static QString nativeName(const QString& code);
    /// Maps "zh", "zh-CN", "zh_Hans_CN", "en_GB" ... to an available code; empty when unknown.
    static QString normalize(const QString& code);
    /// "zh_CN" for any Chinese locale, "en" otherwise.
    static QString defaultFor(const QLocale& locale);

    /// The language stored in QSettings, else the default for the system locale.
    static QString preferredLanguage();

    QString language() const { return m_language; }

    /// Installs the translators for `code` (normalised). With `persist`, the choice is stored
    /// for the next start. Returns false when `code` is unknown or its catalogue cannot be
    /// loaded; the current language then stays.
    bool setLanguage(const QString& code, bool persist = true);

Q_SIGNALS:
    void languageChanged(const QString& code);

private:
    void removeTranslators();

    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

}  // namespace yike::ui
