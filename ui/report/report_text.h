// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <QString>

#include "core/access/coverage.h"
#include "core/project/features.h"
#include "core/proposals/proposal.h"

namespace yike::project {
class Project;
}

/**
 * The words in which results are told, in the interface language: figures, conversions and
 * why spaces host nothing, the basis of targets and minimum areas, where the residents come
 * from. The proposals and walk-access panels and the PDF report all say it this way.
 */
namespace yike::ui {

/// Residents, rounded, with the locale's grouping: "30,217".
QString peopleText(double residents);
/// "¥420,000".
QString yuanText(double yuan);
/// "300 m²".
QString areaText(double squareMetres);
/// "15 min".
QString minutesText(double minutes);
/// A solver's time: "650 ms" below a second, else "1.2 s".
QString durationText(double seconds);
/// A share 0..1 as a percentage: "45 %".
QString percentText(double share, int decimals = 0);

/// A space's name, or "idle space 12" when it has none.
QString spaceTitle(const project::IdleSpace& space);
/// "Vacant shop", "Former testing hut", ...
QString idleSpaceKindText(project::IdleSpaceKind kind);
/// Who a cohort is: "aged 60+", "aged 0–14", "other residents".
QString cohortText(proposals::Cohort cohort);
/// A name given in both languages, in the interface language (the other when that one is
/// empty).
QString localName(const std::string& zh, const std::string& en);
/// A walk profile's name in the interface language (the other language's, then its code, when
/// that is missing).
QString walkProfileName(const project::WalkProfile& profile);

/// What a siting rule asks, as the end of "they need it ...": "on storeys 1–2".
QString sitingRuleText(const proposals::SitingRule& rule);
/// Why a space hosts nothing: "Costs more than the whole budget", ...
QString unusableReasonText(const proposals::UnusableSpace& unusable);
/// The cost column of a line: the cost, "same space as above" or "cost not recorded".
QString lineCostText(const proposals::ProposalLine& line);
/// A conversion in plain words: "Convert 劳动路原核酸采样亭 (10 m², ¥23,000) into a parcel
/// point: +1,240 residents within 15 min, 310 of them aged 60+ and 80 aged 0–14".
QString conversionSentence(const project::Project& project, const proposals::Instance& instance,
                           const proposals::ProposalLine& line);
/// Where a category's minimum area comes from: "Minimum area 150 m² (“quote”; Tianjin,
/// confidence: local)." or that it is assumed.
QString minimumAreaBasis(const proposals::CategoryInfo& category);
/// Where a category's walking target comes from: "Walking target 5 min (S9, S10; confidence:
/// secondary)." or that it is assumed.
QString walkTargetBasis(const project::Project& project, const proposals::CategoryInfo& category);

/**
 * Where the residents of an analysis come from, one line each: the total, the residents of each
 * step of the estimation ladder with its figures and sources (survey, population grid with its
 * source and year, floor area, plot ratio), those outside compounds, and how the shares aged
 * 60+ and 0–14 were found. Empty when no resident is known.
 */
QString residentsSourceText(const project::Project& project, const access::CoverageResult& result,
                            const access::ResidentsOptions& options);

/**
 * A value of the shipped catalogue, walk profiles or siting rules that is written in English
 * (a confidence such as "secondary", a jurisdiction such as "Tianjin", where a walking speed
 * comes from) in the interface language; any other text as it is written.
 */
QString catalogueTerm(const std::string& text);

}  // namespace yike::ui
