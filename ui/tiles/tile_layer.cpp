// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/tile_layer.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QDir>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QTimer>

#include "yike_version.h"

#include "ui/tiles/mbtiles_file.h"
#include "ui/tiles/tr.h"

namespace yike::ui {
namespace {

constexpr int kMaxFallbackLevels = 8;
const char* const kCancelledProperty = "yikeCancelled";
const char* const kTimedOutProperty = "yikeTimedOut";

QImage decode(const QByteArray& bytes) {
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes)) return {};
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

/// Whether the system reports having no network at all (when it can tell): outdated tiles
/// are then kept without asking the server.
bool networkLooksDown() {
    static const bool available =
        QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    const QNetworkInformation* info = available ? QNetworkInformation::instance() : nullptr;
    return info && info->supports(QNetworkInformation::Feature::Reachability)
           && info->reachability() == QNetworkInformation::Reachability::Disconnected;
}

}  // namespace

struct TileLayer::LocalResult {
    TileKey key;
    QImage image;
    bool found = false;  // the file or cache had bytes for the tile
    bool stale = false;  // the disk copy is older than the maximum age
    QString error;       // the read failed
};

TileLayer::TileLayer(TileSource source, QObject* parent)
    : TileLayer(std::move(source), Options(), parent) {}

TileLayer::TileLayer(TileSource source, Options options, QObject* parent)
    : MapBasemap(parent), m_source(std::move(source)), m_options(std::move(options)) {
    m_loader.setMaxThreadCount(1);
    m_options.maxParallelRequests = std::max(1, m_options.maxParallelRequests);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    m_memory.setMaxCost(std::max<qint64>(m_options.memoryCacheBytes / 1024, 1024));
    m_minZoom = m_source.minZoom;
    m_maxZoom = m_source.maxZoom;

    if (const QString problem = m_source.problem(); !problem.isEmpty()) {
        m_openError = problem;
        return;
    }
    if (m_source.kind == TileSource::Kind::MBTiles) {
        std::unique_ptr<MBTilesFile> file = MBTilesFile::open(m_source.filePath, &m_openError);
        if (!file) return;
        m_minZoom = std::max(m_minZoom, file->metadata().minZoom);
        m_maxZoom = std::min(m_maxZoom, file->metadata().maxZoom);
        if (m_minZoom > m_maxZoom) {
            m_minZoom = file->metadata().minZoom;
            m_maxZoom = file->metadata().maxZoom;
        }
        m_mbtiles = std::move(file);
    } else {
        m_layerCount = 1 + static_cast<int>(m_source.overlayTemplates.size());
        if (m_options.diskCache) {
            const QString root = DiskTileCache::defaultRoot() + QLatin1Char('/');
            for (int layer = 0; layer < m_layerCount; ++layer) {
                QString folder;
                if (!m_options.diskCacheFolder.isEmpty())
                    folder = layer == 0 ? m_options.diskCacheFolder
                                        : QStringLiteral("%1-overlay-%2")
                                              .arg(m_options.diskCacheFolder)
                                              .arg(layer);
                else
                    folder =
                        root
                        + (layer == 0 ? m_source.cacheKey() : m_source.overlayCacheKey(layer - 1));
                m_disks.push_back(std::make_shared<DiskTileCache>(folder, m_options.diskCacheBytes,
                                                                  m_options.diskCacheMaxAge));
            }
        }
    }
    m_usable = true;
}

TileLayer::~TileLayer() {
    // Replies are children of the access manager; they must not report to a half-destroyed
    // layer.
    for (QNetworkReply* reply : std::as_const(m_active)) {
        reply->disconnect(this);
        reply->abort();
    }
    m_loader.waitForDone();
}

QString TileLayer::attribution() const {
    if (!m_source.attribution.isEmpty()) return m_source.attribution;
    return m_mbtiles ? m_mbtiles->metadata().attribution : QString();
}

QByteArray TileLayer::userAgent() {
    return QByteArray("Yike/") + QByteArray(yike::kVersion);
}

