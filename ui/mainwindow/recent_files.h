// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace yike::ui {

/// The most recently opened or saved projects, newest first, kept in QSettings.
class RecentFiles {
public:
    static constexpr qsizetype kMaxCount = 10;

    explicit RecentFiles(QString settingsKey = QStringLiteral("recentFiles"));

    QStringList files() const;
    /// Puts `path` (made absolute) first, dropping older duplicates and the oldest beyond
    /// kMaxCount.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    void store(const QStringList& files);
    QString m_key;
};

}  // namespace yike::ui
