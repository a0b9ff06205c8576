// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/page_output.h"

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include <QImage>
#include <gtest/gtest.h>

#include "tests/support/test_data.h"
#include "tests/ui/print/print_fixture.h"
#include "ui/print/guide_map_page.h"

namespace yike::ui {
namespace {

using test::samplePage;
using PageOutputTest = test::ChinesePages;

QString q(const std::filesystem::path& p) { return QString::fromStdString(p.string()); }
std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// "Page size:      841.89 x 1190.55 pts (A3)" -> millimetres.
QSizeF pdfPageMm(const std::string& pdfinfo) {
    std::smatch m;
    const std::regex size(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)");
    if (!std::regex_search(pdfinfo, m, size)) return {};
    return {std::stod(m[1]) * 25.4 / 72.0, std::stod(m[2]) * 25.4 / 72.0};
}

TEST_F(PageOutputTest, PdfIsAnA3PageWithEmbeddedFontsAndTheChineseText) {
    YIKE_REQUIRE_TOOL("pdfinfo");
    yike::test::ScratchDir dir;
    const auto pdf = dir.path() / "导引图.pdf";
    const std::unique_ptr<GuideMapPage> page = samplePage(defaultGuideMapLayout(Paper::A3));
    ASSERT_TRUE(writePage(*page, q(pdf), PageFormat::Pdf));

    const std::string info = test::runTool("pdfinfo " + quoted(pdf));
    EXPECT_NE(info.find("Pages:           1"), std::string::npos) << info;
    const QSizeF mm = pdfPageMm(info);
    EXPECT_NEAR(mm.width(), 297.0, 0.5) << info;
    EXPECT_NEAR(mm.height(), 420.0, 0.5) << info;

    // Every font embedded.
    const std::string fonts = test::runTool("pdffonts " + quoted(pdf));
    std::istringstream lines(fonts);
    std::string line;
    int fontLines = 0;
    for (int n = 0; std::getline(lines, line); ++n) {
        if (n < 2 || line.empty()) continue;  // the header
        ++fontLines;
        // name, type..., encoding, emb, sub, uni, object, id: emb is the fifth field from the end
        std::istringstream fields(line);
        std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
        ASSERT_GE(f.size(), 6u) << line;
        EXPECT_EQ(f[f.size() - 5], "yes") << line;
    }
    EXPECT_GT(fontLines, 0) << fonts;

    // The text layer holds the title and every service with its minutes on its line.
    const std::string text = test::runTool("pdftotext -layout " + quoted(pdf) + " -");
    EXPECT_NE(text.find(page->title().toStdString()), std::string::npos) << text;
    EXPECT_NE(text.find("你在这里"), std::string::npos);
    for (const guidemap::DirectoryEntry& e : page->entries()) {
        SCOPED_TRACE(e.name);
        // Minutes as printed: the engine's, rounded up; the centre itself says 此处.
        const std::string minutes =
            e.minutes <= 0.0 ? "此处"
                             : std::to_string(int(std::ceil(e.minutes - 1e-9))) + " 分钟";
        // Its directory line (the name may also be in the title or on the map).
        bool found = false;
        for (std::size_t at = text.find(e.name); at != std::string::npos && !found;
             at = text.find(e.name, at + 1)) {
            const std::string rest = text.substr(at, text.find('\n', at) - at);
            found = rest.find(minutes) != std::string::npos;
        }
        EXPECT_TRUE(found) << minutes;
    }
}

TEST_F(PageOutputTest, PdfIsVectorAndTakesThePaperAndOrientationAsked) {
    YIKE_REQUIRE_TOOL("pdfinfo");
    yike::test::ScratchDir dir;
    const auto pdf = dir.path() / "a1.pdf";
    ASSERT_TRUE(writePage(*samplePage(defaultGuideMapLayout(Paper::A1, true)), q(pdf),
                          PageFormat::Pdf));
    const QSizeF mm = pdfPageMm(test::runTool("pdfinfo " + quoted(pdf)));
    EXPECT_NEAR(mm.width(), 841.0, 0.5);
    EXPECT_NEAR(mm.height(), 594.0, 0.5);
    // The only images are the category icons: nothing as large as a map.
    const std::string images = test::runTool("pdfimages -list " + quoted(pdf));
    std::istringstream lines(images);
    std::string line;
    for (int n = 0; std::getline(lines, line); ++n) {
        if (n < 2) continue;
        std::istringstream fields(line);
        std::vector<std::string> f{std::istream_iterator<std::string>(fields), {}};
        if (f.size() < 5) continue;
        EXPECT_LE(std::stoi(f[3]), 512) << line;
        EXPECT_LE(std::stoi(f[4]), 512) << line;
    }
}

// Pixels whose colour differs by more than `threshold` in any channel, and the mean difference.
struct ImageDifference {
    double differingShare = 1.0;
    double meanDifference = 255.0;
};

ImageDifference compare(const QImage& a, const QImage& b, int threshold) {
    if (a.size() != b.size()) return {};
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    long long differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* r = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int c = 0; c < x.width(); ++c) {
            const int d = std::max({std::abs(qRed(p[c]) - qRed(r[c])),
                                    std::abs(qGreen(p[c]) - qGreen(r[c])),
                                    std::abs(qBlue(p[c]) - qBlue(r[c]))});
            sum += d;
            differing += d > threshold;
        }
    }
    const double n = double(x.width()) * x.height();
    return {double(differing) / n, sum / n};
}

