// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "ui/tiles/tile_layer.h"
#include "ui/tiles/tile_source.h"

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace yike::ui {

/**
 * The raster basemap the user chose, and the View → Basemap menu that chooses it: none (the
 * offline vector map, the default), OpenStreetMap, Tianditu with the user's key, and the user's
 * own sources (MBTiles files, custom XYZ templates), which can be added, edited and removed.
 * The choice and the sources are kept in QSettings (group "basemap").
 *
 * It owns the current TileLayer and announces it with layerChanged(); the map view draws it.
 * Errors (a file that is not MBTiles, a server that fails) come out as translated messages for
 * the status bar, never as blocking dialogs.
 */
class BasemapController : public QObject {
    Q_OBJECT

public:
    static constexpr const char* kNoneId = "none";
    static constexpr const char* kOsmId = "osm";
    static constexpr const char* kTiandituId = "tianditu";

    /// `dialogParent` parents the menu and the dialogs. Reads the settings and restores the
    /// last choice (a source that no longer works falls back to none, with a message).
    explicit BasemapController(QWidget* dialogParent, QObject* parent = nullptr);
    ~BasemapController() override;

    /// Options for the layers it creates (tests point the disk cache at a scratch folder).
    void setLayerOptions(const TileLayer::Options& options);

    QMenu* menu() const { return m_menu; }
    /// The current layer; null for none.
    TileLayer* layer() const { return m_layer; }
    const QString& currentId() const { return m_currentId; }

    /// The sources the user added (MBTiles files, custom XYZ), in menu order.
    const QList<TileSource>& userSources() const { return m_userSources; }
    const QString& tiandituKey() const { return m_tiandituKey; }

    /// Switches to the source with `id` ("none", "osm", "tianditu" or a user source's id).
    /// Returns false, keeps the current basemap and emits message() when it cannot be used.
    bool select(const QString& id);
    /// Adds (or finds) the MBTiles file and switches to it; false with a message when the
    /// file is not a usable raster MBTiles file.
    bool addMBTilesFile(const QString& path);
    /// Adds a custom XYZ source (its id is assigned) and switches to it; false with a
    /// message when the template is not valid.
    bool addXyzSource(TileSource source);
    /// Replaces the user source with the same id (switching to it again if it is current).
    bool updateSource(const TileSource& source);
    /// Removes a user source; if it was current, the basemap becomes none.
    void removeSource(const QString& id);
    /// Stores the Tianditu key; an empty key turns a current Tianditu basemap off.
    void setTiandituKey(const QString& key);

Q_SIGNALS:
    /// The basemap changed; `layer` is null for none. The previous layer is deleted later.
    void layerChanged(yike::ui::TileLayer* layer);
    /// A translated sentence for the status bar.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<TileSource> sourceFor(const QString& id) const;
    void report(const QString& text);
    void install(TileLayer* layer, const QString& id);
    void rebuildMenu();
    void retranslate();
    void save() const;
    void load();
    void chooseTianditu();
    void chooseMBTilesFile();
    void chooseXyz();
    void manage();
    QString newUserId(const QString& prefix) const;

    QWidget* m_dialogParent;
    QMenu* m_menu = nullptr;
    QActionGroup* m_group = nullptr;
    QAction* m_noneAction = nullptr;
    QAction* m_osmAction = nullptr;
    QAction* m_tiandituAction = nullptr;
    QAction* m_addMBTilesAction = nullptr;
    QAction* m_addXyzAction = nullptr;
    QAction* m_manageAction = nullptr;
    QList<QAction*> m_userActions;

    TileLayer::Options m_options;
    QList<TileSource> m_userSources;
    QString m_tiandituKey;
    QString m_currentId = QString::fromLatin1(kNoneId);
    QPointer<TileLayer> m_layer;
    bool m_constructing = true;
    QString m_pendingMessage;
};

}  // namespace yike::ui
