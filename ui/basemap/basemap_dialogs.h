// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include "ui/tiles/tile_source.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace yike::ui {

class BasemapController;

/// Edits a custom XYZ tile source: name, URL template, subdomains, credit and zoom levels.
/// OK is refused, with the reason shown in the dialog, while the source is not valid.
class XyzSourceDialog : public QDialog {
    Q_OBJECT

public:
    explicit XyzSourceDialog(const TileSource& initial, QWidget* parent = nullptr);

    /// The source as edited (kind Xyz, the initial id).
    TileSource source() const;

    void accept() override;

private:
    void showProblem();

    TileSource m_initial;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_subdomains;
    QLineEdit* m_attribution;
    QSpinBox* m_minZoom;
    QSpinBox* m_maxZoom;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

/// Lists the user's basemap sources with Edit… and Remove, and holds the Tianditu key.
/// Changes apply at once through the controller.
class BasemapManagerDialog : public QDialog {
    Q_OBJECT

public:
    explicit BasemapManagerDialog(BasemapController* controller, QWidget* parent = nullptr);

private:
    void refresh();
    void editCurrent();
    void removeCurrent();

    BasemapController* m_controller;
    QListWidget* m_list;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLineEdit* m_tiandituKey;
};

}  // namespace yike::ui
