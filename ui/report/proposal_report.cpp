// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/proposal_report.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <set>

#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/access/analysis_session.h"
#include "core/project/project.h"
#include "ui/render/highlight_layer.h"
#include "ui/render/map_legend.h"
#include "ui/report/proposal_maps.h"
#include "ui/report/report_document.h"
#include "ui/report/report_figures.h"
#include "ui/report/report_text.h"
#include "ui/report/tr.h"

namespace yike::ui {
namespace {

using proposals::Cohort;
using proposals::kCohortCount;

// The page: A4 portrait (210 x 297 mm), in millimetres from its top-left corner.
constexpr double kPageWidthMm = 210.0;
constexpr double kMarginMm = 20.0;  // left and right
constexpr double kBodyTopMm = 24.0;
constexpr double kBodyBottomMm = 276.0;
constexpr double kHeaderLineMm = 16.0;
constexpr double kFooterLineMm = 281.0;
constexpr double kCoverBandMm = 80.0;
// Device units: 300 to the inch. Everything is vector; this only sets the grid of positions.
constexpr int kResolution = 300;
// The most services in one coverage chart (a chart never breaks across pages).
constexpr std::size_t kChartRows = 18;
// The height of a sheet's map, the least it may shrink to so that the sheet holds on one page,
// and the step it shrinks by.
constexpr double kSheetMapMm = 110.0;
constexpr double kSheetMapMinMm = 60.0;
constexpr double kSheetMapStepMm = 12.0;
// Share of the progress spent on walk areas; the pages take the rest.
constexpr double kAreasShare = 0.4;

double all(const std::array<double, kCohortCount>& v) {
    return v[0] + v[1] + v[2];
}

double share(double part, double whole) {
    return whole > 0.0 ? part / whole : 0.0;
}

/// A converted space and the lines of the proposal that convert it, numbered in the order of
/// the proposal (the numbers on the maps and the sheets).
struct SpaceSheet {
    std::uint32_t space = 0;  ///< index into Instance::spaces
    int number = 0;
    std::vector<std::size_t> lines;
    std::vector<SpaceWalkArea> areas;
};

/// What every part of the report reads.
struct Context {
    const project::Project& project;
    const ProposalReportInput& input;
    QDate date;
    QString preparedBy;
    std::vector<SpaceSheet> sheets;
    std::array<double, kCohortCount> gained{};

