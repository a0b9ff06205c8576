// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <optional>

#include <QByteArray>
#include <QString>

#include "core/geo/lon_lat.h"
#include "core/platform/sqlite_util.h"
#include "ui/tiles/tile_math.h"

namespace yike::ui {

/// The metadata table of an MBTiles file (MBTiles 1.3), as far as the map uses it.
struct MBTilesMetadata {
    QString name;
    QString attribution;
    QString format;  ///< "png", "jpg", "webp", ...
    std::optional<geo::BoundingBox> bounds;
    int minZoom = 0;
    int maxZoom = 0;
};

/**
 * A raster MBTiles file opened read-only with the SQLite C API: the metadata and the tile
 * images. Rows of the tiles table are in TMS order (counted from the south); tile() takes XYZ
 * ids and flips them. One connection, serialised: tile() may be called from any thread.
 */
class MBTilesFile {
public:
    /// Opens `path`; on failure returns null and sets `error` to a translated sentence that
    /// names the file and the reason (missing, not SQLite, no tiles table, vector tiles, an
    /// image format this build cannot read).
    static std::unique_ptr<MBTilesFile> open(const QString& path, QString* error);

    ~MBTilesFile();
    MBTilesFile(const MBTilesFile&) = delete;
    MBTilesFile& operator=(const MBTilesFile&) = delete;

    const QString& path() const { return m_path; }
    const MBTilesMetadata& metadata() const { return m_metadata; }

    /// The encoded image of tile `id` (XYZ numbering); empty when the file has none. Sets
    /// `error` (when given) if the read itself fails.
    QByteArray tile(const TileId& id, QString* error = nullptr) const;

private:
    MBTilesFile() = default;

    QString m_path;
    MBTilesMetadata m_metadata;
    platform::DatabaseHandle m_db;
    std::unique_ptr<platform::Statement> m_select;  // declared after m_db: finalised first
    mutable std::mutex m_mutex;
};

}  // namespace yike::ui
