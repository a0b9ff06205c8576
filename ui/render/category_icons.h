// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <QColor>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QString>
#include <QStringList>

class QIcon;
class QSvgRenderer;

namespace yike::ui {

/**
 * The icons of facility categories. Which SVG marks which catalogue code is data: a table of
 * `code<TAB>file` lines (by default :/icons/categories/category_icons.tsv, embedded from
 * resources/icons/categories/), with a `*` line naming the icon of every other code. Icons are
 * black glyphs whose white parts are holes; image() renders one with QSvgRenderer, tinted to the
 * colour asked for, and caches it per file, size and colour.
 *
 * Images rather than pixmaps, because the map is drawn on a worker thread. All methods are
 * thread-safe.
 */
class CategoryIcons {
public:
    static constexpr const char* kDefaultTable = ":/icons/categories/category_icons.tsv";

    /// Reads the table at `tablePath`; problems are reported by errors(), never thrown.
    explicit CategoryIcons(const QString& tablePath = QLatin1StringView(kDefaultTable));
    ~CategoryIcons();
    CategoryIcons(const CategoryIcons&) = delete;
    CategoryIcons& operator=(const CategoryIcons&) = delete;

    /// The built-in table, read once.
    static const CategoryIcons& standard();

    /// Translated descriptions of what was wrong with the table (empty when it was read fully).
    QStringList errors() const { return m_errors; }

    /// Whether `code` has its own line in the table.
    bool hasOwnIcon(std::string_view code) const;
    /// The path of the SVG that marks `code`: its own, else the fallback (empty if neither).
    QString iconPath(std::string_view code) const;
    /// The icon of `code` as a `sizePx` × `sizePx` image in `colour` (transparent elsewhere);
    /// a null image when the icon cannot be read.
    QImage image(std::string_view code, int sizePx, const QColor& colour) const;

private:
    QString m_directory;
    std::map<std::string, QString, std::less<>> m_files;  // code -> file name
    QString m_fallback;
    QStringList m_errors;

    mutable QMutex m_mutex;
    mutable std::map<QString, std::unique_ptr<QSvgRenderer>> m_renderers;
    mutable QHash<QString, QImage> m_images;
};

/// A category's map symbol for lists and menus: its icon in white on a disc of `colour` (its
/// catalogue group's colour), `sizePx` square.
QIcon categorySymbol(const std::string& code, const QColor& colour, int sizePx = 18);

}  // namespace yike::ui
