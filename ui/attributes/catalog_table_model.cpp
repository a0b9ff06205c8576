// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/catalog_table_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include <QLocale>
#include <QRegularExpression>
#include <QVariantMap>

#include "ui/attributes/feature_table_model.h"
#include "ui/attributes/tr.h"

namespace yike::ui {
namespace {

const QString kBasic = QStringLiteral("basic");
const QString kQuality = QStringLiteral("quality");

QString groupLabel(const QString& group) {
    if (group == kBasic) return AttributesTr::tr("Basic");
    if (group == kQuality) return AttributesTr::tr("Quality");
    return group;
}

QString figureText(const std::optional<double>& value) {
    if (!value) return {};
    return QLocale().toString(*value, 'f', QLocale::FloatingPointShortest);
}

QString optionalText(const std::optional<std::string>& text) {
    return text ? QString::fromStdString(*text) : QString();
}

/// The area source line by line, for tooltips; empty when there is none.
QStringList areaSourceLines(const catalog::Category& c) {
    QStringList lines;
    if (!c.areaSource) return lines;
    const catalog::AreaSource& s = *c.areaSource;
    const std::pair<QString, const std::string*> parts[] = {
        {AttributesTr::tr("Quote: “%1”"), &s.quote},
        {AttributesTr::tr("Jurisdiction: %1"), &s.jurisdiction},
        {AttributesTr::tr("Confidence: %1"), &s.confidence},
        {AttributesTr::tr("Read at: %1"), &s.url},
        {AttributesTr::tr("Note: %1"), &s.note}};
    for (const auto& [text, value] : parts)
        if (!value->empty()) lines << text.arg(QString::fromStdString(*value));
    return lines;
}

QString minAreaToolTip(const catalog::Category& c) {
    QStringList lines;
    if (c.minArea)
        lines << AttributesTr::tr("As stated by the source: %1")
                     .arg(QString::fromStdString(*c.minArea));
    lines << areaSourceLines(c);
    return lines.join(QLatin1Char('\n'));
}

QString columnTitle(int column) {
    switch (column) {
        case CatalogTableModel::Code: return AttributesTr::tr("Code");
        case CatalogTableModel::NameZh: return AttributesTr::tr("Chinese name");
        case CatalogTableModel::NameEn: return AttributesTr::tr("English name");
        case CatalogTableModel::Group: return AttributesTr::tr("Group");
        case CatalogTableModel::WalkMinutes: return AttributesTr::tr("Walk (min)");
        case CatalogTableModel::WalkDistance: return AttributesTr::tr("Walk distance (m)");
        case CatalogTableModel::MinArea: return AttributesTr::tr("Min. area (m²)");
        case CatalogTableModel::MaxArea: return AttributesTr::tr("Max. area (m²)");
        case CatalogTableModel::AreaKind: return AttributesTr::tr("Area kind");
        case CatalogTableModel::AreaSource: return AttributesTr::tr("Area source");
        case CatalogTableModel::Siting: return AttributesTr::tr("Siting");
        case CatalogTableModel::Sources: return AttributesTr::tr("Sources");
        case CatalogTableModel::Confidence: return AttributesTr::tr("Confidence");
        case CatalogTableModel::Notes: return AttributesTr::tr("Notes");
        default: return {};
    }
}

QString columnToolTip(int column) {
    switch (column) {
        case CatalogTableModel::Code:
            return AttributesTr::tr("Stable identifier used by facilities: lower_snake_case.");
        case CatalogTableModel::Group:
            return AttributesTr::tr("Basic or quality service (MOFCOM grading).");
        case CatalogTableModel::WalkMinutes:
            return AttributesTr::tr("Target walking time in minutes; empty when no source gives "
                                    "one.");
        case CatalogTableModel::WalkDistance:
            return AttributesTr::tr("Target walking distance in metres; empty when no source "
                                    "gives one.");
        case CatalogTableModel::MinArea:
            return AttributesTr::tr("Minimum area in square metres, of the kind in the Area kind "
                                    "column; empty when no source gives one.");
        case CatalogTableModel::MaxArea:
            return AttributesTr::tr("Largest area in square metres where a source gives a range; "
                                    "empty otherwise.");
        case CatalogTableModel::AreaKind:
            return AttributesTr::tr("What the areas measure: floor, usable, sales or dining area "
                                    "of a room, or the land of an outdoor site.");
        case CatalogTableModel::AreaSource:
            return AttributesTr::tr("Where the minimum area was read: jurisdiction and "
                                    "confidence; the quote and the link are in the tooltip and "
                                    "below the table.");
        case CatalogTableModel::Siting:
            return AttributesTr::tr("Where the service may go, as the source states it (ground "
                                    "floor, never below ground, ...).");
        case CatalogTableModel::Sources:
            return AttributesTr::tr("Where the figures come from; edit them below the table.");
        case CatalogTableModel::Confidence:
            return AttributesTr::tr("How far the figures can be trusted (secondary, local, "
                                    "unverified, ...).");
        default: return columnTitle(column);
    }
}

constexpr std::array<int, 4> kFigureColumns{CatalogTableModel::WalkMinutes,
                                            CatalogTableModel::WalkDistance,
                                            CatalogTableModel::MinArea, CatalogTableModel::MaxArea};

bool isFigure(int column) {
    return std::find(kFigureColumns.begin(), kFigureColumns.end(), column) != kFigureColumns.end();
}

/// The figure a column shows, of a category or of a const one.
template <typename C>
auto& figureOf(C& c, int column) {
    switch (column) {
        case CatalogTableModel::WalkMinutes: return c.walkMinutes;
        case CatalogTableModel::WalkDistance: return c.walkDistanceM;
        case CatalogTableModel::MaxArea: return c.maxAreaM2;
        default: return c.minAreaM2;
    }
}

QString sourcesText(const catalog::Category& c) {
    QStringList ids;
    for (const catalog::Source& s : c.sources) ids << QString::fromStdString(s.id);
    return ids.join(QStringLiteral(", "));
}

QString sourcesToolTip(const catalog::Category& c) {
    if (c.sources.empty()) return AttributesTr::tr("No source recorded.");
    QStringList lines;
    for (const catalog::Source& s : c.sources)
        lines << QStringLiteral("%1 — %2").arg(QString::fromStdString(s.id),
                                                QString::fromStdString(s.where));
    return lines.join(QLatin1Char('\n'));
}

QVariantMap choice(const QString& value, const QString& text) {
    QVariantMap map;
    map.insert(QStringLiteral("value"), value);
    map.insert(QStringLiteral("text"), text);
    return map;
}

QVariantList areaKindChoices(const QString& current) {
    QVariantList list{choice(QString(), AttributesTr::tr("Not stated"))};
    for (std::string_view kind : catalog::kAreaKinds) {
        const QString code = QString::fromLatin1(kind.data(), static_cast<qsizetype>(kind.size()));
        list << choice(code, CatalogTableModel::areaKindLabel(code));
    }
    if (!current.isEmpty() && !catalog::isAreaKind(current.toStdString()))
        list << choice(current, current);
    return list;
}

}  // namespace

QString CatalogTableModel::areaSourceSummary(const catalog::Category& category) {
    if (!category.areaSource) return {};
    QStringList parts;
    for (const std::string* part : {&category.areaSource->jurisdiction,
                                    &category.areaSource->confidence})
        if (!part->empty()) parts << QString::fromStdString(*part);
    return parts.join(QStringLiteral(" · "));
}

QString CatalogTableModel::areaKindLabel(const QString& kind) {
    if (kind == QLatin1String("floor")) return AttributesTr::tr("Floor area");
    if (kind == QLatin1String("usable")) return AttributesTr::tr("Usable area");
    if (kind == QLatin1String("sales")) return AttributesTr::tr("Sales area");
    if (kind == QLatin1String("dining")) return AttributesTr::tr("Dining area");
    if (kind == QLatin1String("land")) return AttributesTr::tr("Site area");
    return kind;
}

CatalogTableModel::CatalogTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CatalogTableModel::setCategories(std::vector<catalog::Category> categories) {
    beginResetModel();
    m_categories = std::move(categories);
    endResetModel();
}

const catalog::Category& CatalogTableModel::category(int row) const {
    return m_categories.at(static_cast<std::size_t>(row));
}

void CatalogTableModel::setCategory(int row, catalog::Category category) {
    if (row < 0 || row >= rowCount()) return;
    m_categories[static_cast<std::size_t>(row)] = std::move(category);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CatalogTableModel::addCategory() {
    QString code = QStringLiteral("new_category");
    for (int n = 2;; ++n) {
        bool used = false;
        for (const catalog::Category& c : m_categories)
            if (c.code == code.toStdString()) used = true;
        if (!used) break;
        code = QStringLiteral("new_category_%1").arg(n);
    }
    catalog::Category c;
    c.code = code.toStdString();
    c.nameZh = "新类别";
    c.nameEn = "New category";
    c.group = kBasic.toStdString();
    c.confidence = "unverified";
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_categories.push_back(std::move(c));
    endInsertRows();
    return row;
}

bool CatalogTableModel::isValidCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9]*(_[a-z0-9]+)*$"));
    return pattern.match(code).hasMatch();
}

