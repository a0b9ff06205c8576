// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/import_layer_dialog.h"

#include <utility>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/exchange/exchange_error.h"
#include "ui/commands/import_features.h"
#include "ui/document/project_document.h"
#include "ui/exchange/exchange_texts.h"
#include "ui/exchange/tr.h"

namespace yike::ui {
namespace {

using exchange::Field;
using project::Layer;

const QString kLastDirectoryKey = QStringLiteral("exchange/lastImportDirectory");
constexpr int kAutoEncoding = -1;

/// Restores the cursor when the work is done, however it ends.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

}  // namespace

ImportLayerDialog::ImportLayerDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document) {
    setObjectName(QStringLiteral("importLayerDialog"));
    buildUi();
    retranslateUi();
    rebuildMapping();
    refreshPreview();
}

ImportLayerDialog::~ImportLayerDialog() = default;

void ImportLayerDialog::buildUi() {
    m_pages = new QStackedWidget(this);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_pages);

    // -- page 1: source, layer, mapping and preview ------------------------------------------
    auto* setup = new QWidget(m_pages);
    auto* setupLayout = new QVBoxLayout(setup);
    auto* grid = new QGridLayout;
    m_fileLabel = new QLabel(setup);
    m_fileEdit = new QLineEdit(setup);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(setup);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    grid->addWidget(m_fileLabel, 0, 0);
    grid->addWidget(m_fileEdit, 0, 1);
    grid->addWidget(m_browseButton, 0, 2);

    m_layerLabel = new QLabel(setup);
    m_layerCombo = new QComboBox(setup);
    m_layerCombo->setObjectName(QStringLiteral("layerCombo"));
    for (Layer layer : {Layer::Facilities, Layer::IdleSpaces, Layer::Compounds})
        m_layerCombo->addItem(QString(), static_cast<int>(layer));
    m_layerLabel->setBuddy(m_layerCombo);
    grid->addWidget(m_layerLabel, 1, 0);
    grid->addWidget(m_layerCombo, 1, 1);

    m_encodingLabel = new QLabel(setup);
    m_encodingCombo = new QComboBox(setup);
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(QString(), kAutoEncoding);
    for (exchange::TextEncoding e : {exchange::TextEncoding::Utf8, exchange::TextEncoding::Gb18030})
        m_encodingCombo->addItem(encodingName(e), static_cast<int>(e));
    m_encodingLabel->setBuddy(m_encodingCombo);
    grid->addWidget(m_encodingLabel, 2, 0);
    grid->addWidget(m_encodingCombo, 2, 1);

    m_crsLabel = new QLabel(setup);
    m_crsCombo = new QComboBox(setup);
    m_crsCombo->setObjectName(QStringLiteral("crsCombo"));
    for (geo::ChinaCrs crs : {geo::ChinaCrs::Wgs84, geo::ChinaCrs::Gcj02, geo::ChinaCrs::Bd09})
        m_crsCombo->addItem(QString(), static_cast<int>(crs));
    m_crsLabel->setBuddy(m_crsCombo);
    grid->addWidget(m_crsLabel, 3, 0);
    grid->addWidget(m_crsCombo, 3, 1);
    grid->setColumnStretch(1, 1);
    setupLayout->addLayout(grid);

    auto* middle = new QHBoxLayout;
    m_mappingBox = new QGroupBox(setup);
    auto* mappingLayout = new QVBoxLayout(m_mappingBox);
    m_mappingForm = new QFormLayout;
    mappingLayout->addLayout(m_mappingForm);
    m_attributesCheck = new QCheckBox(m_mappingBox);
    m_attributesCheck->setObjectName(QStringLiteral("attributesCheck"));
    m_attributesCheck->setChecked(true);
    mappingLayout->addWidget(m_attributesCheck);
    mappingLayout->addStretch(1);
    middle->addWidget(m_mappingBox);

    m_previewBox = new QGroupBox(setup);
    auto* previewLayout = new QVBoxLayout(m_previewBox);
    m_preview = new QTableWidget(m_previewBox);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setVisible(false);
    previewLayout->addWidget(m_preview);
    middle->addWidget(m_previewBox, 1);
    setupLayout->addLayout(middle, 1);

    m_statusLabel = new QLabel(setup);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setupLayout->addWidget(m_statusLabel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_importButton = new QPushButton(setup);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton(setup);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_cancelButton);
    setupLayout->addLayout(buttons);
    m_pages->addWidget(setup);

    // -- page 2: the report of rejected rows -------------------------------------------------
    auto* report = new QWidget(m_pages);
    auto* reportLayout = new QVBoxLayout(report);
    m_reportLabel = new QLabel(report);
    m_reportLabel->setObjectName(QStringLiteral("reportLabel"));
    m_reportLabel->setWordWrap(true);
    reportLayout->addWidget(m_reportLabel);
    m_reportEdit = new QPlainTextEdit(report);
    m_reportEdit->setObjectName(QStringLiteral("reportText"));
    m_reportEdit->setReadOnly(true);
    m_reportEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    reportLayout->addWidget(m_reportEdit, 1);
    auto* reportButtons = new QHBoxLayout;
    m_copyButton = new QPushButton(report);
    m_copyButton->setObjectName(QStringLiteral("copyReportButton"));
    m_closeButton = new QPushButton(report);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    reportButtons->addWidget(m_copyButton);
    reportButtons->addStretch(1);
    reportButtons->addWidget(m_closeButton);
    reportLayout->addLayout(reportButtons);
    m_pages->addWidget(report);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportLayerDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (filePath() != m_loadedPath) reloadSource();
    });
    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this] {
        rebuildMapping();
        refreshPreview();
    });
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, [this] { reloadSource(); });
    connect(m_crsCombo, &QComboBox::currentIndexChanged, this, [this] { refreshPreview(); });
    connect(m_attributesCheck, &QCheckBox::toggled, this, [this] { refreshPreview(); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, [this] {
        if (m_imported > 0)
            accept();
        else
            reject();
    });
    connect(m_copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });
    resize(960, 600);
}

