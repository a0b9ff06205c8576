// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exchange/exchange_actions.h"

#include <QAction>
#include <QIcon>
#include <QMenu>

#include "ui/document/project_document.h"
#include "ui/exchange/export_layer_dialog.h"
#include "ui/exchange/import_layer_dialog.h"
#include "ui/exchange/population_import_dialog.h"
#include "ui/exchange/tr.h"

namespace yike::ui {

ExchangeActions::ExchangeActions(ProjectDocument* document, QWidget* window)
    : QObject(window), m_document(document), m_window(window) {
    setObjectName(QStringLiteral("exchangeActions"));
    m_importMenu = new QMenu(window);
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_importAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-import")), QString(), this);
    m_importAction->setObjectName(QStringLiteral("importTableAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importMenu->addAction(m_importAction);
    m_populationAction = new QAction(this);
    m_populationAction->setObjectName(QStringLiteral("importPopulationAction"));
    m_importMenu->addAction(m_populationAction);
    m_exportAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-export")), QString(), this);
    m_exportAction->setObjectName(QStringLiteral("exportLayerAction"));

    connect(m_importAction, &QAction::triggered, this, &ExchangeActions::openImportDialog);
    connect(m_exportAction, &QAction::triggered, this, &ExchangeActions::openExportDialog);
    connect(m_populationAction, &QAction::triggered, this, &ExchangeActions::openPopulationDialog);
    for (QAction* action : {m_importAction, m_populationAction}) {
        action->setEnabled(!document->isReadOnly());
        connect(document, &ProjectDocument::readOnlyChanged, action,
                [action](bool readOnly) { action->setEnabled(!readOnly); });
    }
    retranslate();
}

ExchangeActions::~ExchangeActions() = default;

void ExchangeActions::retranslate() {
    m_importMenu->setTitle(ExchangeTr::tr("&Import"));
    m_importAction->setText(ExchangeTr::tr("&Table or GeoJSON…"));
    m_importAction->setStatusTip(ExchangeTr::tr(
        "Add facilities, idle spaces or compounds from a CSV table or a GeoJSON file"));
    m_populationAction->setText(ExchangeTr::tr("&Population Grid…"));
    m_populationAction->setStatusTip(ExchangeTr::tr(
        "Count residents from a population raster (WorldPop, GHS-POP) where buildings are not mapped"));
    m_exportAction->setText(ExchangeTr::tr("&Export Layer…"));
    m_exportAction->setStatusTip(
        ExchangeTr::tr("Write one layer as GeoJSON or as a CSV table for Excel"));
}

void ExchangeActions::openImportDialog() {
    ImportLayerDialog dialog(m_document, m_window);
    dialog.exec();
}

void ExchangeActions::openPopulationDialog() {
    PopulationImportDialog dialog(m_document, m_window);
    dialog.exec();
}

void ExchangeActions::openExportDialog() {
    ExportLayerDialog dialog(m_document, m_window);
    dialog.exec();
}

}  // namespace yike::ui