    const proposals::Instance& instance() const { return input.instance; }
    const proposals::Proposal& proposal() const { return input.proposal; }
    const proposals::CategoryInfo& categoryOf(const proposals::ProposalLine& line) const {
        return instance().categories[instance().options[line.option].category];
    }
    const project::IdleSpace& spaceOf(std::uint32_t space) const {
        return instance().spaces[space].space;
    }
    /// The residents of the analysis of the first cohort's profile (the same homes in all).
    const access::CoverageResult* residents() const {
        const access::CoverageAnalysis* a = input.session.analysis(instance().profiles[0]);
        return a ? &a->result() : nullptr;
    }
};

QString reportTitle() {
    return ReportTr::tr("Idle Space Conversion Proposal");
}

QString projectName(const project::Project& project) {
    const std::string title = project.metadataValue(project::meta::kTitle);
    if (!title.empty()) return QString::fromStdString(title);
    const std::string region = project.metadataValue(project::meta::kRegion);
    return region.empty() ? ReportTr::tr("Untitled project") : QString::fromStdString(region);
}

QString dateText(const QDate& date) {
    //: A date format of QLocale::toString, e.g. "yyyy年M月d日" in Chinese
    return QLocale().toString(date, ReportTr::tr("MMMM d, yyyy"));
}

QString number(double value, int decimals) {
    return QLocale().toString(value, 'f', decimals);
}

QString walkersText(const Context& ctx) {
    const auto& profiles = ctx.instance().profiles;
    if (profiles[0] == profiles[1] && profiles[1] == profiles[2]) {
        const project::WalkProfile* p = ctx.project.walkProfile(profiles[0]);
        return ReportTr::tr("Everyone at the pace of: %1")
            .arg(p ? walkProfileName(*p) : QString::fromStdString(profiles[0]));
    }
    return ReportTr::tr("Each age group at its own pace");
}

QString solverText(const proposals::Proposal& p) {
    QString text = ReportTr::tr("A fast heuristic (greedy choice with exchanges) found it in %1.")
                       .arg(durationText(p.heuristicSeconds));
    if (!p.exact) {
        text += QLatin1Char(' ')
                + ReportTr::tr(
                    "The exact solver was not run; on test districts the heuristic came "
                    "within 1 % of the proved best.");
        return text;
    }
    const QString solver = QString::fromStdString(p.exact->solver);
    if (p.exact->optimal)
        text += QLatin1Char(' ')
                + ReportTr::tr("%1 proved it the best possible (%2).")
                      .arg(solver, durationText(p.exact->seconds));
    else if (p.exact->solved)
        text += QLatin1Char(' ')
                + ReportTr::tr(
                      "%1 stopped at its time limit (%2): the proposal is within %3 of the "
                      "best possible.")
                      .arg(solver, durationText(p.exact->seconds),
                           percentText(p.heuristicGap().value_or(p.exact->gap), 2));
    return text;
}

QString servicesText(const Context& ctx) {
    const std::vector<std::string>& chosen = ctx.input.options.categories;
    const QString count = QLocale().toString(qulonglong(ctx.instance().categories.size()));
    if (chosen.empty())
        return ReportTr::tr("Every service with residents beyond its walking target (%1 services)")
            .arg(count);
    if (chosen.size() > 8) return ReportTr::tr("%1 chosen services (see section 2.4)").arg(count);
    QStringList names;
    for (const std::string& code : chosen) names << categoryTitle(ctx.project, code);
    return names.join(ReportTr::tr(", "));
}

ReportTable parametersTable(const Context& ctx) {
    const proposals::Instance& in = ctx.instance();
    const auto& w = in.cohortWeights;
    ReportTable table;
    table.fontPoints = 9.0;
    table.columns = {{ReportTr::tr("Parameter"), 28.0}, {ReportTr::tr("Value"), 72.0}};
    table.rows.push_back({ReportTr::tr("Budget"),
                          in.budgetYuan ? yuanText(*in.budgetYuan) : ReportTr::tr("No limit")});
    table.rows.push_back(
        {ReportTr::tr("Spaces at most"),
         in.maxSpaces ? QLocale().toString(qulonglong(*in.maxSpaces)) : ReportTr::tr("No limit")});
    table.rows.push_back({ReportTr::tr("Services to fill"), servicesText(ctx)});
    table.rows.push_back(
        {ReportTr::tr("Weights"),
         ReportTr::tr("a resident aged 60+ counts ×%1, aged 0–14 ×%2, others ×%3")
             .arg(QLocale().toString(w[1], 'g', 3), QLocale().toString(w[2], 'g', 3),
                  QLocale().toString(w[0], 'g', 3))});
    table.rows.push_back({ReportTr::tr("Walkers"), walkersText(ctx)});
    table.rows.push_back({ReportTr::tr("Planned facilities"),
                          ctx.input.options.includePlanned
                              ? ReportTr::tr("Counted as present")
                              : ReportTr::tr("Not counted: existing facilities only")});
    table.rows.push_back(
        {ReportTr::tr("Idle spaces"), ReportTr::tr("%1 in the project, %2 converted")
                                          .arg(QLocale().toString(qulonglong(in.spaces.size())),
                                               QLocale().toString(qulonglong(ctx.sheets.size())))});
    return table;
}

// --- the cover --------------------------------------------------------------------------

void drawCover(QPainter& painter, const Context& ctx, QPaintDevice* device) {
    const double u = device->logicalDpiY() / 25.4;
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(reportColors::kAccent);
    painter.drawRect(QRectF(0.0, 0.0, kPageWidthMm * u, kCoverBandMm * u));
    painter.setPen(QColor(0xd6, 0xe4, 0xf0));
    painter.setFont(reportFont(11.0));
    painter.drawText(QRectF(kMarginMm * u, 22.0 * u, 170.0 * u, 8.0 * u),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     ReportTr::tr("15-minute convenient living circle"));
    painter.setPen(Qt::white);
    painter.setFont(reportFont(26.0, true));
    painter.drawText(QRectF(kMarginMm * u, 32.0 * u, 170.0 * u, 24.0 * u),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, reportTitle());
    painter.setPen(QColor(0xd6, 0xe4, 0xf0));
    painter.setFont(reportFont(10.5));
    painter.drawText(QRectF(kMarginMm * u, 58.0 * u, 170.0 * u, 14.0 * u),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     ReportTr::tr("Which idle spaces to convert into which missing services, so "
                                  "that the most residents, older people and children first, have "
                                  "them within walking distance"));
    painter.restore();

    // The rest of the cover flows like the other pages, from below the band to the foot.
    const double top = kCoverBandMm + 12.0;
    ReportDocument cover(device, QSizeF(170.0 * u, (kBodyBottomMm - top) * u));
    cover.paragraph(projectName(ctx.project), ReportDocument::Style::Title);
    const QString region =
        QString::fromStdString(ctx.project.metadataValue(project::meta::kRegion));
    QStringList facts;
    if (!region.isEmpty() && region != projectName(ctx.project)) facts << region;
    facts << dateText(ctx.date);
    if (!ctx.preparedBy.isEmpty()) facts << ReportTr::tr("Prepared by %1").arg(ctx.preparedBy);
    cover.paragraph(facts.join(QStringLiteral("\n")), ReportDocument::Style::Lead);

    const proposals::Proposal& p = ctx.proposal();
    cover.figure(
        std::make_unique<KeyFigures>(std::vector<KeyFigures::Item>{
            {QLocale().toString(qulonglong(ctx.sheets.size())),
             ReportTr::tr("idle spaces converted")},
            {QLocale().toString(qulonglong(p.lines.size())), ReportTr::tr("services added")},
            {yuanText(p.totalCostYuan), ReportTr::tr("estimated cost")},
            {peopleText(all(ctx.gained)), ReportTr::tr("residents newly within reach")}}),
        24.0, QString());
    cover.paragraph(ReportTr::tr("Of the residents newly within reach, %1 are aged 60+ and %2 aged "
                                 "0–14. A resident newly within reach of two services counts "
                                 "twice.")
                        .arg(peopleText(ctx.gained[1]), peopleText(ctx.gained[2])),
                    ReportDocument::Style::Caption);
    cover.subheading(ReportTr::tr("Parameters"));
    cover.table(parametersTable(ctx));
    cover.paragraph(solverText(p), ReportDocument::Style::Small);
    cover.drawPage(painter, 0, QPointF(kMarginMm * u, top * u));
}

// --- header and footer ------------------------------------------------------------------

void drawHeaderFooter(QPainter& painter, const Context& ctx, QPaintDevice* device, int page,
                      int pages, const QStringList& credits) {
    const double u = device->logicalDpiY() / 25.4;
    const double left = kMarginMm * u;
    const double width = (kPageWidthMm - 2.0 * kMarginMm) * u;
    painter.save();
    painter.setFont(reportFont(7.5));
    painter.setPen(reportColors::kMuted);
    const QRectF header(left, (kHeaderLineMm - 6.0) * u, width, 5.0 * u);
    painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, projectName(ctx.project));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                     ReportTr::tr("%1 · %2").arg(reportTitle(), dateText(ctx.date)));
    painter.setPen(QPen(reportColors::kRule, 0.25 * u));
    painter.drawLine(QPointF(left, kHeaderLineMm * u), QPointF(left + width, kHeaderLineMm * u));
    painter.drawLine(QPointF(left, kFooterLineMm * u), QPointF(left + width, kFooterLineMm * u));
    painter.setPen(reportColors::kMuted);
    const QRectF footer(left, (kFooterLineMm + 1.5) * u, width, 5.0 * u);
    const QString number = ReportTr::tr("Page %1 of %2").arg(page).arg(pages);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
    QStringList mapCredits;
    for (const QString& credit : credits) mapCredits << ReportTr::tr("Map data: %1").arg(credit);
    const QFontMetricsF metrics(painter.font(), device);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(mapCredits.join(QStringLiteral("; ")), Qt::ElideRight,
                                        width - metrics.horizontalAdvance(number) - 8.0 * u));
    painter.restore();
}

