// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/mbtiles_file.h"

#include <QFileInfo>
#include <QImageReader>
#include <QStringList>

#include <sqlite3.h>

#include "core/platform/sqlite_util.h"
#include "ui/tiles/tr.h"

namespace yike::ui {
namespace {

QString sqliteMessage(const platform::SqliteError& error) {
    return QString::fromUtf8(error.what());
}

QString columnString(const platform::Statement& row, int column) {
    return QString::fromStdString(row.columnText(column));
}

std::optional<geo::BoundingBox> parseBounds(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) return std::nullopt;
    double v[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok) return std::nullopt;
    }
    if (v[0] > v[2] || v[1] > v[3] || v[1] < -90.0 || v[3] > 90.0) return std::nullopt;
    return geo::BoundingBox{v[0], v[1], v[2], v[3]};
}

}  // namespace

std::unique_ptr<MBTilesFile> MBTilesFile::open(const QString& path, QString* error) {
    auto fail = [&](const QString& reason) -> std::unique_ptr<MBTilesFile> {
        if (error)
            *error = TilesTr::tr("Cannot use %1 as a basemap: %2")
                         .arg(QFileInfo(path).fileName(), reason);
        return nullptr;
    };
    const QFileInfo info(path);
    if (!info.exists()) return fail(TilesTr::tr("the file does not exist."));
    if (!info.isFile() || !info.isReadable())
        return fail(TilesTr::tr("the file cannot be read."));

    std::unique_ptr<MBTilesFile> file(new MBTilesFile);
    file->m_path = info.absoluteFilePath();
    sqlite3* db = nullptr;
    try {
        file->m_db = platform::openDatabase(std::filesystem::path(file->m_path.toStdU16String()),
                                            SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX);
        db = file->m_db.get();
    } catch (const platform::SqliteError& e) {
        return fail(sqliteMessage(e));
    }
    // The file comes from elsewhere: no triggers or views may call unsafe functions.
    int applied = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &applied);
    sqlite3_busy_timeout(db, 2000);

    try {
        platform::queryInt(db, "SELECT count(*) FROM sqlite_master");
    } catch (const platform::SqliteError& e) {
        return fail(TilesTr::tr("it is not an SQLite database (%1).").arg(sqliteMessage(e)));
    }
    bool hasTiles = false;
    bool hasMetadata = false;
    try {
        hasTiles = platform::hasTable(db, "tiles");
        hasMetadata = hasTiles && platform::hasTable(db, "metadata");
    } catch (const platform::SqliteError&) {
        // an unreadable schema: treated as one without the table
    }
    if (!hasTiles) return fail(TilesTr::tr("it has no tiles table, so it is not an MBTiles file."));

    MBTilesMetadata& meta = file->m_metadata;
    bool haveMin = false;
    bool haveMax = false;
    if (hasMetadata) {
        // An unreadable metadata table is as good as none: the zoom range comes from the tiles.
        try {
            platform::Statement rows(db, "SELECT name, value FROM metadata");
            while (rows.step()) {
                const QString key = columnString(rows, 0).trimmed().toLower();
                const QString value = columnString(rows, 1).trimmed();
                bool ok = false;
                if (key == QStringLiteral("name")) {
                    meta.name = value;
                } else if (key == QStringLiteral("attribution")) {
                    meta.attribution = value;
                } else if (key == QStringLiteral("format")) {
                    meta.format = value.toLower();
                } else if (key == QStringLiteral("bounds")) {
                    meta.bounds = parseBounds(value);
                } else if (key == QStringLiteral("minzoom")) {
                    const int z = value.toInt(&ok);
                    if (ok) meta.minZoom = z;
                    haveMin = ok;
                } else if (key == QStringLiteral("maxzoom")) {
                    const int z = value.toInt(&ok);
                    if (ok) meta.maxZoom = z;
                    haveMax = ok;
                }
            }
        } catch (const platform::SqliteError&) {
        }
    }
    if (!haveMin || !haveMax) {
        try {
            platform::Statement range(db, "SELECT min(zoom_level), max(zoom_level) FROM tiles");
            range.step();
            if (range.isNull(0)) return fail(TilesTr::tr("it holds no tiles."));
            if (!haveMin) meta.minZoom = static_cast<int>(range.columnInt(0));
            if (!haveMax) meta.maxZoom = static_cast<int>(range.columnInt(1));
        } catch (const platform::SqliteError& e) {
            return fail(TilesTr::tr("its tiles table cannot be read (%1).").arg(sqliteMessage(e)));
        }
    }
    if (meta.minZoom < 0 || meta.maxZoom > kMaxTileZoom || meta.minZoom > meta.maxZoom)
        return fail(TilesTr::tr("its zoom levels (%1 to %2) are not valid.")
                        .arg(meta.minZoom)
                        .arg(meta.maxZoom));
    if (meta.format == QStringLiteral("pbf") || meta.format == QStringLiteral("mvt"))
        return fail(
            TilesTr::tr("it holds vector tiles; only raster tiles (PNG, JPEG) can be "
                          "shown."));
    if (!meta.format.isEmpty()) {
        const QByteArray format =
            meta.format == QStringLiteral("jpeg") ? QByteArray("jpg") : meta.format.toLatin1();
        if (!QImageReader::supportedImageFormats().contains(format))
            return fail(TilesTr::tr("its tiles are in the %1 format, which this installation "
                                      "cannot read.")
                            .arg(meta.format));
    }
    try {
        file->m_select = std::make_unique<platform::Statement>(
            db,
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
    } catch (const platform::SqliteError& e) {
        return fail(TilesTr::tr("its tiles table cannot be read (%1).").arg(sqliteMessage(e)));
    }
    return file;
}

MBTilesFile::~MBTilesFile() {
    m_select.reset();  // before the connection closes
}

QByteArray MBTilesFile::tile(const TileId& id, QString* error) const {
    if (!id.isValid()) return {};
    const std::lock_guard<std::mutex> lock(m_mutex);
    QByteArray data;
    try {
        m_select->reset();
        m_select->bindInt(1, id.z);
        m_select->bindInt(2, id.x);
        m_select->bindInt(3, flipTileRow(id.z, id.y));
        if (m_select->step()) {
            const std::span<const std::uint8_t> blob = m_select->columnBlob(0);
            if (!blob.empty())
                data = QByteArray(reinterpret_cast<const char*>(blob.data()),
                                  static_cast<qsizetype>(blob.size()));
        }
    } catch (const platform::SqliteError& e) {
        if (error) *error = sqliteMessage(e);
    }
    m_select->reset();
    return data;
}

}  // namespace yike::ui