int TileLayer::zoomFor(const MapTransform& view, double devicePixelRatio) const {
    // A device pixel covers metresPerPixel / ratio metres: on a 2× screen, one level deeper.
    const double ratio = devicePixelRatio > 0.0 ? devicePixelRatio : 1.0;
    const int z = zoomForResolution(view.metresPerPixel() / ratio, m_source.tileSizePx);
    return std::clamp(z, m_minZoom, m_maxZoom);
}

TileLayer::TileState TileLayer::state(const TileId& id) const {
    const TileKey key{id, 0};
    if (m_memory.contains(key)) return TileState::Ready;
    return m_states.value(key, TileState::Unknown);
}

QImage TileLayer::cachedImage(const TileId& id) const {
    const QImage* image = m_memory.object({id, 0});
    return image ? *image : QImage();
}

TileLayer::TileState TileLayer::overlayState(int index, const TileId& id) const {
    if (index < 0 || index >= overlayCount()) return TileState::Unknown;
    const TileKey key{id, index + 1};
    if (m_memory.contains(key)) return TileState::Ready;
    return m_states.value(key, TileState::Unknown);
}

QImage TileLayer::cachedOverlayImage(int index, const TileId& id) const {
    if (index < 0 || index >= overlayCount()) return {};
    const QImage* image = m_memory.object({id, index + 1});
    return image ? *image : QImage();
}

QString TileLayer::diskCacheFolder(int index) const {
    const auto layer = static_cast<std::size_t>(index + 1);
    return index >= -1 && layer < m_disks.size() ? m_disks[layer]->folder() : QString();
}

QUrl TileLayer::urlFor(const TileKey& key) const {
    return key.layer == 0 ? m_source.tileUrl(key.id) : m_source.overlayUrl(key.layer - 1, key.id);
}

void TileLayer::setView(const MapTransform& view, double devicePixelRatio) {
    if (!m_usable) return;
    const std::vector<TileId> tiles = view.isValid()
                                          ? tilesCovering(view, zoomFor(view, devicePixelRatio))
                                          : std::vector<TileId>();
    m_wanted = QSet<TileId>(tiles.begin(), tiles.end());

    // Cancel what the view no longer shows.
    const auto unwanted = [this](const TileKey& key) { return !m_wanted.contains(key.id); };
    for (const TileKey& key : m_queue)
        if (unwanted(key)) m_states.remove(key);
    m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(), unwanted), m_queue.end());
    QList<QNetworkReply*> cancelled;
    for (auto it = m_active.begin(); it != m_active.end();) {
        if (unwanted(it.key())) {
            cancelled.append(it.value());
            m_states.remove(it.key());
            it = m_active.erase(it);
        } else {
            ++it;
        }
    }
    for (QNetworkReply* reply : cancelled) {
        reply->setProperty(kCancelledProperty, true);
        reply->abort();
    }

    for (const TileId& id : tiles)
        for (int layer = 0; layer < m_layerCount; ++layer) request({id, layer});
    // Missing tiles before refreshes of outdated ones; nearest to the centre first, as
    // tilesCovering ordered them; the base before its overlays.
    QHash<TileId, std::size_t> rank;
    for (std::size_t i = 0; i < tiles.size(); ++i) rank.insert(tiles[i], i);
    std::stable_sort(m_queue.begin(), m_queue.end(),
                     [this, &rank](const TileKey& a, const TileKey& b) {
                         const bool aRefresh = m_stale.contains(a);
                         const bool bRefresh = m_stale.contains(b);
                         if (aRefresh != bRefresh) return bRefresh;
                         const std::size_t ra = rank.value(a.id);
                         const std::size_t rb = rank.value(b.id);
                         return ra != rb ? ra < rb : a.layer < b.layer;
                     });
    pump();
}

