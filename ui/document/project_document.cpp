// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document/project_document.h"

#include <filesystem>
#include <utility>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUndoStack>

#include "core/project/project_file.h"
#include "core/project/recovery.h"
#include "core/sample/sample_district.h"
#include "ui/document/tr.h"

namespace yike::ui {
namespace {

std::filesystem::path toFsPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

QString fromFsPath(const std::filesystem::path& path) {
    return QString::fromStdU16String(path.u16string());
}

bool sameFile(const QString& a, const QString& b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    const QFileInfo fa(a);
    const QFileInfo fb(b);
    if (fa.exists() && fb.exists()) return fa.canonicalFilePath() == fb.canonicalFilePath();
    return fa.absoluteFilePath() == fb.absoluteFilePath();
}

}  // namespace

struct ProjectDocument::State {
    QString path;
    QString title;
    bool readOnly = false;
    bool modified = false;
};

ProjectDocument::ProjectDocument(QObject* parent) : ProjectDocument(Options{}, parent) {}

ProjectDocument::ProjectDocument(Options options, QObject* parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_undoStack(new QUndoStack(this)),
      m_selection(new Selection(this)) {
    if (m_options.recoveryDirectory.isEmpty())
        m_options.recoveryDirectory = defaultRecoveryDirectory();
    attachListener();
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Back at the saved state: an autosave of undone edits must not be offered later.
        if (clean && !m_forcedModified) discardRecovery();
        updateModified();
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { scheduleAutosave(); });

    m_intervalTimer.setInterval(m_options.autosaveInterval);
    m_debounceTimer.setInterval(m_options.editDebounce);
    m_debounceTimer.setSingleShot(true);
    connect(&m_intervalTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(&m_debounceTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    if (m_options.autosave) m_intervalTimer.start();
}

ProjectDocument::~ProjectDocument() {
    // Commands may refer to the project: delete them while it still exists.
    m_undoStack->clear();
}

QString ProjectDocument::defaultRecoveryDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/recovery");
}

bool ProjectDocument::isModified() const {
    return m_forcedModified || !m_undoStack->isClean();
}

QString ProjectDocument::title() const {
    if (!m_path.isEmpty()) return QFileInfo(m_path).fileName();
    const QString metadataTitle =
        QString::fromStdString(m_project.metadataValue(project::meta::kTitle)).trimmed();
    if (!metadataTitle.isEmpty()) return metadataTitle;
    return DocumentTr::tr("Untitled");
}

ProjectDocument::State ProjectDocument::state() const {
    return {m_path, title(), m_readOnly, isModified()};
}

void ProjectDocument::emitStateChanges(const State& before) {
    const State after = state();
    if (after.path != before.path) Q_EMIT filePathChanged(after.path);
    if (after.title != before.title) Q_EMIT titleChanged(after.title);
    if (after.readOnly != before.readOnly) Q_EMIT readOnlyChanged(after.readOnly);
    updateModified();
}

void ProjectDocument::attachListener() {
    m_project.addListener([this](const project::ChangeEvent& event) {
        if (event.layer == project::Layer::Metadata) Q_EMIT titleChanged(title());
        if (event.kind == project::ChangeEvent::Kind::Removed)
            m_selection->remove(FeatureRef{event.layer, event.id});
        Q_EMIT projectChanged(event);
    });
}

void ProjectDocument::updateModified() {
    const bool modified = isModified();
    if (modified == m_lastModified) return;
    m_lastModified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProjectDocument::replaceProject(project::Project project,
                                     std::unique_ptr<project::ProjectFile> file,
                                     const QString& path, bool readOnly, bool forcedModified) {
    const State before = state();
    m_debounceTimer.stop();
    m_undoStack->clear();
    m_project = std::move(project);
    attachListener();
    m_file = std::move(file);
    m_path = path;
    m_readOnly = readOnly;
    m_forcedModified = forcedModified;
    ++m_generation;
    m_selection->clear();
    discardRecovery();
    Q_EMIT projectReplaced();
    emitStateChanges(before);
}

DocumentResult ProjectDocument::newProject() {
    try {
        project::Project fresh = project::Project::createDefault();
        fresh.setMetadataValue(project::meta::kCreatedAt,
                               QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
        replaceProject(std::move(fresh), nullptr, {}, false, false);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Open, {});
    }
    return {};
}

DocumentResult ProjectDocument::newFromProject(project::Project project) {
    try {
        replaceProject(std::move(project), nullptr, {}, false, true);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Open, {});
    }
    return {};
}

DocumentResult ProjectDocument::loadSample() {
    try {
        replaceProject(sample::generateSampleDistrict(), nullptr, {}, false, false);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Open, {});
    }
    return {};
}

DocumentResult ProjectDocument::openFile(const QString& path) {
    return openWithMode(path, false);
}

DocumentResult ProjectDocument::openReadOnly(const QString& path) {
    return openWithMode(path, true);
}

DocumentResult ProjectDocument::openWithMode(const QString& path, bool readOnly) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Reopening our own file: let go of our lock first, or we would be "another instance".
    if (sameFile(absolute, m_path)) m_file.reset();
    try {
        const auto mode =
            readOnly ? project::ProjectFile::Mode::ReadOnly : project::ProjectFile::Mode::ReadWrite;
        std::unique_ptr<project::ProjectFile> file =
            project::ProjectFile::open(toFsPath(absolute), mode);
        project::Project loaded = file->load();
        replaceProject(std::move(loaded), std::move(file), absolute, readOnly, false);
    } catch (const project::ProjectError& e) {
        return DocumentError::fromProjectError(e, DocumentOperation::Open, absolute);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Open, absolute);
    }
    return {};
}

