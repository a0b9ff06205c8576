// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QPointF>

#include "ui/document/selection.h"
#include "ui/tools/map_tool.h"

namespace yike::ui {

class MoveFeatures;

/**
 * Drags features: pressing on a selected feature moves the whole selection, pressing on an
 * unselected one selects and moves it. Compounds move with their gates. A gate dragged on its
 * own slides along its compound's fence, never leaving it. One drag is one undo step.
 *
 * The project follows the pointer during the drag (commands of one drag merge), so everything
 * that watches the document, the walk analysis among them, shows the dragged state live.
 * Escape during the drag puts everything back and leaves no undo step. dragStarted() and
 * dragFinished() frame a drag for watchers that want to treat its many edits as one live edit;
 * the tool itself knows nothing of them.
 */
class MoveTool : public MapTool {
    Q_OBJECT

public:
    explicit MoveTool(MapView* view, QObject* parent = nullptr);

    QString name() const override;
    QString statusHint() const override;
    QCursor cursor() const override { return Qt::SizeAllCursor; }

    void deactivate() override;
    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;
    /// Escape during a drag cancels it.
    bool keyPressed(QKeyEvent* event) override;

    /// Whether a drag is in progress (the button is held on something movable).
    bool isDragging() const { return m_dragging; }
    /// Puts the dragged features back where the drag started; no undo step stays.
    void cancelDrag();

Q_SIGNALS:
    /// A drag began: the project changes with every pointer move until dragFinished().
    void dragStarted();
    /// The drag ended: released (one undo step), cancelled or interrupted.
    void dragFinished();

private:
    void slideGate(QPointF px);
    void push(MoveFeatures* command);
    void finishDrag();

    std::vector<FeatureRef> m_moving;
    project::FeatureId m_slidingGate = 0;
    QPointF m_last;
    int m_dragId = 0;
    bool m_dragging = false;
    /// The drag's command on the undo stack (later moves merge into it); null before the
    /// first move. Compared with the stack's top before use, never dereferenced otherwise.
    MoveFeatures* m_command = nullptr;
};

}  // namespace yike::ui