void TileLayer::request(const TileKey& key) {
    if (m_memory.contains(key)) {
        if (m_stale.contains(key)) requestRefresh(key);
        return;
    }
    const TileState current = m_states.value(key, TileState::Unknown);
    if (current != TileState::Unknown) return;  // loading, or known to be missing or failed
    m_states.insert(key, TileState::Loading);
    if (m_mbtiles || !m_disks.empty())
        loadLocally(key);
    else
        m_queue.push_back(key);
}

void TileLayer::requestRefresh(const TileKey& key) {
    // Offline, the outdated tile simply stays; it is asked for again at a later view.
    if (networkLooksDown()) return;
    if (m_active.contains(key) || std::find(m_queue.begin(), m_queue.end(), key) != m_queue.end())
        return;
    m_queue.push_back(key);
}

void TileLayer::loadLocally(const TileKey& key) {
    std::shared_ptr<DiskTileCache> disk =
        m_mbtiles ? nullptr : m_disks.at(static_cast<std::size_t>(key.layer));
    m_loader.start([this, key, file = m_mbtiles, disk = std::move(disk)] {
        LocalResult result;
        result.key = key;
        QByteArray bytes;
        if (file)
            bytes = file->tile(key.id, &result.error);
        else if (disk)
            bytes = disk->read(key.id, &result.stale);
        result.found = !bytes.isEmpty();
        result.image = decode(bytes);
        QMetaObject::invokeMethod(
            this, [this, result] { finishLocal(result); }, Qt::QueuedConnection);
    });
}

void TileLayer::finishLocal(const LocalResult& result) {
    const TileKey& key = result.key;
    if (!result.image.isNull()) {
        if (!m_mbtiles) ++m_diskLoads;
        storeImage(key, result.image);
        if (result.stale) {
            // Drawn now; replaced when the server sends a fresh copy.
            ++m_staleDiskLoads;
            m_stale.insert(key);
            if (m_wanted.contains(key.id)) {
                requestRefresh(key);
                pump();
            }
        }
        return;
    }
    if (m_mbtiles) {
        if (!result.error.isEmpty())
            fail(key, result.error);
        else if (result.found)
            fail(key, TilesTr::tr("the file holds a tile that is not an image"));
        else
            m_states.insert(key, TileState::Missing);
        return;
    }
    // Not on disk (or a damaged file there): ask the server if the view still needs it.
    if (m_wanted.contains(key.id)) {
        m_queue.push_back(key);
        pump();
    } else {
        m_states.remove(key);
    }
}

void TileLayer::pump() {
    while (static_cast<int>(m_active.size()) < m_options.maxParallelRequests && !m_queue.empty()) {
        const TileKey key = m_queue.front();
        m_queue.pop_front();
        if (!m_wanted.contains(key.id)) {
            m_states.remove(key);
            continue;
        }
        startNetwork(key);
    }
}

void TileLayer::startNetwork(const TileKey& key) {
    QNetworkRequest request(urlFor(key));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    m_active.insert(key, reply);
    // The transfer timeout only counts silence; this one bounds the whole request.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    deadline->start(m_options.timeoutMs);
    connect(reply, &QNetworkReply::finished, this,
            [this, key, reply] { finishNetwork(key, reply); });
}

void TileLayer::finishNetwork(const TileKey& key, QNetworkReply* reply) {
    reply->deleteLater();
    if (reply->property(kCancelledProperty).toBool()) return;  // forgotten in setView
    if (m_active.value(key) == reply) m_active.remove(key);
    // A refresh replaces a tile already drawn from an outdated disk copy; whatever happens,
    // it is not tried again while that copy stays in memory.
    const bool refresh = m_stale.remove(key);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    QString failure;
    bool missing = false;
    QByteArray bytes;
    QImage image;
    if (reply->property(kTimedOutProperty).toBool()
        || (error == QNetworkReply::OperationCanceledError && status == 0)) {
        failure =
            TilesTr::tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0, 0, 'g', 3);
    } else if (status == 404 || status == 204 || error == QNetworkReply::ContentNotFoundError) {
        missing = true;
    } else if (error != QNetworkReply::NoError || status != 200) {
        failure = status >= 400 ? TilesTr::tr("the server answered HTTP %1").arg(status)
                                : reply->errorString();
    } else {
        bytes = reply->readAll();
        image = decode(bytes);
        if (image.isNull())
            failure = TilesTr::tr("the server sent something that is not an image");
    }

    if (!image.isNull()) {
        ++m_networkLoads;
        if (refresh) ++m_refreshedTiles;
        if (!m_disks.empty())
            m_loader.start([disk = m_disks.at(static_cast<std::size_t>(key.layer)), id = key.id,
                            bytes] { disk->write(id, bytes); });
        storeImage(key, std::move(image));
    } else if (refresh) {
        // The outdated tile stays drawn, and on disk for the next attempt.
    } else if (missing) {
        m_states.insert(key, TileState::Missing);
    } else {
        fail(key, failure);
    }
    pump();
}

