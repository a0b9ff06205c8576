// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>

#include <QDialog>
#include <QString>

#include "core/exchange/feature_import.h"
#include "core/exchange/source_table.h"
#include "core/exchange/text_decoding.h"
#include "core/geo/china_crs.h"
#include "core/project/project.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace yike::ui {

class ProjectDocument;

/**
 * File → Import → Table or GeoJSON…: brings a survey layer (CSV in UTF-8 or GBK, or GeoJSON) into
 * the project as facilities, idle spaces or compounds.
 *
 * The user picks the file, the target layer, the encoding (automatic shows what was detected),
 * the coordinate system and which column feeds which field (pre-filled from the header names).
 * A preview shows the first rows with their converted WGS-84 position and whether each would be
 * imported or why not. Only those first rows are read while the user chooses; the whole file is
 * read when Import is pressed. The import is one undo command (ImportFeatures) and selects the
 * new features; rejected rows are then listed in a copyable report.
 */
class ImportLayerDialog : public QDialog {
    Q_OBJECT

public:
    /// Rows read and shown while choosing.
    static constexpr std::size_t kPreviewRows = 200;

    explicit ImportLayerDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~ImportLayerDialog() override;

    /// Reads the start of the file for the preview and guesses the column mapping.
    void setFilePath(const QString& path);
    QString filePath() const;
    /// Facilities, idle spaces or compounds; the mapping is guessed again for the layer.
    void setLayer(project::Layer layer);
    project::Layer layer() const;
    /// std::nullopt: detect.
    void setEncoding(std::optional<exchange::TextEncoding> encoding);
    void setCrs(geo::ChinaCrs crs);
    /// The column feeding `field`; empty for none.
    void setColumn(exchange::Field field, const QString& column);
    QString column(exchange::Field field) const;

    /// The options the preview and the import use.
    exchange::ImportOptions importOptions() const;
    /// What the status line says: the detected encoding and a preview summary, or why the
    /// file cannot be imported as set up.
    QString statusText() const;
    bool canImport() const;

    /**
     * Reads the whole file and imports it: one ImportFeatures command on the document's undo
     * stack, and the new features selected. With rejected rows the dialog then shows the report;
     * without, it closes. Returns false when nothing was imported (statusText() says why).
     */
    bool importFile();
    /// The report of the last import, one line per rejected row (empty before an import).
    QString reportText() const;
    const exchange::ImportReport& lastReport() const { return m_report; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void browse();
    void reloadSource();
    void rebuildMapping();
    void refreshPreview();
    void fillPreview(const std::vector<exchange::PreviewRow>& rows);
    void showReport(std::size_t imported);
    void updateEncodingLabel();
    void onMappingChanged();
    exchange::ColumnMapping currentMapping() const;

    ProjectDocument* m_document;
    std::optional<exchange::SourceTable> m_source;  // the first rows, for the preview
    QString m_loadedPath;                           // the file m_source was read from
    QString m_sourceError;
    QString m_mappingError;
    QString m_previewSummary;
    exchange::ImportReport m_report;
    std::size_t m_imported = 0;
    bool m_rebuilding = false;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
    QLabel* m_layerLabel = nullptr;
    QComboBox* m_layerCombo = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QComboBox* m_encodingCombo = nullptr;
    QLabel* m_crsLabel = nullptr;
    QComboBox* m_crsCombo = nullptr;
    QGroupBox* m_mappingBox = nullptr;
    QFormLayout* m_mappingForm = nullptr;
    std::map<exchange::Field, QComboBox*> m_columnCombos;
    std::map<exchange::Field, QLabel*> m_columnLabels;
    QCheckBox* m_attributesCheck = nullptr;
    QGroupBox* m_previewBox = nullptr;
    QTableWidget* m_preview = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_reportLabel = nullptr;
    QPlainTextEdit* m_reportEdit = nullptr;
    QPushButton* m_copyButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

}  // namespace yike::ui
