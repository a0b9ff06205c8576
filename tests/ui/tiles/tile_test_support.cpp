// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/tiles/tile_test_support.h"

#include <cmath>
#include <numbers>

#include <QBuffer>
#include <QImage>
#include <QTcpSocket>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace yike::test {

QByteArray pngTile(const QColor& colour) {
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray pngOverlayTile(const QColor& colour) {
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (int y = 0; y < 128; ++y)
        for (int x = 0; x < 128; ++x) image.setPixelColor(x, y, colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

namespace {

void exec(sqlite3* db, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK)
        ADD_FAILURE() << "SQL failed: " << (message ? message : "?") << " in " << sql;
    sqlite3_free(message);
}

}  // namespace

QString writeMBTiles(const std::filesystem::path& folder, const std::string& name,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     const std::vector<std::pair<ui::TileId, QByteArray>>& tiles) {
    const std::string path = (folder / name).string();
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    exec(db,
         "CREATE TABLE metadata (name TEXT, value TEXT);"
         "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
         " tile_data BLOB);"
         "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);");
    sqlite3_stmt* meta = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?, ?)", -1, &meta, nullptr);
    for (const auto& [key, value] : metadata) {
        sqlite3_reset(meta);
        sqlite3_bind_text(meta, 1, key.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(meta, 2, value.c_str(), -1, SQLITE_TRANSIENT);
        EXPECT_EQ(sqlite3_step(meta), SQLITE_DONE);
    }
    sqlite3_finalize(meta);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &insert, nullptr);
    for (const auto& [id, image] : tiles) {
        sqlite3_reset(insert);
        sqlite3_bind_int(insert, 1, id.z);
        sqlite3_bind_int(insert, 2, id.x);
        sqlite3_bind_int(insert, 3, (1 << id.z) - 1 - id.y);  // TMS: rows from the south
        sqlite3_bind_blob(insert, 4, image.constData(), static_cast<int>(image.size()),
                          SQLITE_TRANSIENT);
        EXPECT_EQ(sqlite3_step(insert), SQLITE_DONE);
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return QString::fromStdString(path);
}

QString writeMBTiles(const std::filesystem::path& folder, const std::string& name,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     const ui::TileId& id, const QByteArray& image) {
    return writeMBTiles(folder, name, metadata, {{id, image}});
}

ui::MapTransform viewOnTile(const ui::TileId& id) {
    const QRectF bounds = ui::tileMercatorBounds(id);
    const double metresPerPixel = bounds.width() / 256.0;
    return ui::MapTransform(bounds.center(), metresPerPixel, QSizeF(200.0, 200.0));
}

TileServer::TileServer(Mode mode, QByteArray png) : m_mode(mode), m_png(std::move(png)) {
    connect(&m_server, &QTcpServer::newConnection, this, &TileServer::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

TileServer::~TileServer() {
    stop();
}

QString TileServer::urlTemplate() const {
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(m_server.serverPort());
}

QString TileServer::urlTemplate(const QString& folder) const {
    return QStringLiteral("http://127.0.0.1:%1/%2/{z}/{x}/{y}.png")
        .arg(m_server.serverPort())
        .arg(folder);
}

void TileServer::route(const QString& folder, Mode mode, QByteArray png) {
    m_routes.insert(folder, {mode, std::move(png)});
}

void TileServer::stop() {
    m_server.close();
    for (const QPointer<QTcpSocket>& socket : m_sockets)
        if (socket) socket->abort();
    m_sockets.clear();
}

int TileServer::openConnections() const {
    int open = 0;
    for (const QPointer<QTcpSocket>& socket : m_sockets)
        if (socket && socket->state() == QAbstractSocket::ConnectedState) ++open;
    return open;
}

void TileServer::accept() {
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void TileServer::handle(QTcpSocket* socket) {
    QByteArray request = socket->property("request").toByteArray() + socket->readAll();
    socket->setProperty("request", request);
    const qsizetype end = request.indexOf("\r\n\r\n");
    if (end < 0) return;  // the headers are not complete yet
    socket->setProperty("request", QByteArray());
    const QList<QByteArray> lines = request.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    m_paths.append(QString::fromLatin1(first.value(1)));
    QByteArray agent;
    for (const QByteArray& line : lines)
        if (line.toLower().startsWith("user-agent:")) agent = line.mid(11).trimmed();
    m_userAgents.append(agent);

    Mode mode = m_mode;
    QByteArray png = m_png;
    const QString path = m_paths.back();
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        if (path.startsWith(QLatin1Char('/') + it.key() + QLatin1Char('/'))) {
            mode = it.value().first;
            png = it.value().second;
        }
    }
    switch (mode) {
        case Mode::Silent:
            return;  // keep the connection open and say nothing
        case Mode::ServerError: {
            const QByteArray body = "server error";
            socket->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                "Content-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            break;
        }
        case Mode::Png:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                          + QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" + png);
            break;
    }
    socket->disconnectFromHost();
}

}  // namespace yike::test
