// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/recent_files.h"

#include <utility>

#include <QFileInfo>
#include <QSettings>

namespace yike::ui {

RecentFiles::RecentFiles(QString settingsKey) : m_key(std::move(settingsKey)) {}

QStringList RecentFiles::files() const {
    QStringList list = QSettings().value(m_key).toStringList();
    list.removeAll(QString());
    if (list.size() > kMaxCount) list.resize(kMaxCount);
    return list;
}

void RecentFiles::add(const QString& path) {
    if (path.isEmpty()) return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > kMaxCount) list.resize(kMaxCount);
    store(list);
}

void RecentFiles::remove(const QString& path) {
    QStringList list = files();
    list.removeAll(path);
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList& files) {
    QSettings().setValue(m_key, files);
}

}  // namespace yike::ui
