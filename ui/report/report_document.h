// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <vector>

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;
class QPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace yike::ui {

class ReportFigureHandler;

/// The report's typeface: WenQuanYi Micro Hei, then Noto Sans CJK SC and Noto Sans, at
/// `points` (Qt 6.4's PDF writer gives Noto Sans CJK a text layer that readers extract wrongly).
QFont reportFont(double points, bool bold = false);

/// The report's colours.
namespace reportColors {
inline const QColor kAccent{0x1f, 0x4e, 0x79};  ///< headings, the cover band
inline const QColor kText{0x22, 0x22, 0x22};
inline const QColor kMuted{0x6b, 0x72, 0x7a};       ///< captions, header and footer
inline const QColor kRule{0xc5, 0xcd, 0xd6};        ///< table rules
inline const QColor kHeaderFill{0xe8, 0xee, 0xf4};  ///< table headers
inline const QColor kBefore{0xb4, 0xbb, 0xc3};      ///< "before" in charts
/// Per age group (others, 60+, 0–14), for charts and walk areas.
inline const QColor kCohort[3] = {{0x2f, 0x6f, 0xb3}, {0xd9, 0x7a, 0x1e}, {0x2a, 0x9d, 0x6f}};
}  // namespace reportColors

/// Something drawn in the flow of a report: a map, a chart. Painted in the painter's units.
class ReportFigure {
public:
    virtual ~ReportFigure() = default;
    virtual void draw(QPainter& painter, const QRectF& rect) const = 0;
    /// The credit the page must carry when the figure is on it (a map's data); empty for none.
    virtual QString credit() const { return {}; }
};

/// A column of a report table: its title, share of the width (percent) and alignment.
struct ReportColumn {
    QString title;
    double widthPercent = 0.0;
    Qt::Alignment align = Qt::AlignLeft;
};

/// A report table: columns, rows of cells (a cell may hold line breaks, "\n"), and how many
/// of the last rows are totals (set in bold over a rule).
struct ReportTable {
    std::vector<ReportColumn> columns;
    std::vector<QStringList> rows;
    int totalRows = 0;
    double fontPoints = 8.5;
};

/**
 * The flowing part of a report: headings, paragraphs, tables and figures, laid out by a
 * QTextDocument in pages of `bodySize` on `device` (whose resolution gives the units), then
 * drawn page by page where the page layout puts its body.
 *
 * Pages break as a printed report does: a section begins on a new page; a table breaks only
 * between rows and starts again with its header on the next page (never a header alone at
 * the foot of a page); a heading never stays alone at the foot of a page; a figure moves whole
 * to the next page when it does not fit. The content is kept as a list and laid out again
 * until no such break is left (QTextDocument itself would cut a row between its lines).
 */
class ReportDocument {
public:
    ReportDocument(QPaintDevice* device, QSizeF bodySize);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    /// Millimetres in the device's units.
    double mm(double millimetres) const;
    QSizeF bodySize() const { return m_bodySize; }

    /// A section's title; it starts a new page unless it is the first thing.
    void section(const QString& title);
    void subheading(const QString& title);
    enum class Style { Title, Body, Lead, Small, Caption };
    void paragraph(const QString& text, Style style = Style::Body);
    /// Lines each set apart with a small gap, e.g. the notes of a sheet.
    void notes(const QStringList& lines);
    void table(const ReportTable& table);
    /// A figure the width of the body and `heightMm` tall, with its caption below.
    void figure(std::unique_ptr<ReportFigure> figure, double heightMm, const QString& caption);

    /// Where the next content goes, for pageOf.
    int mark() const;

    /// Lays the content out (once; later content is not added). Called by the queries below.
    void layOut();
    int pageCount();
    /// The 0-based page on which the content added after `mark` begins.
    int pageOf(int mark);
    /**
     * Draws page `page` (0-based) with the body's top-left corner at `bodyTopLeft`.
     * @return the credits of the figures drawn on it
     */
    QStringList drawPage(QPainter& painter, int page, QPointF bodyTopLeft);

private:
    struct Item;
    struct Placement;
    struct TextStyle;
    static const TextStyle& textStyle(Style style);
    /// Builds the QTextDocument from the items, as their page breaks and table splits say.
    void build();
    /// The first break a printed report would not make, mended (a page break set, a table
    /// split); false when there is none.
    bool mendOneBreak();
    /// Rows [first, last) of `table` after its header, as one table at the cursor.
    QTextTable* insertTable(QTextCursor& cursor, const ReportTable& table, int first, int last,
                            bool pageBreak);
    QRectF rowBox(const Placement& placement, int part, int row) const;
    int pageAt(double y) const;

    QPaintDevice* m_device;
    QSizeF m_bodySize;
    std::vector<Item> m_items;
    std::vector<Placement> m_placements;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<ReportFigureHandler> m_figures;
    bool m_laidOut = false;
};

}  // namespace yike::ui
