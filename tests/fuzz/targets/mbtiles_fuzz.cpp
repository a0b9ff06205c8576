// SPDX-License-Identifier: GPL-3.0-or-later
// MBTiles basemaps from anyone: any bytes as an .mbtiles file, opened as the basemap dialog
// opens it; then every zoom's tiles around the metadata's bounds are read and decoded as the
// tile layer decodes them. A refusal is a null file with a message; anything else escaping, or
// a sanitizer report, is a finding.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include "tests/fuzz/fuzz_target.h"
#include "ui/tiles/mbtiles_file.h"
#include "ui/tiles/tile_math.h"

namespace {

// Qt's image readers say what they dislike in each damaged tile; the tile layer shows none.
void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QtMessageHandler previous = qInstallMessageHandler(quiet);
    (void)previous;
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path()
        / ("yike-fuzz-tiles-" + std::to_string(::getpid()) + ".mbtiles");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    QString error;
    const auto tiles =
        yike::ui::MBTilesFile::open(QString::fromStdString(file.string()), &error);
    if (!tiles) return 0;
    const auto& meta = tiles->metadata();
    const int minZoom = std::max(0, meta.minZoom);
    const int maxZoom = std::min(minZoom + 3, std::min(meta.maxZoom, 22));
    for (int z = minZoom; z <= maxZoom; ++z) {
        const int n = 1 << z;
        for (int x = 0; x < std::min(n, 4); ++x)
            for (int y = 0; y < std::min(n, 4); ++y) {
                const QByteArray bytes = tiles->tile(yike::ui::TileId{z, x, y}, &error);
                QImage image;
                if (!bytes.isEmpty() && image.loadFromData(bytes))
                    (void)image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            }
    }
    return 0;
}