std::vector<std::pair<int, QString>> CatalogTableModel::problems() const {
    std::vector<std::pair<int, QString>> result;
    std::map<std::string, int> firstRow;
    for (int row = 0; row < rowCount(); ++row) {
        const catalog::Category& c = m_categories[static_cast<std::size_t>(row)];
        const QString code = QString::fromStdString(c.code);
        if (code.isEmpty()) {
            result.emplace_back(row, AttributesTr::tr("Row %1: the code is empty.").arg(row + 1));
        } else if (!isValidCode(code)) {
            result.emplace_back(row, AttributesTr::tr("Row %1: the code “%2” must be "
                                                      "lower_snake_case (a-z, 0-9 and _, "
                                                      "starting with a letter).")
                                         .arg(row + 1)
                                         .arg(code));
        } else if (const auto it = firstRow.find(c.code); it != firstRow.end()) {
            result.emplace_back(row, AttributesTr::tr("Rows %1 and %2 have the same code “%3”.")
                                         .arg(it->second + 1)
                                         .arg(row + 1)
                                         .arg(code));
        } else {
            firstRow.emplace(c.code, row);
        }
        if (c.nameZh.empty() && c.nameEn.empty())
            result.emplace_back(row, AttributesTr::tr("Row %1 (%2): give a Chinese or an English "
                                                      "name.")
                                         .arg(row + 1)
                                         .arg(code));
        for (int column : kFigureColumns) {
            const std::optional<double>& v = figureOf(c, column);
            if (v && !(std::isfinite(*v) && *v >= 0.0))
                result.emplace_back(row, AttributesTr::tr("Row %1 (%2): %3 must be zero or more.")
                                             .arg(row + 1)
                                             .arg(code, columnTitle(column)));
        }
        if (c.minAreaM2 && c.maxAreaM2 && *c.maxAreaM2 < *c.minAreaM2)
            result.emplace_back(row, AttributesTr::tr("Row %1 (%2): the largest area is smaller "
                                                      "than the minimum.")
                                         .arg(row + 1)
                                         .arg(code));
        for (const catalog::Source& s : c.sources)
            if (s.id.empty())
                result.emplace_back(row, AttributesTr::tr("Row %1 (%2): a source has no ID.")
                                             .arg(row + 1)
                                             .arg(code));
    }
    return result;
}

