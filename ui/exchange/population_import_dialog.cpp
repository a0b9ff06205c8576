// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/population_import_dialog.h"

#include <chrono>
#include <memory>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/access/residents.h"
#include "core/project/project.h"
#include "ui/commands/import_population_grid.h"
#include "ui/document/project_document.h"
#include "ui/exchange/tr.h"
#include "ui/jobs/background_runner.h"

namespace yike::ui {
namespace {

QString people(double count) { return QLocale().toString(count, 'f', 0); }

QString utf8(const std::string& text) { return QString::fromStdString(text); }

}  // namespace

QString gridErrorText(const population::GridReadError& error, const QString& fileName) {
    using Reason = population::GridReadError::Reason;
    const QString detail = utf8(error.detail());
    switch (error.reason()) {
    case Reason::NotFound:
        return ExchangeTr::tr("“%1” does not exist.").arg(fileName);
    case Reason::NotRaster:
        return ExchangeTr::tr("“%1” is not a raster. A population grid is a GeoTIFF (or another "
                              "raster format GDAL reads) with people per cell, such as WorldPop "
                              "or GHS-POP.")
            .arg(fileName);
    case Reason::NoGeoreference:
        return ExchangeTr::tr("“%1” does not say where on the earth its cells lie (no coordinate "
                              "system or no georeference). Assign one, for example with "
                              "gdal_translate -a_srs, and import it again.")
            .arg(fileName);
    case Reason::NoOverlap:
        return ExchangeTr::tr("“%1” does not cover this project's area (%2).").arg(fileName, detail);
    case Reason::Cancelled:
        return ExchangeTr::tr("The import was cancelled.");
    case Reason::NotSupported:
        return ExchangeTr::tr("This build of Yike cannot read rasters (it was built without GDAL), "
                              "so “%1” cannot be imported.")
            .arg(fileName);
    case Reason::Unreadable:
        break;
    }
    return ExchangeTr::tr("“%1” could not be read; it may be damaged or cut short. (%2)")
        .arg(fileName, detail);
}

QString gridErrorText(const population::GridImportError& error, const QString& fileName) {
    using Reason = population::GridImportError::Reason;
    switch (error.reason()) {
    case Reason::NoArea:
        return ExchangeTr::tr("The project has no study area and no compounds, buildings or "
                              "streets yet, so nothing says which part of the grid to import. "
                              "Draw the study area or import the district first.");
    case Reason::NotShares:
        return ExchangeTr::tr("“%1” holds values up to %2, which are not shares between 0 and 1. "
                              "Is it a grid of people?")
            .arg(fileName, utf8(error.detail()));
    case Reason::NoCells:
        break;
    }
    return ExchangeTr::tr("No cell of “%1” with a value lies in the project's area.").arg(fileName);
}

PopulationImportDialog::PopulationImportDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document), m_runner(new BackgroundRunner(this)) {
    setWindowTitle(ExchangeTr::tr("Import Population Grid"));
    setObjectName(QStringLiteral("populationImportDialog"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    m_path->setPlaceholderText(ExchangeTr::tr("A GeoTIFF of people per cell (WorldPop, GHS-POP, …)"));
    m_browse = new QPushButton(ExchangeTr::tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(ExchangeTr::tr("People per cell"), int(project::PopulationGridKind::People));
    m_kind->addItem(ExchangeTr::tr("Share of residents aged 60+ (0–1)"),
                    int(project::PopulationGridKind::Share60Plus));
    m_kind->addItem(ExchangeTr::tr("Share of residents aged 0–14 (0–1)"),
                    int(project::PopulationGridKind::Share0To14));
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setPlaceholderText(ExchangeTr::tr("e.g. WorldPop, GHS-POP, 七普网格"));
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(1799, 2200);
    m_year->setSpecialValueText(ExchangeTr::tr("not known"));
    m_year->setValue(m_year->minimum());
    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(ExchangeTr::tr("What the values count, e.g. people aged 20 and over"));

    auto* form = new QFormLayout;
    form->addRow(ExchangeTr::tr("&File:"), fileRow);
    form->addRow(QString(), m_info);
    form->addRow(ExchangeTr::tr("&Cells hold:"), m_kind);
    form->addRow(ExchangeTr::tr("&Source:"), m_source);
    form->addRow(ExchangeTr::tr("&Year:"), m_year);
    form->addRow(ExchangeTr::tr("&Notes:"), m_notes);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = m_buttons->addButton(ExchangeTr::tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_buttons->button(QDialogButtonBox::Close)->setText(ExchangeTr::tr("Close"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_buttons);
    resize(620, 420);

    connect(m_browse, &QPushButton::clicked, this, &PopulationImportDialog::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setFilePath(m_path->text()); });
    connect(m_import, &QPushButton::clicked, this, &PopulationImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isImporting()) {
            m_runner->cancel();
            return;
        }
        reject();
    });
    connect(m_runner, &BackgroundRunner::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000.0)); });
    updateButtons();
}