// --- sections ---------------------------------------------------------------------------

/// The lon/lat box a study-area map shows: the study area, else everything in the project.
geo::BoundingBox studyExtent(const project::Project& project) {
    geo::BoundingBox box =
        project.studyArea() ? geo::boundsOf(project.studyArea()->outer) : project.bounds();
    const double dx = (box.maxLon - box.minLon) * 0.03;
    const double dy = (box.maxLat - box.minLat) * 0.03;
    return {box.minLon - dx, box.minLat - dy, box.maxLon + dx, box.maxLat + dy};
}

void writeSummary(ReportDocument& doc, const Context& ctx) {
    const proposals::Proposal& p = ctx.proposal();
    doc.section(ReportTr::tr("1 Summary and study area"));
    if (p.lines.empty())
        doc.paragraph(ReportTr::tr("Under these limits no conversion brings anyone new within the "
                                   "walking target of a service (the spaces and why they host "
                                   "nothing are in appendix A)."),
                      ReportDocument::Style::Lead);
    else
        doc.paragraph(
            ReportTr::tr("The proposal converts %1 idle spaces into %2 services for an "
                         "estimated %3. Counted per service, %4 residents come within the "
                         "walking target of a service they lacked, %5 of them aged 60+ "
                         "and %6 aged 0–14.")
                .arg(QLocale().toString(qulonglong(ctx.sheets.size())),
                     QLocale().toString(qulonglong(p.lines.size())), yuanText(p.totalCostYuan),
                     peopleText(all(ctx.gained)), peopleText(ctx.gained[1]),
                     peopleText(ctx.gained[2])),
            ReportDocument::Style::Lead);

    auto map = std::make_unique<MapFigure>(ctx.project, studyExtent(ctx.project));
    auto highlight = std::make_shared<MapHighlight>();
    for (const SpaceSheet& sheet : ctx.sheets) {
        const geo::LonLat at = ctx.spaceOf(sheet.space).position;
        highlight->places.push_back(at);
        map->addNumber(at, sheet.number);
    }
    map->setHighlight(highlight);
    if (!ctx.sheets.empty())
        map->addKeyEntry({MapKeyEntry::Swatch::Ring, QColor(0xc0, 0x1f, 0xb8),
                          ReportTr::tr("Idle space to convert (its number)")});
    doc.figure(std::move(map), 140.0,
               ReportTr::tr("Figure 1. The study area. The idle spaces proposed for conversion are "
                            "ringed and numbered as on their sheets; facilities are coloured by "
                            "service group, planned ones hollow."));

    ReportTable district;
    district.columns = {{ReportTr::tr("The district"), 34.0},
                        {QString(), 16.0, Qt::AlignRight},
                        {QString(), 34.0},
                        {QString(), 16.0, Qt::AlignRight}};
    const access::CoverageResult* r = ctx.residents();
    std::size_t existing = 0;
    std::size_t planned = 0;
    for (const project::Facility& f : ctx.project.facilities().items())
        (f.status == project::FacilityStatus::Planned ? planned : existing) += 1;
    const auto count = [](std::size_t n) { return QLocale().toString(qulonglong(n)); };
    district.rows.push_back(
        {ReportTr::tr("Residents"), r ? peopleText(double(r->population)) : QString(),
         ReportTr::tr("Compounds"), count(ctx.project.compounds().items().size())});
    district.rows.push_back({ReportTr::tr("Aged 60+"),
                             r ? peopleText(double(r->residents60Plus)) : QString(),
                             ReportTr::tr("Existing facilities"), count(existing)});
    district.rows.push_back({ReportTr::tr("Aged 0–14"),
                             r ? peopleText(double(r->children0To14)) : QString(),
                             ReportTr::tr("Planned facilities"), count(planned)});
    doc.table(district);
}

/// A figure the catalogue does not give, marked for the note under its table.
QString assumedMark(const QString& figure, bool assumed) {
    //: Marks a figure the catalogue does not give; see "* Assumed: ..."
    return assumed ? ReportTr::tr("%1*").arg(figure) : figure;
}

QString assumedNote() {
    return ReportTr::tr(
        "* Assumed: the catalogue gives no figure (the 15-minute circle for a "
        "walking target, a small shop unit for a minimum area).");
}

QString areaKindText(const std::string& kind) {
    if (kind == "floor") return ReportTr::tr("floor area");
    if (kind == "usable") return ReportTr::tr("usable area");
    if (kind == "sales") return ReportTr::tr("sales area");
    if (kind == "dining") return ReportTr::tr("dining area");
    if (kind == "land") return ReportTr::tr("site area");
    return {};
}

