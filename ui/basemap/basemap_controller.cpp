// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basemap/basemap_controller.h"

#include <utility>

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QTimer>

#include "ui/basemap/basemap_dialogs.h"
#include "ui/basemap/tr.h"
#include "ui/tiles/mbtiles_file.h"

namespace yike::ui {
namespace {

const QString kGroup = QStringLiteral("basemap");
const QString kCurrentKey = QStringLiteral("current");
const QString kSourcesKey = QStringLiteral("sources");
const QString kTiandituKey = QStringLiteral("tiandituKey");

}  // namespace

BasemapController::BasemapController(QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_dialogParent(dialogParent) {
    m_menu = new QMenu(dialogParent);
    m_menu->setObjectName(QStringLiteral("basemapMenu"));
    m_menu->installEventFilter(this);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    m_noneAction = new QAction(this);
    m_osmAction = new QAction(this);
    m_tiandituAction = new QAction(this);
    m_addMBTilesAction = new QAction(this);
    m_addXyzAction = new QAction(this);
    m_manageAction = new QAction(this);
    m_noneAction->setObjectName(QStringLiteral("basemapNone"));
    m_osmAction->setObjectName(QStringLiteral("basemapOsm"));
    m_tiandituAction->setObjectName(QStringLiteral("basemapTianditu"));
    m_addMBTilesAction->setObjectName(QStringLiteral("basemapAddMBTiles"));
    m_addXyzAction->setObjectName(QStringLiteral("basemapAddXyz"));
    m_manageAction->setObjectName(QStringLiteral("basemapManage"));
    for (QAction* action : {m_noneAction, m_osmAction, m_tiandituAction}) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_noneAction, &QAction::triggered, this,
            [this] { select(QString::fromLatin1(kNoneId)); });
    connect(m_osmAction, &QAction::triggered, this,
            [this] { select(QString::fromLatin1(kOsmId)); });
    connect(m_tiandituAction, &QAction::triggered, this, &BasemapController::chooseTianditu);
    connect(m_addMBTilesAction, &QAction::triggered, this, &BasemapController::chooseMBTilesFile);
    connect(m_addXyzAction, &QAction::triggered, this, &BasemapController::chooseXyz);
    connect(m_manageAction, &QAction::triggered, this, &BasemapController::manage);
    load();
    rebuildMenu();
    retranslate();
    // What went wrong restoring the last basemap (a file that is gone, say) is told once the
    // caller has connected to message().
    m_constructing = false;
    if (!m_pendingMessage.isEmpty())
        QTimer::singleShot(0, this,
                           [this] { Q_EMIT message(std::exchange(m_pendingMessage, {})); });
}

void BasemapController::report(const QString& text) {
    if (m_constructing)
        m_pendingMessage = text;
    else
        Q_EMIT message(text);
}

BasemapController::~BasemapController() {
    delete m_layer;
}

void BasemapController::setLayerOptions(const TileLayer::Options& options) {
    m_options = options;
}

std::optional<TileSource> BasemapController::sourceFor(const QString& id) const {
    if (id == QLatin1StringView(kOsmId)) return TileSource::openStreetMap();
    if (id == QLatin1StringView(kTiandituId)) {
        if (m_tiandituKey.isEmpty()) return std::nullopt;
        return TileSource::tianditu(m_tiandituKey);
    }
    for (const TileSource& source : m_userSources)
        if (source.id == id) return source;
    return std::nullopt;
}

bool BasemapController::select(const QString& id) {
    if (id == QLatin1StringView(kNoneId) || id.isEmpty()) {
        install(nullptr, QString::fromLatin1(kNoneId));
        return true;
    }
    const std::optional<TileSource> source = sourceFor(id);
    if (!source) {
        report(id == QLatin1StringView(kTiandituId)
                   ? BasemapTr::tr("Tianditu needs a key: enter it under View → Basemap "
                                   "→ Manage Basemaps…")
                   : BasemapTr::tr("There is no basemap “%1”.").arg(id));
        rebuildMenu();  // put the check mark back on the current basemap
        return false;
    }
    auto* layer = new TileLayer(*source, m_options, this);
    if (!layer->isUsable()) {
        report(layer->openError());
        delete layer;
        rebuildMenu();
        return false;
    }
    install(layer, id);
    return true;
}

void BasemapController::install(TileLayer* layer, const QString& id) {
    TileLayer* previous = m_layer;
    m_layer = layer;
    m_currentId = id;
    if (layer) connect(layer, &TileLayer::firstFailure, this, &BasemapController::message);
    save();
    rebuildMenu();
    Q_EMIT layerChanged(layer);
    if (previous) previous->deleteLater();
}

bool BasemapController::addMBTilesFile(const QString& path) {
    QString error;
    const std::unique_ptr<MBTilesFile> file = MBTilesFile::open(path, &error);
    if (!file) {
        report(error);
        return false;
    }
    for (const TileSource& existing : m_userSources)
        if (existing.kind == TileSource::Kind::MBTiles && existing.filePath == file->path())
            return select(existing.id);
    TileSource source;
    source.kind = TileSource::Kind::MBTiles;
    source.id = newUserId(QStringLiteral("mbtiles"));
    source.filePath = file->path();
    source.name = file->metadata().name.isEmpty() ? QFileInfo(path).completeBaseName()
                                                  : file->metadata().name;
    source.minZoom = file->metadata().minZoom;
    source.maxZoom = file->metadata().maxZoom;
    m_userSources.append(source);
    save();
    rebuildMenu();
    return select(source.id);
}

bool BasemapController::addXyzSource(TileSource source) {
    source.kind = TileSource::Kind::Xyz;
    source.id = newUserId(QStringLiteral("xyz"));
    if (source.name.isEmpty()) source.name = source.tileUrl({0, 0, 0}).host();
    if (const QString problem = source.problem(); !problem.isEmpty()) {
        report(problem);
        return false;
    }
    m_userSources.append(source);
    save();
    rebuildMenu();
    return select(source.id);
}

bool BasemapController::updateSource(const TileSource& source) {
    if (const QString problem = source.problem(); !problem.isEmpty()) {
        report(problem);
        return false;
    }
    for (TileSource& existing : m_userSources) {
        if (existing.id != source.id) continue;
        existing = source;
        save();
        rebuildMenu();
        if (m_currentId == source.id) return select(source.id);
        return true;
    }
    return false;
}

void BasemapController::removeSource(const QString& id) {
    const auto removed = m_userSources.removeIf([&id](const TileSource& s) { return s.id == id; });
    if (removed == 0) return;
    if (m_currentId == id)
        install(nullptr, QString::fromLatin1(kNoneId));
    else
        save();
    rebuildMenu();
}

void BasemapController::setTiandituKey(const QString& key) {
    const QString trimmed = key.trimmed();
    if (trimmed == m_tiandituKey) return;
    m_tiandituKey = trimmed;
    save();
    if (m_currentId == QLatin1StringView(kTiandituId)) {
        if (m_tiandituKey.isEmpty())
            install(nullptr, QString::fromLatin1(kNoneId));
        else
            select(QString::fromLatin1(kTiandituId));
    }
}

QString BasemapController::newUserId(const QString& prefix) const {
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        bool used = false;
        for (const TileSource& source : m_userSources) used = used || source.id == id;
        if (!used) return id;
    }
}

