// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/print/print_fixture.h"

#include <array>
#include <cmath>
#include <cstdio>

#include <QCoreApplication>
#include <QLocale>
#include <QPainterPath>

#include "core/sample/sample_district.h"

namespace yike::ui::test {

void ChinesePages::SetUp() {
    m_translator = std::make_unique<QTranslator>();
    ASSERT_TRUE(m_translator->load(QStringLiteral(":/i18n/yike_zh_CN.qm")));
    QCoreApplication::installTranslator(m_translator.get());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void ChinesePages::TearDown() {
    QCoreApplication::removeTranslator(m_translator.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

access::AnalysisSession& sampleSession() {
    static access::AnalysisSession* session = [] {
        auto* s = new access::AnalysisSession(sample::generateSampleDistrict());
        s->buildGraph();
        return s;
    }();
    return *session;
}

project::FeatureId sampleStation() {
    for (const project::Facility& f : sampleSession().project().facilities().items())
        if (f.categoryCode == "community_service_station") return f.id;
    ADD_FAILURE() << "the sample has no community service station";
    return 0;
}

std::unique_ptr<GuideMapPage> samplePage(const PageLayout& layout) {
    return makeGuideMapPage(sampleSession(),
                            guidemap::GuideMapRequest::atFacility(sampleStation()), layout,
                            kTestDate, {});
}

double sharedArea(const PageBox& a, const PageBox& b) {
    QPainterPath pa;
    pa.addPolygon(a.corners());
    pa.closeSubpath();
    QPainterPath pb;
    pb.addPolygon(b.corners());
    pb.closeSubpath();
    const QPolygonF common = pa.intersected(pb).toFillPolygon();
    double area = 0.0;
    for (qsizetype i = 0; i < common.size(); ++i) {
        const QPointF p = common.at(i);
        const QPointF q = common.at((i + 1) % common.size());
        area += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(area) / 2.0;
}

std::string runTool(const std::string& command) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    if (::pclose(pipe) != 0) return {};
    return out;
}

bool haveTool(const std::string& name) {
    return !runTool("command -v " + name + " 2>/dev/null").empty();
}

}  // namespace yike::ui::test