void writeMethod(ReportDocument& doc, const Context& ctx) {
    const proposals::Instance& in = ctx.instance();
    doc.section(ReportTr::tr("2 Method"));
    doc.subheading(ReportTr::tr("2.1 Who walks at which pace"));
    doc.paragraph(
        ReportTr::tr("Walks are measured over the street network of the project, from "
                     "each home out through the gates of its compound to the nearest "
                     "facility of each service. Each age group walks at the pace of its "
                     "walk profile:"));
    ReportTable walkers;
    walkers.columns = {{ReportTr::tr("Residents"), 15.0},
                       {ReportTr::tr("Walk profile"), 11.0},
                       {ReportTr::tr("Speed"), 21.0},
                       {ReportTr::tr("On steps"), 9.0, Qt::AlignRight},
                       {ReportTr::tr("Crossing wait"), 10.0, Qt::AlignRight},
                       {ReportTr::tr("Source"), 34.0}};
    const bool single = in.profiles[0] == in.profiles[1] && in.profiles[1] == in.profiles[2];
    for (std::size_t g = 0; g < (single ? 1u : kCohortCount); ++g) {
        const project::WalkProfile* profile = ctx.project.walkProfile(in.profiles[g]);
        const QString who = single ? ReportTr::tr("Everyone") : cohortText(Cohort(g));
        if (!profile) {
            walkers.rows.push_back({who, QString::fromStdString(in.profiles[g])});
            continue;
        }
        walkers.rows.push_back(
            {who, walkProfileName(*profile),
             ReportTr::tr("%1 m/s (%2 km/h)")
                 .arg(number(profile->speedMps, 2), number(profile->speedMps * 3.6, 1)),
             ReportTr::tr("×%1").arg(number(profile->stairsFactor, 1)),
             ReportTr::tr("%1 s").arg(number(profile->crossingDelayS, 0)),
             catalogueTerm(profile->source)});
    }
    doc.table(walkers);

    doc.subheading(ReportTr::tr("2.2 Residents"));
    if (const access::CoverageResult* r = ctx.residents())
        doc.paragraph(residentsSourceText(ctx.project, *r, ctx.input.options.coverage.residents));

    doc.subheading(ReportTr::tr("2.3 Choosing the conversions"));
    doc.paragraph(
        ReportTr::tr("A resident counts as served by a service when its nearest facility "
                     "is within the service's walking target at the resident's pace. An "
                     "idle space may host the services whose minimum area fits its "
                     "floor area, one of each, where the siting rules allow (for example "
                     "childcare only on storeys 1–2, elderly services on the ground floor "
                     "or with a lift, schools and parks never in a room); its cost counts "
                     "once, whatever it hosts."));
    const auto& w = in.cohortWeights;
    QStringList limits;
    if (in.budgetYuan) limits << ReportTr::tr("a budget of %1").arg(yuanText(*in.budgetYuan));
    if (in.maxSpaces)
        limits
            << ReportTr::tr("at most %1 spaces").arg(QLocale().toString(qulonglong(*in.maxSpaces)));
    doc.paragraph(ReportTr::tr("Of all such choices the proposal brings the most residents within "
                               "target, a resident aged 60+ counting ×%1, one aged 0–14 ×%2 and "
                               "others ×%3, %4. %5")
                      .arg(QLocale().toString(w[1], 'g', 3), QLocale().toString(w[2], 'g', 3),
                           QLocale().toString(w[0], 'g', 3),
                           limits.isEmpty()
                               ? ReportTr::tr("without a limit on cost or spaces")
                               : ReportTr::tr("within %1").arg(limits.join(ReportTr::tr(" and "))),
                           solverText(ctx.proposal())));
    doc.paragraph(
        ReportTr::tr("The residents a conversion brings within target are counted per "
                     "service, after the conversions ranked above it."));

    doc.subheading(ReportTr::tr("2.4 Walking targets and minimum areas"));
    doc.paragraph(
        ReportTr::tr("From the project's standards catalogue; its sources are listed in "
                     "appendix B."));
    ReportTable targets;
    targets.columns = {{ReportTr::tr("Service"), 28.0},
                       {ReportTr::tr("Walking target"), 12.0, Qt::AlignRight},
                       {ReportTr::tr("Minimum area"), 12.0, Qt::AlignRight},
                       {ReportTr::tr("Measured as"), 11.0},
                       {ReportTr::tr("Sources"), 17.0},
                       {ReportTr::tr("Confidence"), 20.0}};
    for (const proposals::CategoryInfo& c : in.categories) {
        const catalog::Category* entry = ctx.project.catalog().find(c.code);
        QStringList sources;
        if (entry)
            for (const catalog::Source& s : entry->sources) sources << QString::fromStdString(s.id);
        targets.rows.push_back({categoryTitle(ctx.project, c.code),
                                assumedMark(minutesText(c.targetMinutes), c.targetAssumed),
                                assumedMark(areaText(c.minAreaM2), c.areaAssumed),
                                c.areaAssumed ? QString() : areaKindText(c.areaKind),
                                sources.join(QStringLiteral(", ")),
                                entry && !entry->confidence.empty()
                                    ? catalogueTerm(entry->confidence)
                                    : ReportTr::tr("not stated")});
    }
    doc.table(targets);
    doc.paragraph(assumedNote(), ReportDocument::Style::Caption);
}

/// The columns of a coverage table: the service (`serviceWidth` percent), its target and one
/// column per age group sharing the rest.
std::vector<ReportColumn> coverageColumns(double serviceWidth) {
    constexpr double kTargetWidth = 12.0;
    const double group = (100.0 - serviceWidth - kTargetWidth) / 3.0;
    return {{ReportTr::tr("Service"), serviceWidth},
            {ReportTr::tr("Target"), kTargetWidth, Qt::AlignRight},
            {ReportTr::tr("All residents"), group, Qt::AlignRight},
            {ReportTr::tr("Aged 60+"), group, Qt::AlignRight},
            {ReportTr::tr("Aged 0–14"), group, Qt::AlignRight}};
}

QString beforeAfter(double before, double after) {
    return ReportTr::tr("%1 → %2").arg(peopleText(before), peopleText(after));
}

