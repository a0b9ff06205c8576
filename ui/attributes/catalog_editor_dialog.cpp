// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/attributes/catalog_editor_dialog.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/catalog/catalog.h"
#include "core/project/project.h"
#include "ui/attributes/catalog_table_model.h"
#include "ui/attributes/feature_field_delegate.h"
#include "ui/attributes/field_labels.h"
#include "ui/attributes/tr.h"
#include "ui/commands/set_catalog.h"
#include "ui/document/project_document.h"

namespace yike::ui {
namespace {

bool askWithMessageBox(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton* yes = box.addButton(AttributesTr::tr("&Continue"), QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(AttributesTr::tr("&Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::map<std::string, int> facilitiesPerCode(const project::Project& project) {
    std::map<std::string, int> counts;
    for (const project::Facility& f : project.facilities().items()) ++counts[f.categoryCode];
    return counts;
}

QString usageLine(const QString& name, const QString& code, int facilities) {
    return facilities == 1 ? AttributesTr::tr("%1 (%2): 1 facility").arg(name, code)
                           : AttributesTr::tr("%1 (%2): %3 facilities")
                                 .arg(name, code)
                                 .arg(facilities);
}

/// The area source as rich text: the quote, jurisdiction · confidence, the page (a link when it is
/// a web address) and the note.
QString areaSourceHtml(const catalog::Category& c) {
    if (!c.areaSource) return AttributesTr::tr("No source gives this category an area.");
    const catalog::AreaSource& s = *c.areaSource;
    auto html = [](const std::string& text) {
        return QString::fromStdString(text).toHtmlEscaped();
    };
    QStringList lines;
    if (!s.quote.empty()) lines << QStringLiteral("“%1”").arg(html(s.quote));
    const QString where = CatalogTableModel::areaSourceSummary(c);
    if (!where.isEmpty()) lines << where.toHtmlEscaped();
    const QString url = QString::fromStdString(s.url);
    if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")))
        lines << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(url.toHtmlEscaped(), url.toHtmlEscaped());
    else if (!url.isEmpty())
        lines << url.toHtmlEscaped();
    if (!s.note.empty()) lines << html(s.note);
    return lines.join(QStringLiteral("<br>"));
}

std::optional<std::string> optionalFrom(const QLineEdit* edit) {
    const QString text = edit->text().simplified();
    if (text.isEmpty()) return std::nullopt;
    return text.toStdString();
}

}  // namespace

CatalogEditorDialog::CatalogEditorDialog(ProjectDocument* document, QWidget* parent)
    : QDialog(parent), m_document(document), m_confirm(askWithMessageBox) {
    setObjectName(QStringLiteral("catalogEditorDialog"));
    resize(1320, 760);
    m_model = new CatalogTableModel(this);
    m_model->setCategories(document->project().catalog().categories());
    m_delegate = new FeatureFieldDelegate(this);

    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("catalogTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Long texts are cut to a common width, so most columns fit the dialog; tooltips and the
    // details below show them whole.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11;
    for (int column : {CatalogTableModel::NameZh, CatalogTableModel::NameEn,
                       CatalogTableModel::AreaSource, CatalogTableModel::Siting,
                       CatalogTableModel::Sources, CatalogTableModel::Confidence})
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));
    layout->addWidget(m_table, 3);

    auto* rowButtons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addCategoryButton"));
    m_removeButton = new QPushButton(this);
    m_removeButton->setObjectName(QStringLiteral("removeCategoryButton"));
    m_restoreButton = new QPushButton(this);
    m_restoreButton->setObjectName(QStringLiteral("restoreCatalogButton"));
    rowButtons->addWidget(m_addButton);
    rowButtons->addWidget(m_removeButton);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_restoreButton);
    layout->addLayout(rowButtons);

    m_details = new QGroupBox(this);
    auto* detailsLayout = new QHBoxLayout(m_details);
    auto* sourcesBox = new QVBoxLayout;
    m_sourcesLabel = new QLabel(m_details);
    m_sources = new QTableWidget(0, 2, m_details);
    m_sources->setObjectName(QStringLiteral("sourcesTable"));
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_sources->verticalHeader()->hide();
    m_sources->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourcesLabel->setBuddy(m_sources);
    auto* sourceButtons = new QHBoxLayout;
    m_addSourceButton = new QPushButton(m_details);
    m_addSourceButton->setObjectName(QStringLiteral("addSourceButton"));
    m_removeSourceButton = new QPushButton(m_details);
    m_removeSourceButton->setObjectName(QStringLiteral("removeSourceButton"));
    sourceButtons->addWidget(m_addSourceButton);
    sourceButtons->addWidget(m_removeSourceButton);
    sourceButtons->addStretch(1);
    sourcesBox->addWidget(m_sourcesLabel);
    sourcesBox->addWidget(m_sources, 1);
    sourcesBox->addLayout(sourceButtons);
    detailsLayout->addLayout(sourcesBox, 3);

    auto* stated = new QFormLayout;
    auto addLine = [this, stated](QLabel*& label, QLineEdit*& edit, const char* name) {
        label = new QLabel(m_details);
        edit = new QLineEdit(m_details);
        edit->setObjectName(QString::fromLatin1(name));
        label->setBuddy(edit);
        stated->addRow(label, edit);
        connect(edit, &QLineEdit::editingFinished, this, &CatalogEditorDialog::storeDetails);
    };
    addLine(m_walkTargetLabel, m_walkTarget, "walkTargetEdit");
    addLine(m_minAreaLabel, m_minArea, "minAreaEdit");
    addLine(m_perPopulationLabel, m_perPopulation, "perPopulationEdit");
    addLine(m_gbLevelLabel, m_gbLevel, "gbLevelEdit");
    m_areaSourceLabel = new QLabel(m_details);
    m_areaSource = new QLabel(m_details);
    m_areaSource->setObjectName(QStringLiteral("areaSourceView"));
    m_areaSource->setTextFormat(Qt::RichText);
    m_areaSource->setWordWrap(true);
    m_areaSource->setOpenExternalLinks(true);
    m_areaSource->setTextInteractionFlags(Qt::TextBrowserInteraction);
    stated->addRow(m_areaSourceLabel, m_areaSource);
    detailsLayout->addLayout(stated, 2);
    layout->addWidget(m_details, 2);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("catalogMessage"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #c02020;"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CatalogEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogEditorDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &CatalogEditorDialog::addCategory);
    connect(m_removeButton, &QPushButton::clicked, this,
            &CatalogEditorDialog::removeSelectedCategories);
    connect(m_restoreButton, &QPushButton::clicked, this, &CatalogEditorDialog::restoreBuiltin);
    connect(m_addSourceButton, &QPushButton::clicked, this, [this] {
        if (m_detailRow < 0) return;
        const int row = m_sources->rowCount();
        m_sources->insertRow(row);  // stored once an ID is typed (itemChanged)
        m_sources->setCurrentCell(row, 0);
        m_sources->editItem(m_sources->item(row, 0));
    });
    connect(m_removeSourceButton, &QPushButton::clicked, this, [this] {
        const int row = m_sources->currentRow();
        if (row < 0) return;
        m_sources->removeRow(row);
        storeDetails();
    });
    connect(m_sources, &QTableWidget::itemChanged, this, [this] { storeDetails(); });
    connect(m_model, &CatalogTableModel::editRejected, this, &CatalogEditorDialog::showMessage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showMessage({});
        if (!m_loading) loadDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogEditorDialog::loadDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { loadDetails(); });

    retranslateUi();
    if (m_model->rowCount() > 0) m_table->selectRow(0);
    loadDetails();
}

CatalogEditorDialog::~CatalogEditorDialog() = default;

void CatalogEditorDialog::setConfirm(Confirm confirm) {
    m_confirm = std::move(confirm);
}

QString CatalogEditorDialog::message() const {
    return m_messageLabel->text();
}

void CatalogEditorDialog::showMessage(const QString& text) {
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

bool CatalogEditorDialog::confirm(const QString& title, const QString& text) {
    return m_confirm ? m_confirm(this, title, text) : false;
}

void CatalogEditorDialog::addCategory() {
    showMessage({});
    const int row = m_model->addCategory();
    const QModelIndex code = m_model->index(row, CatalogTableModel::Code);
    m_table->selectRow(row);
    m_table->scrollTo(code);
    m_table->setCurrentIndex(code);
    m_table->edit(code);
}

void CatalogEditorDialog::removeSelectedCategories() {
    showMessage({});
    std::vector<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.push_back(m_table->currentIndex().row());
    if (rows.empty()) return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    const std::map<std::string, int> usage = facilitiesPerCode(m_document->project());
    QStringList lines;
    std::vector<std::string> usedCodes;
    int facilities = 0;
    for (int row : rows) {
        const catalog::Category& c = m_model->category(row);
        const auto it = usage.find(c.code);
        if (it == usage.end()) continue;
        lines << usageLine(categoryName(c), QString::fromStdString(c.code), it->second);
        usedCodes.push_back(c.code);
        facilities += it->second;
    }
    if (facilities > 0) {
        const QString consequence =
            facilities == 1
                ? AttributesTr::tr("The facility keeps its code, which will no longer be in the "
                                   "catalogue.")
                : AttributesTr::tr("The %1 facilities keep their codes, which will no longer be "
                                   "in the catalogue.")
                      .arg(facilities);
        const QString text = AttributesTr::tr("Facilities still use these categories:\n%1\n\n%2\n"
                                              "Remove the categories anyway?")
                                 .arg(lines.join(QLatin1Char('\n')), consequence);
        if (!confirm(AttributesTr::tr("Remove Categories in Use"), text)) return;
        m_confirmedCodes.insert(usedCodes.begin(), usedCodes.end());
    }
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) m_model->removeRows(*it, 1);
    loadDetails();
}

void CatalogEditorDialog::restoreBuiltin() {
    showMessage({});
    m_model->setCategories(catalog::builtinCatalog().categories());
    if (m_model->rowCount() > 0) m_table->selectRow(0);
    loadDetails();
}

bool CatalogEditorDialog::apply() {
    m_orphaned = 0;
    const QStringList problems = m_model->validate();
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')));
        const int row = m_model->firstInvalidRow();
        if (row >= 0) m_table->selectRow(row);
        return false;
    }
    catalog::Catalog next;
    try {
        next = catalog::Catalog(m_model->categories());
    } catch (const catalog::CatalogError& e) {
        showMessage(AttributesTr::tr("The catalogue cannot be applied: %1")
                        .arg(QString::fromUtf8(e.what())));
        return false;
    }

    const project::Project& project = m_document->project();
    std::map<std::string, int> orphaned;  // codes that leave the catalogue, per facility count
    int count = 0;
    for (const project::Facility& f : project.facilities().items()) {
        if (project.catalog().find(f.categoryCode) == nullptr) continue;  // already missing
        if (next.find(f.categoryCode) != nullptr) continue;
        ++orphaned[f.categoryCode];
        ++count;
    }
    QStringList unconfirmed;
    for (const auto& [code, n] : orphaned)
        if (m_confirmedCodes.count(code) == 0) {
            const catalog::Category* old = project.catalog().find(code);
            unconfirmed << usageLine(old != nullptr ? categoryName(*old)
                                                    : QString::fromStdString(code),
                                     QString::fromStdString(code), n);
        }
    if (!unconfirmed.isEmpty()) {
        const QString text =
            AttributesTr::tr("These codes are used by facilities but are no longer in the edited "
                             "catalogue:\n%1\n\nThe facilities keep their codes. Apply the "
                             "catalogue anyway?")
                .arg(unconfirmed.join(QLatin1Char('\n')));
        if (!confirm(AttributesTr::tr("Categories in Use"), text)) return false;
    }
    m_orphaned = count;
    if (next == project.catalog()) return true;
    m_document->undoStack()->push(new SetCatalog(*m_document, std::move(next)));
    return true;
}

QString CatalogEditorDialog::summary() const {
    if (m_orphaned == 0) return {};
    return m_orphaned == 1
               ? AttributesTr::tr("1 facility keeps a category code that is no longer in the "
                                  "catalogue.")
               : AttributesTr::tr("%1 facilities keep a category code that is no longer in the "
                                  "catalogue.")
                     .arg(m_orphaned);
}

void CatalogEditorDialog::accept() {
    storeDetails();
    if (apply()) QDialog::accept();
}

void CatalogEditorDialog::loadDetails() {
    const QModelIndex current = m_table->currentIndex();
    m_detailRow = current.isValid() ? current.row() : -1;
    m_loading = true;
    const bool valid = m_detailRow >= 0 && m_detailRow < m_model->rowCount();
    m_details->setEnabled(valid);
    m_sources->setRowCount(0);
    for (QLineEdit* edit : {m_walkTarget, m_minArea, m_perPopulation, m_gbLevel}) edit->clear();
    if (valid) {
        const catalog::Category& c = m_model->category(m_detailRow);
        m_details->setTitle(AttributesTr::tr("Sources and stated figures of “%1” (%2)")
                                .arg(categoryName(c), QString::fromStdString(c.code)));
        for (const catalog::Source& s : c.sources) {
            const int row = m_sources->rowCount();
            m_sources->insertRow(row);
            m_sources->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(s.id)));
            m_sources->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(s.where)));
        }
        m_walkTarget->setText(QString::fromStdString(c.walkTarget.value_or(std::string())));
        m_minArea->setText(QString::fromStdString(c.minArea.value_or(std::string())));
        m_perPopulation->setText(QString::fromStdString(c.perPopulation.value_or(std::string())));
        m_gbLevel->setText(QString::fromStdString(c.gb50180Level.value_or(std::string())));
        m_areaSource->setText(areaSourceHtml(c));
        for (QLineEdit* edit : {m_walkTarget, m_minArea, m_perPopulation, m_gbLevel}) {
            edit->setCursorPosition(0);  // show the start of long statements
            edit->setToolTip(edit->text());
        }
    } else {
        m_details->setTitle(AttributesTr::tr("Sources and stated figures"));
        m_areaSource->clear();
    }
    m_loading = false;
}

