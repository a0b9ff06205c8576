// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>

#include "ui/render/map_transform.h"
#include "ui/tiles/tile_math.h"

class QTcpSocket;

/// Helpers for the basemap tests: tile images, views on one tile, a local tile server.
namespace yike::test {

/// A PNG-encoded 256 × 256 image of one colour.
QByteArray pngTile(const QColor& colour);
/// A PNG-encoded 256 × 256 image, transparent but for its top-left quarter (128 × 128 px) in
/// `colour`: a names overlay in miniature.
QByteArray pngOverlayTile(const QColor& colour);

/// Writes an MBTiles file <folder>/<name> with `metadata` rows (name, value) and `tiles`, each
/// stored under its TMS row as the format wants; returns its path. Failures are test failures.
QString writeMBTiles(const std::filesystem::path& folder, const std::string& name,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     const std::vector<std::pair<ui::TileId, QByteArray>>& tiles);
QString writeMBTiles(const std::filesystem::path& folder, const std::string& name,
                     const std::vector<std::pair<std::string, std::string>>& metadata,
                     const ui::TileId& id, const QByteArray& image);

/// A 200 × 200 px view centred on tile `id` at the tile's own resolution, so it shows that
/// tile only.
ui::MapTransform viewOnTile(const ui::TileId& id);

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 for tile requests. It records every request's
 * first line and User-Agent and answers by its mode: a PNG, HTTP 500, or nothing at all
 * (the connection stays open, silent). Paths under a routed folder get that folder's answer.
 */
class TileServer : public QObject {
    Q_OBJECT

public:
    enum class Mode { Png, ServerError, Silent };

    explicit TileServer(Mode mode, QByteArray png = {});
    ~TileServer() override;

    /// "http://127.0.0.1:<port>/{z}/{x}/{y}.png"
    QString urlTemplate() const;
    /// "http://127.0.0.1:<port>/<folder>/{z}/{x}/{y}.png"
    QString urlTemplate(const QString& folder) const;
    /// Answers requests under "/<folder>/" by `mode` (with `png`) rather than the server's own.
    void route(const QString& folder, Mode mode, QByteArray png = {});
    /// Stops listening and closes every connection.
    void stop();

    int requestCount() const { return static_cast<int>(m_paths.size()); }
    const QList<QString>& paths() const { return m_paths; }
    const QList<QByteArray>& userAgents() const { return m_userAgents; }
    /// Connections open now (silent mode keeps them until the client gives up).
    int openConnections() const;

private:
    void accept();
    void handle(QTcpSocket* socket);

    Mode m_mode;
    QByteArray m_png;
    QHash<QString, std::pair<Mode, QByteArray>> m_routes;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<QString> m_paths;
    QList<QByteArray> m_userAgents;
};

}  // namespace yike::test