void writeCoverage(ReportDocument& doc, const Context& ctx) {
    const proposals::Instance& in = ctx.instance();
    doc.section(ReportTr::tr("3 Coverage before and after"));
    doc.paragraph(
        ReportTr::tr("Residents within each service's walking target today and with the "
                     "proposal, each age group at its own pace; below each count, its "
                     "share of the group."));
    std::vector<const proposals::CategoryTotals*> changed;
    std::vector<const proposals::CategoryTotals*> unchanged;
    for (const proposals::CategoryTotals& t : ctx.proposal().totals) {
        bool gain = false;
        for (std::size_t k = 0; k < kCohortCount; ++k)
            gain = gain || t.after[k] > t.before[k] + 0.5;
        (gain ? changed : unchanged).push_back(&t);
    }
    const auto targetCell = [&](const proposals::CategoryInfo& c) {
        return assumedMark(minutesText(c.targetMinutes), c.targetAssumed);
    };
    if (changed.empty()) {
        doc.paragraph(ReportTr::tr("The proposal brings no service closer to anyone."));
    } else {
        doc.subheading(ReportTr::tr("3.1 Services the proposal brings closer"));
        ReportTable table;
        table.columns = coverageColumns(25.0);
        std::vector<CoverageBars> bars;
        for (const proposals::CategoryTotals* t : changed) {
            const proposals::CategoryInfo& c = in.categories[t->category];
            const std::array<std::array<double, 3>, 3> cells{
                {{all(t->before), all(t->after), all(t->residents)},
                 {t->before[1], t->after[1], t->residents[1]},
                 {t->before[2], t->after[2], t->residents[2]}}};
            QStringList row{categoryTitle(ctx.project, c.code), targetCell(c)};
            CoverageBars bar{categoryTitle(ctx.project, c.code), {}, {}};
            for (std::size_t k = 0; k < cells.size(); ++k) {
                const auto& [before, after, everyone] = cells[k];
                row << beforeAfter(before, after) + QLatin1Char('\n')
                           + ReportTr::tr("%1 → %2").arg(percentText(share(before, everyone)),
                                                         percentText(share(after, everyone)));
                bar.before[k] = share(before, everyone);
                bar.after[k] = share(after, everyone);
            }
            table.rows.push_back(row);
            bars.push_back(std::move(bar));
        }
        doc.table(table);
        doc.paragraph(assumedNote(), ReportDocument::Style::Caption);
        for (std::size_t first = 0; first < bars.size(); first += kChartRows) {
            std::vector<CoverageBars> part(
                bars.begin() + std::ptrdiff_t(first),
                bars.begin() + std::ptrdiff_t(std::min(bars.size(), first + kChartRows)));
            const double height = CoverageChart::heightMm(part.size());
            doc.figure(std::make_unique<CoverageChart>(std::move(part)), height,
                       first + kChartRows >= bars.size()
                           ? ReportTr::tr("Figure 2. Share of each age group within the walking "
                                          "target, before the proposal (grey) and what it adds.")
                           : QString());
        }
    }
    if (!unchanged.empty()) {
        doc.subheading(ReportTr::tr("3.2 Services the proposal leaves as they are"));
        ReportTable table;
        table.columns = coverageColumns(34.0);
        const auto cell = [](double within, double everyone) {
            return ReportTr::tr("%1 (%2)").arg(peopleText(within),
                                               percentText(share(within, everyone)));
        };
        for (const proposals::CategoryTotals* t : unchanged) {
            const proposals::CategoryInfo& c = in.categories[t->category];
            table.rows.push_back({categoryTitle(ctx.project, c.code), targetCell(c),
                                  cell(all(t->before), all(t->residents)),
                                  cell(t->before[1], t->residents[1]),
                                  cell(t->before[2], t->residents[2])});
        }
        doc.table(table);
        doc.paragraph(assumedNote(), ReportDocument::Style::Caption);
    }
}

void writeProposalList(ReportDocument& doc, const Context& ctx) {
    const proposals::Proposal& p = ctx.proposal();
    doc.section(ReportTr::tr("4 The proposal"));
    if (p.lines.empty()) {
        doc.paragraph(
            ReportTr::tr("No conversion brings anyone new within target under these "
                         "limits."));
    } else {
        doc.paragraph(
            ReportTr::tr("The conversions ranked by what each adds after those above it; "
                         "a space's number is its number on the maps and its sheet. Newly "
                         "served: residents the service brings within its walking "
                         "target."));
        std::map<std::uint32_t, int> numbers;
        for (const SpaceSheet& sheet : ctx.sheets) numbers[sheet.space] = sheet.number;
        ReportTable table;
        table.columns = {{ReportTr::tr("No."), 5.0, Qt::AlignRight},
                         {ReportTr::tr("Space"), 7.0, Qt::AlignRight},
                         {ReportTr::tr("Idle space"), 21.0},
                         {ReportTr::tr("Service"), 21.0},
                         {ReportTr::tr("Area used"), 9.0, Qt::AlignRight},
                         {ReportTr::tr("Cost"), 10.0, Qt::AlignRight},
                         {ReportTr::tr("Newly served"), 10.0, Qt::AlignRight},
                         {ReportTr::tr("Aged 60+"), 8.5, Qt::AlignRight},
                         {ReportTr::tr("Aged 0–14"), 8.5, Qt::AlignRight}};
        double area = 0.0;
        for (std::size_t i = 0; i < p.lines.size(); ++i) {
            const proposals::ProposalLine& line = p.lines[i];
            const std::uint32_t space = ctx.instance().options[line.option].space;
            area += line.areaUsedM2;
            table.rows.push_back({QLocale().toString(qulonglong(i + 1)),
                                  QString::number(numbers[space]), spaceTitle(ctx.spaceOf(space)),
                                  categoryTitle(ctx.project, ctx.categoryOf(line).code),
                                  areaText(line.areaUsedM2),
                                  line.spaceAlreadyUsed ? QStringLiteral("—")
                                  : line.costKnown      ? yuanText(line.costYuan)
                                                        : QStringLiteral("?"),
                                  peopleText(line.residentsAll()), peopleText(line.newlyCovered[1]),
                                  peopleText(line.newlyCovered[2])});
        }
        table.rows.push_back({QString(), QString(), ReportTr::tr("Total"), QString(),
                              areaText(area), yuanText(p.totalCostYuan),
                              peopleText(all(ctx.gained)), peopleText(ctx.gained[1]),
                              peopleText(ctx.gained[2])});
        table.totalRows = 1;
        doc.table(table);
    }
    if (!p.worstServed.empty()) {
        doc.subheading(ReportTr::tr("Compounds served worst afterwards"));
        doc.paragraph(
            ReportTr::tr("The share of a compound's residents within target, over the "
                         "services to fill, with the proposal."));
        ReportTable table;
        table.columns = {{ReportTr::tr("Compound"), 50.0},
                         {ReportTr::tr("Residents"), 25.0, Qt::AlignRight},
                         {ReportTr::tr("Within target after"), 25.0, Qt::AlignRight}};
        for (std::size_t i = 0; i < p.worstServed.size() && i < 5; ++i) {
            const proposals::CompoundEquity& e = p.worstServed[i];
            table.rows.push_back({e.name.empty() ? ReportTr::tr("compound %1").arg(e.id)
                                                 : QString::fromStdString(e.name),
                                  peopleText(e.residents), percentText(e.shareWithinTarget, 1)});
        }
        doc.table(table);
    }
}

