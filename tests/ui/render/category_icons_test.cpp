// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/render/category_icons.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include "core/catalog/catalog.h"

namespace yike::ui {
namespace {

int opaquePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 128) ++count;
    return count;
}

TEST(CategoryIcons, BuiltInTableReadsWithoutErrors) {
    EXPECT_TRUE(CategoryIcons::standard().errors().isEmpty())
        << CategoryIcons::standard().errors().join(u'\n').toStdString();
}

TEST(CategoryIcons, EveryBuiltInCategoryHasItsOwnReadableIcon) {
    const CategoryIcons& icons = CategoryIcons::standard();
    ASSERT_FALSE(catalog::builtinCatalog().empty());
    for (const catalog::Category& category : catalog::builtinCatalog().categories()) {
        SCOPED_TRACE(category.code);
        EXPECT_TRUE(icons.hasOwnIcon(category.code));
        const QString path = icons.iconPath(category.code);
        EXPECT_TRUE(path.startsWith(QStringLiteral(":/icons/categories/"))) << path.toStdString();
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
        QSvgRenderer svg(path);
        EXPECT_TRUE(svg.isValid());
        EXPECT_EQ(svg.viewBoxF(), QRectF(0, 0, 24, 24));
        const QImage image = icons.image(category.code, 24, Qt::red);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.size(), QSize(24, 24));
        const int opaque = opaquePixels(image);
        EXPECT_GT(opaque, 24) << "a visible glyph";
        EXPECT_LT(opaque, 24 * 24 * 3 / 4) << "a glyph, not a filled square";
    }
}

TEST(CategoryIcons, UnknownCodesGetTheFallbackIcon) {
    const CategoryIcons& icons = CategoryIcons::standard();
    EXPECT_FALSE(icons.hasOwnIcon("user_defined_category"));
    EXPECT_EQ(icons.iconPath("user_defined_category"),
              QStringLiteral(":/icons/categories/generic.svg"));
    EXPECT_FALSE(icons.image("user_defined_category", 16, Qt::black).isNull());
}

TEST(CategoryIcons, ImagesAreTintedAndHoled) {
    const CategoryIcons& icons = CategoryIcons::standard();
    // The cross of health: solid in the middle, transparent in the corners.
    const QImage image = icons.image("community_health_station", 48, QColor(10, 200, 30));
    EXPECT_EQ(image.pixelColor(24, 24), QColor(10, 200, 30));
    EXPECT_EQ(qAlpha(image.pixel(2, 2)), 0);
    // The book has a white spine line: a hole, not white paint.
    const QImage book = icons.image("new_bookstore", 48, Qt::black);
    EXPECT_LT(qAlpha(book.pixel(24, 30)), 128);
    EXPECT_GT(qAlpha(book.pixel(14, 30)), 200);
}

TEST(CategoryIcons, BrokenTableLinesAreReportedNotFatal) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile::copy(QStringLiteral(":/icons/categories/health.svg"), dir.filePath(QStringLiteral("h.svg")));
    QFile table(dir.filePath(QStringLiteral("icons.tsv")));
    ASSERT_TRUE(table.open(QIODevice::WriteOnly));
    table.write("# comment\npharmacy\th.svg\nno tab here\ncafe\tmissing.svg\n");
    table.close();
    const CategoryIcons icons(table.fileName());
    EXPECT_EQ(icons.errors().size(), 2);
    EXPECT_TRUE(icons.errors().join(u' ').contains(QStringLiteral("line 3")));
    EXPECT_TRUE(icons.errors().join(u' ').contains(QStringLiteral("missing.svg")));
    EXPECT_TRUE(icons.hasOwnIcon("pharmacy"));
    EXPECT_FALSE(icons.hasOwnIcon("cafe"));
    EXPECT_TRUE(icons.iconPath("cafe").isEmpty()) << "no fallback line in this table";
    EXPECT_TRUE(icons.image("cafe", 16, Qt::black).isNull());

    const CategoryIcons missing(dir.filePath(QStringLiteral("none.tsv")));
    EXPECT_EQ(missing.errors().size(), 1);
}

}  // namespace
}  // namespace yike::ui
