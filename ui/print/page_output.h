// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <stdexcept>

#include <QString>

namespace yike::ui {

class GuideMapPage;

/// The file formats a page is written in.
enum class PageFormat { Pdf, Png, Svg };

/// The format a file name asks for by its extension (.pdf, .png, .svg; any case).
std::optional<PageFormat> pageFormatOf(const QString& path);

/// Progress of a long output, 0..1; return false to cancel.
using PageProgress = std::function<bool(double fraction)>;

/// A page could not be written; what() is translated and names the file.
class PageOutputError : public std::runtime_error {
public:
    explicit PageOutputError(const QString& message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// Options of writePage.
struct PageOutputOptions {
    double pngDpi = 300.0;  ///< resolution of a PNG
};

/**
 * Writes `page` to `path` in `format`: a vector PDF of the page's paper size with its fonts
 * embedded, a PNG at options.pngDpi (drawn in bands, reporting progress after each), or an
 * SVG. The file is written whole or not at all (QSaveFile): a failure or a cancel leaves any
 * earlier file of that name as it was.
 * @return false when cancelled through `progress`
 * @throws PageOutputError when the file cannot be written or the image is too large
 */
bool writePage(const GuideMapPage& page, const QString& path, PageFormat format,
               const PageOutputOptions& options = {}, const PageProgress& progress = {});

}  // namespace yike::ui
