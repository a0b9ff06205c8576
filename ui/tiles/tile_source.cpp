// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/tile_source.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include "ui/tiles/tr.h"

namespace yike::ui {
namespace {

const QString kZ = QStringLiteral("{z}");
const QString kX = QStringLiteral("{x}");
const QString kY = QStringLiteral("{y}");
const QString kTmsY = QStringLiteral("{-y}");
const QString kS = QStringLiteral("{s}");

QString kindCode(TileSource::Kind kind) {
    return kind == TileSource::Kind::MBTiles ? QStringLiteral("mbtiles") : QStringLiteral("xyz");
}

QUrl expandTemplate(const QString& urlTemplate, const QStringList& subdomains, const TileId& tile) {
    QString text = urlTemplate.trimmed();
    text.replace(kZ, QString::number(tile.z));
    text.replace(kX, QString::number(tile.x));
    text.replace(kTmsY, QString::number(flipTileRow(tile.z, tile.y)));
    text.replace(kY, QString::number(tile.y));
    if (!subdomains.isEmpty()) {
        const auto index = static_cast<qsizetype>(static_cast<unsigned>(tile.x + tile.y)
                                                  % static_cast<unsigned>(subdomains.size()));
        text.replace(kS, subdomains.at(index));
    }
    return QUrl(text, QUrl::StrictMode);
}

/// Why an XYZ template cannot be used; empty when it can.
QString templateProblem(const QString& urlTemplate, const QStringList& subdomains) {
    const QString text = urlTemplate.trimmed();
    if (text.isEmpty()) return TilesTr::tr("The URL template is empty.");
    if (!text.contains(kZ) || !text.contains(kX) || !(text.contains(kY) || text.contains(kTmsY)))
        return TilesTr::tr("The URL template needs {z}, {x} and {y} (or {-y}).");
    if (text.contains(kS) && subdomains.isEmpty())
        return TilesTr::tr("The URL template uses {s} but no subdomains are given.");
    const QUrl sample = expandTemplate(text, subdomains, {0, 0, 0});
    if (!sample.isValid()
        || (sample.scheme() != QStringLiteral("http") && sample.scheme() != QStringLiteral("https"))
        || sample.host().isEmpty())
        return TilesTr::tr("The URL template must be an http:// or https:// address.");
    return {};
}

}  // namespace

QString TileSource::problem() const {
    if (minZoom < 0 || maxZoom > kMaxTileZoom || minZoom > maxZoom)
        return TilesTr::tr("The zoom levels must satisfy 0 ≤ minimum ≤ maximum ≤ %1.")
            .arg(kMaxTileZoom);
    if (tileSizePx < 64 || tileSizePx > 1024)
        return TilesTr::tr("The tile size must be between 64 and 1024 pixels.");
    if (kind == Kind::MBTiles) {
        if (filePath.isEmpty()) return TilesTr::tr("No MBTiles file is chosen.");
        return {};
    }
    if (const QString problem = templateProblem(urlTemplate, subdomains); !problem.isEmpty())
        return problem;
    for (qsizetype i = 0; i < overlayTemplates.size(); ++i)
        if (const QString problem = templateProblem(overlayTemplates.at(i), subdomains);
            !problem.isEmpty())
            return TilesTr::tr("Overlay %1: %2").arg(i + 1).arg(problem);
    return {};
}

QUrl TileSource::tileUrl(const TileId& tile) const {
    return expandTemplate(urlTemplate, subdomains, tile);
}

QUrl TileSource::overlayUrl(int index, const TileId& tile) const {
    if (index < 0 || index >= overlayTemplates.size()) return {};
    return expandTemplate(overlayTemplates.at(index), subdomains, tile);
}

QString TileSource::cacheKey() const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kindCode(kind).toUtf8());
    hash.addData(QByteArrayView("\n"));
    if (kind == Kind::MBTiles)
        hash.addData(QFileInfo(filePath).absoluteFilePath().toUtf8());
    else
        hash.addData(urlTemplate.trimmed().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QByteArray::number(tileSizePx));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString TileSource::overlayCacheKey(int index) const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("overlay\n"));
    hash.addData(overlayTemplates.value(index).trimmed().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(QByteArray::number(tileSizePx));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QVariantMap TileSource::toVariant() const {
    return {{QStringLiteral("kind"), kindCode(kind)},
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), urlTemplate},
            {QStringLiteral("subdomains"), subdomains},
            {QStringLiteral("overlays"), overlayTemplates},
            {QStringLiteral("file"), filePath},
            {QStringLiteral("attribution"), attribution},
            {QStringLiteral("minZoom"), minZoom},
            {QStringLiteral("maxZoom"), maxZoom},
            {QStringLiteral("tileSize"), tileSizePx}};
}

std::optional<TileSource> TileSource::fromVariant(const QVariantMap& map) {
    TileSource source;
    const QString kind = map.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("mbtiles"))
        source.kind = Kind::MBTiles;
    else if (kind == QStringLiteral("xyz"))
        source.kind = Kind::Xyz;
    else
        return std::nullopt;
    source.id = map.value(QStringLiteral("id")).toString();
    source.name = map.value(QStringLiteral("name")).toString();
    source.urlTemplate = map.value(QStringLiteral("url")).toString();
    source.subdomains = map.value(QStringLiteral("subdomains")).toStringList();
    source.overlayTemplates = map.value(QStringLiteral("overlays")).toStringList();
    source.filePath = map.value(QStringLiteral("file")).toString();
    source.attribution = map.value(QStringLiteral("attribution")).toString();
    bool ok = true;
    auto number = [&map, &ok](const char* key, int fallback) {
        const QVariant value = map.value(QLatin1StringView(key));
        if (!value.isValid()) return fallback;
        bool converted = false;
        const int n = value.toInt(&converted);
        ok = ok && converted;
        return n;
    };
    source.minZoom = number("minZoom", 0);
    source.maxZoom = number("maxZoom", 19);
    source.tileSizePx = number("tileSize", 256);
    if (!ok || source.id.isEmpty() || !source.isValid()) return std::nullopt;
    return source;
}

TileSource TileSource::openStreetMap() {
    TileSource source;
    source.id = QStringLiteral("osm");
    source.name = QStringLiteral("OpenStreetMap");
    source.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    source.attribution = QStringLiteral("© OpenStreetMap contributors");
    source.maxZoom = 19;
    return source;
}

TileSource TileSource::tianditu(const QString& key) {
    // Both layers are the `w` (Web Mercator) matrix set: vec_w the streets and areas without
    // names, cva_w the Chinese names on a transparent background.
    const QString encodedKey = QString::fromLatin1(QUrl::toPercentEncoding(key.trimmed()));
    const auto wmts = [&encodedKey](const char* layer) {
        return QStringLiteral(
                   "https://t{s}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile"
                   "&VERSION=1.0.0&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                   "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=")
                   .arg(QLatin1StringView(layer))
               + encodedKey;
    };
    TileSource source;
    source.id = QStringLiteral("tianditu");
    source.name = QStringLiteral("天地图");
    source.urlTemplate = wmts("vec");
    source.overlayTemplates = {wmts("cva")};
    source.subdomains = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                         QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                         QStringLiteral("6"), QStringLiteral("7")};
    source.attribution = QStringLiteral("天地图");
    source.minZoom = 1;
    source.maxZoom = 18;
    return source;
}

}  // namespace yike::ui
