// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/report_text.h"

#include <cmath>

#include <QLocale>
#include <QStringList>

#include "core/project/project.h"
#include "ui/render/map_legend.h"
#include "ui/report/tr.h"

namespace yike::ui {

QString peopleText(double residents) {
    return QLocale().toString(std::round(residents), 'f', 0);
}

QString yuanText(double yuan) {
    return ReportTr::tr("¥%1").arg(peopleText(yuan));
}

QString areaText(double squareMetres) {
    return ReportTr::tr("%1 m²").arg(QLocale().toString(squareMetres, 'g', 5));
}

QString minutesText(double minutes) {
    return ReportTr::tr("%1 min").arg(QLocale().toString(minutes, 'g', 4));
}

QString durationText(double seconds) {
    return seconds < 1.0 ? ReportTr::tr("%1 ms").arg(QLocale().toString(seconds * 1000.0, 'f', 0))
                         : ReportTr::tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
}

QString percentText(double share, int decimals) {
    return ReportTr::tr("%1 %").arg(QLocale().toString(100.0 * share, 'f', decimals));
}

QString spaceTitle(const project::IdleSpace& space) {
    return space.name.empty() ? ReportTr::tr("idle space %1").arg(space.id)
                              : QString::fromStdString(space.name);
}

QString idleSpaceKindText(project::IdleSpaceKind kind) {
    using K = project::IdleSpaceKind;
    switch (kind) {
        case K::VacantShop:
            return ReportTr::tr("Vacant shop");
        case K::FormerTestingHut:
            return ReportTr::tr("Former testing hut");
        case K::BoilerRoom:
            return ReportTr::tr("Disused boiler room");
        case K::StiltedGroundFloor:
            return ReportTr::tr("Stilted ground floor");
        case K::CommunityRoom:
            return ReportTr::tr("Underused community room");
        case K::Warehouse:
            return ReportTr::tr("Warehouse");
        case K::Other:
            return ReportTr::tr("Other idle space");
    }
    return {};
}

QString cohortText(proposals::Cohort cohort) {
    switch (cohort) {
        case proposals::Cohort::Others:
            return ReportTr::tr("other residents");
        case proposals::Cohort::Older:
            return ReportTr::tr("aged 60+");
        case proposals::Cohort::Children:
            return ReportTr::tr("aged 0–14");
    }
    return {};
}

QString localName(const std::string& zh, const std::string& en) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    return QString::fromStdString(chinese ? (zh.empty() ? en : zh) : (en.empty() ? zh : en));
}

QString walkProfileName(const project::WalkProfile& profile) {
    const QString name = localName(profile.nameZh, profile.nameEn);
    return name.isEmpty() ? QString::fromStdString(profile.code) : name;
}

QString sitingRuleText(const proposals::SitingRule& rule) {
    using K = proposals::SitingRuleKind;
    switch (rule.kind) {
        case K::Storeys:
            return rule.lowStorey == rule.highStorey
                       ? ReportTr::tr("on storey %1").arg(rule.lowStorey)
                       : ReportTr::tr("on storeys %1–%2").arg(rule.lowStorey).arg(rule.highStorey);
        case K::NotBelowGround:
            return ReportTr::tr("not below ground");
        case K::GroundOrLift:
            return ReportTr::tr("on the ground floor or with a lift");
        case K::OwnSite:
            return ReportTr::tr("on a site of its own");
        case K::Kinds: {
            QStringList kinds;
            for (const project::IdleSpaceKind k : rule.kinds) kinds << idleSpaceKindText(k);
            return ReportTr::tr("in a %1").arg(kinds.join(ReportTr::tr(" or ")));
        }
    }
    return {};
}

QString unusableReasonText(const proposals::UnusableSpace& unusable) {
    using R = proposals::UnusableSpace::Reason;
    switch (unusable.reason) {
        case R::Excluded:
            return ReportTr::tr("Excluded");
        case R::NoFloorArea:
            return ReportTr::tr("No floor area recorded: enter it");
        case R::NoCost:
            return ReportTr::tr("No estimated cost while a budget is set: enter one");
        case R::OverBudget:
            return ReportTr::tr("Costs more than the whole budget");
        case R::NotOnNetwork:
            return ReportTr::tr("No street near enough to walk to it");
        case R::TooSmall:
            return ReportTr::tr("Too small for every missing service (the smallest needs %1)")
                .arg(areaText(unusable.smallestMinAreaM2));
        case R::Siting: {
            QStringList broken;
            for (const proposals::SitingViolation& v : unusable.violations)
                if (v.rule) broken << sitingRuleText(*v.rule);
            broken.removeDuplicates();
            return broken.isEmpty()
                       ? ReportTr::tr(
                           "Siting rules allow none of the services it is big enough for")
                       : ReportTr::tr(
                             "Siting rules allow none of the services it is big enough "
                             "for (they need it %1)")
                             .arg(broken.join(ReportTr::tr("; ")));
        }
        case R::NoGain:
            return ReportTr::tr(
                "Everything it could host is already within reach of its "
                "residents");
    }
    return {};
}

QString lineCostText(const proposals::ProposalLine& line) {
    return line.spaceAlreadyUsed ? ReportTr::tr("same space as above")
           : line.costKnown      ? yuanText(line.costYuan)
                                 : ReportTr::tr("cost not recorded");
}

