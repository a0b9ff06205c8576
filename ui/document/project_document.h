// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include "core/project/project.h"
#include "ui/document/document_error.h"
#include "ui/document/selection.h"

class QUndoStack;

namespace yike::project {
class ProjectFile;
class RecoverySession;
struct RecoveryEntry;
}  // namespace yike::project

namespace yike::ui {

/**
 * The project open in a window: the yike::project::Project itself, the QUndoStack every edit is
 * pushed on, the open ProjectFile (which holds the file's write lock), the file path, the
 * read-only flag and the modified state (the undo stack's clean index, plus a flag for content
 * that never was in the file, such as a restored autosave).
 *
 * It turns the project's change listener into Qt signals, autosaves modified content through a
 * RecoverySession (every minute and a few seconds after each edit), and reports failures as
 * translated DocumentErrors. Views read project(); undo commands take the document and call the
 * Project mutations; nothing else writes to the project.
 *
 * A failed operation leaves the document as it was. Lives on the GUI thread.
 */
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    struct Options {
        /// Where autosaves go; empty means AppLocalDataLocation/recovery.
        QString recoveryDirectory;
        std::chrono::milliseconds autosaveInterval{60'000};
        /// Quiet time after the last edit before an autosave.
        std::chrono::milliseconds editDebounce{5'000};
        bool autosave = true;
    };

    explicit ProjectDocument(QObject* parent = nullptr);
    explicit ProjectDocument(Options options, QObject* parent = nullptr);
    ~ProjectDocument() override;

    const project::Project& project() const { return m_project; }
    /// For undo commands only: every change must be pushed on undoStack().
    project::Project& project() { return m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }
    /// The selected features; cleared when the project is replaced.
    Selection* selection() const { return m_selection; }

    /// Where the project is saved; empty for a project never saved (new, sample).
    QString filePath() const { return m_path; }
    bool hasFilePath() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const;
    /// The name to show: the file name, else the project's title metadata, else "Untitled".
    QString title() const;
    QString recoveryDirectory() const { return m_options.recoveryDirectory; }

    DocumentResult newProject();
    /// A project made elsewhere (an OpenStreetMap import) as a new document that was never
    /// saved: it counts as modified, so closing it asks where to save it.
    DocumentResult newFromProject(project::Project project);
    /// The generated sample district, unsaved and unmodified.
    DocumentResult loadSample();
    /// Opens for editing; fails with offerReadOnly set when another instance holds the file.
    DocumentResult openFile(const QString& path);
    DocumentResult openReadOnly(const QString& path);
    /// @pre hasFilePath(); a read-only document fails with ProjectError::Code::ReadOnly.
    DocumentResult save();
    /// Writes to `path`, which becomes the document's file (editable from now on).
    DocumentResult saveAs(const QString& path);
    /// Opens an autosaved copy left by a crashed session: modified, with the original path,
    /// and deletes the orphan once it is safe in this session's own recovery file.
    DocumentResult restore(const project::RecoveryEntry& entry);

    /// Writes the recovery file now when the document has unsaved changes. Returns false when
    /// nothing needed writing or writing failed (autosaveFailed then says why).
    bool autosaveNow();

    static QString defaultRecoveryDirectory();

Q_SIGNALS:
    /// The whole project was replaced (new, open, sample, restore): views reset.
    void projectReplaced();
    /// One change inside the current project, forwarded from the Project listener.
    void projectChanged(const yike::project::ChangeEvent& event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void titleChanged(const QString& title);
    void readOnlyChanged(bool readOnly);
    void autosaved(const QString& recoveryFile);
    void autosaveFailed(const QString& message);

private:
    struct State;
    void replaceProject(project::Project project, std::unique_ptr<project::ProjectFile> file,
                        const QString& path, bool readOnly, bool forcedModified);
    DocumentResult openWithMode(const QString& path, bool readOnly);
    void markSaved();
    void discardRecovery();
    void emitStateChanges(const State& before);
    State state() const;
    void attachListener();
    void updateModified();
    void scheduleAutosave();

    Options m_options;
    project::Project m_project;
    QUndoStack* m_undoStack = nullptr;
    Selection* m_selection = nullptr;
    std::unique_ptr<project::ProjectFile> m_file;
    std::unique_ptr<project::RecoverySession> m_recovery;
    QString m_path;
    bool m_readOnly = false;
    bool m_forcedModified = false;
    bool m_lastModified = false;
    std::uint64_t m_generation = 0;
    std::uint64_t m_autosavedGeneration = 0;
    std::uint64_t m_autosavedRevision = 0;
    bool m_hasAutosave = false;
    QTimer m_intervalTimer;
    QTimer m_debounceTimer;
};

}  // namespace yike::ui

Q_DECLARE_METATYPE(yike::project::ChangeEvent)
