// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "core/guidemap/guide_map.h"
#include "ui/print/page_layout.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace yike::access {
class AnalysisSession;
}

namespace yike::ui {

class BackgroundRunner;
class GuideMapPage;
class PagePreview;
class ProjectDocument;

/**
 * File → Print Guide Map: the 一刻钟便民生活圈导引图 of a centre, previewed as it prints, with
 * its page layout edited in place (paper, orientation, style, font, title, QR code, the
 * categories shown, frames moved and resized on the preview; undo and redo of every change
 * with Ctrl+Z / Ctrl+Shift+Z), and written to the printer, PDF, PNG or SVG.
 *
 * The walk areas and the directory are computed in the background on a copy of the project
 * (with progress and Cancel), again when the centre, the walkers, the minutes or the project
 * change; exports run in the background too. Page layouts are kept in the project by name
 * (Save Layout, one undo step of the document).
 */
class GuideMapDialog : public QDialog {
    Q_OBJECT

public:
    GuideMapDialog(ProjectDocument* document, QWidget* parent = nullptr);
    ~GuideMapDialog() override;

    /// Centres the map (and recomputes it) on the request's facility, compound or point; the
    /// walkers, minutes and planned facilities stay as chosen in the dialog.
    void setCentre(const guidemap::GuideMapRequest& request);
    guidemap::GuideMapRequest request() const;
    /// The page as previewed; null until the first computation has finished.
    const GuideMapPage* page() const { return m_page.get(); }
    const PageLayout& pageLayout() const { return m_layout; }
    /// Replaces the layout as one undoable edit of the dialog.
    void setPageLayout(const PageLayout& layout);
    QUndoStack* layoutUndoStack() const { return m_edits; }
    PagePreview* preview() const { return m_preview; }
    /// Keeps the current layout in the project under `name` (one undo step of the document;
    /// a layout of that name is replaced). Returns false with a message when it cannot be kept.
    bool saveLayoutAs(const QString& name);
    /// Opens the project's layout of that name as one undoable edit of the dialog.
    bool openLayout(const QString& name);
    /// Deletes the project's layout of that name (one undo step of the document).
    void deleteLayout(const QString& name);
    /// Whether a computation or an export is running.
    bool isBusy() const;
    /// The message shown under the preview (why there is no page, what was written).
    QString statusText() const;

public Q_SLOTS:
    /// Writes the page to `path` (.pdf, .png or .svg) in the background; exportFinished()
    /// follows.
    void exportPage(const QString& path);
    void cancelWork();

Q_SIGNALS:
    /// A new page is previewed.
    void pageReady();
    /// The page could not be computed; `message` is translated.
    void pageFailed(const QString& message);
    void exportFinished(bool written, const QString& message);

private:
    void buildUi();
    void fillCentres();
    void fillProfiles();
    void showLayout();
    void editLayout(const std::function<void(PageLayout&)>& change);
    void applyLayout(const PageLayout& layout);
    void recompute();
    void rebuildPage();
    void fillCategories();
    void updateFrameControls();
    void setBusy(bool busy, const QString& what);
    void chooseExport(const QString& suffix, const QString& filter);
    void printPage();
    void setStatus(const QString& text);
    void fillSavedLayouts();

    ProjectDocument* m_document;
    QUndoStack* m_edits;
    BackgroundRunner* m_runner;
    std::shared_ptr<access::AnalysisSession> m_session;
    std::optional<guidemap::GuideMapContent> m_content;
    std::shared_ptr<const GuideMapPage> m_page;
    PageLayout m_layout;
    bool m_sessionStale = true;

    PagePreview* m_preview = nullptr;
    QComboBox* m_saved = nullptr;
    QPushButton* m_deleteSaved = nullptr;
    QComboBox* m_centre = nullptr;
    QLineEdit* m_point = nullptr;
    QComboBox* m_profile = nullptr;
    QLineEdit* m_minutes = nullptr;
    QCheckBox* m_planned = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_style = nullptr;
    QFontComboBox* m_font = nullptr;
    QCheckBox* m_defaultFont = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QLineEdit* m_qr = nullptr;
    QListWidget* m_categories = nullptr;
    QLabel* m_frameLabel = nullptr;
    QCheckBox* m_frameVisible = nullptr;
    QPlainTextEdit* m_frameText = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QList<QWidget*> m_outputButtons;
};

/// The translated reason a guide map cannot be drawn.
QString guideMapErrorText(const guidemap::GuideMapError& error);

}  // namespace yike::ui