TEST_F(PageOutputTest, Png300DpiMatchesTheReference) {
    // Tolerance: at most 0.5 % of the pixels may differ by more than 48 levels in a channel,
    // and the mean difference must stay under 1.5 levels (font rasterisation and
    // anti-aliasing may move edges by a pixel; a moved label, marker or area does not pass).
    const std::filesystem::path reference =
        std::filesystem::path(YIKE_SOURCE_DIR) / "tests/ui/print/reference/sample-guide-map-a3-300dpi.png";
    yike::test::ScratchDir dir;
    const auto png = dir.path() / "sample.png";
    ASSERT_TRUE(writePage(*samplePage(defaultGuideMapLayout()), q(png), PageFormat::Png));
    const QImage image(q(png));
    ASSERT_EQ(image.size(), QSize(3508, 4961));  // A3 at 300 DPI
    EXPECT_NEAR(image.dotsPerMeterX(), 300 / 0.0254, 1.0);
    if (qEnvironmentVariableIsSet("YIKE_UPDATE_REFERENCE")) {
        ASSERT_TRUE(image.save(q(reference)));
        GTEST_SKIP() << "reference rewritten: " << reference;
    }
    const QImage expected(q(reference));
    ASSERT_FALSE(expected.isNull()) << reference;
    const ImageDifference d = compare(image, expected, 48);
    const bool same = d.differingShare <= 0.005 && d.meanDifference <= 1.5;
    if (!same) {
        const auto kept = std::filesystem::path(YIKE_BINARY_DIR) / "sample-guide-map-actual.png";
        image.save(q(kept));
        ADD_FAILURE() << "differs from the reference: " << d.differingShare * 100
                      << " % of pixels, mean " << d.meanDifference << "; kept " << kept;
    }
}

TEST_F(PageOutputTest, GrayscalePageHasNoColour) {
    yike::test::ScratchDir dir;
    const auto png = dir.path() / "gray.png";
    PageLayout layout = defaultGuideMapLayout(Paper::A4);
    layout.style = PageStyle::Grayscale;
    layout.qrUrl = QStringLiteral("https://example.org/circle");
    PageOutputOptions options;
    options.pngDpi = 60;
    ASSERT_TRUE(writePage(*samplePage(layout), q(png), PageFormat::Png, options));
    const QImage image = QImage(q(png)).convertToFormat(QImage::Format_RGB32);
    ASSERT_FALSE(image.isNull());
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            coloured += std::max({qRed(c), qGreen(c), qBlue(c)})
                            - std::min({qRed(c), qGreen(c), qBlue(c)})
                        > 2;
        }
    EXPECT_EQ(coloured, 0);

    // The same page in the sign style is in colour.
    layout.style = PageStyle::Sign;
    ASSERT_TRUE(writePage(*samplePage(layout), q(png), PageFormat::Png, options));
    const QImage colour = QImage(q(png)).convertToFormat(QImage::Format_RGB32);
    EXPECT_GT(compare(colour, image, 8).differingShare, 0.05);
}

TEST_F(PageOutputTest, SvgCarriesTheTitleAsText) {
    yike::test::ScratchDir dir;
    const auto svg = dir.path() / "page.svg";
    const std::unique_ptr<GuideMapPage> page = samplePage(defaultGuideMapLayout());
    ASSERT_TRUE(writePage(*page, q(svg), PageFormat::Svg));
    const std::string text = readAll(svg);
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_NE(text.find(page->title().toHtmlEscaped().toStdString()), std::string::npos);
    EXPECT_NE(text.find("297mm"), std::string::npos);  // the paper's width
}

TEST_F(PageOutputTest, CancelLeavesTheEarlierFileAsItWas) {
    yike::test::ScratchDir dir;
    const auto png = dir.path() / "kept.png";
    std::ofstream(png, std::ios::binary) << "earlier";
    int calls = 0;
    const auto cancelLater = [&](double) { return ++calls < 3; };
    PageOutputOptions options;
    options.pngDpi = 600;  // several bands
    EXPECT_FALSE(writePage(*samplePage(defaultGuideMapLayout(Paper::A4)), q(png),
                           PageFormat::Png, options, cancelLater));
    EXPECT_EQ(calls, 3);
    EXPECT_EQ(readAll(png), "earlier");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()), {}), 1);
}

TEST_F(PageOutputTest, SaysWhyAPageCannotBeWritten) {
    yike::test::ScratchDir dir;
    const std::unique_ptr<GuideMapPage> page = samplePage(defaultGuideMapLayout(Paper::A1));
    try {
        writePage(*page, q(dir.path() / "missing" / "page.pdf"), PageFormat::Pdf);
        ADD_FAILURE() << "wrote into a folder that does not exist";
    } catch (const PageOutputError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("page.pdf"))) << e.what();
    }
    PageOutputOptions huge;
    huge.pngDpi = 3000;  // A1 at 3000 DPI: 70 000 × 99 000 pixels
    EXPECT_THROW(writePage(*page, q(dir.path() / "huge.png"), PageFormat::Png, huge),
                 PageOutputError);
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(PageFormat, FollowsTheExtension) {
    EXPECT_EQ(pageFormatOf(QStringLiteral("a/b.PDF")), PageFormat::Pdf);
    EXPECT_EQ(pageFormatOf(QStringLiteral("导引图.png")), PageFormat::Png);
    EXPECT_EQ(pageFormatOf(QStringLiteral("x.svg")), PageFormat::Svg);
    EXPECT_EQ(pageFormatOf(QStringLiteral("x.jpg")), std::nullopt);
    EXPECT_EQ(pageFormatOf(QStringLiteral("pdf")), std::nullopt);
}

}  // namespace
}  // namespace yike::ui