/// The lon/lat box of a sheet's map: its walk areas, or 400 m around the space.
geo::BoundingBox sheetExtent(const Context& ctx, const SpaceSheet& sheet) {
    geo::BoundingBox box;
    bool any = false;
    for (const SpaceWalkArea& area : sheet.areas)
        for (const geo::Polygon& polygon : area.polygons) {
            const geo::BoundingBox b = geo::boundsOf(polygon.outer);
            box = any ? geo::BoundingBox{std::min(box.minLon, b.minLon),
                                         std::min(box.minLat, b.minLat),
                                         std::max(box.maxLon, b.maxLon),
                                         std::max(box.maxLat, b.maxLat)}
                      : b;
            any = true;
        }
    const geo::LonLat at = ctx.spaceOf(sheet.space).position;
    if (!any) {
        const double dLat = 400.0 / 111'320.0;
        const double dLon = dLat / std::max(0.1, std::cos(at.lat * std::numbers::pi / 180.0));
        return {at.lon - dLon, at.lat - dLat, at.lon + dLon, at.lat + dLat};
    }
    const double dx = (box.maxLon - box.minLon) * 0.06;
    const double dy = (box.maxLat - box.minLat) * 0.06;
    return {box.minLon - dx, box.minLat - dy, box.maxLon + dx, box.maxLat + dy};
}

QString walkAreaText(const SpaceWalkArea& area, bool single) {
    QStringList who;
    for (const Cohort c : area.cohorts) who << cohortText(c);
    return ReportTr::tr("Within %1 on foot: %2")
        .arg(minutesText(area.minutes),
             single ? ReportTr::tr("everyone") : who.join(ReportTr::tr(", ")));
}

/// A service's minimum area and where it was read.
QString areaBasisCell(const proposals::CategoryInfo& c) {
    if (c.areaAssumed) return assumedMark(areaText(c.minAreaM2), true);
    QString text = areaText(c.minAreaM2);
    if (!areaKindText(c.areaKind).isEmpty())
        text = ReportTr::tr("%1 (%2)").arg(text, areaKindText(c.areaKind));
    if (!c.areaSource) return text;
    const catalog::AreaSource& source = *c.areaSource;
    QStringList where;
    if (!source.jurisdiction.empty()) where << catalogueTerm(source.jurisdiction);
    if (!source.confidence.empty()) where << catalogueTerm(source.confidence);
    return ReportTr::tr("%1: “%2” (%3)")
        .arg(text, QString::fromStdString(source.quote), where.join(ReportTr::tr(", ")));
}

/// A service's walking target, its sources and their confidence.
QString targetBasisCell(const project::Project& project, const proposals::CategoryInfo& c) {
    if (c.targetAssumed) return assumedMark(minutesText(c.targetMinutes), true);
    const catalog::Category* entry = project.catalog().find(c.code);
    QStringList sources;
    if (entry)
        for (const catalog::Source& s : entry->sources) sources << QString::fromStdString(s.id);
    if (sources.isEmpty()) return minutesText(c.targetMinutes);
    return ReportTr::tr("%1: %2 (%3)")
        .arg(minutesText(c.targetMinutes), sources.join(QStringLiteral(", ")),
             entry->confidence.empty() ? ReportTr::tr("confidence not stated")
                                       : catalogueTerm(entry->confidence));
}

/// The siting rules a space meets for a service, with their sources.
QString sitingCell(const proposals::ProposalLine& line) {
    QStringList suits;
    for (const proposals::SitingRule& rule : line.rulesMet) {
        QString text = sitingRuleText(rule);
        if (!rule.source.empty()) text += ReportTr::tr(" (%1)").arg(catalogueTerm(rule.source));
        suits << text;
    }
    return suits.isEmpty() ? ReportTr::tr("No siting rule applies")
                           : suits.join(ReportTr::tr("; "));
}

