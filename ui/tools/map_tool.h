// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCursor>
#include <QIcon>
#include <QKeySequence>
#include <QObject>
#include <QString>

#include "ui/mapview/map_interaction.h"

class QAction;
class QUndoCommand;
class QWidget;

namespace yike::ui {

class MapView;
class ProjectDocument;

/**
 * Base of every map tool: a checkable QAction (icon, shortcut, translated text and tool tip),
 * a cursor, a status-bar hint, optional option controls, and the MapInteraction callbacks,
 * which do nothing unless overridden. A tool reads the project through the view's document
 * and changes it only by pushing undo commands (pushCommand); it never touches other widgets.
 * The ToolManager activates one tool at a time.
 */
class MapTool : public QObject, public MapInteraction {
    Q_OBJECT

public:
    MapTool(MapView* view, const QString& objectName, const QIcon& icon,
            const QKeySequence& shortcut, QObject* parent = nullptr);
    ~MapTool() override;

    /// The translated name, as in menus ("Select").
    virtual QString name() const = 0;
    /// What to do with the tool, shown in the status bar while it is active.
    virtual QString statusHint() const = 0;
    virtual QCursor cursor() const { return Qt::CrossCursor; }

    QAction* action() const { return m_action; }
    QIcon icon() const { return m_icon; }
    QKeySequence shortcut() const { return m_shortcut; }
    bool isActive() const { return m_active; }

    /// Controls shown in the tool options bar while the tool is active (null for none).
    /// Created on first call with `parent`; the tool keeps the pointer.
    QWidget* optionsWidget(QWidget* parent);

    virtual void activate();
    /// Drops any unfinished interaction (a half-drawn outline, a drag).
    virtual void deactivate();
    /// Re-reads every translated text; called on a language change.
    void retranslate();

    void mousePressed(QMouseEvent* event) override;
    void mouseMoved(QMouseEvent* event) override;
    void mouseReleased(QMouseEvent* event) override;
    void mouseDoubleClicked(QMouseEvent* event) override;
    bool keyPressed(QKeyEvent* event) override;
    void paintOverlay(QPainter& painter) override;

Q_SIGNALS:
    /// A transient message for the status bar (a refusal, a measured distance).
    void statusMessage(const QString& message);
    /// statusHint() changed (for example with a different drawing mode).
    void hintChanged();

protected:
    MapView* view() const { return m_view; }
    ProjectDocument* document() const;
    void pushCommand(QUndoCommand* command);
    void repaint();
    /// A fresh id for the merging commands of one drag.
    static int nextDragId();

    virtual QWidget* createOptionsWidget(QWidget* parent);
    virtual void retranslateOptions() {}

private:
    MapView* m_view;
    QAction* m_action;
    QIcon m_icon;
    QKeySequence m_shortcut;
    QWidget* m_options = nullptr;
    bool m_optionsCreated = false;
    bool m_active = false;
};

}  // namespace yike::ui
