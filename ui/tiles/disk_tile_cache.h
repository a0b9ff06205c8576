// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QByteArray>
#include <QString>

#include "ui/tiles/tile_math.h"

namespace yike::ui {

/**
 * Tiles kept on disk so that an area seen once still shows without a network: one file per
 * tile (<folder>/<z>/<x>/<y>.tile, the bytes as the server sent them), written atomically. When
 * the folder grows beyond its limit the oldest files are removed until it is at 80 % of it.
 *
 * A tile older than the maximum age (by its file's modification time) is still returned, so
 * the map keeps working offline, but flagged stale: the tile layer then fetches it again and
 * overwrites it when that succeeds.
 *
 * Not thread-safe: one thread (the tile layer's loader) uses an instance.
 */
class DiskTileCache {
public:
    /// Tiles are refetched after 30 days unless told otherwise.
    static constexpr std::chrono::seconds kDefaultMaxAge = std::chrono::days(30);

    /// `maxAge` of zero (or less) keeps tiles for ever.
    DiskTileCache(QString folder, qint64 maxBytes, std::chrono::seconds maxAge = kDefaultMaxAge);

    const QString& folder() const { return m_folder; }
    qint64 maxBytes() const { return m_maxBytes; }
    std::chrono::seconds maxAge() const { return m_maxAge; }

    /// The stored bytes of `id`; empty when absent or unreadable. `stale`, when given, is set
    /// to whether the stored tile is older than maxAge().
    QByteArray read(const TileId& id, bool* stale = nullptr) const;
    /// Stores `data` for `id`; false when the file cannot be written (the cache then simply
    /// misses later).
    bool write(const TileId& id, const QByteArray& data);
    bool contains(const TileId& id) const;

    /// Bytes used by the cache's files (counted once, then kept up to date).
    qint64 usedBytes();
    /// Removes the oldest files until at most `targetBytes` remain.
    void trimTo(qint64 targetBytes);

    /// The folder under the user's cache location where every source gets its own
    /// sub-folder: <CacheLocation>/tiles.
    static QString defaultRoot();

private:
    QString pathFor(const TileId& id) const;

    QString m_folder;
    qint64 m_maxBytes;
    std::chrono::seconds m_maxAge;
    qint64 m_used = -1;
};

}  // namespace yike::ui
