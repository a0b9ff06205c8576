// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/qr_code.h"

#include <memory>

#include <qrencode.h>

namespace yike::ui {

QrSymbol encodeQr(const QByteArray& data) {
    if (data.isEmpty()) return {};
    // Binary mode: the bytes exactly as given (no Kanji or alphanumeric guessing).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()),
                          0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) return {};
    QrSymbol symbol;
    symbol.size = code->width;
    symbol.dark.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < symbol.dark.size(); ++i) symbol.dark[i] = (code->data[i] & 1) != 0;
    return symbol;
}

}  // namespace yike::ui
