// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/osm_import.h"

#include <memory>
#include <optional>

#include <QFileInfo>
#include <QStringList>

#include "ui/document/project_document.h"
#include "ui/exchange/tr.h"
#include "ui/jobs/background_runner.h"

namespace yike::ui {
namespace {

QString count(std::int64_t n) { return QString::number(static_cast<qlonglong>(n)); }

/// "honolulu" for honolulu.osm.pbf, "export" for export.json.gz.
QString titleFor(const QString& path) {
    QString name = QFileInfo(path).fileName();
    for (const char* suffix : {".gz", ".bz2", ".pbf", ".osm", ".o5m", ".opl", ".json", ".xml"}) {
        const QLatin1String text(suffix);
        if (name.size() > text.size() && name.endsWith(text, Qt::CaseInsensitive))
            name.chop(text.size());
    }
    return name;
}

}  // namespace

QString osmImportSummary(const osm::ImportReport& r) {
    QStringList lines;
    lines << ExchangeTr::tr("Read as %1.").arg(QString::fromStdString(r.format));
    lines << ExchangeTr::tr("Streets: %1 (%2 walkable)").arg(count(r.streets), count(r.walkableStreets));
    lines << ExchangeTr::tr("Buildings: %1").arg(count(r.buildings));
    lines << ExchangeTr::tr("Residential compounds: %1, with %2 gates").arg(count(r.compounds), count(r.gates));
    lines << ExchangeTr::tr("Facilities: %1 (%2 other points of interest match no category)")
                 .arg(count(r.facilities), count(r.poisUnmapped));
    lines << ExchangeTr::tr("Green areas: %1; water areas: %2").arg(count(r.greenAreas), count(r.waterAreas));
    QStringList notes;
    if (r.sortedInMemory)
        notes << ExchangeTr::tr("The file was not sorted (nodes, ways, relations, each by id); it was "
                                "read into memory and sorted (%1 MiB).")
                     .arg(count((r.memoryBytes + (1 << 20) - 1) >> 20));
    if (r.deletedObjects > 0)
        notes << ExchangeTr::tr("Objects marked as deleted in an editor, left out: %1")
                     .arg(count(r.deletedObjects));
    if (r.duplicateObjects > 0)
        notes << ExchangeTr::tr("Objects given more than once (the newest version of each was "
                                "used): %1")
                     .arg(count(r.duplicateObjects));
    if (r.waysWithMissingNodes > 0)
        notes << ExchangeTr::tr("Ways that refer to points missing from the file (the edge of an "
                                "extract), split at the gaps: %1")
                     .arg(count(r.waysWithMissingNodes));
    if (r.areaProblems > 0)
        notes << ExchangeTr::tr("Areas that could not be assembled, left out: %1")
                     .arg(count(r.areaProblems));
    if (r.gatesWithoutCompound > 0)
        notes << ExchangeTr::tr("Gates on no residential compound, not imported: %1")
                     .arg(count(r.gatesWithoutCompound));
    if (r.otherElementsSkipped > 0)
        notes << ExchangeTr::tr("Overpass elements that are not map objects, skipped: %1")
                     .arg(count(r.otherElementsSkipped));
    if (!r.serverRemark.empty())
        notes << ExchangeTr::tr("The Overpass server noted: %1 (the data may be incomplete).")
                     .arg(QString::fromStdString(r.serverRemark));
    if (r.compounds > 0)
        notes << ExchangeTr::tr("OpenStreetMap records no residents: populations are estimated until "
                                "you enter survey figures.");
    if (!notes.isEmpty()) lines << QString() << notes;
    lines << QString() << ExchangeTr::tr("Map data © OpenStreetMap contributors (ODbL).");
    return lines.join(QLatin1Char('\n'));
}

QString osmImportErrorText(const osm::OsmImportError& error, const QString& fileName) {
    using Reason = osm::OsmImportError::Reason;
    const QString detail = QString::fromStdString(error.detail());
    switch (error.reason()) {
    case Reason::NoSuchFile:
        return ExchangeTr::tr("“%1” does not exist.").arg(fileName);
    case Reason::Empty:
        return ExchangeTr::tr("“%1” is empty.").arg(fileName);
    case Reason::ChangeFile:
        return ExchangeTr::tr("“%1” is an OpenStreetMap change file: it lists edits to apply to a "
                              "map, not a map. Import the map itself (.osm, .osm.pbf, .o5m or "
                              "Overpass JSON).")
            .arg(fileName);
    case Reason::GeoJson:
        return ExchangeTr::tr("“%1” is GeoJSON, not OpenStreetMap data. Add it to a project with "
                              "File → Import → Table or GeoJSON.")
            .arg(fileName);
    case Reason::NotOsm:
        return detail.isEmpty()
                   ? ExchangeTr::tr("“%1” is not OpenStreetMap data. Yike reads .osm, .osm.pbf, "
                                    ".o5m, .opl and Overpass JSON files, also compressed with gzip "
                                    "or bzip2.")
                         .arg(fileName)
                   : ExchangeTr::tr("“%1” is not OpenStreetMap data; it starts with “%2”. Yike "
                                    "reads .osm, .osm.pbf, .o5m, .opl and Overpass JSON files, "
                                    "also compressed with gzip or bzip2.")
                         .arg(fileName, detail);
    case Reason::NoObjects:
        return ExchangeTr::tr("“%1” holds no OpenStreetMap objects: the exported area may be empty.")
            .arg(fileName);
    case Reason::NodesMissing:
        return ExchangeTr::tr("Most ways in “%1” (%2) refer to points that are not in the file, so "
                              "no district can be built from it. Export the area again with its "
                              "points; from Overpass, end the query with “out body; >; out skel "
                              "qt;” or use “out geom;”.")
            .arg(fileName, detail);
    case Reason::ServerError:
        return ExchangeTr::tr("“%1” holds an error from the Overpass server instead of data: %2")
            .arg(fileName, detail);
    case Reason::Cancelled:
        return ExchangeTr::tr("The import was cancelled.");
    case Reason::Unreadable:
        break;
    }
    return ExchangeTr::tr("“%1” could not be read as OpenStreetMap data; it may be damaged or "
                          "cut short. (%2)")
        .arg(fileName, detail);
}

OsmImporter::OsmImporter(ProjectDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_runner(new BackgroundRunner(this)) {
    connect(m_runner, &BackgroundRunner::progressChanged, this, &OsmImporter::progressChanged);
}

OsmImporter::~OsmImporter() = default;

bool OsmImporter::isRunning() const { return m_runner->isRunning(); }

void OsmImporter::cancel() { m_runner->cancel(); }

void OsmImporter::start(const QString& path) {
    struct Outcome {
        std::optional<project::Project> project;
        osm::ImportReport report;
        std::optional<osm::OsmImportError> error;
    };
    auto outcome = std::make_shared<Outcome>();
    const std::filesystem::path file(path.toStdU16String());
    const QString title = titleFor(path);
    const QString fileName = QFileInfo(path).fileName();
    m_runner->start(
        [outcome, file, title](JobControl& control) {
            project::Project project = project::Project::createDefault();
            project.setMetadataValue(project::meta::kTitle, title.toStdString());
            osm::ImportOptions options;
            options.cancel = control.cancelFlag();
            options.progress = [&control](double f) { control.setProgress(f); };
            try {
                outcome->report = osm::importOsm(file, project, options);
                outcome->project = std::move(project);
            } catch (const osm::OsmImportError& e) {
                outcome->error = e;
            }
        },
        [this, outcome, fileName](BackgroundRunner::Outcome how, const QString& error) {
            if (how == BackgroundRunner::Outcome::Cancelled) {
                Q_EMIT cancelled();
                return;
            }
            if (how == BackgroundRunner::Outcome::Failed) {
                Q_EMIT failed(ExchangeTr::tr("“%1” could not be imported: %2").arg(fileName, error));
                return;
            }
            if (outcome->error) {
                Q_EMIT failed(osmImportErrorText(*outcome->error, fileName));
                return;
            }
            const DocumentResult result = m_document->newFromProject(std::move(*outcome->project));
            if (!result) {
                Q_EMIT failed(result.error().message);
                return;
            }
            Q_EMIT imported(osmImportSummary(outcome->report));
        });
}

}  // namespace yike::ui
