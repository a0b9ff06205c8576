// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/feature_filter_model.h"

#include <QLocale>

#include "ui/attributes/feature_table_model.h"

namespace yike::ui {
namespace {

bool isNumber(const QVariant& v) {
    switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
            return true;
        default:
            return false;
    }
}

}  // namespace

FeatureFilterModel::FeatureFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(QLocale(QLocale::Chinese, QLocale::China)) {
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(FeatureTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FeatureFilterModel::setSearchText(const QString& text) {
    if (text == m_text) return;
    m_text = text;
    // simplified() also turns the ideographic space (U+3000) of Chinese input into ' '.
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool FeatureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty()) return true;
    const QAbstractItemModel* model = sourceModel();
    QString haystack;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        haystack += model->index(sourceRow, column, sourceParent)
                        .data(FeatureTableModel::SearchRole)
                        .toString();
        haystack += QLatin1Char('\n');
    }
    for (const QString& word : m_words)
        if (!haystack.contains(word, Qt::CaseInsensitive)) return false;
    return true;
}

bool FeatureFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (isNumber(a) && isNumber(b)) return a.toDouble() < b.toDouble();
    return m_collator.compare(a.toString(), b.toString()) < 0;
}

}  // namespace yike::ui
