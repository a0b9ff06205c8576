// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of the MBTiles fuzz target:
//
//   yike_fuzz_make_tile_seeds CORPUS_DIR
//
// Small MBTiles 1.3 files as tile tools write them: PNG and JPEG raster tiles (8 × 8 pixels,
// to keep the seeds small) at zooms 0 and 1 with full metadata; one without a metadata table;
// one of vector tiles (format pbf, gzip-compressed protobuf), which the map refuses; one whose
// metadata claims zooms and bounds its tiles do not have.
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>

#include <sqlite3.h>

namespace {

namespace fs = std::filesystem;

void exec(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "?";
        sqlite3_free(message);
        throw std::runtime_error(sql + ": " + text);
    }
}

QByteArray image(const char* format, int shade) {
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(QColor(shade, 200, 255 - shade));
    img.setPixelColor(3, 4, Qt::black);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, format);
    return bytes;
}

struct Meta {
    const char* key;
    std::string value;
};

void writeFile(const fs::path& path, const std::vector<Meta>& metadata, const char* format,
               bool withMetadataTable) {
    fs::remove(path);
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) throw std::runtime_error(path.string());
    exec(db, "PRAGMA page_size = 512;"
             "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
             " tile_data BLOB);"
             "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);");
    if (withMetadataTable) {
        exec(db, "CREATE TABLE metadata (name TEXT, value TEXT);");
        for (const Meta& m : metadata) {
            sqlite3_stmt* insert = nullptr;
            sqlite3_prepare_v2(db, "INSERT INTO metadata VALUES (?, ?)", -1, &insert, nullptr);
            sqlite3_bind_text(insert, 1, m.key, -1, SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, m.value.c_str(), -1, SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_finalize(insert);
        }
    }
    for (int z = 0; z <= 1; ++z)
        for (int x = 0; x < (1 << z); ++x)
            for (int y = 0; y < (1 << z); ++y) {
                const QByteArray tile = format ? image(format, 40 * (z + x + y))
                                               : QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00"
                                                            "\x00\x03\x03\x00\x00\x00\x00\x00"
                                                            "\x00\x00\x00\x00", 20);
                sqlite3_stmt* insert = nullptr;
                sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &insert,
                                   nullptr);
                sqlite3_bind_int(insert, 1, z);
                sqlite3_bind_int(insert, 2, x);
                sqlite3_bind_int(insert, 3, y);
                sqlite3_bind_blob(insert, 4, tile.constData(), int(tile.size()), SQLITE_TRANSIENT);
                sqlite3_step(insert);
                sqlite3_finalize(insert);
            }
    sqlite3_close(db);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
        return 2;
    }
    try {
        const fs::path dir = fs::path(argv[1]) / "mbtiles";
        fs::create_directories(dir);
        const std::vector<Meta> png{{"name", "街道底图"},
                                    {"format", "png"},
                                    {"bounds", "118.70,31.98,118.85,32.10"},
                                    {"minzoom", "0"},
                                    {"maxzoom", "1"},
                                    {"attribution", "© OpenStreetMap contributors"}};
        writeFile(dir / "png.mbtiles", png, "PNG", true);
        std::vector<Meta> jpg = png;
        jpg[1].value = "jpg";
        writeFile(dir / "jpg.mbtiles", jpg, "JPG", true);
        writeFile(dir / "no-metadata.mbtiles", {}, "PNG", false);
        writeFile(dir / "vector.mbtiles", {{"format", "pbf"}, {"json", "{\"vector_layers\":[]}"}},
                  nullptr, true);
        writeFile(dir / "lying-metadata.mbtiles",
                  {{"format", "png"}, {"bounds", "200,-100,-200,100"}, {"minzoom", "30"},
                   {"maxzoom", "-2"}},
                  "PNG", true);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
