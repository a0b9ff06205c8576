// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tiles/mbtiles_file.h"

#include <QFileInfo>
#include <QImageReader>
#include <QStringList>

#include <sqlite3.h>

#include "ui/tiles/tr.h"

namespace yike::ui {
namespace {

QString sqliteMessage(sqlite3* db) {
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("out of memory");
}

/// A prepared statement finalised on scope exit.
class Query {
public:
    Query(sqlite3* db, const char* sql) {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    bool ok() const { return m_rc == SQLITE_OK && m_stmt != nullptr; }
    bool step() { return ok() && sqlite3_step(m_stmt) == SQLITE_ROW; }
    QString text(int column) const {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_stmt, column); }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

bool hasTableOrView(sqlite3* db, const char* name) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(
            db, "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", -1,
            &stmt, nullptr)
        != SQLITE_OK)
        return false;
    sqlite3_bind_text(stmt, 1, name, -1, SQLITE_STATIC);
    const bool found = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return found;
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
    const QByteArray native = QFile::encodeName(file->m_path);
    const int rc = sqlite3_open_v2(native.constData(), &file->m_db,
                                   SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) return fail(sqliteMessage(file->m_db));
    // The file comes from elsewhere: no triggers or views may call unsafe functions.
    int applied = 0;
    sqlite3_db_config(file->m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied);
    sqlite3_db_config(file->m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied);
    sqlite3_db_config(file->m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &applied);
    sqlite3_busy_timeout(file->m_db, 2000);

    {
        Query probe(file->m_db, "SELECT count(*) FROM sqlite_master");
        if (!probe.step())
            return fail(
                TilesTr::tr("it is not an SQLite database (%1).").arg(sqliteMessage(file->m_db)));
    }
    if (!hasTableOrView(file->m_db, "tiles"))
        return fail(TilesTr::tr("it has no tiles table, so it is not an MBTiles file."));

    MBTilesMetadata& meta = file->m_metadata;
    bool haveMin = false;
    bool haveMax = false;
    if (hasTableOrView(file->m_db, "metadata")) {
        Query rows(file->m_db, "SELECT name, value FROM metadata");
        while (rows.step()) {
            const QString key = rows.text(0).trimmed().toLower();
            const QString value = rows.text(1).trimmed();
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
    }
    if (!haveMin || !haveMax) {
        Query range(file->m_db, "SELECT min(zoom_level), max(zoom_level) FROM tiles");
        if (!range.step())
            return fail(TilesTr::tr("its tiles table cannot be read (%1).")
                            .arg(sqliteMessage(file->m_db)));
        if (range.isNull(0)) return fail(TilesTr::tr("it holds no tiles."));
        if (!haveMin) meta.minZoom = range.integer(0);
        if (!haveMax) meta.maxZoom = range.integer(1);
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
    if (sqlite3_prepare_v2(file->m_db,
                           "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                           "AND tile_row = ?",
                           -1, &file->m_select, nullptr)
        != SQLITE_OK)
        return fail(
            TilesTr::tr("its tiles table cannot be read (%1).").arg(sqliteMessage(file->m_db)));
    return file;
}

MBTilesFile::~MBTilesFile() {
    sqlite3_finalize(m_select);
    sqlite3_close_v2(m_db);
}

QByteArray MBTilesFile::tile(const TileId& id, QString* error) const {
    if (!id.isValid()) return {};
    const std::lock_guard<std::mutex> lock(m_mutex);
    sqlite3_reset(m_select);
    sqlite3_bind_int(m_select, 1, id.z);
    sqlite3_bind_int(m_select, 2, id.x);
    sqlite3_bind_int(m_select, 3, flipTileRow(id.z, id.y));
    const int rc = sqlite3_step(m_select);
    QByteArray data;
    if (rc == SQLITE_ROW) {
        const void* blob = sqlite3_column_blob(m_select, 0);
        const int size = sqlite3_column_bytes(m_select, 0);
        if (blob && size > 0) data = QByteArray(static_cast<const char*>(blob), size);
    } else if (rc != SQLITE_DONE && error) {
        *error = sqliteMessage(m_db);
    }
    sqlite3_reset(m_select);
    return data;
}

}  // namespace yike::ui