PopulationImportDialog::~PopulationImportDialog() = default;

void PopulationImportDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, ExchangeTr::tr("Choose a Population Grid"), m_path->text(),
        ExchangeTr::tr("Rasters (*.tif *.tiff *.img *.asc *.nc *.vrt);;All files (*)"));
    if (!path.isEmpty()) setFilePath(path);
}

void PopulationImportDialog::setFilePath(const QString& path) {
    m_path->setText(path);
    m_headerRead = false;
    m_report.clear();
    const QString name = QFileInfo(path).fileName();
    try {
        const population::GridInfo info =
            population::readGridInfo(std::filesystem::path(path.toStdU16String()));
        QString text = ExchangeTr::tr("%1 · %2 × %3 cells of about %4 m²")
                           .arg(utf8(info.crs), QLocale().toString(info.columns),
                                QLocale().toString(info.rows), people(info.approxCellAreaM2));
        const auto units = info.metadata.find("UNITS");
        const QString counts = units != info.metadata.end() ? utf8(units->second)
                                                            : utf8(info.bandDescription);
        if (!counts.isEmpty()) text += ExchangeTr::tr(" · values: %1").arg(counts);
        m_info->setText(text);
        if (m_source->text().isEmpty()) m_source->setText(QFileInfo(path).completeBaseName());
        if (m_notes->text().isEmpty()) m_notes->setText(counts);
        m_headerRead = true;
        showStatus(QString(), false);
    } catch (const population::GridReadError& e) {
        m_info->clear();
        showStatus(gridErrorText(e, name), true);
    }
    updateButtons();
}

QString PopulationImportDialog::filePath() const { return m_path->text(); }