QString conversionSentence(const project::Project& project, const proposals::Instance& instance,
                           const proposals::ProposalLine& line) {
    const proposals::Option& option = instance.options[line.option];
    const proposals::CategoryInfo& c = instance.categories[option.category];
    const project::IdleSpace& space = instance.spaces[option.space].space;
    return ReportTr::tr(
               "Convert %1 (%2, %3) into %4: +%5 residents within %6, %7 of them "
               "aged 60+ and %8 aged 0–14")
        .arg(spaceTitle(space), areaText(line.spaceAreaM2), lineCostText(line),
             categoryTitle(project, c.code), peopleText(line.residentsAll()),
             minutesText(c.targetMinutes), peopleText(line.newlyCovered[1]),
             peopleText(line.newlyCovered[2]));
}

QString minimumAreaBasis(const proposals::CategoryInfo& category) {
    if (category.areaAssumed)
        return ReportTr::tr("Minimum area %1 assumed: the catalogue gives none.")
            .arg(areaText(category.minAreaM2));
    if (!category.areaSource)
        return ReportTr::tr("Minimum area %1.").arg(areaText(category.minAreaM2));
    const catalog::AreaSource& source = *category.areaSource;
    return ReportTr::tr("Minimum area %1 (“%2”; %3, confidence: %4).")
        .arg(areaText(category.minAreaM2), QString::fromStdString(source.quote),
             catalogueTerm(source.jurisdiction),
             source.confidence.empty() ? ReportTr::tr("not stated")
                                       : catalogueTerm(source.confidence));
}

QString walkTargetBasis(const project::Project& project, const proposals::CategoryInfo& category) {
    if (category.targetAssumed)
        return ReportTr::tr("Walking target %1 assumed: the catalogue gives none.")
            .arg(minutesText(category.targetMinutes));
    const catalog::Category* entry = project.catalog().find(category.code);
    QStringList sources;
    if (entry)
        for (const catalog::Source& s : entry->sources) sources << QString::fromStdString(s.id);
    const QString confidence = entry && !entry->confidence.empty()
                                   ? catalogueTerm(entry->confidence)
                                   : ReportTr::tr("not stated");
    return ReportTr::tr("Walking target %1 (%2; confidence: %3).")
        .arg(minutesText(category.targetMinutes),
             sources.isEmpty() ? ReportTr::tr("source not stated")
                               : sources.join(QStringLiteral(", ")),
             confidence);
}

QString residentsSourceText(const project::Project& project, const access::CoverageResult& result,
                            const access::ResidentsOptions& options) {
    if (result.population <= 0) return {};
    const access::ResidentsSummary& s = result.residents;
    QStringList lines;
    lines << ReportTr::tr("Residents: %1").arg(peopleText(double(result.population)));
    const auto step = [&](access::ResidentsSource source, const QString& how) {
        if (s.compounds(source) == 0 && s.residents(source) <= 0.0) return;
        lines << ReportTr::tr("· %1: %2 (%3 compounds)")
                     .arg(how, peopleText(s.residents(source)),
                          QLocale().toString(static_cast<qulonglong>(s.compounds(source))));
    };
    step(access::ResidentsSource::Survey, ReportTr::tr("surveyed"));
    if (s.grid) {
        const project::PopulationGrid* grid = project.populationGrids().find(s.grid->gridId);
        QString name = grid && !grid->source.empty() ? QString::fromStdString(grid->source)
                                                     : ReportTr::tr("population grid");
        if (grid && grid->year > 0) name += QLatin1Char(' ') + QString::number(grid->year);
        if (grid && !grid->notes.empty())
            name += ReportTr::tr(", %1").arg(QString::fromStdString(grid->notes));
        step(access::ResidentsSource::Grid,
             ReportTr::tr("from the population grid (%1)").arg(name));
    }
    step(access::ResidentsSource::FloorArea,
         ReportTr::tr("estimated from floor area (%1 m² per person, 2020 census; %2 storeys "
                      "where unknown)")
             .arg(QLocale().toString(options.floorAreaPerPersonM2, 'f', 2))
             .arg(options.assumedLevels));
    const QString ratio = QLocale().toString(s.plotRatio.value, 'f', 1);
    step(access::ResidentsSource::PlotRatio,
         s.plotRatio.from == access::PlotRatioSetting::From::BuiltIn
             ? ReportTr::tr("estimated from land × plot ratio %1 (assumed: the low end of the "
                            "2.0–2.6 that GB 50180-2018 table 4.0.2 gives for climate zone III "
                            "with a 54 m height cap; the full table could not be read)")
                   .arg(ratio)
             : ReportTr::tr("estimated from land × plot ratio %1 (the project's setting)")
                   .arg(ratio));
    step(access::ResidentsSource::None, ReportTr::tr("unknown"));
    if (s.homesOutsideCompounds > 0)
        lines << ReportTr::tr("Of them %1 live outside compounds (%2 homes).")
                     .arg(peopleText(s.residentsOutsideCompounds),
                          QLocale().toString(static_cast<qulonglong>(s.homesOutsideCompounds)));
    const QString census = ReportTr::tr("the 2020 census shares (%1 % and %2 %)")
                               .arg(QLocale().toString(100.0 * options.share60Plus, 'f', 2),
                                    QLocale().toString(100.0 * options.share0To14, 'f', 2));
    lines << (s.cohortGrids
                  ? ReportTr::tr("Aged 60+ and 0–14: surveyed counts, else the grids of shares, "
                                 "else %1.")
                        .arg(census)
                  : ReportTr::tr("Aged 60+ and 0–14: surveyed counts, else %1.").arg(census));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace yike::ui
