// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QRectF>
#include <QSizeF>
#include <QString>

namespace yike::ui {

/// ISO 216 paper sizes the guide map is printed on.
enum class Paper { A4, A3, A2, A1 };

/// The look of the page: a public sign in colour, a high-contrast one (strong outlines, no
/// tints under text) and a grayscale one for cheap printing.
enum class PageStyle { Sign, HighContrast, Grayscale };

/// What a frame on the page holds.
enum class FrameKind {
    Map,         ///< the map with its walk areas, markers and labels
    Title,       ///< title and subtitle
    Legend,      ///< walk-area colours, groups, categories used, walkers
    Directory,   ///< the numbered list of services
    ScaleBar,    ///< a scale bar for the map
    NorthArrow,  ///< the north arrow
    QrCode,      ///< a QR code of the layout's URL (drawn only when one is given)
    Credits,     ///< date, data sources, © OpenStreetMap contributors
    Text         ///< a free text box
};

/// One frame: where it sits on the page, in millimetres from the page's top-left corner.
struct PageFrame {
    FrameKind kind = FrameKind::Map;
    QRectF rectMm;
    bool visible = true;
    QString text;  ///< the content of a Text frame

    bool operator==(const PageFrame&) const = default;
};

/**
 * A page layout of the guide map: paper, orientation, margins, the frames and what the page
 * says (title, subtitle, style, font, the QR code's URL, the categories shown). A plain value;
 * saved in the project as JSON (toJson / fromJson) under a name.
 */
struct PageLayout {
    QString name;
    Paper paper = Paper::A3;
    bool landscape = false;
    double marginMm = 12.0;
    PageStyle style = PageStyle::Sign;
    /// The first family of the page's font list; empty: the default list (see pageFontFamilies).
    QString fontFamily;
    /// Empty title: "<centre>一刻钟便民生活圈导引图" from the centre's name.
    QString title;
    QString subtitle;
    QString qrUrl;
    /// Catalogue codes of the categories left off the map and out of the directory.
    std::set<std::string> hiddenCategories;
    std::vector<PageFrame> frames;

    /// The paper's size in millimetres in this orientation.
    QSizeF pageSizeMm() const;
    /// The first frame of `kind`, or null.
    const PageFrame* frame(FrameKind kind) const;
    PageFrame* frame(FrameKind kind);

    bool operator==(const PageLayout&) const = default;
};

/// Portrait size of `paper` in millimetres (A3: 297 × 420).
QSizeF paperSizeMm(Paper paper);
/// "A4" … "A1".
QString paperName(Paper paper);
std::optional<Paper> paperFromName(const QString& name);
/// "sign", "high-contrast", "grayscale".
QString pageStyleName(PageStyle style);
std::optional<PageStyle> pageStyleFromName(const QString& name);

/// The default guide map layout for a paper and orientation: title band on top, the map
/// filling most of the page, the directory and legend beside it (landscape) or below it
/// (portrait), scale bar, north arrow, QR code and credits in the map's corners and the foot.
PageLayout defaultGuideMapLayout(Paper paper = Paper::A3, bool landscape = false);

/// `layout` on another paper or orientation: the frames laid out afresh as the default layout
/// places them; what the page says (name, style, font, title, subtitle, QR code, services
/// shown) is kept.
PageLayout relaidOut(const PageLayout& layout, Paper paper, bool landscape);

/// The layout as JSON text, for the project file.
QString toJson(const PageLayout& layout);
/// Reads toJson's text; missing fields keep their defaults, unknown ones are ignored, so an
/// older or newer layout still opens. Returns nullopt and sets `error` (translated) when the
/// text is not a layout at all.
std::optional<PageLayout> pageLayoutFromJson(const QString& json, QString* error = nullptr);

/// The kind of a layout saved in the project (project::PrintLayout::kind).
inline constexpr const char* kGuideMapLayoutKind = "guide_map";

}  // namespace yike::ui
