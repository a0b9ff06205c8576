// SPDX-License-Identifier: GPL-3.0-or-later
// yike-cli report, run as the real program, read back with the Poppler tools.
#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/project/project.h"
#include "core/project/project_file.h"
#include "core/sample/sample_district.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_data.h"

namespace yike::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;
using ::testing::StartsWith;

/// yike-cli with `args`; a report may take a while before it says anything.
test::RunResult runCli(const std::vector<std::string>& args) {
    return test::runProgram(YIKE_CLI_PATH, args, nullptr, 120'000);
}

std::filesystem::path writeSample(const test::ScratchDir& dir) {
    const auto file = dir / "sample.yike";
    project::ProjectFile::writeCopy(file, sample::generateSampleDistrict());
    return file;
}

/// `report` on the sample district into report.pdf in `dir`, with `options`.
test::RunResult reportOnSample(const test::ScratchDir& dir,
                               const std::vector<std::string>& options) {
    std::vector<std::string> args{"report", writeSample(dir).string(), "--out",
                                  (dir / "report.pdf").string()};
    args.insert(args.end(), options.begin(), options.end());
    return runCli(args);
}

TEST(CliReport, WritesTheSampleReportInChineseByDefault) {
    YIKE_REQUIRE_POPPLER();
    const test::ScratchDir dir;
    const auto pdf = dir / "report.pdf";
    const test::RunResult r =
        reportOnSample(dir, {"--budget", "500000", "--prepared-by", "示例规划设计院"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("Wrote the proposal report to " + pdf.string()));
    EXPECT_THAT(test::pdfInfo(pdf, "Page size", 1), HasSubstr("595 x 842 pts"));
    const std::string text = test::pdfText(pdf);
    EXPECT_THAT(text, HasSubstr("闲置空间改造建议"));
    EXPECT_THAT(text, HasSubstr("示例规划设计院"));
    EXPECT_THAT(text, HasSubstr("老年人（60岁及以上）"));
    EXPECT_THAT(text, Not(HasSubstr("Appendix")));
    for (const test::PdfFont& font : test::pdfFonts(pdf)) EXPECT_TRUE(font.embedded) << font.name;
    EXPECT_THAT(r.out, HasSubstr(std::to_string(test::pdfPages(pdf)) + " pages"));
}

TEST(CliReport, SpeaksEnglishWithLangEn) {
    YIKE_REQUIRE_POPPLER();
    const test::ScratchDir dir;
    const test::RunResult r =
        reportOnSample(dir, {"--lang", "en", "--categories", "pharmacy,recycling_point,photo_print",
                             "--max-spaces", "2"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto pdf = dir / "report.pdf";
    const std::string text = test::pdfText(pdf);
    EXPECT_THAT(text, HasSubstr("Idle Space Conversion Proposal"));
    EXPECT_THAT(text, HasSubstr("Spaces at most"));
    EXPECT_THAT(text, HasSubstr("Recyclables collection point"));
    EXPECT_THAT(text, Not(HasSubstr("闲置空间改造建议")));
}

TEST(CliReport, WritesAReportOfNanjingWithTheOpenStreetMapCredit) {
    YIKE_REQUIRE_POPPLER();
    const auto osm = test::sharedPath("data/cn-nanjing-xinjiekou/nanjing-xinjiekou.osm.pbf");
    YIKE_REQUIRE_SHARED_FILE(osm);
    const test::ScratchDir dir;
    const auto project = dir / "nanjing.yike";
    ASSERT_EQ(runCli({"import-osm", osm.string(), "--out", project.string()}).status, 0);
    // Vacant shops beside every 25th facility, as a survey would have found them.
    project::Project nanjing =
        project::ProjectFile::open(project, project::ProjectFile::Mode::ReadOnly)->load();
    const auto& facilities = nanjing.facilities().items();
    std::vector<std::string> names;
    for (std::size_t i = 0; i < facilities.size(); i += 25) {
        project::IdleSpace shop;
        shop.position = {facilities[i].position.lon + 0.0002, facilities[i].position.lat};
        shop.kind = project::IdleSpaceKind::VacantShop;
        shop.name = "新街口空置商铺" + std::to_string(names.size() + 1) + "号";
        shop.floorAreaM2 = 160.0;
        shop.estimatedCostYuan = 180'000.0;
        names.push_back(shop.name);
        nanjing.addIdleSpace(std::move(shop));
    }
    project::ProjectFile::writeCopy(dir / "with-spaces.yike", nanjing);
    const auto pdf = dir / "nanjing.pdf";
    const test::RunResult r = runCli({"report", (dir / "with-spaces.yike").string(), "--out",
                                      pdf.string(), "--budget", "600000"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(test::pdfInfo(pdf, "Page size", 1), HasSubstr("595 x 842 pts"));
    const std::string text = test::pdfText(pdf);
    EXPECT_THAT(text, HasSubstr("地图数据：© OpenStreetMap contributors"));
    int named = 0;
    for (const std::string& name : names) named += text.find(name) != std::string::npos ? 1 : 0;
    EXPECT_EQ(named, int(names.size())) << "converted or listed in appendix A, each by its name";
}

TEST(CliReport, AProjectWithoutIdleSpacesIsAClearErrorAndNoFile) {
    const test::ScratchDir dir;
    project::Project bare = sample::generateSampleDistrict();
    std::vector<project::FeatureId> ids;
    for (const project::IdleSpace& s : bare.idleSpaces().items()) ids.push_back(s.id);
    bare.removeIdleSpaces(ids);
    const auto project = dir / "bare.yike";
    project::ProjectFile::writeCopy(project, bare);
    const auto pdf = dir / "report.pdf";
    const test::RunResult r = runCli({"report", project.string(), "--out", pdf.string()});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(r.err, MatchesRegex("yike-cli: error: the project has no idle spaces: .*\n"));
    EXPECT_FALSE(std::filesystem::exists(pdf));
}

TEST(CliReport, RefusesBadArgumentsWithOneLine) {
    const test::ScratchDir dir;
    const auto project = writeSample(dir);
    const auto pdf = dir / "report.pdf";
    const test::RunResult noOut = runCli({"report", project.string()});
    EXPECT_EQ(noOut.status, 2);
    EXPECT_THAT(noOut.err, HasSubstr("--out"));
    const test::RunResult badLanguage =
        runCli({"report", project.string(), "--out", pdf.string(), "--lang", "fr"});
    EXPECT_EQ(badLanguage.status, 2);
    EXPECT_THAT(badLanguage.err, HasSubstr("--lang"));
    const test::RunResult zero =
        runCli({"report", project.string(), "--out", pdf.string(), "--budget", "0"});
    EXPECT_EQ(zero.status, 1);
    EXPECT_THAT(zero.err, HasSubstr("budget of zero"));
    const test::RunResult unwritable =
        runCli({"report", project.string(), "--out", (dir / "no" / "such" / "r.pdf").string()});
    EXPECT_EQ(unwritable.status, 1);
    EXPECT_THAT(unwritable.err, HasSubstr("r.pdf"));
    EXPECT_FALSE(std::filesystem::exists(pdf));
    const test::RunResult help = runCli({"help", "report"});
    EXPECT_EQ(help.status, 0);
    EXPECT_THAT(help.out, HasSubstr("--weight-older"));
    EXPECT_THAT(help.out, HasSubstr("--lang"));
}

}  // namespace
}  // namespace yike::cli
