// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/export_layer_dialog.h"

#include <filesystem>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "core/exchange/exchange_error.h"
#include "core/exchange/feature_import.h"
#include "ui/document/project_document.h"
#include "ui/exchange/exchange_texts.h"
#include "ui/exchange/tr.h"

namespace yike::ui {
namespace {

using project::Layer;

const QString kLastDirectoryKey = QStringLiteral("exchange/lastExportDirectory");

QString extensionOf(exchange::ExportFormat format) {
    return format == exchange::ExportFormat::GeoJson ? QStringLiteral("geojson")
                                                     : QStringLiteral("csv");
}

}  // namespace

ExportLayerDialog::ExportLayerDialog(const ProjectDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document) {
    setObjectName(QStringLiteral("exportLayerDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* grid = new QGridLayout;
    m_layerLabel = new QLabel(this);
    m_layerCombo = new QComboBox(this);
    m_layerCombo->setObjectName(QStringLiteral("layerCombo"));
    for (Layer l : {Layer::Facilities, Layer::IdleSpaces, Layer::Compounds, Layer::Gates,
                    Layer::Streets, Layer::Buildings, Layer::Water})
        m_layerCombo->addItem(QString(), static_cast<int>(l));
    m_layerLabel->setBuddy(m_layerCombo);
    grid->addWidget(m_layerLabel, 0, 0);
    grid->addWidget(m_layerCombo, 0, 1, 1, 2);

    m_formatLabel = new QLabel(this);
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(QString(), static_cast<int>(exchange::ExportFormat::GeoJson));
    m_formatCombo->addItem(QString(), static_cast<int>(exchange::ExportFormat::Csv));
    m_formatLabel->setBuddy(m_formatCombo);
    grid->addWidget(m_formatLabel, 1, 0);
    grid->addWidget(m_formatCombo, 1, 1, 1, 2);

    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileLabel->setBuddy(m_fileEdit);
    m_browseButton = new QPushButton(this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    grid->addWidget(m_fileLabel, 2, 0);
    grid->addWidget(m_fileEdit, 2, 1);
    grid->addWidget(m_browseButton, 2, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);

    const QString directory = QSettings().value(kLastDirectoryKey, QDir::homePath()).toString();
    m_fileEdit->setText(QDir(directory).filePath(QString::fromUtf8(exchange::layerCode(layer()))
                                                 + QLatin1Char('.') + extensionOf(format())));

    connect(m_layerCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A file name that is still a layer name follows the layer.
        const QFileInfo info(filePath());
        if (exchange::layerFromCode(info.completeBaseName().toStdString()))
            setFilePath(info.dir().filePath(QString::fromUtf8(exchange::layerCode(layer()))
                                            + QLatin1Char('.') + extensionOf(format())));
        m_statusLabel->clear();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] { followFormat(); });
    connect(m_browseButton, &QPushButton::clicked, this, &ExportLayerDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportFile(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    resize(560, sizeHint().height());
}

ExportLayerDialog::~ExportLayerDialog() = default;

void ExportLayerDialog::retranslateUi() {
    setWindowTitle(ExchangeTr::tr("Export Layer"));
    m_layerLabel->setText(ExchangeTr::tr("&Layer:"));
    const QLocale locale;
    for (int i = 0; i < m_layerCombo->count(); ++i) {
        const auto l = static_cast<Layer>(m_layerCombo->itemData(i).toInt());
        const auto count =
            static_cast<qulonglong>(exchange::layerFeatureCount(m_document->project(), l));
        m_layerCombo->setItemText(
            i, ExchangeTr::tr("%1 (%2)").arg(exchangeLayerName(l), locale.toString(count)));
    }
    m_formatLabel->setText(ExchangeTr::tr("&Format:"));
    m_formatCombo->setItemText(0, ExchangeTr::tr("GeoJSON (GIS programs, web maps)"));
    m_formatCombo->setItemText(1, ExchangeTr::tr("CSV table (Excel, WPS)"));
    m_fileLabel->setText(ExchangeTr::tr("&File:"));
    m_browseButton->setText(ExchangeTr::tr("&Browse…"));
    m_exportButton->setText(ExchangeTr::tr("&Export"));
    m_cancelButton->setText(ExchangeTr::tr("Cancel"));
}

void ExportLayerDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

void ExportLayerDialog::setLayer(Layer l) {
    const int index = m_layerCombo->findData(static_cast<int>(l));
    if (index >= 0) m_layerCombo->setCurrentIndex(index);
}

Layer ExportLayerDialog::layer() const {
    return static_cast<Layer>(m_layerCombo->currentData().toInt());
}

void ExportLayerDialog::setFormat(exchange::ExportFormat f) {
    const int index = m_formatCombo->findData(static_cast<int>(f));
    if (index >= 0) m_formatCombo->setCurrentIndex(index);
}

exchange::ExportFormat ExportLayerDialog::format() const {
    return static_cast<exchange::ExportFormat>(m_formatCombo->currentData().toInt());
}

void ExportLayerDialog::setFilePath(const QString& path) {
    m_fileEdit->setText(path);
}

QString ExportLayerDialog::filePath() const {
    return m_fileEdit->text().trimmed();
}

QString ExportLayerDialog::statusText() const {
    return m_statusLabel->text();
}

void ExportLayerDialog::followFormat() {
    const QFileInfo info(filePath());
    if (filePath().isEmpty()) return;
    setFilePath(
        info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + extensionOf(format())));
}

void ExportLayerDialog::browse() {
    const QString filter = format() == exchange::ExportFormat::GeoJson
                               ? ExchangeTr::tr("GeoJSON (*.geojson *.json)")
                               : ExchangeTr::tr("CSV tables (*.csv)");
    const QString path =
        QFileDialog::getSaveFileName(this, ExchangeTr::tr("Export Layer"), filePath(), filter);
    if (!path.isEmpty()) setFilePath(path);
}

bool ExportLayerDialog::exportFile() {
    QString path = filePath();
    if (path.isEmpty()) {
        m_statusLabel->setText(ExchangeTr::tr("Choose the file to write."));
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + extensionOf(format());
    try {
        exchange::writeLayerFile(std::filesystem::path(path.toStdU16String()), m_document->project(),
                                 layer(), format());
    } catch (const exchange::ExchangeError& e) {
        m_statusLabel->setText(exchangeErrorText(e));
        return false;
    }
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    m_statusLabel->setText(ExchangeTr::tr("Wrote %1.").arg(QDir::toNativeSeparators(path)));
    accept();
    return true;
}

}  // namespace yike::ui