void ImportLayerDialog::retranslateUi() {
    setWindowTitle(ExchangeTr::tr("Import Table or GeoJSON"));
    m_fileLabel->setText(ExchangeTr::tr("&File:"));
    m_fileEdit->setPlaceholderText(
        ExchangeTr::tr("A CSV table (.csv, .tsv, .txt) or a GeoJSON file (.geojson, .json)"));
    m_browseButton->setText(ExchangeTr::tr("&Browse…"));
    m_layerLabel->setText(ExchangeTr::tr("Import &as:"));
    for (int i = 0; i < m_layerCombo->count(); ++i)
        m_layerCombo->setItemText(
            i, exchangeLayerName(static_cast<Layer>(m_layerCombo->itemData(i).toInt())));
    m_encodingLabel->setText(ExchangeTr::tr("&Encoding:"));
    updateEncodingLabel();
    m_crsLabel->setText(ExchangeTr::tr("&Coordinates:"));
    for (int i = 0; i < m_crsCombo->count(); ++i)
        m_crsCombo->setItemText(
            i, crsName(static_cast<geo::ChinaCrs>(m_crsCombo->itemData(i).toInt())));
    m_crsCombo->setToolTip(ExchangeTr::tr(
        "Positions copied from Amap or Tencent maps are GCJ-02, from Baidu maps BD-09; they are "
        "converted to WGS-84."));
    m_mappingBox->setTitle(ExchangeTr::tr("Columns"));
    for (const auto& [field, label] : m_columnLabels) label->setText(fieldLabel(field));
    for (const auto& [field, combo] : m_columnCombos)
        if (combo->count() > 0) combo->setItemText(0, ExchangeTr::tr("(none)"));
    m_attributesCheck->setText(ExchangeTr::tr("Keep the other columns as attributes"));
    m_previewBox->setTitle(ExchangeTr::tr("Preview"));
    m_importButton->setText(ExchangeTr::tr("&Import"));
    m_cancelButton->setText(ExchangeTr::tr("Cancel"));
    m_copyButton->setText(ExchangeTr::tr("&Copy Report"));
    m_closeButton->setText(ExchangeTr::tr("&Close"));
    if (m_pages->currentIndex() == 1) showReport(m_imported);
    refreshPreview();
}

void ImportLayerDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void ImportLayerDialog::browse() {
    QSettings settings;
    const QString directory = m_fileEdit->text().isEmpty()
                                  ? settings.value(kLastDirectoryKey).toString()
                                  : QFileInfo(m_fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, ExchangeTr::tr("Import Table or GeoJSON"), directory,
        ExchangeTr::tr("Tables and GeoJSON (*.csv *.tsv *.txt *.geojson *.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    setFilePath(path);
}

void ImportLayerDialog::setFilePath(const QString& path) {
    m_fileEdit->setText(path);
    reloadSource();
}

QString ImportLayerDialog::filePath() const {
    return m_fileEdit->text().trimmed();
}

void ImportLayerDialog::setLayer(Layer layer) {
    const int index = m_layerCombo->findData(static_cast<int>(layer));
    if (index >= 0) m_layerCombo->setCurrentIndex(index);
}

Layer ImportLayerDialog::layer() const {
    return static_cast<Layer>(m_layerCombo->currentData().toInt());
}

void ImportLayerDialog::setEncoding(std::optional<exchange::TextEncoding> encoding) {
    const int index =
        m_encodingCombo->findData(encoding ? static_cast<int>(*encoding) : kAutoEncoding);
    if (index >= 0) m_encodingCombo->setCurrentIndex(index);
}

void ImportLayerDialog::setCrs(geo::ChinaCrs crs) {
    const int index = m_crsCombo->findData(static_cast<int>(crs));
    if (index >= 0) m_crsCombo->setCurrentIndex(index);
}

void ImportLayerDialog::setColumn(Field field, const QString& column) {
    const auto it = m_columnCombos.find(field);
    if (it == m_columnCombos.end()) return;
    const int index = column.isEmpty() ? 0 : it->second->findData(column);
    if (index >= 0) it->second->setCurrentIndex(index);
}

QString ImportLayerDialog::column(Field field) const {
    const auto it = m_columnCombos.find(field);
    return it == m_columnCombos.end() ? QString() : it->second->currentData().toString();
}

exchange::ColumnMapping ImportLayerDialog::currentMapping() const {
    exchange::ColumnMapping mapping;
    if (m_source) mapping = exchange::guessMapping(layer(), m_source->columns);
    mapping.columns.clear();  // keep only what the combo boxes say (and the ignored columns)
    for (const auto& [field, combo] : m_columnCombos) {
        const QString column = combo->currentData().toString();
        if (!column.isEmpty()) mapping.columns[field] = column.toStdString();
    }
    mapping.otherColumnsAsAttributes = m_attributesCheck->isChecked();
    return mapping;
}

exchange::ImportOptions ImportLayerDialog::importOptions() const {
    exchange::ImportOptions options;
    options.layer = layer();
    options.mapping = currentMapping();
    options.crs = static_cast<geo::ChinaCrs>(m_crsCombo->currentData().toInt());
    options.defaultSource = QFileInfo(filePath()).fileName().toStdString();
    return options;
}

void ImportLayerDialog::reloadSource() {
    m_source.reset();
    m_sourceError.clear();
    const QString path = filePath();
    m_loadedPath = path;
    if (!path.isEmpty()) {
        exchange::ReadOptions read;
        const int encoding = m_encodingCombo->currentData().toInt();
        if (encoding != kAutoEncoding)
            read.encoding = static_cast<exchange::TextEncoding>(encoding);
        read.maxRecords = kPreviewRows;
        try {
            m_source = exchange::readSourceFile(std::filesystem::path(path.toStdU16String()), read);
        } catch (const exchange::ExchangeError& e) {
            m_sourceError = exchangeErrorText(e);
        }
    }
    updateEncodingLabel();
    rebuildMapping();
    refreshPreview();
}

void ImportLayerDialog::updateEncodingLabel() {
    const bool detected = m_source && m_source->encodingDetected;
    m_encodingCombo->setItemText(
        0, detected
               ? ExchangeTr::tr("Automatic (detected: %1)").arg(encodingName(m_source->encoding))
               : ExchangeTr::tr("Automatic"));
}

void ImportLayerDialog::rebuildMapping() {
    m_rebuilding = true;
    while (m_mappingForm->rowCount() > 0) m_mappingForm->removeRow(0);
    m_columnCombos.clear();
    m_columnLabels.clear();
    const std::vector<std::string> columns =
        m_source ? m_source->columns : std::vector<std::string>();
    const exchange::ColumnMapping guess = exchange::guessMapping(layer(), columns);
    for (Field field : exchange::fieldsOf(layer())) {
        auto* combo = new QComboBox(m_mappingBox);
        combo->setObjectName(QStringLiteral("column_")
                             + QString::fromUtf8(exchange::fieldCode(field)));
        combo->addItem(ExchangeTr::tr("(none)"), QString());
        for (const std::string& c : columns) combo->addItem(text(c), text(c));
        if (const std::string* guessed = guess.columnOf(field)) {
            const int index = combo->findData(text(*guessed));
            if (index >= 0) combo->setCurrentIndex(index);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportLayerDialog::onMappingChanged);
        auto* label = new QLabel(fieldLabel(field), m_mappingBox);
        label->setBuddy(combo);
        m_mappingForm->addRow(label, combo);
        m_columnCombos[field] = combo;
        m_columnLabels[field] = label;
    }
    m_attributesCheck->setVisible(layer() == Layer::Facilities);
    m_rebuilding = false;
}

void ImportLayerDialog::onMappingChanged() {
    if (!m_rebuilding) refreshPreview();
}

void ImportLayerDialog::refreshPreview() {
    m_mappingError.clear();
    m_previewSummary.clear();
    std::vector<exchange::PreviewRow> rows;
    if (m_source) {
        try {
            rows = exchange::previewTable(*m_source, importOptions(),
                                          m_document->project().catalog(), kPreviewRows);
        } catch (const exchange::ExchangeError& e) {
            m_mappingError = exchangeErrorText(e);
            // Still show the rows as read, without positions.
            for (const exchange::SourceRecord& r : m_source->records) {
                if (rows.size() >= kPreviewRows) break;
                exchange::PreviewRow row;
                row.record = r.record;
                row.line = r.line;
                row.values = r.values;
                rows.push_back(std::move(row));
            }
        }
        if (m_mappingError.isEmpty()) {
            std::size_t good = 0;
            for (const exchange::PreviewRow& r : rows) good += r.problem ? 0u : 1u;
            m_previewSummary =
                ExchangeTr::tr("Of the first %1 rows, %2 can be imported and %3 will be skipped.")
                    .arg(rows.size())
                    .arg(good)
                    .arg(rows.size() - good);
        }
    }
    fillPreview(rows);
    m_statusLabel->setText(statusText());
    m_importButton->setEnabled(canImport());
}

void ImportLayerDialog::fillPreview(const std::vector<exchange::PreviewRow>& rows) {
    m_preview->clear();
    const std::vector<std::string> columns =
        m_source ? m_source->columns : std::vector<std::string>();
    const int sourceColumns = static_cast<int>(columns.size());
    QStringList headers;
    headers << (m_source && m_source->format == exchange::SourceFormat::GeoJson
                    ? ExchangeTr::tr("Feature")
                    : ExchangeTr::tr("Line"));
    for (const std::string& c : columns) headers << text(c);
    headers << ExchangeTr::tr("Longitude (WGS-84)") << ExchangeTr::tr("Latitude (WGS-84)")
            << ExchangeTr::tr("Status");
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(static_cast<int>(rows.size()));
    const QLocale locale;
    const QColor problemColour(Qt::darkRed);
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const exchange::PreviewRow& row = rows[static_cast<std::size_t>(r)];
        m_preview->setItem(
            r, 0, new QTableWidgetItem(QString::number(row.line > 0 ? row.line : row.record)));
        for (int c = 0; c < sourceColumns && c < static_cast<int>(row.values.size()); ++c)
            m_preview->setItem(r, c + 1,
                               new QTableWidgetItem(text(row.values[static_cast<std::size_t>(c)])));
        if (row.position) {
            m_preview->setItem(r, sourceColumns + 1,
                               new QTableWidgetItem(locale.toString(row.position->lon, 'f', 6)));
            m_preview->setItem(r, sourceColumns + 2,
                               new QTableWidgetItem(locale.toString(row.position->lat, 'f', 6)));
        }
        QString status;
        if (row.problem)
            status = rejectionReason(*row.problem);
        else if (row.position)
            status = ExchangeTr::tr("OK");
        auto* statusItem = new QTableWidgetItem(status);
        if (row.problem) statusItem->setForeground(problemColour);
        m_preview->setItem(r, sourceColumns + 3, statusItem);
    }
    m_preview->resizeColumnsToContents();
}

QString ImportLayerDialog::statusText() const {
    if (filePath().isEmpty()) return ExchangeTr::tr("Choose a file to import.");
    if (!m_sourceError.isEmpty()) return m_sourceError;
    if (!m_source) return {};
    QString about;
    if (m_source->format == exchange::SourceFormat::Csv) {
        about =
            (m_source->encodingDetected ? ExchangeTr::tr("Encoding %1 (detected), %2-separated.")
                                        : ExchangeTr::tr("Encoding %1, %2-separated."))
                .arg(encodingName(m_source->encoding), delimiterName(m_source->delimiter));
    } else {
        about = ExchangeTr::tr("GeoJSON, encoding %1.").arg(encodingName(m_source->encoding));
    }
    if (m_source->truncated)
        about += QLatin1Char(' ')
                 + ExchangeTr::tr(
                       "Only the first %1 rows are read for the preview; Import reads "
                       "them all.")
                       .arg(kPreviewRows);
    return about + QLatin1Char('\n')
           + (m_mappingError.isEmpty() ? m_previewSummary : m_mappingError);
}

bool ImportLayerDialog::canImport() const {
    return m_source.has_value() && m_sourceError.isEmpty() && m_mappingError.isEmpty()
           && !m_document->isReadOnly();
}

bool ImportLayerDialog::importFile() {
    if (!canImport()) {
        m_statusLabel->setText(statusText());
        return false;
    }
    exchange::ImportResult result;
    {
        const WaitCursor wait;
        try {
            exchange::ReadOptions read;
            const int encoding = m_encodingCombo->currentData().toInt();
            if (encoding != kAutoEncoding)
                read.encoding = static_cast<exchange::TextEncoding>(encoding);
            const exchange::SourceTable table =
                exchange::readSourceFile(std::filesystem::path(filePath().toStdU16String()), read);
            result = exchange::importTable(table, importOptions(), m_document->project().catalog());
        } catch (const exchange::ExchangeError& e) {
            m_sourceError = exchangeErrorText(e);
            m_statusLabel->setText(statusText());
            m_importButton->setEnabled(false);
            return false;
        }
        m_report = result.report;
        m_imported = result.count();
        if (m_imported > 0) {
            auto* command =
                new ImportFeatures(*m_document, std::move(result.facilities),
                                   std::move(result.idleSpaces), std::move(result.compounds));
            m_document->undoStack()->push(command);
            m_document->selection()->set(command->refs());
        }
    }
    if (m_imported > 0 && m_report.rejected.empty()) {
        accept();
        return true;
    }
    showReport(m_imported);
    return m_imported > 0;
}

void ImportLayerDialog::showReport(std::size_t imported) {
    const std::size_t rejected = m_report.rejected.size();
    if (imported == 0) {
        m_reportLabel->setText(ExchangeTr::tr("Nothing was imported: none of the %1 rows could be "
                                              "used. The reasons:")
                                   .arg(m_report.records));
    } else {
        m_reportLabel->setText(
            ExchangeTr::tr("Imported %1 of %2 rows as %3 (Edit → Undo takes them out again). "
                           "%4 rows were skipped:")
                .arg(imported)
                .arg(m_report.records)
                .arg(exchangeLayerName(layer()))
                .arg(rejected));
    }
    m_reportEdit->setPlainText(reportText());
    m_pages->setCurrentIndex(1);
    m_closeButton->setDefault(true);
}

QString ImportLayerDialog::reportText() const {
    QStringList lines;
    for (const exchange::Rejection& r : m_report.rejected)
        lines << ExchangeTr::tr("%1: %2").arg(rejectionPlace(r), rejectionReason(r));
    return lines.join(QLatin1Char('\n'));
}

}  // namespace yike::ui