void TileLayer::storeImage(const TileKey& key, QImage image) {
    m_states.remove(key);
    const qsizetype cost = std::max<qsizetype>(image.sizeInBytes() / 1024, 1);
    m_memory.insert(key, new QImage(std::move(image)), cost);
    Q_EMIT tilesChanged();
}

void TileLayer::fail(const TileKey& key, const QString& reason) {
    const TileId& id = key.id;
    m_states.insert(key, TileState::Failed);
    ++m_failed;
    Q_EMIT tileFailed(id.z, id.x, id.y, reason);
    if (!m_failureAnnounced) {
        m_failureAnnounced = true;
        Q_EMIT firstFailure(TilesTr::tr("Basemap “%1”: some tiles could not be loaded (%2). "
                                          "The map works without them.")
                                .arg(m_source.name, reason));
    }
}

void TileLayer::draw(QPainter& painter, const MapTransform& view) const {
    if (!m_usable || !view.isValid()) return;
    const double ratio = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const int z = zoomFor(view, ratio);
    const std::vector<TileId> tiles = tilesCovering(view, z);
    if (tiles.empty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const TileId& id : tiles) {
        const QRectF target = tilePixelRect(id, view);
        for (int layer = 0; layer < m_layerCount; ++layer) {
            const TileKey key{id, layer};
            if (const QImage* image = m_memory.object(key))
                painter.drawImage(target, *image);
            else
                drawFallback(painter, key, target);
        }
    }
    painter.restore();
}

bool TileLayer::drawFallback(QPainter& painter, const TileKey& key, const QRectF& target) const {
    const TileId& id = key.id;
    // The four children, when all are at hand (zooming out).
    if (id.z < m_maxZoom) {
        const QImage* children[4] = {};
        bool all = true;
        for (int i = 0; i < 4 && all; ++i) {
            const TileId child{id.z + 1, 2 * id.x + (i & 1), 2 * id.y + (i >> 1)};
            children[i] = m_memory.object({child, key.layer});
            all = children[i] != nullptr;
        }
        if (all) {
            const double w = target.width() / 2.0;
            const double h = target.height() / 2.0;
            for (int i = 0; i < 4; ++i)
                painter.drawImage(
                    QRectF(target.left() + (i & 1) * w, target.top() + (i >> 1) * h, w, h),
                    *children[i]);
            return true;
        }
    }
    // The nearest ancestor at hand, its matching part scaled up (zooming in, or overzoom).
    TileId ancestor = id;
    for (int level = 1; level <= kMaxFallbackLevels && ancestor.z > 0; ++level) {
        ancestor = ancestor.parent();
        const QImage* image = m_memory.object({ancestor, key.layer});
        if (!image) continue;
        const int span = 1 << level;
        const double part = 1.0 / span;
        const double col = id.x - ancestor.x * span;
        const double row = id.y - ancestor.y * span;
        const QRectF source(col * part * image->width(), row * part * image->height(),
                            part * image->width(), part * image->height());
        painter.drawImage(target, *image, source);
        return true;
    }
    return false;
}

}  // namespace yike::ui