void writeSpaceSheet(ReportDocument& doc, const Context& ctx, const SpaceSheet& sheet,
                     double mapHeightMm) {
    const proposals::Instance& in = ctx.instance();
    const project::IdleSpace& space = ctx.spaceOf(sheet.space);
    doc.section(ReportTr::tr("Space %1: %2").arg(sheet.number).arg(spaceTitle(space)));
    QStringList facts{idleSpaceKindText(space.kind), areaText(space.floorAreaM2),
                      space.storey < 1 ? ReportTr::tr("basement %1").arg(1 - space.storey)
                                       : ReportTr::tr("storey %1").arg(space.storey)};
    if (space.hasLift) facts << ReportTr::tr("with a lift");
    facts << (in.spaces[sheet.space].costKnown
                  ? ReportTr::tr("conversion cost %1").arg(yuanText(space.estimatedCostYuan))
                  : ReportTr::tr("conversion cost not recorded"));
    if (!space.owner.empty())
        facts << ReportTr::tr("owner: %1").arg(QString::fromStdString(space.owner));
    doc.paragraph(facts.join(ReportTr::tr(" · ")), ReportDocument::Style::Lead);

    auto map = std::make_unique<MapFigure>(ctx.project, sheetExtent(ctx, sheet));
    auto highlight = std::make_shared<MapHighlight>();
    for (const std::size_t l : sheet.lines)
        addToHighlight(*highlight, ctx.input.session, in, ctx.proposal().lines[l]);
    map->setHighlight(highlight);
    const bool single = in.profiles[0] == in.profiles[1] && in.profiles[1] == in.profiles[2];
    double longest = 0.0;
    for (const SpaceWalkArea& area : sheet.areas) longest = std::max(longest, area.minutes);
    // The longest target first, so the shorter ones are drawn over it.
    std::vector<const SpaceWalkArea*> areas;
    for (const SpaceWalkArea& area : sheet.areas) areas.push_back(&area);
    std::stable_sort(
        areas.begin(), areas.end(),
        [](const SpaceWalkArea* a, const SpaceWalkArea* b) { return a->minutes > b->minutes; });
    for (const SpaceWalkArea* area : areas) {
        const QColor color = reportColors::kCohort[std::size_t(
            area->cohorts.empty() ? Cohort::Others : area->cohorts.front())];
        const bool dashed = area->minutes < longest;
        map->addOverlay({area->polygons, color, dashed});
        map->addKeyEntry({dashed ? MapKeyEntry::Swatch::DashedArea : MapKeyEntry::Swatch::Area,
                          color, walkAreaText(*area, single)});
    }
    map->addKeyEntry({MapKeyEntry::Swatch::Highlight, QColor(0xc0, 0x1f, 0xb8),
                      ReportTr::tr("Homes newly within target")});
    map->addKeyEntry(
        {MapKeyEntry::Swatch::Ring, QColor(0xc0, 0x1f, 0xb8), ReportTr::tr("The idle space")});
    doc.figure(std::move(map), mapHeightMm,
               ReportTr::tr("Figure %1. Where residents walk to the space within the services' "
                            "targets, each age group at its own pace (streets reached, and 50 m "
                            "beside them), and the homes it brings within target.")
                   .arg(sheet.number + 2));

    ReportTable table;
    table.columns = {{ReportTr::tr("No."), 6.0, Qt::AlignRight},
                     {ReportTr::tr("Service"), 26.0},
                     {ReportTr::tr("Target"), 10.0, Qt::AlignRight},
                     {ReportTr::tr("Area used"), 17.0, Qt::AlignRight},
                     {ReportTr::tr("Newly served"), 15.0, Qt::AlignRight},
                     {ReportTr::tr("Aged 60+"), 13.0, Qt::AlignRight},
                     {ReportTr::tr("Aged 0–14"), 13.0, Qt::AlignRight}};
    ReportTable basis;
    basis.fontPoints = 8.0;
    basis.columns = {{ReportTr::tr("Service"), 20.0},
                     {ReportTr::tr("Minimum area"), 32.0},
                     {ReportTr::tr("Walking target"), 22.0},
                     {ReportTr::tr("Why the space suits it"), 26.0}};
    std::array<double, kCohortCount> gained{};
    double used = 0.0;
    bool anyAssumed = false;
    for (const std::size_t l : sheet.lines) {
        const proposals::ProposalLine& line = ctx.proposal().lines[l];
        const proposals::CategoryInfo& c = ctx.categoryOf(line);
        for (std::size_t k = 0; k < kCohortCount; ++k) gained[k] += line.newlyCovered[k];
        used += line.areaUsedM2;
        const QString service = categoryTitle(ctx.project, c.code);
        table.rows.push_back({QLocale().toString(qulonglong(l + 1)), service,
                              assumedMark(minutesText(c.targetMinutes), c.targetAssumed),
                              areaText(line.areaUsedM2), peopleText(line.residentsAll()),
                              peopleText(line.newlyCovered[1]), peopleText(line.newlyCovered[2])});
        anyAssumed = anyAssumed || c.targetAssumed || c.areaAssumed;
        basis.rows.push_back(
            {service, areaBasisCell(c), targetBasisCell(ctx.project, c), sitingCell(line)});
    }
    if (sheet.lines.size() > 1) {
        table.rows.push_back(
            {QString(), ReportTr::tr("Total"), QString(),
             ReportTr::tr("%1 of %2").arg(areaText(used), areaText(space.floorAreaM2)),
             peopleText(all(gained)), peopleText(gained[1]), peopleText(gained[2])});
        table.totalRows = 1;
    }
    doc.subheading(ReportTr::tr("Services it would host"));
    doc.table(table);
    doc.subheading(ReportTr::tr("Basis of the figures"));
    doc.table(basis);
    if (anyAssumed) doc.paragraph(assumedNote(), ReportDocument::Style::Caption);
}

void writeAppendix(ReportDocument& doc, const Context& ctx) {
    const proposals::Instance& in = ctx.instance();
    doc.section(ReportTr::tr("Appendix A: Idle spaces not converted"));
    ReportTable table;
    table.columns = {{ReportTr::tr("Idle space"), 24.0},
                     {ReportTr::tr("Kind"), 15.0},
                     {ReportTr::tr("Floor area"), 10.0, Qt::AlignRight},
                     {ReportTr::tr("Cost"), 11.0, Qt::AlignRight},
                     {ReportTr::tr("Why it hosts nothing"), 40.0}};
    std::set<std::uint32_t> listed;
    for (const SpaceSheet& sheet : ctx.sheets) listed.insert(sheet.space);
    const auto row = [&](std::uint32_t index, const QString& why) {
        const project::IdleSpace& s = in.spaces[index].space;
        table.rows.push_back(
            {spaceTitle(s), idleSpaceKindText(s.kind),
             s.floorAreaM2 > 0.0 ? areaText(s.floorAreaM2) : QStringLiteral("—"),
             in.spaces[index].costKnown ? yuanText(s.estimatedCostYuan) : QStringLiteral("—"),
             why});
        listed.insert(index);
    };
    for (const proposals::UnusableSpace& u : in.unusable) row(u.space, unusableReasonText(u));
    for (std::uint32_t i = 0; i < in.spaces.size(); ++i)
        if (!listed.count(i))
            row(i, ReportTr::tr("Not chosen: the spaces proposed serve more within the limits"));
    for (const proposals::Conversion& lock : in.impossibleLocks) {
        const project::IdleSpace* s = ctx.project.idleSpaces().find(lock.space);
        table.rows.push_back({s ? spaceTitle(*s) : QString::number(lock.space), QString(),
                              QString(), QString(),
                              ReportTr::tr("Locked in as %1, but it cannot host it")
                                  .arg(categoryTitle(ctx.project, lock.category))});
    }
    if (table.rows.empty())
        doc.paragraph(ReportTr::tr("Every idle space of the project is converted."));
    else
        doc.table(table);

    doc.section(ReportTr::tr("Appendix B: Sources"));
    doc.paragraph(
        ReportTr::tr("The standards catalogue cites its sources by number; the walking "
                     "speeds give theirs in section 2.1. Where each figure was read:"));
    std::map<int, std::pair<QString, QStringList>> sources;  // by number, then id
    for (const proposals::CategoryInfo& c : in.categories) {
        const catalog::Category* entry = ctx.project.catalog().find(c.code);
        if (!entry) continue;
        for (const catalog::Source& s : entry->sources) {
            const QString id = QString::fromStdString(s.id);
            bool numeric = false;
            const int n = id.mid(1).toInt(&numeric);
            auto& [name, where] = sources[numeric ? n : 100000 + int(sources.size())];
            name = id;
            const QString place = QString::fromStdString(s.where);
            if (!place.isEmpty() && !where.contains(place)) where << place;
        }
    }
    ReportTable list;
    list.fontPoints = 8.0;
    list.columns = {{ReportTr::tr("Source"), 10.0}, {ReportTr::tr("Where"), 90.0}};
    for (const auto& [n, source] : sources)
        list.rows.push_back({source.first, source.second.join(QLatin1Char('\n'))});
    if (!list.rows.empty()) doc.table(list);
    doc.paragraph(ReportTr::tr("Minimum areas quote their source on the space sheets; siting rules "
                               "name theirs where they apply."),
                  ReportDocument::Style::Small);
}