void BasemapController::save() const {
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kCurrentKey, m_currentId);
    settings.setValue(kTiandituKey, m_tiandituKey);
    QVariantList sources;
    for (const TileSource& source : m_userSources) sources.append(source.toVariant());
    settings.setValue(kSourcesKey, sources);
    settings.endGroup();
}

void BasemapController::load() {
    QSettings settings;
    settings.beginGroup(kGroup);
    m_tiandituKey = settings.value(kTiandituKey).toString().trimmed();
    m_userSources.clear();
    for (const QVariant& entry : settings.value(kSourcesKey).toList())
        if (std::optional<TileSource> source = TileSource::fromVariant(entry.toMap()))
            m_userSources.append(*source);
    const QString current = settings.value(kCurrentKey, QString::fromLatin1(kNoneId)).toString();
    settings.endGroup();
    if (current != QLatin1StringView(kNoneId) && !select(current))
        m_currentId = QString::fromLatin1(kNoneId);
}

void BasemapController::rebuildMenu() {
    for (QAction* action : std::as_const(m_userActions)) {
        m_group->removeAction(action);
        delete action;
    }
    m_userActions.clear();
    m_menu->clear();
    m_menu->addAction(m_noneAction);
    m_menu->addAction(m_osmAction);
    m_menu->addAction(m_tiandituAction);
    for (const TileSource& source : std::as_const(m_userSources)) {
        auto* action = new QAction(source.name, this);
        action->setCheckable(true);
        action->setData(source.id);
        action->setToolTip(source.kind == TileSource::Kind::MBTiles ? source.filePath
                                                                    : source.urlTemplate);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = source.id] { select(id); });
        m_menu->addAction(action);
        m_userActions.append(action);
        action->setChecked(source.id == m_currentId);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_addMBTilesAction);
    m_menu->addAction(m_addXyzAction);
    m_menu->addAction(m_manageAction);
    m_noneAction->setChecked(m_currentId == QLatin1StringView(kNoneId));
    m_osmAction->setChecked(m_currentId == QLatin1StringView(kOsmId));
    m_tiandituAction->setChecked(m_currentId == QLatin1StringView(kTiandituId));
}

