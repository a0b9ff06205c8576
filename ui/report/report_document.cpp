// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_document.h"

#include <algorithm>
#include <utility>

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include "ui/render/map_style.h"

namespace yike::ui {
namespace {

constexpr int kFigureObject = QTextFormat::UserObject + 1;
constexpr int kFigureIndex = QTextFormat::UserProperty + 1;
// Device units within which a position counts as a page's top (the layout rounds positions to
// 1/64 of a unit).
constexpr double kSlack = 1.0;
// Enough for every break of a long report; each round mends one.
constexpr int kMostMendings = 500;

/// Lengths in text formats (margins, padding, borders) are CSS pixels, 96 to the inch; the
/// layout scales them to the device.
double css(double millimetres) {
    return millimetres * 96.0 / 25.4;
}

}  // namespace

/// How a paragraph of each style is set.
struct ReportDocument::TextStyle {
    double points;
    bool bold;
    QColor color;
    double beforeMm;
    double afterMm;
};

const ReportDocument::TextStyle& ReportDocument::textStyle(Style style) {
    static const TextStyle title{18.0, true, reportColors::kText, 0.0, 2.0};
    static const TextStyle body{9.5, false, reportColors::kText, 0.0, 2.2};
    static const TextStyle lead{10.5, false, reportColors::kText, 0.0, 3.0};
    static const TextStyle small{8.0, false, reportColors::kText, 0.0, 1.5};
    static const TextStyle caption{8.0, false, reportColors::kMuted, 1.2, 3.0};
    switch (style) {
        case Style::Title:
            return title;
        case Style::Lead:
            return lead;
        case Style::Small:
            return small;
        case Style::Caption:
            return caption;
        case Style::Body:
            break;
    }
    return body;
}

QFont reportFont(double points, bool bold) {
    QFont font;
    font.setFamilies(printedFontFamilies());
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws the figures of a document where its layout puts them, and notes their credits.
class ReportFigureHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    int add(std::unique_ptr<ReportFigure> figure, QSizeF size) {
        m_entries.push_back({std::move(figure), size});
        return int(m_entries.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override {
        const Entry* entry = find(format);
        return entry ? entry->size : QSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        const Entry* entry = find(format);
        if (!entry) return;
        painter->save();
        entry->figure->draw(*painter, rect);
        painter->restore();
        const QString credit = entry->figure->credit();
        if (!credit.isEmpty() && !m_credits.contains(credit)) m_credits << credit;
    }

    /// The credits of the figures drawn since the last call.
    QStringList takeCredits() { return std::exchange(m_credits, {}); }

private:
    struct Entry {
        std::unique_ptr<ReportFigure> figure;
        QSizeF size;
    };
    const Entry* find(const QTextFormat& format) const {
        const int index = format.intProperty(kFigureIndex);
        return index >= 0 && index < int(m_entries.size()) ? &m_entries[std::size_t(index)]
                                                           : nullptr;
    }

    std::vector<Entry> m_entries;
    QStringList m_credits;
};

struct ReportDocument::Item {
    enum class Kind { Section, Subheading, Paragraph, Table, Figure };
    Kind kind = Kind::Paragraph;
    QString text;  ///< a heading, a paragraph, a figure's caption
    Style style = Style::Body;
    ReportTable table;
    /// Table: the body rows (indices into table.rows) that begin a part on a new page.
    std::vector<int> splits;
    int figure = -1;
    double heightMm = 0.0;
    bool breakBefore = false;
};

/// Where an item went in the built document.
struct ReportDocument::Placement {
    int block = -1;                  ///< position of its (first) block; tables: none
    std::vector<QTextTable*> parts;  ///< a table's parts, each on pages of its own
    std::vector<int> partFirstRow;   ///< index into table.rows of each part's first body row
};

ReportDocument::ReportDocument(QPaintDevice* device, QSizeF bodySize)
    : m_device(device), m_bodySize(bodySize), m_figures(std::make_unique<ReportFigureHandler>()) {}

ReportDocument::~ReportDocument() = default;

double ReportDocument::mm(double millimetres) const {
    return millimetres * m_device->logicalDpiY() / 25.4;
}

void ReportDocument::section(const QString& title) {
    Item item;
    item.kind = Item::Kind::Section;
    item.text = title;
    item.breakBefore = !m_items.empty();
    m_items.push_back(std::move(item));
}

void ReportDocument::subheading(const QString& title) {
    Item item;
    item.kind = Item::Kind::Subheading;
    item.text = title;
    m_items.push_back(std::move(item));
}

void ReportDocument::paragraph(const QString& text, Style style) {
    Item item;
    item.kind = Item::Kind::Paragraph;
    item.text = text;
    item.style = style;
    m_items.push_back(std::move(item));
}

void ReportDocument::notes(const QStringList& lines) {
    for (const QString& line : lines) paragraph(line, Style::Small);
}

void ReportDocument::table(const ReportTable& table) {
    if (table.columns.empty()) return;
    Item item;
    item.kind = Item::Kind::Table;
    item.table = table;
    m_items.push_back(std::move(item));
}

void ReportDocument::figure(std::unique_ptr<ReportFigure> figure, double heightMm,
                            const QString& caption) {
    Item item;
    item.kind = Item::Kind::Figure;
    item.figure = m_figures->add(std::move(figure), QSizeF(m_bodySize.width(), mm(heightMm)));
    item.heightMm = heightMm;
    item.text = caption;
    m_items.push_back(std::move(item));
}

void ReportDocument::build() {
    m_document = std::make_unique<QTextDocument>();
    m_document->documentLayout()->setPaintDevice(m_device);
    m_document->setDocumentMargin(0);
    m_document->setDefaultFont(reportFont(9.5));
    QTextOption option = m_document->defaultTextOption();
    // Long words (addresses of sources) break anywhere rather than overflow a cell.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);
    m_document->setPageSize(m_bodySize);
    m_document->documentLayout()->registerHandler(kFigureObject, m_figures.get());
    m_placements.assign(m_items.size(), {});

    QTextCursor cursor(m_document.get());
    // One edit: the layout runs once at its end, not after every change.
    cursor.beginEditBlock();
    // The document starts with an empty block, and one follows every table: the next block
    // uses it.
    bool empty = true;
    const auto startBlock = [&](double beforeMm, double afterMm, bool pageBreak,
                                double lineHeight = 118.0) {
        QTextBlockFormat format;
        format.setTopMargin(css(beforeMm));
        format.setBottomMargin(css(afterMm));
        format.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        if (pageBreak) format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (empty)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format);
        empty = false;
        return cursor.block().position();
    };
    const auto text = [&](const QString& content, const QFont& font, const QColor& color) {
        QTextCharFormat format;
        format.setFont(font);
        format.setForeground(color);
        QString flowing = content;
        flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(flowing, format);
    };
    const auto paragraph = [&](const QString& content, Style style, bool pageBreak) {
        const TextStyle& look = textStyle(style);
        const int block = startBlock(look.beforeMm, look.afterMm, pageBreak);
        text(content, reportFont(look.points, look.bold), look.color);
        return block;
    };

    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items[i];
        Placement& placed = m_placements[i];
        switch (item.kind) {
            case Item::Kind::Section:
                placed.block = startBlock(0.0, 4.0, item.breakBefore);
                text(item.text, reportFont(15.0, true), reportColors::kAccent);
                break;
            case Item::Kind::Subheading:
                placed.block = startBlock(4.5, 1.8, item.breakBefore);
                text(item.text, reportFont(11.0, true), reportColors::kAccent);
                break;
            case Item::Kind::Paragraph:
                placed.block = paragraph(item.text, item.style, item.breakBefore);
                break;
            case Item::Kind::Figure: {
                placed.block = startBlock(1.5, 0.0, item.breakBefore, 100.0);
                QTextCharFormat format;
                format.setObjectType(kFigureObject);
                format.setProperty(kFigureIndex, item.figure);
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
                if (!item.text.isEmpty()) paragraph(item.text, Style::Caption, false);
                break;
            }
            case Item::Kind::Table: {
                std::vector<int> starts{0};
                starts.insert(starts.end(), item.splits.begin(), item.splits.end());
                const int rowCount = int(item.table.rows.size());
                for (std::size_t p = 0; p < starts.size(); ++p) {
                    const int first = starts[p];
                    const int last = p + 1 < starts.size() ? starts[p + 1] : rowCount;
                    QTextTable* part =
                        insertTable(cursor, item.table, first, last, p > 0 || item.breakBefore);
                    placed.parts.push_back(part);
                    placed.partFirstRow.push_back(first);
                    cursor.movePosition(QTextCursor::End);
                    // The block after a table takes no room unless content goes into it.
                    QTextBlockFormat after;
                    after.setLineHeight(css(0.2), QTextBlockFormat::FixedHeight);
                    cursor.setBlockFormat(after);
                    empty = true;
                }
                break;
            }
        }
    }
    cursor.endEditBlock();
}

QTextTable* ReportDocument::insertTable(QTextCursor& cursor, const ReportTable& table, int first,
                                        int last, bool pageBreak) {
    const int columns = int(table.columns.size());
    QTextTableFormat format;
    format.setBorder(0.0);
    format.setCellSpacing(0.0);
    format.setCellPadding(css(1.1));
    format.setBorderCollapse(true);
    format.setHeaderRowCount(1);
    format.setTopMargin(css(1.0));
    format.setBottomMargin(css(3.0));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100.0));
    if (pageBreak) format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QList<QTextLength> widths;
    for (const ReportColumn& c : table.columns)
        widths << QTextLength(QTextLength::PercentageLength, c.widthPercent);
    format.setColumnWidthConstraints(widths);
    QTextTable* t = cursor.insertTable(last - first + 1, columns, format);

    const int firstTotal = int(table.rows.size()) - table.totalRows;
    const auto fill = [&](int row, int column, const QString& content, bool header, bool total) {
        QTextTableCell cell = t->cellAt(row, column);
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        const bool strong = header || total;
        cellFormat.setBottomBorder(strong ? css(0.35) : css(0.15));
        cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cellFormat.setBottomBorderBrush(strong ? reportColors::kAccent : reportColors::kRule);
        if (total) {
            cellFormat.setTopBorder(css(0.35));
            cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            cellFormat.setTopBorderBrush(reportColors::kAccent);
        }
        if (header) cellFormat.setBackground(reportColors::kHeaderFill);
        cell.setFormat(cellFormat);
        QTextCursor at = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(table.columns[std::size_t(column)].align);
        block.setLineHeight(112.0, QTextBlockFormat::ProportionalHeight);
        at.setBlockFormat(block);
        QTextCharFormat textFormat;
        textFormat.setFont(reportFont(table.fontPoints, strong));
        textFormat.setForeground(reportColors::kText);
        QString flowing = content;
        flowing.replace(QLatin1Char('\n'), QChar::LineSeparator);
        at.insertText(flowing, textFormat);
    };
    for (int c = 0; c < columns; ++c) fill(0, c, table.columns[std::size_t(c)].title, true, false);
    for (int r = first; r < last; ++r) {
        const QStringList& cells = table.rows[std::size_t(r)];
        for (int c = 0; c < columns; ++c)
            fill(r - first + 1, c, c < cells.size() ? cells[c] : QString(), false, r >= firstTotal);
    }
    return t;
}