void CatalogEditorDialog::storeDetails() {
    if (m_loading || m_detailRow < 0 || m_detailRow >= m_model->rowCount()) return;
    catalog::Category c = m_model->category(m_detailRow);
    c.sources.clear();
    for (int row = 0; row < m_sources->rowCount(); ++row) {
        const QTableWidgetItem* id = m_sources->item(row, 0);
        const QTableWidgetItem* where = m_sources->item(row, 1);
        const QString idText = id != nullptr ? id->text().simplified() : QString();
        const QString whereText = where != nullptr ? where->text().simplified() : QString();
        if (idText.isEmpty() && whereText.isEmpty()) continue;  // a row still being filled in
        c.sources.push_back(catalog::Source{idText.toStdString(), whereText.toStdString()});
    }
    c.walkTarget = optionalFrom(m_walkTarget);
    c.minArea = optionalFrom(m_minArea);
    c.perPopulation = optionalFrom(m_perPopulation);
    c.gb50180Level = optionalFrom(m_gbLevel);
    if (c == m_model->category(m_detailRow)) return;
    m_loading = true;  // the row's dataChanged must not reload the editors being typed in
    m_model->setCategory(m_detailRow, std::move(c));
    m_loading = false;
}

void CatalogEditorDialog::retranslateUi() {
    setWindowTitle(AttributesTr::tr("Standards Catalogue"));
    m_intro->setText(AttributesTr::tr(
        "The facility categories of this project with their walking targets, and where every "
        "figure comes from. Changes apply when you press OK, as one step that Undo reverts. "
        "Empty figures mean that no source gives one."));
    m_addButton->setText(AttributesTr::tr("&Add Category"));
    m_removeButton->setText(AttributesTr::tr("&Remove Category"));
    m_restoreButton->setText(AttributesTr::tr("Restore &Built-in Catalogue"));
    m_restoreButton->setToolTip(AttributesTr::tr(
        "Replace the table with the catalogue shipped with Yike (applied when you press OK)."));
    m_sourcesLabel->setText(AttributesTr::tr("&Sources (ID and where):"));
    m_sources->setHorizontalHeaderLabels(
        {AttributesTr::tr("ID"), AttributesTr::tr("Where (document, page, address)")});
    m_addSourceButton->setText(AttributesTr::tr("Add S&ource"));
    m_removeSourceButton->setText(AttributesTr::tr("Remove Sour&ce"));
    m_walkTargetLabel->setText(AttributesTr::tr("&Walking target as stated:"));
    m_minAreaLabel->setText(AttributesTr::tr("&Minimum area as stated:"));
    m_perPopulationLabel->setText(AttributesTr::tr("&Provision per population:"));
    m_gbLevelLabel->setText(AttributesTr::tr("&GB 50180-2018 tier:"));
    m_areaSourceLabel->setText(AttributesTr::tr("Area read at:"));
    if (QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setText(AttributesTr::tr("OK"));
    if (QPushButton* cancel = m_buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(AttributesTr::tr("Cancel"));
    m_model->retranslate();
    loadDetails();
}

void CatalogEditorDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace yike::ui
