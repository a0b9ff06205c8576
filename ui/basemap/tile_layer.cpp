// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basemap/tile_layer.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QDir>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QTimer>

#include "yike_version.h"

#include "ui/basemap/disk_tile_cache.h"
#include "ui/basemap/mbtiles_file.h"
#include "ui/basemap/tr.h"

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

}  // namespace

struct TileLayer::LocalResult {
    TileId id;
    QImage image;
    bool found = false;  // the file or cache had bytes for the tile
    QString error;       // the read failed
};

TileLayer::TileLayer(TileSource source, QObject* parent)
    : TileLayer(std::move(source), Options(), parent) {}

TileLayer::TileLayer(TileSource source, Options options, QObject* parent)
    : QObject(parent), m_source(std::move(source)), m_options(std::move(options)) {
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
    } else if (m_options.diskCache) {
        const QString folder =
            m_options.diskCacheFolder.isEmpty()
                ? DiskTileCache::defaultRoot() + QLatin1Char('/') + m_source.cacheKey()
                : m_options.diskCacheFolder;
        m_disk = std::make_shared<DiskTileCache>(folder, m_options.diskCacheBytes);
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

int TileLayer::zoomFor(const MapTransform& view) const {
    const int z = zoomForResolution(view.metresPerPixel(), m_source.tileSizePx);
    return std::clamp(z, m_minZoom, m_maxZoom);
}

TileLayer::TileState TileLayer::state(const TileId& id) const {
    if (m_memory.contains(id)) return TileState::Ready;
    return m_states.value(id, TileState::Unknown);
}

QImage TileLayer::cachedImage(const TileId& id) const {
    const QImage* image = m_memory.object(id);
    return image ? *image : QImage();
}

void TileLayer::setView(const MapTransform& view) {
    if (!m_usable) return;
    const std::vector<TileId> tiles =
        view.isValid() ? tilesCovering(view, zoomFor(view)) : std::vector<TileId>();
    m_wanted = QSet<TileId>(tiles.begin(), tiles.end());

    // Cancel what the view no longer shows.
    const auto unwanted = [this](const TileId& id) { return !m_wanted.contains(id); };
    for (const TileId& id : m_queue)
        if (unwanted(id)) m_states.remove(id);
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

    for (const TileId& id : tiles) request(id);
    // Nearest to the centre first, as tilesCovering ordered them.
    QHash<TileId, std::size_t> rank;
    for (std::size_t i = 0; i < tiles.size(); ++i) rank.insert(tiles[i], i);
    std::stable_sort(m_queue.begin(), m_queue.end(), [&rank](const TileId& a, const TileId& b) {
        return rank.value(a) < rank.value(b);
    });
    pump();
}

void TileLayer::request(const TileId& id) {
    if (m_memory.contains(id)) return;
    const TileState current = m_states.value(id, TileState::Unknown);
    if (current != TileState::Unknown) return;  // loading, or known to be missing or failed
    m_states.insert(id, TileState::Loading);
    if (m_mbtiles || m_disk)
        loadLocally(id);
    else
        m_queue.push_back(id);
}

void TileLayer::loadLocally(const TileId& id) {
    m_loader.start([this, id, file = m_mbtiles, disk = m_disk] {
        LocalResult result;
        result.id = id;
        QByteArray bytes;
        if (file)
            bytes = file->tile(id, &result.error);
        else if (disk)
            bytes = disk->read(id);
        result.found = !bytes.isEmpty();
        result.image = decode(bytes);
        QMetaObject::invokeMethod(
            this, [this, result] { finishLocal(result); }, Qt::QueuedConnection);
    });
}

void TileLayer::finishLocal(const LocalResult& result) {
    const TileId& id = result.id;
    if (!result.image.isNull()) {
        if (!m_mbtiles) ++m_diskLoads;
        storeImage(id, result.image);
        return;
    }
    if (m_mbtiles) {
        if (!result.error.isEmpty())
            fail(id, result.error);
        else if (result.found)
            fail(id, BasemapTr::tr("the file holds a tile that is not an image"));
        else
            m_states.insert(id, TileState::Missing);
        return;
    }
    // Not on disk (or a damaged file there): ask the server if the view still needs it.
    if (m_wanted.contains(id)) {
        m_queue.push_back(id);
        pump();
    } else {
        m_states.remove(id);
    }
}

void TileLayer::pump() {
    while (static_cast<int>(m_active.size()) < m_options.maxParallelRequests && !m_queue.empty()) {
        const TileId id = m_queue.front();
        m_queue.pop_front();
        if (!m_wanted.contains(id)) {
            m_states.remove(id);
            continue;
        }
        startNetwork(id);
    }
}

void TileLayer::startNetwork(const TileId& id) {
    QNetworkRequest request(m_source.tileUrl(id));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    m_active.insert(id, reply);
    // The transfer timeout only counts silence; this one bounds the whole request.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(kTimedOutProperty, true);
        reply->abort();
    });
    deadline->start(m_options.timeoutMs);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { finishNetwork(id, reply); });
}

