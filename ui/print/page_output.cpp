// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_output.h"

#include <cmath>

#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "ui/print/guide_map_page.h"
#include "ui/print/print_tr.h"

namespace yike::ui {
namespace {

constexpr double kPdfDpi = 1200.0;
/// Ten units to the millimetre: the SVG's size in millimetres is exact.
constexpr double kSvgDpi = 254.0;
/// The largest PNG written: A1 at 600 DPI is about 14 000 × 19 900 pixels.
constexpr double kMaxPngPixels = 400.0e6;

QPageSize pageSizeOf(const PageLayout& layout) {
    switch (layout.paper) {
    case Paper::A4: return QPageSize(QPageSize::A4);
    case Paper::A3: return QPageSize(QPageSize::A3);
    case Paper::A2: return QPageSize(QPageSize::A2);
    case Paper::A1: return QPageSize(QPageSize::A1);
    }
    return QPageSize(QPageSize::A3);
}

[[noreturn]] void cannotWrite(const QString& path, const QString& why) {
    throw PageOutputError(PrintTr::tr("Cannot write \"%1\": %2")
                              .arg(QFileInfo(path).fileName(), why));
}

// Keeps the written file unless the caller cancelled at the end.
bool finish(QSaveFile& file, const QString& path, const std::function<bool(double)>& keepGoing) {
    if (!keepGoing(1.0)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) cannotWrite(path, file.errorString());
    return true;
}

void begin(QPainter& painter, QPaintDevice* device, const QString& path, const QString& what) {
    if (!painter.begin(device)) cannotWrite(path, what);
}

}  // namespace

std::optional<PageFormat> pageFormatOf(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1StringView("pdf")) return PageFormat::Pdf;
    if (suffix == QLatin1StringView("png")) return PageFormat::Png;
    if (suffix == QLatin1StringView("svg")) return PageFormat::Svg;
    return std::nullopt;
}

bool writePage(const GuideMapPage& page, const QString& path, PageFormat format,
               const PageOutputOptions& options, const PageProgress& progress) {
    const std::function<bool(double)> keepGoing = [&](double fraction) {
        return !progress || progress(fraction);
    };
    if (!keepGoing(0.0)) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) cannotWrite(path, file.errorString());
    const QSizeF mm = page.pageSizeMm();

    switch (format) {
    case PageFormat::Pdf: {
        {
            QPdfWriter pdf(&file);
            pdf.setPageLayout(QPageLayout(pageSizeOf(page.layout()),
                                          page.layout().landscape ? QPageLayout::Landscape
                                                                  : QPageLayout::Portrait,
                                          QMarginsF(0, 0, 0, 0)));
            pdf.setResolution(int(kPdfDpi));
            pdf.setTitle(page.title());
            pdf.setCreator(QStringLiteral("Yike"));
            QPainter painter;
            begin(painter, &pdf, path, PrintTr::tr("the PDF could not be started"));
            page.paint(painter, kPdfDpi / 25.4);
            painter.end();
        }
        return finish(file, path, keepGoing);
    }
    case PageFormat::Svg: {
        {
            QSvgGenerator svg;
            svg.setOutputDevice(&file);
            const double dotsPerMm = kSvgDpi / 25.4;
            const QSize size(int(std::lround(mm.width() * dotsPerMm)),
                             int(std::lround(mm.height() * dotsPerMm)));
            svg.setSize(size);
            svg.setViewBox(QRect(QPoint(0, 0), size));
            svg.setResolution(int(kSvgDpi));
            svg.setTitle(page.title());
            QPainter painter;
            begin(painter, &svg, path, PrintTr::tr("the SVG could not be started"));
            page.paint(painter, dotsPerMm);
            painter.end();
        }
        return finish(file, path, keepGoing);
    }
    case PageFormat::Png: {
        const double dotsPerMm = options.pngDpi / 25.4;
        const double w = std::round(mm.width() * dotsPerMm);
        const double h = std::round(mm.height() * dotsPerMm);
        if (options.pngDpi <= 0.0 || w * h > kMaxPngPixels)
            cannotWrite(path, PrintTr::tr("%1 DPI makes an image too large to write")
                                  .arg(options.pngDpi));
        QImage image(int(w), int(h), QImage::Format_RGB32);
        if (image.isNull()) cannotWrite(path, PrintTr::tr("not enough memory for the image"));
        image.setDotsPerMeterX(int(std::lround(dotsPerMm * 1000.0)));
        image.setDotsPerMeterY(int(std::lround(dotsPerMm * 1000.0)));
        image.fill(Qt::white);
        // In bands, so a large page reports progress and can stop between them.
        const int bands = std::max(1, int(h / 1500.0));
        for (int band = 0; band < bands; ++band) {
            const int top = int(h * band / bands);
            const int bottom = int(h * (band + 1) / bands);
            QPainter painter(&image);
            painter.setClipRect(QRect(0, top, int(w), bottom - top));
            page.paint(painter, dotsPerMm);
            painter.end();
            if (!keepGoing(0.9 * (band + 1) / bands)) {
                file.cancelWriting();
                return false;
            }
        }
        if (!image.save(&file, "PNG")) cannotWrite(path, file.errorString());
        return finish(file, path, keepGoing);
    }
    }
    return false;
}

}  // namespace yike::ui
