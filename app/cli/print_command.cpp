// SPDX-License-Identifier: GPL-3.0-or-later
#include <cstdio>
#include <filesystem>
#include <string>

#include <QDate>
#include <QString>

#include "app/cli/commands.h"
#include "app/cli/gui_session.h"
#include "core/access/analysis_session.h"
#include "core/guidemap/guide_map.h"
#include "core/platform/utf8_path.h"
#include "core/project/project.h"
#include "core/project/project_file.h"
#include "ui/print/guide_map_page.h"
#include "ui/print/page_layout.h"
#include "ui/print/page_output.h"

namespace yike::cli {
namespace {

guidemap::GuideMapRequest centreOf(const Arguments& args) {
    const int given = int(args.has("--centre")) + int(args.has("--compound")) + int(args.has("--at"));
    if (given != 1) throw UsageError("give exactly one of --centre, --compound and --at");
    if (args.has("--centre"))
        return guidemap::GuideMapRequest::atFacility(
            project::FeatureId(parseUnsigned(*args.value("--centre"), "--centre")));
    if (args.has("--compound"))
        return guidemap::GuideMapRequest::atCompound(
            project::FeatureId(parseUnsigned(*args.value("--compound"), "--compound")));
    return guidemap::GuideMapRequest::atPoint(parseLonLat(*args.value("--at")));
}

}  // namespace

int runPrint(const Arguments& args, std::ostream& out) {
    args.expectPositionals({"PROJECT"});
    const std::string& file = args.positionals().front();
    const std::string output = args.required("--out");
    const QString outPath = QString::fromStdString(output);
    const std::optional<ui::PageFormat> format = ui::pageFormatOf(outPath);
    if (!format) throw UsageError("--out must end in .pdf, .png or .svg");
    guidemap::GuideMapRequest request = centreOf(args);
    request.profileCode = args.value("--profile").value_or("older");
    request.minutes = minutesOption(args);
    request.includePlanned = args.has("--include-planned");
    const double dpi = args.value("--dpi") ? parsePositive(*args.value("--dpi"), "--dpi") : 300.0;

    const auto opened = project::ProjectFile::open(platform::pathFromUtf8(file),
                                                   project::ProjectFile::Mode::ReadOnly);
    project::Project project = opened->load();
    requireProfile(project, request.profileCode);

    GuiSession gui(languageOption(args));
    ui::Paper paper = ui::Paper::A3;
    if (const auto name = args.value("--paper")) {
        const auto p = ui::paperFromName(QString::fromStdString(*name));
        if (!p) throw UsageError("--paper must be A4, A3, A2 or A1, not '" + *name + "'");
        paper = *p;
    }
    ui::PageLayout layout = ui::defaultGuideMapLayout(paper, args.has("--landscape"));
    if (const auto name = args.value("--layout")) {
        // A layout kept in the project: paper and orientation are its own unless given here.
        const project::PrintLayout* stored = project.printLayout(*name);
        if (!stored || stored->kind != ui::kGuideMapLayoutKind) {
            std::string known;
            for (const project::PrintLayout& l : project.printLayouts())
                if (l.kind == ui::kGuideMapLayoutKind) known += (known.empty() ? "" : ", ") + l.name;
            throw CommandError("the project has no guide map layout '" + *name + "'"
                               + (known.empty() ? " (it has none)" : " (it has: " + known + ")"));
        }
        QString error;
        std::optional<ui::PageLayout> saved =
            ui::pageLayoutFromJson(QString::fromStdString(stored->definition), &error);
        if (!saved) throw CommandError("layout '" + *name + "': " + error.toStdString());
        layout = args.has("--paper") || args.has("--landscape")
                     ? ui::relaidOut(*saved, paper, args.has("--landscape"))
                     : *saved;
    }
    if (const auto style = args.value("--style")) {
        const auto s = ui::pageStyleFromName(QString::fromStdString(*style));
        if (!s) throw UsageError("--style must be sign, high-contrast or grayscale");
        layout.style = *s;
    }
    if (const auto title = args.value("--title")) layout.title = QString::fromStdString(*title);
    if (const auto sub = args.value("--subtitle")) layout.subtitle = QString::fromStdString(*sub);
    if (const auto qr = args.value("--qr")) layout.qrUrl = QString::fromStdString(*qr);

    access::AnalysisSession session(std::move(project));
    session.buildGraph();
    std::unique_ptr<ui::GuideMapPage> page;
    try {
        page = ui::makeGuideMapPage(session, request, layout, QDate::currentDate(), {});
    } catch (const guidemap::GuideMapError& e) {
        throw CommandError(e.what());
    }
    if (!page) throw CommandError("cancelled");
    ui::PageOutputOptions options;
    options.pngDpi = dpi;
    try {
        ui::writePage(*page, outPath, *format, options);
    } catch (const ui::PageOutputError& e) {
        throw CommandError(e.message().toStdString());
    }
    const QSizeF mm = page->pageSizeMm();
    out << "Wrote " << output << ": " << page->title().toStdString() << ", "
        << ui::paperName(layout.paper).toStdString() << ' ' << mm.width() << " x " << mm.height()
        << " mm, " << page->entries().size() << " services listed";
    if (!page->unplacedNumbers().empty())
        out << " (" << page->unplacedNumbers().size() << " without room on the map)";
    out << '\n';
    return 0;
}

}  // namespace yike::cli