void PopulationImportDialog::setKind(project::PopulationGridKind kind) {
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void PopulationImportDialog::setSource(const QString& source) { m_source->setText(source); }

void PopulationImportDialog::setYear(int year) {
    m_year->setValue(year > 0 ? year : m_year->minimum());
}

bool PopulationImportDialog::isImporting() const { return m_runner->isRunning(); }

QString PopulationImportDialog::statusText() const { return m_status->text(); }

void PopulationImportDialog::showStatus(const QString& text, bool error) {
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void PopulationImportDialog::updateButtons() {
    const bool running = isImporting();
    m_import->setEnabled(m_headerRead && !running && !m_document->isReadOnly());
    m_buttons->button(QDialogButtonBox::Close)
        ->setText(running ? ExchangeTr::tr("Cancel") : ExchangeTr::tr("Close"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_path, m_browse, m_kind, m_source, m_year, m_notes})
        w->setEnabled(!running);
    m_progress->setVisible(running);
}

void PopulationImportDialog::startImport() {
    if (!m_headerRead || isImporting()) return;
    struct Outcome {
        std::optional<population::GridImportPlan> plan;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const std::filesystem::path file(m_path->text().toStdU16String());
    const QString name = QFileInfo(m_path->text()).fileName();
    population::GridImportOptions options;
    options.kind = static_cast<project::PopulationGridKind>(m_kind->currentData().toInt());
    options.source = m_source->text().trimmed().toStdString();
    options.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    options.notes = m_notes->text().trimmed().toStdString();
    options.importedAt =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    // The worker reads a copy: feature layers are shared copy-on-write, so it is cheap.
    const project::Project snapshot = m_document->project();
    m_report.clear();
    showStatus(ExchangeTr::tr("Reading the cells over the project's area…"), false);
    m_runner->start(
        [outcome, file, name, options, snapshot](JobControl& control) {
            try {
                outcome->plan = population::planGridImport(
                    file, snapshot, options, control.cancelFlag(),
                    [&control](double f) { control.setProgress(f); });
            } catch (const population::GridReadError& e) {
                outcome->error = gridErrorText(e, name);
            } catch (const population::GridImportError& e) {
                outcome->error = gridErrorText(e, name);
            }
        },
        [this, outcome](BackgroundRunner::Outcome how, const QString& error) {
            bool imported = false;
            if (how == BackgroundRunner::Outcome::Cancelled) {
                showStatus(ExchangeTr::tr("The import was cancelled."), false);
            } else if (how == BackgroundRunner::Outcome::Failed) {
                showStatus(ExchangeTr::tr("The grid could not be imported: %1").arg(error), true);
            } else if (!outcome->plan) {
                showStatus(outcome->error, true);
            } else {
                population::GridImportPlan& plan = *outcome->plan;
                m_document->undoStack()->push(
                    new ImportPopulationGrid(*m_document, plan.grid, std::move(plan.cells)));
                m_report = placementReport(plan);
                showStatus(m_report, false);
                imported = true;
            }
            updateButtons();
            Q_EMIT finished(imported);
        });
    updateButtons();
}

QString PopulationImportDialog::placementReport(const population::GridImportPlan& plan) const {
    QStringList lines;
    const QString area = plan.area == population::GridImportPlan::Area::StudyArea
                             ? ExchangeTr::tr("the study area")
                             : ExchangeTr::tr("the extent of the project's compounds, buildings "
                                              "and streets (no study area is drawn)");
    lines << ExchangeTr::tr("Kept %1 cells centred in %2 (%3 without data, %4 centred outside).")
                 .arg(QLocale().toString(qlonglong(plan.cells.size())), area,
                      QLocale().toString(qlonglong(plan.noDataCells)),
                      QLocale().toString(qlonglong(plan.cellsOutside)));
    if (plan.grid.kind != project::PopulationGridKind::People) {
        lines << ExchangeTr::tr("The shares replace the census share for the homes in these cells.");
    } else {
        lines << ExchangeTr::tr("People in these cells: %1.").arg(people(plan.total));
        const access::ResidentsOptions options;
        const access::Residents residents = access::locateResidents(m_document->project(), options);
        if (residents.grid) {
            const access::GridPlacement& g = *residents.grid;
            lines << ExchangeTr::tr("On home buildings, by floor area: %1").arg(people(g.toBuildings));
            lines << ExchangeTr::tr("On the land of compounds without buildings: %1")
                         .arg(people(g.toCompoundLand));
            lines << ExchangeTr::tr("Moved to the nearest home within %1 m: %2")
                         .arg(people(options.gridReachM), people(g.toNearestHome));
            lines << ExchangeTr::tr("In %1 cells with no home within %2 m, walking from the cell's "
                                    "centre: %3")
                         .arg(QLocale().toString(qlonglong(g.cellsAtCentres)),
                              people(options.gridReachM), people(g.atCellCentres));
            lines << ExchangeTr::tr("In compounds with survey figures, which are kept: %1")
                         .arg(people(g.replacedBySurvey));
        }
        lines << ExchangeTr::tr("Residents in the project now: %1.").arg(people(residents.population));
    }
    if (plan.replaces)
        lines << ExchangeTr::tr("It replaces the grid “%1” imported %2 (Undo brings it back).")
                     .arg(utf8(plan.replaces->source), utf8(plan.replaces->importedAt));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace yike::ui
