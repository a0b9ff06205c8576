// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDialog>
#include <QString>

#include "core/population/grid_import.h"
#include "core/project/features.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace yike::ui {

class BackgroundRunner;
class ProjectDocument;

/// Why a population raster could not be imported, in the UI language.
QString gridErrorText(const population::GridReadError& error, const QString& fileName);
QString gridErrorText(const population::GridImportError& error, const QString& fileName);

/**
 * File → Import → Population Grid…: brings a population raster (WorldPop, GHS-POP, any GeoTIFF
 * or raster GDAL reads, in any coordinate system) into the project, so residents can be counted
 * where the map has no building footprints.
 *
 * Choosing the file shows what it is (coordinate system, cells, what the values count). The user
 * says what the cells hold (people, or the share aged 60+ or 0–14), the source's name and year.
 * Import reads the cells over the study area on a worker thread (progress, Cancel) and adds them
 * as one undo step, replacing a grid of the same kind; the dialog then shows where the grid's
 * people went (onto home buildings, compound land, the nearest home, or their cell's centre).
 */
class PopulationImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit PopulationImportDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~PopulationImportDialog() override;

    /// Reads the raster's header and fills the fields from it.
    void setFilePath(const QString& path);
    QString filePath() const;
    void setKind(project::PopulationGridKind kind);
    void setSource(const QString& source);
    void setYear(int year);

    /// Starts the import in the background; finished() follows.
    void startImport();
    bool isImporting() const;
    /// What the dialog shows under the fields: the file's description, an error, the report.
    QString statusText() const;
    /// The report of the last successful import (empty before one).
    QString reportText() const { return m_report; }

Q_SIGNALS:
    /// The import ended: imported (the grid is in the project) or not (statusText() says why).
    void finished(bool imported);

private:
    void chooseFile();
    void updateButtons();
    void showStatus(const QString& text, bool error);
    QString placementReport(const population::GridImportPlan& plan) const;

    ProjectDocument* m_document;
    BackgroundRunner* m_runner;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_info = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_source = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_notes = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    bool m_headerRead = false;
    QString m_report;
};

}  // namespace yike::ui