QStringList CatalogTableModel::validate() const {
    QStringList messages;
    for (const auto& [row, text] : problems()) messages << text;
    return messages;
}

int CatalogTableModel::firstInvalidRow() const {
    const auto list = problems();
    return list.empty() ? -1 : list.front().first;
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_categories.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const catalog::Category& c = m_categories[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Code: return QString::fromStdString(c.code);
                case NameZh: return QString::fromStdString(c.nameZh);
                case NameEn: return QString::fromStdString(c.nameEn);
                case Group: return groupLabel(QString::fromStdString(c.group));
                case AreaKind: return areaKindLabel(QString::fromStdString(c.areaKind));
                case AreaSource: return areaSourceSummary(c);
                case Siting: return optionalText(c.siting);
                case Sources: return sourcesText(c);
                case Confidence: return QString::fromStdString(c.confidence);
                case Notes: return optionalText(c.notes).replace(QLatin1Char('\n'), QLatin1Char(' '));
                default: return figureText(figureOf(c, column));
            }
        case Qt::EditRole:
            switch (column) {
                case Group: return QString::fromStdString(c.group);
                case AreaKind: return QString::fromStdString(c.areaKind);
                case Notes: return optionalText(c.notes);
                default: return data(index, Qt::DisplayRole);
            }
        case Qt::ToolTipRole:
            switch (column) {
                case WalkMinutes:
                case WalkDistance:
                    return c.walkTarget ? AttributesTr::tr("As stated by the source: %1")
                                              .arg(QString::fromStdString(*c.walkTarget))
                                        : QVariant();
                case MinArea:
                case AreaSource: {
                    const QString tip = minAreaToolTip(c);
                    return tip.isEmpty() ? QVariant() : QVariant(tip);
                }
                case Siting: return optionalText(c.siting);
                case Sources: return sourcesToolTip(c);
                case Notes: return optionalText(c.notes);
                default: return {};
            }
        case Qt::TextAlignmentRole:
            return isFigure(column) ? QVariant(static_cast<int>(Qt::AlignRight | Qt::AlignVCenter))
                                    : QVariant();
        case FeatureTableModel::EditorRole:
            if (column == Sources || column == AreaSource)
                return static_cast<int>(FieldEditor::ReadOnly);
            if (column == Group || column == AreaKind) return static_cast<int>(FieldEditor::Choice);
            if (column == Notes) return static_cast<int>(FieldEditor::MultilineText);
            return static_cast<int>(FieldEditor::Text);
        case FeatureTableModel::ChoicesRole: {
            if (column == AreaKind) return areaKindChoices(QString::fromStdString(c.areaKind));
            if (column != Group) return {};
            QVariantList list{choice(kBasic, groupLabel(kBasic)),
                              choice(kQuality, groupLabel(kQuality))};
            const QString group = QString::fromStdString(c.group);
            if (group != kBasic && group != kQuality) list << choice(group, group);
            return list;
        }
        default: return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount()) return section + 1;
        return {};
    }
    if (section < 0 || section >= ColumnCount) return {};
    if (role == Qt::DisplayRole) return columnTitle(section);
    if (role == Qt::ToolTipRole) return columnToolTip(section);
    return {};
}

