// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>

namespace yike::ui {

/// A QR code symbol: `size` × `size` modules, row by row, true where a module is dark. The
/// quiet zone around it is not included.
struct QrSymbol {
    int size = 0;
    std::vector<bool> dark;

    bool isDark(int row, int column) const { return dark[std::size_t(row * size + column)]; }
    bool isEmpty() const { return size == 0; }
};

/// The QR code of `data` (a URL in UTF-8, say) at error correction level M, the smallest
/// version that holds it. Empty when the data is empty or too long for any version.
QrSymbol encodeQr(const QByteArray& data);

}  // namespace yike::ui
