// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

#include <QCache>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThreadPool>

#include "ui/render/map_basemap.h"
#include "ui/render/map_transform.h"
#include "ui/tiles/disk_tile_cache.h"
#include "ui/tiles/tile_math.h"
#include "ui/tiles/tile_source.h"

class QNetworkReply;
class QPainter;

namespace yike::ui {

class MBTilesFile;

/**
 * A raster basemap: fetches the tiles a view needs from its source and draws them. It is the
 * MapBasemap the map composition paints at the Basemap layer's place.
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
 * - An XYZ source's overlays (TileSource::overlayTemplates) are fetched and cached like the
 *   base, each in its own disk folder, and drawn over the base tile in order. An overlay tile
 *   that fails leaves the base drawn.
 * - A tile older than `diskCacheMaxAge` on disk is drawn at once and fetched again when the
 *   system does not report being offline; the new tile replaces it when it arrives, and a
 *   refetch that fails keeps the old one silently (it is not a failure the user sees).
 * - Tiles are chosen for device pixels: on a 2× screen the next zoom level is drawn, so the
 *   map is as sharp as the screen (up to the source's maximum zoom).
 *
 * GUI thread only (except the loader, which is internal).
 */
class TileLayer : public MapBasemap {
    Q_OBJECT

public:
    struct Options {
        int maxParallelRequests = 4;
        int timeoutMs = 20'000;
        qint64 memoryCacheBytes = qint64(96) << 20;
        /// The size limit of each disk folder (the base's, and each overlay's).
        qint64 diskCacheBytes = qint64(512) << 20;
        /// Whether fetched tiles are kept on disk (XYZ sources only).
        bool diskCache = true;
        /// This source's disk cache folder; empty means DiskTileCache::defaultRoot()/<cacheKey>.
        /// Overlay n (from 1) is kept in "<folder>-overlay-<n>" when this is set, else in
        /// DiskTileCache::defaultRoot()/<overlayCacheKey>.
        QString diskCacheFolder;
        /// Tiles on disk older than this are fetched again; zero keeps them for ever.
        std::chrono::seconds diskCacheMaxAge = DiskTileCache::kDefaultMaxAge;
    };

    enum class TileState { Unknown, Loading, Ready, Missing, Failed };

    explicit TileLayer(TileSource source, QObject* parent = nullptr);
    TileLayer(TileSource source, Options options, QObject* parent = nullptr);
    ~TileLayer() override;

    const TileSource& source() const { return m_source; }
    const Options& options() const { return m_options; }
    /// False when the source cannot be used (an MBTiles file that did not open, an invalid
    /// template); openError() then says why, translated.
    bool isUsable() const override { return m_usable; }
    const QString& openError() const { return m_openError; }
    /// The credit to show on the map: the source's, else the MBTiles metadata's.
    QString attribution() const override;
    /// The zoom levels tiles exist for (from the MBTiles metadata for a file).
    int minZoom() const { return m_minZoom; }
    int maxZoom() const { return m_maxZoom; }

    /// The tile zoom level drawn for `view` on a device with `devicePixelRatio` device pixels
    /// per view pixel: about one tile pixel per device pixel, within [minZoom(), maxZoom()]
    /// (beyond maxZoom() tiles are scaled up).
    int zoomFor(const MapTransform& view, double devicePixelRatio = 1.0) const;

    /// Requests what `view` shows on a device with `devicePixelRatio` and cancels what it no
    /// longer shows.
    void setView(const MapTransform& view, double devicePixelRatio = 1.0) override;
    /// Draws the tiles at hand for `view` onto `painter` (in the view's pixels), at the zoom
    /// level for the painter's device pixel ratio, each overlay over its base tile.
    void draw(QPainter& painter, const MapTransform& view) const override;

    /// The number of overlays drawn over the base tiles.
    int overlayCount() const { return m_layerCount - 1; }

    TileState state(const TileId& id) const;
    /// The decoded tile from the memory cache; null when not loaded.
    QImage cachedImage(const TileId& id) const;
    /// The state and image of a tile of overlay `index` (0-based).
    TileState overlayState(int index, const TileId& id) const;
    QImage cachedOverlayImage(int index, const TileId& id) const;
    /// The disk folder of the base tiles (index -1) or of overlay `index`; empty when tiles are
    /// not kept on disk.
    QString diskCacheFolder(int index = -1) const;

    int activeRequests() const { return static_cast<int>(m_active.size()); }
    int queuedRequests() const { return static_cast<int>(m_queue.size()); }
    int failedTiles() const { return m_failed; }
    int networkLoads() const { return m_networkLoads; }
    int diskLoads() const { return m_diskLoads; }
    /// Tiles read from disk older than the maximum age, and those of them replaced by a
    /// fresh copy from the server.
    int staleDiskLoads() const { return m_staleDiskLoads; }
    int refreshedTiles() const { return m_refreshedTiles; }

    /// "Yike/<version>": the User-Agent of every request.
    static QByteArray userAgent();

Q_SIGNALS:
    /// Tile z/x/y could not be loaded; `reason` is translated.
    void tileFailed(int z, int x, int y, const QString& reason);
    /// The first failure of this layer, as a translated sentence for the status bar.
    void firstFailure(const QString& message);

private:
    /// One tile of one image layer of the source: layer 0 is the base, 1.. the overlays.
    struct TileKey {
        TileId id;
        int layer = 0;
        friend bool operator==(const TileKey&, const TileKey&) = default;
        friend std::size_t qHash(const TileKey& key, std::size_t seed = 0) noexcept {
            return qHashMulti(seed, key.id, key.layer);
        }
    };
    struct LocalResult;

    QUrl urlFor(const TileKey& key) const;
    void request(const TileKey& key);
    void requestRefresh(const TileKey& key);
    void loadLocally(const TileKey& key);
    void finishLocal(const LocalResult& result);
    void pump();
    void startNetwork(const TileKey& key);
    void finishNetwork(const TileKey& key, QNetworkReply* reply);
    void storeImage(const TileKey& key, QImage image);
    void fail(const TileKey& key, const QString& reason);
    bool drawFallback(QPainter& painter, const TileKey& key, const QRectF& target) const;

    TileSource m_source;
    Options m_options;
    bool m_usable = false;
    QString m_openError;
    int m_minZoom = 0;
    int m_maxZoom = 0;
    int m_layerCount = 1;  // the base and its overlays (XYZ only)

    std::shared_ptr<MBTilesFile> m_mbtiles;
    // One per layer, used on the loader thread only; empty without a disk cache.
    std::vector<std::shared_ptr<DiskTileCache>> m_disks;
    QThreadPool m_loader;
    QNetworkAccessManager m_network;

    QCache<TileKey, QImage> m_memory;
    QHash<TileKey, TileState> m_states;  // Loading, Missing, Failed (Ready is m_memory)
    QSet<TileKey> m_stale;               // in memory, read from an outdated disk copy
    QSet<TileId> m_wanted;
    std::deque<TileKey> m_queue;
    QHash<TileKey, QNetworkReply*> m_active;

    int m_failed = 0;
    int m_networkLoads = 0;
    int m_diskLoads = 0;
    int m_staleDiskLoads = 0;
    int m_refreshedTiles = 0;
    bool m_failureAnnounced = false;
};

}  // namespace yike::ui