void BasemapController::retranslate() {
    m_menu->setTitle(BasemapTr::tr("&Basemap"));
    m_noneAction->setText(BasemapTr::tr("&None (Offline Map)"));
    m_osmAction->setText(BasemapTr::tr("&OpenStreetMap Standard"));
    m_tiandituAction->setText(BasemapTr::tr("&Tianditu (Key)…"));
    m_addMBTilesAction->setText(BasemapTr::tr("Add &MBTiles File…"));
    m_addXyzAction->setText(BasemapTr::tr("Add Custom &XYZ…"));
    m_manageAction->setText(BasemapTr::tr("&Manage Basemaps…"));
    m_osmAction->setToolTip(
        BasemapTr::tr("Tiles from tile.openstreetmap.org (needs the internet; "
                      "tiles seen once stay available offline)"));
}

bool BasemapController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange) retranslate();
    return QObject::eventFilter(watched, event);
}

void BasemapController::chooseTianditu() {
    if (m_tiandituKey.isEmpty()) {
        bool ok = false;
        const QString key =
            QInputDialog::getText(m_dialogParent, BasemapTr::tr("Tianditu Key"),
                                  BasemapTr::tr("Tianditu (天地图) tiles need a key, free from "
                                                "console.tianditu.gov.cn:"),
                                  QLineEdit::Normal, QString(), &ok);
        if (!ok || key.trimmed().isEmpty()) {
            rebuildMenu();
            return;
        }
        m_tiandituKey = key.trimmed();
        save();
    }
    select(QString::fromLatin1(kTiandituId));
}

void BasemapController::chooseMBTilesFile() {
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, BasemapTr::tr("Open MBTiles File"), QString(),
                                     BasemapTr::tr("MBTiles files (*.mbtiles);;All files (*)"));
    if (!path.isEmpty()) addMBTilesFile(path);
}

void BasemapController::chooseXyz() {
    TileSource initial;
    initial.kind = TileSource::Kind::Xyz;
    XyzSourceDialog dialog(initial, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted) addXyzSource(dialog.source());
}

void BasemapController::manage() {
    BasemapManagerDialog dialog(this, m_dialogParent);
    dialog.exec();
}

}  // namespace yike::ui
