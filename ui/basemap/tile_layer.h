// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <memory>

#include <QCache>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include "ui/basemap/tile_math.h"
#include "ui/basemap/tile_source.h"
#include "ui/render/map_transform.h"

class QNetworkReply;
class QPainter;

namespace yike::ui {

class DiskTileCache;
class MBTilesFile;

/**
 * A raster basemap: fetches the tiles a view needs from its source and draws them.
 *
 * - Tiles come from a memory cache, then the disk cache (a folder per source under the user's
 *   cache location, size-limited), then the network (XYZ) or the file (MBTiles). Disk and
 *   file reads and image decoding run on a loader thread; network replies arrive on this
 *   object's thread. Nothing here ever waits for a server.
 * - At most `maxParallelRequests` requests run at once; the rest queue, nearest to the view's
 *   centre first. A request the view no longer needs is cancelled, a queued one dropped.
 * - A request that has no answer after `timeoutMs` is aborted. A failed tile (timeout,
 *   connection refused, HTTP 5xx, not an image) is counted and left empty; the first failure
 *   is announced once with firstFailure() for the status bar. HTTP 404 means "no tile here"
 *   and is not a failure.
 * - While a tile loads, its parent (up to eight levels up) is drawn scaled up in its place, or
 *   its four children scaled down when they are at hand.
 *
 * GUI thread only (except the loader, which is internal).
 */
class TileLayer : public QObject {
    Q_OBJECT

public:
    struct Options {
        int maxParallelRequests = 4;
        int timeoutMs = 20'000;
        qint64 memoryCacheBytes = qint64(96) << 20;
        qint64 diskCacheBytes = qint64(512) << 20;
        /// Whether fetched tiles are kept on disk (XYZ sources only).
        bool diskCache = true;
        /// This source's disk cache folder; empty means DiskTileCache::defaultRoot()/<cacheKey>.
        QString diskCacheFolder;
    };

    enum class TileState { Unknown, Loading, Ready, Missing, Failed };

    explicit TileLayer(TileSource source, QObject* parent = nullptr);
    TileLayer(TileSource source, Options options, QObject* parent = nullptr);
    ~TileLayer() override;

    const TileSource& source() const { return m_source; }
    const Options& options() const { return m_options; }
    /// False when the source cannot be used (an MBTiles file that did not open, an invalid
    /// template); openError() then says why, translated.
    bool isUsable() const { return m_usable; }
    const QString& openError() const { return m_openError; }
    /// The credit to show on the map: the source's, else the MBTiles metadata's.
    QString attribution() const;
    /// The zoom levels tiles exist for (from the MBTiles metadata for a file).
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    /// The tile zoom level drawn for `view` (beyond maxZoom() tiles are scaled up).
    int zoomFor(const MapTransform& view) const;

    /// Requests what `view` shows and cancels what it no longer shows.
    void setView(const MapTransform& view);
    /// Draws the tiles at hand for `view` onto `painter` (in the view's pixels).
    void draw(QPainter& painter, const MapTransform& view) const;

    TileState state(const TileId& id) const;
    /// The decoded tile from the memory cache; null when not loaded.
    QImage cachedImage(const TileId& id) const;

    int activeRequests() const { return static_cast<int>(m_active.size()); }
    int queuedRequests() const { return static_cast<int>(m_queue.size()); }
    int failedTiles() const { return m_failed; }
    int networkLoads() const { return m_networkLoads; }
    int diskLoads() const { return m_diskLoads; }

    /// "Yike/<version>": the User-Agent of every request.
    static QByteArray userAgent();

Q_SIGNALS:
    /// New tiles are at hand: repaint.
    void tilesChanged();
    /// Tile z/x/y could not be loaded; `reason` is translated.
    void tileFailed(int z, int x, int y, const QString& reason);
    /// The first failure of this layer, as a translated sentence for the status bar.
    void firstFailure(const QString& message);

private:
    struct LocalResult;

    void request(const TileId& id);
    void loadLocally(const TileId& id);
    void finishLocal(const LocalResult& result);
    void pump();
    void startNetwork(const TileId& id);
    void finishNetwork(const TileId& id, QNetworkReply* reply);
    void storeImage(const TileId& id, QImage image);
    void fail(const TileId& id, const QString& reason);
    bool drawFallback(QPainter& painter, const TileId& id, const QRectF& target) const;

    TileSource m_source;
    Options m_options;
    bool m_usable = false;
    QString m_openError;
    int m_minZoom = 0;
    int m_maxZoom = 0;

    std::shared_ptr<MBTilesFile> m_mbtiles;
    std::shared_ptr<DiskTileCache> m_disk;  // used on the loader thread only
    QThreadPool m_loader;
    QNetworkAccessManager m_network;

    QCache<TileId, QImage> m_memory;
    QHash<TileId, TileState> m_states;  // Loading, Missing, Failed (Ready is m_memory)
    QSet<TileId> m_wanted;
    std::deque<TileId> m_queue;
    QHash<TileId, QNetworkReply*> m_active;

    int m_failed = 0;
    int m_networkLoads = 0;
    int m_diskLoads = 0;
    bool m_failureAnnounced = false;
};

}  // namespace yike::ui
