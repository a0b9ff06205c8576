// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/proposal_report.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "core/access/analysis_session.h"
#include "core/project/project.h"
#include "core/sample/sample_district.h"
#include "tests/support/pdf_tools.h"
#include "tests/support/test_data.h"

namespace yike::ui {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

/// The sample district's proposal under a budget of ¥500,000, made once per test process.
struct SampleProposal {
    std::unique_ptr<access::AnalysisSession> session;
    proposals::ProposalOptions options;
    proposals::Instance instance;
    proposals::Proposal proposal;

    explicit SampleProposal(project::Project project) {
        session = std::make_unique<access::AnalysisSession>(std::move(project));
        session->buildGraph();
        options.budgetYuan = 500'000.0;
        instance = *proposals::buildInstance(*session, options);
        proposal = *proposals::solve(instance, {});
    }

    ProposalReportInput input() const { return {*session, instance, proposal, options}; }

    /// The converted spaces in the order of the proposal.
    std::vector<const project::IdleSpace*> spaces() const {
        std::vector<const project::IdleSpace*> out;
        std::set<std::uint32_t> seen;
        for (const proposals::ProposalLine& line : proposal.lines) {
            const std::uint32_t s = instance.options[line.option].space;
            if (seen.insert(s).second) out.push_back(&instance.spaces[s].space);
        }
        return out;
    }
};

const SampleProposal& sampleProposal() {
    static const SampleProposal sample(sample::generateSampleDistrict());
    return sample;
}

/// The report in Chinese (the workstation's catalogue installed) or English.
class ProposalReportTest : public ::testing::Test {
protected:
    void useChinese() {
        m_translator = std::make_unique<QTranslator>();
        ASSERT_TRUE(m_translator->load(QStringLiteral(":/i18n/yike_zh_CN.qm")));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override {
        if (m_translator) QCoreApplication::removeTranslator(m_translator.get());
    }

    /// Writes the sample's report to `name` in the scratch folder.
    std::filesystem::path write(const std::string& name, ReportSummary* summary = nullptr) {
        const SampleProposal& sample = sampleProposal();
        const std::filesystem::path path = m_dir / name;
        ReportOptions options;
        options.date = QDate(2026, 11, 23);
        const std::optional<ReportSummary> written =
            writeProposalReport(QString::fromStdString(path.string()), sample.session->project(),
                                sample.input(), options);
        EXPECT_TRUE(written.has_value());
        if (summary && written) *summary = *written;
        return path;
    }

    test::ScratchDir m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

TEST_F(ProposalReportTest, IsAnA4PdfInChineseWithEveryConvertedSpaceAndItsServices) {
    YIKE_REQUIRE_POPPLER();
    useChinese();
    ReportSummary summary;
    const auto pdf = write("report.pdf", &summary);
    const SampleProposal& sample = sampleProposal();
    ASSERT_GE(sample.proposal.lines.size(), 2u) << "the sample's proposal converts spaces";

    EXPECT_THAT(test::pdfInfo(pdf, "Page size", 1), HasSubstr("595 x 842 pts"));
    const std::string text = test::pdfText(pdf);
    EXPECT_THAT(text, HasSubstr("闲置空间改造建议"));
    EXPECT_THAT(text, HasSubstr("一刻钟便民生活圈"));
    EXPECT_THAT(text, HasSubstr("第 2 页")) << "numbers from the first page after the cover";
    for (const proposals::ProposalLine& line : sample.proposal.lines) {
        const auto& c = sample.instance.categories[sample.instance.options[line.option].category];
        EXPECT_THAT(text, HasSubstr(c.nameZh)) << c.code;
        EXPECT_THAT(text, HasSubstr(line.spaceName));
    }
    // No English left in the headings and the fixed wording.
    EXPECT_THAT(text, Not(HasSubstr("Appendix")));
    EXPECT_THAT(text, Not(HasSubstr("Walking target")));
}

TEST_F(ProposalReportTest, HasTheFixedPagesAndOneSheetPerConvertedSpace) {
    YIKE_REQUIRE_POPPLER();
    useChinese();
    ReportSummary summary;
    const auto pdf = write("report.pdf", &summary);
    const auto spaces = sampleProposal().spaces();
    EXPECT_EQ(test::pdfPages(pdf), summary.pages);
    EXPECT_EQ(summary.spaces, int(spaces.size()));
    EXPECT_EQ(summary.spacePages, int(spaces.size())) << "one page each";
    ASSERT_GT(summary.firstSpacePage, 1);
    // The sheets come after the fixed pages before them, and the appendices follow.
    EXPECT_LT(summary.firstSpacePage + summary.spacePages - 1, summary.pages);
    for (std::size_t i = 0; i < spaces.size(); ++i) {
        const int page = summary.firstSpacePage + int(i);
        const std::string sheet = test::pdfText(pdf, page, page);
        EXPECT_THAT(sheet, HasSubstr("空间 " + std::to_string(i + 1) + "：" + spaces[i]->name))
            << "page " << page;
        EXPECT_THAT(sheet, HasSubstr("第 " + std::to_string(page) + " 页，共 "
                                     + std::to_string(summary.pages) + " 页"));
    }
}

TEST_F(ProposalReportTest, EmbedsEveryFont) {
    YIKE_REQUIRE_POPPLER();
    useChinese();
    const auto pdf = write("report.pdf");
    const std::vector<test::PdfFont> fonts = test::pdfFonts(pdf);
    ASSERT_FALSE(fonts.empty());
    bool wenQuanYi = false;
    for (const test::PdfFont& font : fonts) {
        EXPECT_TRUE(font.embedded) << font.name;
        wenQuanYi = wenQuanYi || font.name.find("WenQuanYi") != std::string::npos;
    }
    EXPECT_TRUE(wenQuanYi) << "the text is set in WenQuanYi Micro Hei";
}

/// The line of `text` holding every one of `parts`, in order; empty when none does.
std::string lineWith(const std::string& text, const std::vector<std::string>& parts) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        std::size_t at = 0;
        bool all = true;
        for (const std::string& part : parts) {
            at = line.find(part, at);
            if (at == std::string::npos) {
                all = false;
                break;
            }
            at += part.size();
        }
        if (all) return line;
    }
    return {};
}

TEST_F(ProposalReportTest, BeforeAfterTableShowsTheProposalsOwnFigures) {
    YIKE_REQUIRE_POPPLER();
    useChinese();
    const auto pdf = write("report.pdf");
    const std::string text = test::pdfText(pdf);
    const SampleProposal& sample = sampleProposal();
    const auto count = [](double v) {
        return QLocale().toString(std::round(v), 'f', 0).toStdString();
    };
    const auto arrow = [&](double before, double after) {
        return count(before) + " → " + count(after);
    };
    int checked = 0;
    for (const proposals::CategoryTotals& t : sample.proposal.totals) {
        const auto sum = [](const std::array<double, 3>& v) { return v[0] + v[1] + v[2]; };
        if (!(sum(t.after) > sum(t.before) + 0.5)) continue;
        const auto& c = sample.instance.categories[t.category];
        const std::string line =
            lineWith(text, {c.nameZh, arrow(sum(t.before), sum(t.after)),
                            arrow(t.before[1], t.after[1]), arrow(t.before[2], t.after[2])});
        EXPECT_FALSE(line.empty())
            << c.code << ": no line with " << arrow(sum(t.before), sum(t.after));
        ++checked;
    }
    EXPECT_GE(checked, 3);
}

TEST_F(ProposalReportTest, SpeaksEnglishWithoutTheChineseCatalogue) {
    YIKE_REQUIRE_POPPLER();
    const auto pdf = write("report-en.pdf");
    const std::string text = test::pdfText(pdf);
    EXPECT_THAT(text, HasSubstr("Idle Space Conversion Proposal"));
    EXPECT_THAT(text, HasSubstr("Appendix A"));
    EXPECT_THAT(text, HasSubstr("Page 2 of"));
    const SampleProposal& sample = sampleProposal();
    const auto& c =
        sample.instance
            .categories[sample.instance.options[sample.proposal.lines[0].option].category];
    EXPECT_THAT(text, HasSubstr(c.nameEn));
    EXPECT_THAT(text, Not(HasSubstr("闲置空间改造建议")));
}

TEST_F(ProposalReportTest, CreditsOpenStreetMapUnderItsMapsOnly) {
    YIKE_REQUIRE_POPPLER();
    ReportSummary summary;
    const auto plain = write("sample.pdf", &summary);
    EXPECT_THAT(test::pdfText(plain), Not(HasSubstr("OpenStreetMap"))) << "the sample is ours";

    project::Project osm = sampleProposal().session->project();
    osm.setMetadataValue(project::meta::kAttribution, "© OpenStreetMap contributors");
    const SampleProposal sample(std::move(osm));
    const auto path = m_dir / "osm.pdf";
    ASSERT_TRUE(writeProposalReport(QString::fromStdString(path.string()),
                                    sample.session->project(), sample.input()));
    EXPECT_THAT(test::pdfText(path, 2, 2), HasSubstr("Map data: © OpenStreetMap contributors"))
        << "the study area's map";
    EXPECT_THAT(test::pdfText(path, 3, 3), Not(HasSubstr("OpenStreetMap"))) << "the method: no map";
}

TEST_F(ProposalReportTest, CancelLeavesNoFileAndKeepsAnOldOne) {
    const SampleProposal& sample = sampleProposal();
    const std::filesystem::path path = m_dir / "report.pdf";
    std::ofstream(path) << "old";
    std::atomic<bool> cancel{false};
    access::RunControl control;
    control.cancel = &cancel;
    double seen = 0.0;
    control.progress = [&](double fraction) {
        seen = fraction;
        if (fraction > 0.6) cancel = true;  // while pages are drawn
    };
    EXPECT_FALSE(writeProposalReport(QString::fromStdString(path.string()),
                                     sample.session->project(), sample.input(), {}, control));
    EXPECT_GT(seen, 0.6);
    std::ifstream in(path);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), "old");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir.path()), {}), 1)
        << "no temporary file is left";

    cancel = false;
    control.progress = [&](double) { cancel = true; };  // while walk areas are measured
    const std::filesystem::path fresh = m_dir / "fresh.pdf";
    EXPECT_FALSE(writeProposalReport(QString::fromStdString(fresh.string()),
                                     sample.session->project(), sample.input(), {}, control));
    EXPECT_FALSE(std::filesystem::exists(fresh));
}

TEST_F(ProposalReportTest, AnUnwritablePlaceIsAReportErrorNamingIt) {
    const SampleProposal& sample = sampleProposal();
    const std::filesystem::path path = m_dir / "missing-folder" / "report.pdf";
    try {
        writeProposalReport(QString::fromStdString(path.string()), sample.session->project(),
                            sample.input());
        FAIL() << "no error";
    } catch (const ReportError& e) {
        EXPECT_THAT(e.what(), HasSubstr(path.string()));
    }
    EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace yike::ui
