// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include "ui/tiles/tile_math.h"

namespace yike::ui {

/**
 * Where raster basemap tiles come from: a tile server addressed by an XYZ URL template, or an
 * MBTiles file on disk. A plain value, kept in the user's settings.
 *
 * URL templates use {z}, {x} and {y} (XYZ rows, counted from the north), {-y} for TMS rows
 * (counted from the south) and {s} for one of `subdomains`, chosen per tile so neighbouring
 * tiles spread over the servers. Everything else, such as Tianditu's `tk=` key, is passed as
 * written.
 *
 * An XYZ source may carry overlays: further templates on the same tile grid whose (usually
 * transparent) images are drawn over the base tiles in order, such as Tianditu's names layer
 * over its unlabelled streets. Each overlay is fetched and cached on its own.
 */
struct TileSource {
    enum class Kind { Xyz, MBTiles };

    Kind kind = Kind::Xyz;
    /// Stable identifier in the settings ("osm", "tianditu", "custom-1", ...).
    QString id;
    /// Name shown in the menu.
    QString name;
    QString urlTemplate;     ///< Xyz: the URL template
    QStringList subdomains;  ///< Xyz: the values of {s}
    QString filePath;        ///< MBTiles: the file
    /// Xyz: templates of the layers drawn over the base tiles, bottom to top (same
    /// {z}/{x}/{y}/{s} fields, subdomains and zoom levels as `urlTemplate`).
    QStringList overlayTemplates;
    /// The credit the map must show ("© OpenStreetMap contributors", "天地图"); for an
    /// MBTiles file its metadata's attribution is used when this is empty.
    QString attribution;
    int minZoom = 0;
    int maxZoom = 19;
    int tileSizePx = 256;

    /// Why the source cannot be used (empty when it can): a template without {z}, {x} and
    /// {y} (or {-y}), a URL that is not http(s), {s} without subdomains, no file, bad zooms.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    /// The URL of one tile (Xyz only).
    QUrl tileUrl(const TileId& tile) const;
    /// The URL of one tile of overlay `index` (0-based into overlayTemplates).
    QUrl overlayUrl(int index, const TileId& tile) const;

    /// A short hexadecimal key naming the source's tile cache: the same for two sources that
    /// serve the same tiles (same template or file), different otherwise. The {s} choice
    /// does not change it; a changed key (tk=...) does, since it is part of the template.
    QString cacheKey() const;
    /// The cache key of overlay `index`: its own folder, since its tiles differ from the base's.
    QString overlayCacheKey(int index) const;

    /// The settings form (a map of plain values) and back; nullopt for an unreadable entry.
    QVariantMap toVariant() const;
    static std::optional<TileSource> fromVariant(const QVariantMap& map);

    /// OpenStreetMap's standard tiles (tile.openstreetmap.org, zoom 0-19). Their usage policy
    /// asks for an identifying User-Agent and light use, which the disk cache helps with.
    static TileSource openStreetMap();
    /// Tianditu (天地图) vector tiles in Web Mercator (the `w` matrix set, no coordinate shift)
    /// with the user's key, and their Chinese names (the `cva_w` annotation layer) as an
    /// overlay, since the base layer carries none.
    static TileSource tianditu(const QString& key);

    friend bool operator==(const TileSource&, const TileSource&) = default;
};

}  // namespace yike::ui
