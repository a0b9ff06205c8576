// SPDX-License-Identifier: GPL-3.0-or-later
// The English values of the shipped data (resources/catalog/facility_catalog.json, the default
// walk profiles in core/project, resources/proposals/siting_rules.tsv) that a report shows, so
// lupdate offers them for translation. A value the user edits is shown as written.
#include <QCoreApplication>

#include "ui/report/report_text.h"

namespace yike::ui {
namespace {

[[maybe_unused]] constexpr const char* kTerms[] = {
    // Confidence of a category's figures and of its minimum area.
    QT_TRANSLATE_NOOP("Yike::Report", "secondary"),
    QT_TRANSLATE_NOOP("Yike::Report", "unverified"),
    QT_TRANSLATE_NOOP("Yike::Report", "local"),
    QT_TRANSLATE_NOOP("Yike::Report", "national"),
    QT_TRANSLATE_NOOP("Yike::Report", "local/secondary"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary/local"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (OCR-garbled)"),
    QT_TRANSLATE_NOOP("Yike::Report", "local (via reprint)"),
    QT_TRANSLATE_NOOP("Yike::Report", "local draft (via reprint)"),
    QT_TRANSLATE_NOOP("Yike::Report",
                      "secondary (Ministry of Health basic standard, via Q&A site)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (OCR of GB 50437 城镇老年人设施规划规范)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (OCR-garbled GB 50437 table)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (TD/T 1062 table A.1 via a code comment)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (TD/T 1062 table A.3 via a code comment)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (news of the national guideline)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (repository README listing the 完整社区 items)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (summary of a local draft)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary (中国大百科全书)"),
    QT_TRANSLATE_NOOP("Yike::Report", "secondary, low (Q&A page)"),
    // Where a minimum area applies.
    QT_TRANSLATE_NOOP("Yike::Report", "Anhui"),
    QT_TRANSLATE_NOOP("Yike::Report", "Anhui draft"),
    QT_TRANSLATE_NOOP("Yike::Report", "Anhui; Guizhou; Yinchuan"),
    QT_TRANSLATE_NOOP("Yike::Report", "Beijing"),
    QT_TRANSLATE_NOOP("Yike::Report", "Hubei draft 完整社区"),
    QT_TRANSLATE_NOOP("Yike::Report", "Shanghai 2024 draft"),
    QT_TRANSLATE_NOOP("Yike::Report", "Shanghai Pudong"),
    QT_TRANSLATE_NOOP("Yike::Report", "Tianjin"),
    QT_TRANSLATE_NOOP("Yike::Report", "Xuzhou"),
    QT_TRANSLATE_NOOP("Yike::Report", "county towns, provincial licence rules vary"),
    QT_TRANSLATE_NOOP("Yike::Report", "national GB 50180"),
    QT_TRANSLATE_NOOP("Yike::Report", "national GB 50180 (via an evaluation set)"),
    QT_TRANSLATE_NOOP("Yike::Report", "national rule quoted without issuer"),
    QT_TRANSLATE_NOOP("Yike::Report", "national 完整居住社区"),
    // Where the default walk profiles' figures come from.
    QT_TRANSLATE_NOOP("Yike::Report",
                      "speed: 4.0 ft/s normal walking speed (2003 MUTCD), S47/S49; "
                      "stairs and crossing: assumed"),
    QT_TRANSLATE_NOOP("Yike::Report",
                      "speed: 15th percentile of pedestrians over 60 "
                      "(TCRP-NCHRP 2005), S48; stairs and crossing: assumed"),
    QT_TRANSLATE_NOOP("Yike::Report",
                      "speed: mean of pre-school children, 0.88 ± 0.2 m/s, S52; "
                      "stairs and crossing: assumed"),
    // Where the shipped siting rules come from.
    QT_TRANSLATE_NOOP("Yike::Report", "Anhui draft on inclusive childcare (facility_areas.json)"),
    QT_TRANSLATE_NOOP("Yike::Report", "Anhui: 老年助餐点应设置在一楼 (facility_areas.json)"),
    QT_TRANSLATE_NOOP("Yike::Report", "GB 50437 via facility_areas.json: ground floor preferred"),
    QT_TRANSLATE_NOOP("Yike::Report", "as childcare_service"),
    QT_TRANSLATE_NOOP("Yike::Report", "assumption: deliveries and ventilation"),
    QT_TRANSLATE_NOOP("Yike::Report", "assumption: like primary schools"),
    QT_TRANSLATE_NOOP("Yike::Report", "assumption: outdoor land, like parks"),
    QT_TRANSLATE_NOOP("Yike::Report", "assumption: patients with limited mobility"),
    QT_TRANSLATE_NOOP("Yike::Report", "assumption: residents with limited mobility"),
    QT_TRANSLATE_NOOP("Yike::Report",
                      "facility_areas.json: independent site; not a conversion "
                      "candidate"),
    QT_TRANSLATE_NOOP("Yike::Report", "facility_areas.json: outdoor land, not a building"),
};

}  // namespace

QString catalogueTerm(const std::string& text) {
    // translate() gives the text itself back when the catalogue has no translation of it.
    return QCoreApplication::translate("Yike::Report", text.c_str());
}

}  // namespace yike::ui