int ReportDocument::mark() const {
    return int(m_items.size());
}

int ReportDocument::pageAt(double y) const {
    // Page tops come back from the layout's fixed-point arithmetic a hair above their place.
    return int((y + kSlack) / m_bodySize.height());
}

QRectF ReportDocument::rowBox(const Placement& placement, int part, int row) const {
    const QTextTable* table = placement.parts[std::size_t(part)];
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    QRectF box;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextBlock block = table->cellAt(row, c).firstCursorPosition().block();
        box = box.united(layout->blockBoundingRect(block));
    }
    return box;
}

bool ReportDocument::mendOneBreak() {
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    const auto topOf = [&](std::size_t i) {
        const Placement& p = m_placements[i];
        if (!p.parts.empty()) return rowBox(p, 0, 0).top();
        return layout->blockBoundingRect(m_document->findBlock(p.block)).top();
    };
    const auto crosses = [&](const QRectF& box) {
        return pageAt(box.top()) != pageAt(box.bottom() - 2.0 * kSlack);
    };
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        Item& item = m_items[i];
        const Placement& placed = m_placements[i];
        switch (item.kind) {
            case Item::Kind::Subheading:
                // A heading goes with what follows it.
                if (!item.breakBefore && i + 1 < m_items.size()
                    && pageAt(topOf(i)) != pageAt(topOf(i + 1))) {
                    item.breakBefore = true;
                    return true;
                }
                break;
            case Item::Kind::Figure: {
                // Its caption goes with it.
                const QTextBlock block = m_document->findBlock(placed.block);
                if (!item.breakBefore && !item.text.isEmpty() && block.next().isValid()
                    && pageAt(layout->blockBoundingRect(block).top())
                           != pageAt(layout->blockBoundingRect(block.next()).bottom()
                                     - 2.0 * kSlack)) {
                    item.breakBefore = true;
                    return true;
                }
                break;
            }
            case Item::Kind::Table:
                for (std::size_t p = 0; p < placed.parts.size(); ++p) {
                    const QTextTable* part = placed.parts[p];
                    const int headerPage = pageAt(rowBox(placed, int(p), 0).top());
                    for (int r = 1; r < part->rows(); ++r) {
                        const QRectF box = rowBox(placed, int(p), r);
                        if (!crosses(box) && (r > 1 || pageAt(box.top()) == headerPage)) continue;
                        if (r > 1) {
                            // Cut before the row: the rest starts on the next page, with its
                            // header.
                            item.splits.push_back(placed.partFirstRow[p] + r - 1);
                            std::sort(item.splits.begin(), item.splits.end());
                            return true;
                        }
                        // The first row would leave the header alone: the part moves whole.
                        if (p == 0 && !item.breakBefore) {
                            item.breakBefore = true;
                            return true;
                        }
                        break;  // a row taller than a page: nothing better to do
                    }
                }
                break;
            case Item::Kind::Section:
            case Item::Kind::Paragraph:
                break;
        }
    }
    return false;
}

