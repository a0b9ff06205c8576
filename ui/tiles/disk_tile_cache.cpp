// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/disk_tile_cache.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace yike::ui {

DiskTileCache::DiskTileCache(QString folder, qint64 maxBytes, std::chrono::seconds maxAge)
    : m_folder(std::move(folder)), m_maxBytes(std::max<qint64>(maxBytes, 0)), m_maxAge(maxAge) {}

QString DiskTileCache::pathFor(const TileId& id) const {
    return QStringLiteral("%1/%2/%3/%4.tile").arg(m_folder).arg(id.z).arg(id.x).arg(id.y);
}

QByteArray DiskTileCache::read(const TileId& id, bool* stale) const {
    if (stale) *stale = false;
    if (m_folder.isEmpty() || !id.isValid()) return {};
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QByteArray bytes = file.readAll();
    if (stale && m_maxAge.count() > 0 && !bytes.isEmpty()) {
        const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
        *stale = modified.isValid()
                 && modified < QDateTime::currentDateTimeUtc().addSecs(-m_maxAge.count());
    }
    return bytes;
}

bool DiskTileCache::contains(const TileId& id) const {
    return !m_folder.isEmpty() && id.isValid() && QFileInfo::exists(pathFor(id));
}

bool DiskTileCache::write(const TileId& id, const QByteArray& data) {
    if (m_folder.isEmpty() || !id.isValid() || data.isEmpty() || m_maxBytes == 0) return false;
    const QString path = pathFor(id);
    const qint64 previous = QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    if (file.write(data) != data.size() || !file.commit()) return false;
    if (m_used >= 0) m_used += data.size() - previous;
    if (usedBytes() > m_maxBytes) trimTo(m_maxBytes * 8 / 10);
    return true;
}

qint64 DiskTileCache::usedBytes() {
    if (m_used >= 0) return m_used;
    m_used = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.tile")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        m_used += it.fileInfo().size();
    }
    return m_used;
}

void DiskTileCache::trimTo(qint64 targetBytes) {
    struct Entry {
        QString path;
        QDateTime modified;
        qint64 size;
    };
    std::vector<Entry> entries;
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.tile")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries.push_back({info.absoluteFilePath(), info.lastModified(), info.size()});
        total += info.size();
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.modified < b.modified; });
    for (const Entry& entry : entries) {
        if (total <= targetBytes) break;
        if (QFile::remove(entry.path)) total -= entry.size;
    }
    m_used = total;
}

QString DiskTileCache::defaultRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/tiles");
}

}  // namespace yike::ui
