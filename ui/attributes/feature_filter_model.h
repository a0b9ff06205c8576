// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace yike::ui {

/**
 * Search and sort over a FeatureTableModel. The search text is split at spaces; a row is kept
 * when every word occurs, ignoring case, in the text of any of its columns (the displayed text
 * plus category codes and the names in both languages, FeatureTableModel::SearchRole), so
 * "卫生" finds 社区卫生服务站 and "pharmacy" finds 药店. Numbers sort as numbers; text sorts with
 * a Chinese collator (pinyin order for Chinese, alphabetical for Latin, numbers inside text by
 * value).
 */
class FeatureFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FeatureFilterModel(QObject* parent = nullptr);

    QString searchText() const { return m_text; }
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    QStringList m_words;
    QCollator m_collator;
};

}  // namespace yike::ui
