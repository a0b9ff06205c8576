// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

#include "core/exchange/layer_export.h"
#include "core/project/project.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace yike::ui {

class ProjectDocument;

/**
 * File → Export Layer…: writes one layer of the project as GeoJSON (for GIS programs and web
 * maps) or as CSV (for Excel; UTF-8 with a byte-order mark), through core/exchange.
 */
class ExportLayerDialog : public QDialog {
    Q_OBJECT

public:
    explicit ExportLayerDialog(const ProjectDocument* document, QWidget* parent = nullptr);
    ~ExportLayerDialog() override;

    void setLayer(project::Layer layer);
    project::Layer layer() const;
    void setFormat(exchange::ExportFormat format);
    exchange::ExportFormat format() const;
    /// Where to write; the extension follows the format when the format changes.
    void setFilePath(const QString& path);
    QString filePath() const;
    QString statusText() const;

    /// Writes the file; closes the dialog on success. On failure returns false and the status
    /// line says why.
    bool exportFile();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void followFormat();

    const ProjectDocument* m_document;
    QLabel* m_layerLabel = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QLabel* m_formatLabel = nullptr;
    QComboBox* m_formatCombo = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

}  // namespace yike::ui
