// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basemap/basemap_dialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/basemap/basemap_controller.h"
#include "ui/basemap/tr.h"

namespace yike::ui {

// ---- XyzSourceDialog ------------------------------------------------------------------------

XyzSourceDialog::XyzSourceDialog(const TileSource& initial, QWidget* parent)
    : QDialog(parent),
      m_initial(initial),
      m_name(new QLineEdit(initial.name, this)),
      m_url(new QLineEdit(initial.urlTemplate, this)),
      m_subdomains(new QLineEdit(initial.subdomains.join(QLatin1Char(',')), this)),
      m_attribution(new QLineEdit(initial.attribution, this)),
      m_minZoom(new QSpinBox(this)),
      m_maxZoom(new QSpinBox(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(BasemapTr::tr("Custom XYZ Basemap"));
    setObjectName(QStringLiteral("xyzSourceDialog"));
    m_name->setObjectName(QStringLiteral("name"));
    m_url->setObjectName(QStringLiteral("url"));
    m_subdomains->setObjectName(QStringLiteral("subdomains"));
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_url->setPlaceholderText(QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png"));
    m_subdomains->setPlaceholderText(QStringLiteral("a,b,c"));
    for (QSpinBox* box : {m_minZoom, m_maxZoom}) box->setRange(0, kMaxTileZoom);
    m_minZoom->setValue(initial.minZoom);
    m_maxZoom->setValue(initial.maxZoom);

    auto* help = new QLabel(
        BasemapTr::tr("Use {z}, {x} and {y} for the tile (or {-y} for rows counted from the "
                      "south) and {s} for one of the subdomains. Tiles must be in Web Mercator "
                      "with WGS 84 coordinates: tiles of AMap, Tencent or Baidu are shifted "
                      "(GCJ-02, BD-09) and will not line up with the project."),
        this);
    help->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto* form = new QFormLayout;
    form->addRow(BasemapTr::tr("&Name:"), m_name);
    form->addRow(BasemapTr::tr("&URL template:"), m_url);
    form->addRow(BasemapTr::tr("&Subdomains:"), m_subdomains);
    form->addRow(BasemapTr::tr("&Credit:"), m_attribution);
    form->addRow(BasemapTr::tr("Mi&nimum zoom:"), m_minZoom);
    form->addRow(BasemapTr::tr("Ma&ximum zoom:"), m_maxZoom);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &XyzSourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &XyzSourceDialog::reject);
    resize(560, sizeHint().height());
}

TileSource XyzSourceDialog::source() const {
    TileSource s = m_initial;
    s.kind = TileSource::Kind::Xyz;
    s.name = m_name->text().trimmed();
    s.urlTemplate = m_url->text().trimmed();
    s.subdomains.clear();
    for (const QString& part : m_subdomains->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty()) s.subdomains.append(part.trimmed());
    s.attribution = m_attribution->text().trimmed();
    s.minZoom = m_minZoom->value();
    s.maxZoom = m_maxZoom->value();
    if (s.name.isEmpty()) s.name = QUrl(s.urlTemplate).host();
    return s;
}

void XyzSourceDialog::showProblem() {
    m_problem->setText(source().problem());
}

void XyzSourceDialog::accept() {
    showProblem();
    if (!m_problem->text().isEmpty()) return;
    QDialog::accept();
}

// ---- BasemapManagerDialog -------------------------------------------------------------------

BasemapManagerDialog::BasemapManagerDialog(BasemapController* controller, QWidget* parent)
    : QDialog(parent),
      m_controller(controller),
      m_list(new QListWidget(this)),
      m_edit(new QPushButton(BasemapTr::tr("&Edit…"), this)),
      m_remove(new QPushButton(BasemapTr::tr("&Remove"), this)),
      m_tiandituKey(new QLineEdit(controller->tiandituKey(), this)) {
    setWindowTitle(BasemapTr::tr("Basemaps"));
    setObjectName(QStringLiteral("basemapManagerDialog"));
    m_list->setObjectName(QStringLiteral("sources"));
    m_tiandituKey->setObjectName(QStringLiteral("tiandituKey"));
    m_tiandituKey->setPlaceholderText(BasemapTr::tr("key from console.tianditu.gov.cn"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto* form = new QFormLayout;
    form->addRow(BasemapTr::tr("&Tianditu key:"), m_tiandituKey);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(BasemapTr::tr("Your basemap sources:"), this));
    layout->addLayout(listRow);
    layout->addLayout(form);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPushButton::clicked, this, &BasemapManagerDialog::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &BasemapManagerDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const int row = m_list->currentRow();
        const auto& sources = m_controller->userSources();
        m_remove->setEnabled(row >= 0);
        m_edit->setEnabled(row >= 0 && row < sources.size()
                           && sources.at(row).kind == TileSource::Kind::Xyz);
    });
    connect(m_tiandituKey, &QLineEdit::editingFinished, this,
            [this] { m_controller->setTiandituKey(m_tiandituKey->text()); });
    refresh();
    resize(520, 360);
}

void BasemapManagerDialog::refresh() {
    m_list->clear();
    for (const TileSource& source : m_controller->userSources()) {
        const QString detail =
            source.kind == TileSource::Kind::MBTiles ? source.filePath : source.urlTemplate;
        auto* item = new QListWidgetItem(source.name, m_list);
        item->setToolTip(detail);
    }
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void BasemapManagerDialog::editCurrent() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_controller->userSources().size()) return;
    XyzSourceDialog dialog(m_controller->userSources().at(row), this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_controller->updateSource(dialog.source());
    refresh();
}

void BasemapManagerDialog::removeCurrent() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_controller->userSources().size()) return;
    m_controller->removeSource(m_controller->userSources().at(row).id);
    refresh();
}

}  // namespace yike::ui