void TileLayer::finishNetwork(const TileId& id, QNetworkReply* reply) {
    reply->deleteLater();
    if (reply->property(kCancelledProperty).toBool()) return;  // forgotten in setView
    if (m_active.value(id) == reply) m_active.remove(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (reply->property(kTimedOutProperty).toBool()
        || (error == QNetworkReply::OperationCanceledError && status == 0)) {
        fail(id,
             BasemapTr::tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0, 0, 'g', 3));
    } else if (status == 404 || status == 204 || error == QNetworkReply::ContentNotFoundError) {
        m_states.insert(id, TileState::Missing);
    } else if (error != QNetworkReply::NoError || status != 200) {
        fail(id, status >= 400 ? BasemapTr::tr("the server answered HTTP %1").arg(status)
                               : reply->errorString());
    } else {
        const QByteArray bytes = reply->readAll();
        QImage image = decode(bytes);
        if (image.isNull()) {
            fail(id, BasemapTr::tr("the server sent something that is not an image"));
        } else {
            ++m_networkLoads;
            if (m_disk) m_loader.start([disk = m_disk, id, bytes] { disk->write(id, bytes); });
            storeImage(id, std::move(image));
        }
    }
    pump();
}

void TileLayer::storeImage(const TileId& id, QImage image) {
    m_states.remove(id);
    const qsizetype cost = std::max<qsizetype>(image.sizeInBytes() / 1024, 1);
    m_memory.insert(id, new QImage(std::move(image)), cost);
    Q_EMIT tilesChanged();
}

void TileLayer::fail(const TileId& id, const QString& reason) {
    m_states.insert(id, TileState::Failed);
    ++m_failed;
    Q_EMIT tileFailed(id.z, id.x, id.y, reason);
    if (!m_failureAnnounced) {
        m_failureAnnounced = true;
        Q_EMIT firstFailure(BasemapTr::tr("Basemap “%1”: some tiles could not be loaded (%2). "
                                          "The map works without them.")
                                .arg(m_source.name, reason));
    }
}

void TileLayer::draw(QPainter& painter, const MapTransform& view) const {
    if (!m_usable || !view.isValid()) return;
    const int z = zoomFor(view);
    const std::vector<TileId> tiles = tilesCovering(view, z);
    if (tiles.empty()) return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const TileId& id : tiles) {
        const QRectF target = tilePixelRect(id, view);
        if (const QImage* image = m_memory.object(id))
            painter.drawImage(target, *image);
        else
            drawFallback(painter, id, target);
    }
    painter.restore();
}

bool TileLayer::drawFallback(QPainter& painter, const TileId& id, const QRectF& target) const {
    // The four children, when all are at hand (zooming out).
    if (id.z < m_maxZoom) {
        const QImage* children[4] = {};
        bool all = true;
        for (int i = 0; i < 4 && all; ++i) {
            children[i] = m_memory.object({id.z + 1, 2 * id.x + (i & 1), 2 * id.y + (i >> 1)});
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
        const QImage* image = m_memory.object(ancestor);
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
