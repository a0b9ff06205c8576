// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;
class QWidget;

namespace yike::project {
struct Gate;
}

namespace yike::ui {

class MapTool;
class MapView;

/**
 * Owns the map tools of one MapView and keeps exactly one active: their actions form an
 * exclusive QActionGroup, activating a tool deactivates the previous one, hands the view its
 * input and cursor, and shows the tool's option controls in optionsWidget(). It also owns the
 * Delete action, which removes the selection through an undo command, and the Close Gate /
 * Open Gate action, which toggles the one selected gate the same way.
 */
class ToolManager : public QObject {
    Q_OBJECT

public:
    explicit ToolManager(MapView* view, QObject* parent = nullptr);
    ~ToolManager() override;

    /// Creates Pan, Select, Add Facility, Draw Compound, Add Gate, Add Idle Space, Move,
    /// Edit Corners and Measure, and activates Select.
    void addStandardTools();
    /// Takes ownership.
    void addTool(MapTool* tool);

    const std::vector<MapTool*>& tools() const { return m_tools; }
    MapTool* activeTool() const { return m_active; }
    void setActiveTool(MapTool* tool);

    template <typename T>
    T* tool() const {
        for (MapTool* t : m_tools)
            if (auto* typed = qobject_cast<T*>(t)) return typed;
        return nullptr;
    }

    QActionGroup* actionGroup() const { return m_group; }
    QAction* deleteAction() const { return m_deleteAction; }
    /// "Close Gate" for the one selected gate when it is open, "Open Gate" when it is closed;
    /// disabled unless exactly one gate (and nothing else) is selected.
    QAction* gateOpenAction() const { return m_gateOpenAction; }
    /// The active tool's option controls (one page per tool, empty for tools without options)
    /// followed by its usage hint.
    QWidget* optionsWidget() const;

    /// Deletes the selected features (a compound with its gates) as one undo step.
    void deleteSelection();
    /// Closes the one selected gate (its hours become project::kGateClosedHours) or, when it
    /// is closed, opens it at every hour (empty hours); one undo step.
    void toggleSelectedGate();
    void retranslate();

Q_SIGNALS:
    void activeToolChanged(yike::ui::MapTool* tool);
    void statusMessage(const QString& message);

private:
    void updateDeleteAction();
    void updateGateOpenAction();
    /// The one selected gate, or null.
    const project::Gate* selectedGate() const;

    QPointer<MapView> m_view;
    std::vector<MapTool*> m_tools;
    MapTool* m_active = nullptr;
    QActionGroup* m_group;
    QAction* m_deleteAction;
    QAction* m_gateOpenAction;
    QPointer<QWidget> m_options;
    QStackedWidget* m_pages;
    QLabel* m_hint;
};

}  // namespace yike::ui