DocumentResult ProjectDocument::save() {
    if (m_path.isEmpty())
        return DocumentError::describe(project::ProjectError::Code::NotFound,
                                       DocumentOperation::Save, {});
    if (m_readOnly)
        return DocumentError::describe(project::ProjectError::Code::ReadOnly,
                                       DocumentOperation::Save, m_path);
    try {
        if (m_file)
            m_file->save(m_project);
        else
            m_file = project::ProjectFile::create(toFsPath(m_path), m_project);
    } catch (const project::ProjectError& e) {
        return DocumentError::fromProjectError(e, DocumentOperation::Save, m_path);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Save, m_path);
    }
    markSaved();
    return {};
}

DocumentResult ProjectDocument::saveAs(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!m_readOnly && m_file && sameFile(absolute, m_path)) return save();
    const State before = state();
    try {
        std::unique_ptr<project::ProjectFile> file =
            project::ProjectFile::create(toFsPath(absolute), m_project);
        m_file = std::move(file);
    } catch (const project::ProjectError& e) {
        return DocumentError::fromProjectError(e, DocumentOperation::Save, absolute);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Save, absolute);
    }
    m_path = absolute;
    m_readOnly = false;
    markSaved();
    emitStateChanges(before);
    return {};
}

DocumentResult ProjectDocument::restore(const project::RecoveryEntry& entry) {
    const QString recoveryFile = fromFsPath(entry.recoveryFile);
    project::Project restored;
    try {
        const std::unique_ptr<project::ProjectFile> copy =
            project::ProjectFile::open(entry.recoveryFile, project::ProjectFile::Mode::ReadOnly);
        restored = copy->load();
    } catch (const project::ProjectError& e) {
        return DocumentError::fromProjectError(e, DocumentOperation::Restore, recoveryFile);
    } catch (const std::exception& e) {
        return DocumentError::fromException(e, DocumentOperation::Restore, recoveryFile);
    }

    const QString original = entry.originalPath.empty()
                                 ? QString()
                                 : QFileInfo(fromFsPath(entry.originalPath)).absoluteFilePath();
    std::unique_ptr<project::ProjectFile> originalFile;
    if (!original.isEmpty() && QFileInfo::exists(original)) {
        try {
            originalFile = project::ProjectFile::open(entry.originalPath,
                                                      project::ProjectFile::Mode::ReadWrite);
        } catch (const std::exception&) {
            // Held elsewhere or unreadable: keep only the path; saving reports any problem.
        }
    }
    replaceProject(std::move(restored), std::move(originalFile), original, false, true);
    if (autosaveNow()) {
        try {
            project::RecoverySession::remove(entry);
        } catch (const std::exception&) {
            // The orphan stays and will be offered again; nothing is lost.
        }
    }
    return {};
}

void ProjectDocument::markSaved() {
    m_forcedModified = false;
    m_undoStack->setClean();
    discardRecovery();
    updateModified();
}

void ProjectDocument::discardRecovery() {
    m_debounceTimer.stop();
    m_hasAutosave = false;
    if (!m_recovery) return;
    try {
        m_recovery->discard();
    } catch (const std::exception&) {
        // A stale recovery file is only offered again at the next start; harmless.
    }
}

void ProjectDocument::scheduleAutosave() {
    if (m_options.autosave && isModified()) m_debounceTimer.start();
}

bool ProjectDocument::autosaveNow() {
    m_debounceTimer.stop();
    if (!isModified()) return false;
    if (m_hasAutosave && m_autosavedGeneration == m_generation
        && m_autosavedRevision == m_project.revision())
        return false;
    try {
        if (!m_recovery)
            m_recovery =
                std::make_unique<project::RecoverySession>(toFsPath(m_options.recoveryDirectory));
        m_recovery->autosave(m_project, toFsPath(m_path));
    } catch (const project::ProjectError& e) {
        Q_EMIT autosaveFailed(DocumentError::fromProjectError(e, DocumentOperation::Autosave,
                                                              m_options.recoveryDirectory)
                                  .message);
        return false;
    } catch (const std::exception& e) {
        Q_EMIT autosaveFailed(DocumentError::fromException(e, DocumentOperation::Autosave,
                                                           m_options.recoveryDirectory)
                                  .message);
        return false;
    }
    m_hasAutosave = true;
    m_autosavedGeneration = m_generation;
    m_autosavedRevision = m_project.revision();
    Q_EMIT autosaved(fromFsPath(m_recovery->file()));
    return true;
}

}  // namespace yike::ui
