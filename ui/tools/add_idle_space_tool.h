// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/features.h"
#include "ui/tools/sketch_tool.h"

class QComboBox;

namespace yike::ui {

/**
 * Records an idle space of the kind chosen in the tool options, either as a point (one click;
 * floor area 0, to be filled in later) or as a footprint drawn like a compound (its position
 * is the footprint's centroid and its floor area the footprint's area in square metres).
 */
class AddIdleSpaceTool : public SketchTool {
    Q_OBJECT

public:
    enum class Mode { Point, Footprint };

    explicit AddIdleSpaceTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;

    project::IdleSpaceKind kind() const { return m_kind; }
    void setKind(project::IdleSpaceKind kind);
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    void mousePressed(QMouseEvent* event) override;
    void mouseDoubleClicked(QMouseEvent* event) override;

protected:
    void commit(const std::vector<geo::LonLat>& vertices) override;
    QWidget* createOptionsWidget(QWidget* parent) override;
    void retranslateOptions() override;

private:
    project::IdleSpaceKind m_kind = project::IdleSpaceKind::VacantShop;
    Mode m_mode = Mode::Point;
    QComboBox* m_kindCombo = nullptr;
    QComboBox* m_modeCombo = nullptr;
};

}  // namespace yike::ui