Qt::ItemFlags CatalogTableModel::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() != Sources && index.column() != AreaSource) flags |= Qt::ItemIsEditable;
    return flags;
}

bool CatalogTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    catalog::Category c = m_categories[static_cast<std::size_t>(row)];
    const QString text = column == Notes ? value.toString().trimmed() : value.toString().simplified();
    switch (column) {
        case Code: {
            if (!isValidCode(text)) {
                Q_EMIT editRejected(
                    text.isEmpty()
                        ? AttributesTr::tr("A category needs a code.")
                        : AttributesTr::tr("The code “%1” must be lower_snake_case (a-z, 0-9 and _, "
                                           "starting with a letter).")
                              .arg(text));
                return false;
            }
            for (int other = 0; other < rowCount(); ++other)
                if (other != row
                    && m_categories[static_cast<std::size_t>(other)].code == text.toStdString()) {
                    Q_EMIT editRejected(
                        AttributesTr::tr("The code “%1” is already used in row %2.")
                            .arg(text)
                            .arg(other + 1));
                    return false;
                }
            c.code = text.toStdString();
            break;
        }
        case NameZh: c.nameZh = text.toStdString(); break;
        case NameEn: c.nameEn = text.toStdString(); break;
        case Group: c.group = text.toStdString(); break;
        case AreaKind:
            if (!text.isEmpty() && !catalog::isAreaKind(text.toStdString())) {
                Q_EMIT editRejected(AttributesTr::tr("“%1” is not a kind of area.").arg(text));
                return false;
            }
            c.areaKind = text.toStdString();
            break;
        case Siting:
            c.siting =
                text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
            break;
        case Confidence: c.confidence = text.toStdString(); break;
        case Notes:
            c.notes = text.isEmpty() ? std::nullopt : std::optional<std::string>(text.toStdString());
            break;
        case Sources:
        case AreaSource: return false;
        default: {
            std::optional<double>& figure = figureOf(c, column);
            if (text.isEmpty()) {
                figure.reset();
                break;
            }
            bool ok = false;
            double number = QLocale().toDouble(text, &ok);
            if (!ok) number = text.toDouble(&ok);
            if (!ok || !std::isfinite(number)) {
                Q_EMIT editRejected(AttributesTr::tr("%1: “%2” is not a number.")
                                        .arg(columnTitle(column), text));
                return false;
            }
            if (number < 0.0) {
                Q_EMIT editRejected(
                    AttributesTr::tr("%1 must be zero or more.").arg(columnTitle(column)));
                return false;
            }
            figure = number;
            break;
        }
    }
    if (c == m_categories[static_cast<std::size_t>(row)]) return true;
    m_categories[static_cast<std::size_t>(row)] = std::move(c);
    Q_EMIT dataChanged(index, index);
    return true;
}

bool CatalogTableModel::removeRows(int row, int count, const QModelIndex& parent) {
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_categories.erase(m_categories.begin() + row, m_categories.begin() + row + count);
    endRemoveRows();
    return true;
}

void CatalogTableModel::retranslate() {
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace yike::ui