/// The spaces the proposal converts, in the order of their first line, with their lines.
std::vector<SpaceSheet> sheetsOf(const proposals::Instance& instance,
                                 const proposals::Proposal& proposal) {
    std::vector<SpaceSheet> sheets;
    std::map<std::uint32_t, std::size_t> index;
    for (std::size_t l = 0; l < proposal.lines.size(); ++l) {
        const std::uint32_t space = instance.options[proposal.lines[l].option].space;
        auto [it, added] = index.emplace(space, sheets.size());
        if (added) sheets.push_back({space, int(sheets.size()) + 1, {}, {}});
        sheets[it->second].lines.push_back(l);
    }
    return sheets;
}

}  // namespace

std::optional<ReportSummary> writeProposalReport(const QString& pdfPath,
                                                 const project::Project& project,
                                                 const ProposalReportInput& input,
                                                 const ReportOptions& options,
                                                 const access::RunControl& control) {
    Context ctx{project,
                input,
                options.date.isValid() ? options.date : QDate::currentDate(),
                options.preparedBy,
                sheetsOf(input.instance, input.proposal),
                {}};
    for (const proposals::ProposalLine& line : input.proposal.lines)
        for (std::size_t k = 0; k < kCohortCount; ++k) ctx.gained[k] += line.newlyCovered[k];
    const auto progress = [&control](double fraction) {
        if (control.progress) control.progress(std::clamp(fraction, 0.0, 1.0));
    };

    // The walk areas of every converted space, at each of its services' targets.
    for (std::size_t i = 0; i < ctx.sheets.size(); ++i) {
        SpaceSheet& sheet = ctx.sheets[i];
        std::vector<double> minutes;
        for (const std::size_t l : sheet.lines)
            minutes.push_back(ctx.categoryOf(input.proposal.lines[l]).targetMinutes);
        std::optional<std::vector<SpaceWalkArea>> areas =
            spaceWalkAreas(input.session, input.instance, sheet.space, minutes, control.cancel);
        if (!areas) return std::nullopt;
        sheet.areas = std::move(*areas);
        progress(kAreasShare * double(i + 1) / double(ctx.sheets.size()));
    }
    if (control.isCancelled()) return std::nullopt;

    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        throw ReportError(
            ReportTr::tr("Could not write %1: %2").arg(pdfPath, file.errorString()).toStdString());
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0.0, 0.0, 0.0, 0.0));
    writer.setResolution(kResolution);
    writer.setTitle(reportTitle() + QStringLiteral(" — ") + projectName(project));
    writer.setCreator(QStringLiteral("Yike"));
    const double u = kResolution / 25.4;

    // A sheet holds on one page: where its tables need more room, its map gives some up.
    const QSizeF body((kPageWidthMm - 2.0 * kMarginMm) * u, (kBodyBottomMm - kBodyTopMm) * u);
    std::vector<double> mapHeights(ctx.sheets.size(), kSheetMapMm);
    std::unique_ptr<ReportDocument> doc;
    std::vector<int> sheetStarts;
    int appendix = 0;
    for (bool fits = false; !fits;) {
        doc = std::make_unique<ReportDocument>(&writer, body);
        writeSummary(*doc, ctx);
        writeMethod(*doc, ctx);
        writeCoverage(*doc, ctx);
        writeProposalList(*doc, ctx);
        sheetStarts.clear();
        for (std::size_t i = 0; i < ctx.sheets.size(); ++i) {
            sheetStarts.push_back(doc->mark());
            writeSpaceSheet(*doc, ctx, ctx.sheets[i], mapHeights[i]);
        }
        appendix = doc->mark();
        writeAppendix(*doc, ctx);
        fits = true;
        for (std::size_t i = 0; i < ctx.sheets.size(); ++i) {
            const int end = i + 1 < sheetStarts.size() ? sheetStarts[i + 1] : appendix;
            if (doc->pageOf(end) - doc->pageOf(sheetStarts[i]) > 1
                && mapHeights[i] > kSheetMapMinMm) {
                mapHeights[i] = std::max(kSheetMapMinMm, mapHeights[i] - kSheetMapStepMm);
                fits = false;
            }
        }
    }

    ReportSummary summary;
    summary.pages = 1 + doc->pageCount();
    summary.spaces = int(ctx.sheets.size());
    if (!sheetStarts.empty()) {
        summary.firstSpacePage = 2 + doc->pageOf(sheetStarts.front());
        summary.spacePages = doc->pageOf(appendix) - doc->pageOf(sheetStarts.front());
    }

    QPainter painter;
    if (!painter.begin(&writer))
        throw ReportError(
            ReportTr::tr("Could not write %1: %2").arg(pdfPath, file.errorString()).toStdString());
    drawCover(painter, ctx, &writer);
    for (int page = 0; page < doc->pageCount(); ++page) {
        if (control.isCancelled()) {
            painter.end();
            file.cancelWriting();
            return std::nullopt;
        }
        writer.newPage();
        const QStringList credits =
            doc->drawPage(painter, page, QPointF(kMarginMm * u, kBodyTopMm * u));
        drawHeaderFooter(painter, ctx, &writer, page + 2, summary.pages, credits);
        progress(kAreasShare + (1.0 - kAreasShare) * double(page + 1) / double(doc->pageCount()));
    }
    painter.end();
    if (control.isCancelled()) {
        file.cancelWriting();
        return std::nullopt;
    }
    if (!file.commit())
        throw ReportError(
            ReportTr::tr("Could not write %1: %2").arg(pdfPath, file.errorString()).toStdString());
    return summary;
}

}  // namespace yike::ui
