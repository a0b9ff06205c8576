// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QDockWidget>

#include "core/access/walk_rings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace yike::ui {

class WalkProbeController;

/**
 * The Walk Probe panel: what can be walked to from a place.
 *
 * - Probe: a click with the Walk Probe tool measures, for every walk profile side by side, the
 *   minutes to the nearest facility of every service and names it; choosing a cell draws the
 *   walking route to that facility on the map, through the gates it uses.
 * - Walk rings: around the selected facility or gate, or the probed point, the areas reached
 *   in the given minutes (5, 10, 15 by default) for the chosen walkers, drawn as the Walk rings
 *   layer with its legend.
 * Both follow edits: drag the facility and its rings follow.
 */
class WalkProbeDock : public QDockWidget {
    Q_OBJECT

public:
    explicit WalkProbeDock(WalkProbeController* controller, QWidget* parent = nullptr);

    WalkProbeController* controller() const { return m_controller; }

    /// Rings around the selected facility (or else gate) of the document; false with a message
    /// when nothing suitable is selected.
    bool ringsAroundSelection();
    /// Rings around the probed point; false with a message when there is none.
    bool ringsAroundProbe();
    /// The minutes typed in the rings box, ascending; nothing when they cannot be read.
    std::optional<std::vector<double>> ringMinutes() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillProfiles();
    void updateProbe();
    void updateRoute();
    void updateRings();
    void onCellChosen(int row, int column);
    /// Asks the controller again for the current rings with the panel's profile and minutes.
    void reshowRings();
    /// Asks for `request` with the panel's profile and minutes; false with a message when the
    /// minutes cannot be read.
    bool requestRings(access::WalkRingsRequest request);

    WalkProbeController* m_controller;
    QLabel* m_pointLabel;
    QCheckBox* m_planned;
    QTableWidget* m_table;
    QLabel* m_routeLabel;
    QLabel* m_ringsTitle;
    QLabel* m_ringsCentre;
    QPushButton* m_ringsSelection;
    QPushButton* m_ringsProbe;
    QPushButton* m_ringsClear;
    QLabel* m_profileLabel;
    QComboBox* m_ringsProfile;
    QLabel* m_minutesLabel;
    QLineEdit* m_ringsMinutes;
    QLabel* m_ringsStatus;
};

}  // namespace yike::ui