void ReportDocument::layOut() {
    if (m_laidOut) return;
    m_laidOut = true;
    build();
    for (int round = 0; round < kMostMendings; ++round) {
        m_document->pageCount();  // lays the document out
        if (!mendOneBreak()) return;
        build();
    }
}

int ReportDocument::pageCount() {
    layOut();
    return m_document->pageCount();
}

int ReportDocument::pageOf(int mark) {
    layOut();
    if (mark < 0 || mark >= int(m_items.size())) return pageCount() - 1;
    const Placement& p = m_placements[std::size_t(mark)];
    const QAbstractTextDocumentLayout* layout = m_document->documentLayout();
    const double top = !p.parts.empty()
                           ? rowBox(p, 0, 0).top()
                           : layout->blockBoundingRect(m_document->findBlock(p.block)).top();
    return pageAt(top);
}

QStringList ReportDocument::drawPage(QPainter& painter, int page, QPointF bodyTopLeft) {
    layOut();
    const double top = page * m_bodySize.height();
    painter.save();
    painter.translate(bodyTopLeft.x(), bodyTopLeft.y() - top);
    QAbstractTextDocumentLayout::PaintContext context;
    // Only what begins on this page: the layout draws every block its clip touches, and the
    // text of one that begins at the next page's top would sit, unseen, in this page's text.
    context.clip = QRectF(0.0, top - kSlack, m_bodySize.width(), m_bodySize.height());
    context.palette.setColor(QPalette::Text, reportColors::kText);
    painter.setClipRect(QRectF(QPointF(0.0, top), m_bodySize));
    m_figures->takeCredits();
    m_document->documentLayout()->draw(&painter, context);
    painter.restore();
    return m_figures->takeCredits();
}

}  // namespace yike::ui

#include "report_document.moc"
