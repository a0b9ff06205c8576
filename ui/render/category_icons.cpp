// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/category_icons.h"

#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMutexLocker>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include "ui/render/tr.h"

namespace yike::ui {

CategoryIcons::CategoryIcons(const QString& tablePath)
    : m_directory(QFileInfo(tablePath).path()) {
    QFile file(tablePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors << RenderTr::tr("Cannot read the category icon table %1: %2")
                        .arg(tablePath, file.errorString());
        return;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 2 || fields[0].trimmed().isEmpty() || fields[1].trimmed().isEmpty()) {
            m_errors << RenderTr::tr("%1, line %2: expected a category code and an icon file "
                                     "separated by a tab.")
                            .arg(tablePath)
                            .arg(lineNumber);
            continue;
        }
        const QString code = fields[0].trimmed();
        const QString name = fields[1].trimmed();
        if (!QFile::exists(m_directory + u'/' + name)) {
            m_errors << RenderTr::tr("%1, line %2: the icon file %3 does not exist.")
                            .arg(tablePath)
                            .arg(lineNumber)
                            .arg(name);
            continue;
        }
        if (code == u'*')
            m_fallback = name;
        else
            m_files[code.toStdString()] = name;
    }
}

CategoryIcons::~CategoryIcons() = default;

const CategoryIcons& CategoryIcons::standard() {
    static const CategoryIcons icons;
    return icons;
}

bool CategoryIcons::hasOwnIcon(std::string_view code) const {
    return m_files.find(code) != m_files.end();
}

QString CategoryIcons::iconPath(std::string_view code) const {
    const auto it = m_files.find(code);
    const QString name = it != m_files.end() ? it->second : m_fallback;
    return name.isEmpty() ? QString() : m_directory + u'/' + name;
}

QImage CategoryIcons::image(std::string_view code, int sizePx, const QColor& colour) const {
    const QString path = iconPath(code);
    if (path.isEmpty() || sizePx <= 0) return {};
    const QString key =
        QStringLiteral("%1|%2|%3").arg(path).arg(sizePx).arg(colour.rgba(), 8, 16, QLatin1Char('0'));
    QMutexLocker lock(&m_mutex);
    if (const auto cached = m_images.constFind(key); cached != m_images.constEnd())
        return *cached;

    auto& renderer = m_renderers[path];
    if (!renderer) renderer = std::make_unique<QSvgRenderer>(path);
    if (!renderer->isValid()) return {};
    QImage glyph(sizePx, sizePx, QImage::Format_ARGB32);
    glyph.fill(Qt::transparent);
    {
        QPainter painter(&glyph);
        painter.setRenderHint(QPainter::Antialiasing, true);
        renderer->render(&painter, QRectF(0.0, 0.0, sizePx, sizePx));
    }
    // Dark parts become the colour, light parts holes: coverage = alpha × (1 − lightness).
    QImage tinted(sizePx, sizePx, QImage::Format_ARGB32);
    for (int y = 0; y < sizePx; ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(glyph.constScanLine(y));
        auto* out = reinterpret_cast<QRgb*>(tinted.scanLine(y));
        for (int x = 0; x < sizePx; ++x) {
            const int coverage = qAlpha(in[x]) * (255 - qGray(in[x])) / 255;
            out[x] = qRgba(colour.red(), colour.green(), colour.blue(),
                           coverage * colour.alpha() / 255);
        }
    }
    tinted = tinted.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    // A handful of sizes and colours per icon in practice; bound the cache anyway.
    if (m_images.size() > 4096) m_images.clear();
    m_images.insert(key, tinted);
    return tinted;
}

QIcon categorySymbol(const std::string& code, const QColor& colour, int sizePx) {
    QPixmap pixmap(sizePx, sizePx);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1.0));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, sizePx - 1.0, sizePx - 1.0));
    const int glyphPx = sizePx * 2 / 3;
    const QImage glyph = CategoryIcons::standard().image(code, glyphPx, Qt::white);
    const double inset = (sizePx - glyphPx) / 2.0;
    if (!glyph.isNull()) painter.drawImage(QPointF(inset, inset), glyph);
    return QIcon(pixmap);
}

}  // namespace yike::ui
